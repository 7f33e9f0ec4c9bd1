// wire: mechanisms for the shapes of press releases and wire stories (issue
// 12, second round): officials named by a department's role word, judgements
// that front what they judge, pronouns for the clause before, and subjects
// shared along a chain of clauses. Sentences are our own; expectations are at
// the scorer's level (country or IGO of each side, CAMEO root).
#include <gtest/gtest.h>

#include "test_util.h"

using namespace kizashi;
using kztest::code_text;
using kztest::describe;
using kztest::any_from;
using kztest::has;
using kztest::find_event;


// --- Officials named by a role word after their office (a compound).

TEST(Officials, ARoleWordAfterAnOfficeIsThatOfficesCountry) {
  Document d = code_text("外務省欧州局長から在京ロシア大使館公使に対し、強く抗議した。");
  EXPECT_TRUE(has(d, "JPN", "RUS", "11")) << describe(d);  // 114: complain officially
}

TEST(Officials, AGlossInsideTheCompoundDoesNotCutTheCountryOff) {
  Document d = code_text("岸田首相は、来日したモンゴル国家大会議(国会)議員団の表敬を受けた。");
  EXPECT_TRUE(has(d, "MNG", "JPN", "04")) << describe(d);
}

// --- Judgements that front what they judge as a topic.

TEST(Judgements, AFrontedTopicNamesWhoIsJudged) {
  Document d = code_text("北朝鮮による相次ぐ弾道ミサイルの発射は、地域の平和を脅かすものであり、日本政府は強く非難する。");
  EXPECT_TRUE(has(d, "JPN", "PRK", "11")) << describe(d);
}

TEST(Judgements, AFrontedTopicOfOnesOwnSideIsNoTarget) {
  Document d = code_text("日本の支援の拡大は、国際社会の期待に応えるものだと日本政府は強く歓迎した。");
  EXPECT_TRUE(d.events.empty()) << describe(d);
}

// --- A pronoun for what the clause before it named.

TEST(Pronouns, ThisIsWhatTheChainedClauseNamed) {
  Document d = code_text("日本政府は、ロシアによる一方的な併合を認めず、これを非難した。");
  EXPECT_TRUE(has(d, "JPN", "RUS", "11")) << describe(d);
}

// --- Subjects shared along a chain of clauses.

TEST(Chains, ASubjectBeforeATeFormIsTheNextClausesToo) {
  Document d = code_text("ロシア軍が国境に部隊を集結させて、ウクライナへの攻撃を開始したと英国政府は発表した。");
  EXPECT_TRUE(has(d, "RUS", "UKR", "19")) << describe(d);
  EXPECT_FALSE(has(d, "GBR", "UKR", "19")) << describe(d);
}

TEST(Chains, AMannerClausesSubjectIsTheMainClauses) {
  Document d = code_text(
      "英国政府は、ロシア軍が国境を越える形でウクライナへの攻撃を開始したと発表し、「国際法違反だ」と非難した。");
  EXPECT_TRUE(has(d, "RUS", "UKR", "19")) << describe(d);
  EXPECT_TRUE(has(d, "GBR", "RUS", "11")) << describe(d);
}

TEST(Chains, AContrastDoesNotShareItsSubject) {
  Document d = code_text("モロッコが領有権を主張する一方、アルジェリアの支援を受ける武装組織が独立を求めた。");
  EXPECT_FALSE(any_from(d, "MAR")) << describe(d);
  EXPECT_FALSE(has(d, "DZA", "MAR", "07")) << describe(d);
}

TEST(Chains, APassiveClausesSubjectIsNotTheAgentOfTheNext) {
  Document d = code_text("食糧不足が懸念され、国連ではケニアへの支援を行っている。");
  EXPECT_TRUE(has(d, "IGO", "KEN", "07")) << describe(d);
}

// --- References and clauses inside one sentence.

TEST(References, 同AndATitleIsThePersonNamedEarlierInTheSentence) {
  Document d = code_text(
      "上川外務大臣は、来日中のマルコス・フィリピン大統領と会談し、同大統領から、沿岸警備への更なる支援について要請を受けた。",
      "2024-05-01");
  EXPECT_TRUE(has(d, "PHL", "JPN", "02")) << describe(d);
}

TEST(Clauses, APassiveClausesAgentIsWhoTheProtestIsAgainst) {
  Document d = code_text("韓国政府は、自国の漁船の船長が日本側に拘束されたことに強く抗議した。");
  EXPECT_TRUE(has(d, "KOR", "JPN", "11")) << describe(d);
}

TEST(Clauses, AがAfterTheTopicOpensTheClauseThatIsWelcomed) {
  Document d = code_text("フランスは、インドとパキスタンの両外相が停戦合意に署名したことを歓迎した。");
  EXPECT_TRUE(has(d, "FRA", "IND", "05")) << describe(d);
  EXPECT_TRUE(has(d, "FRA", "PAK", "05")) << describe(d);
  EXPECT_TRUE(has(d, "IND", "PAK", "05") || has(d, "PAK", "IND", "05")) << describe(d);
  EXPECT_FALSE(has(d, "IND", "FRA", "05")) << describe(d);
}

TEST(Officials, AMajorCompanyOfACountryIsThatCountrys) {
  Document d = code_text("米財務省は、中国の通信大手の2社を制裁対象に指定したと発表した。");
  EXPECT_TRUE(has(d, "USA", "CHN", "16")) << describe(d);
}

// --- Sanctions lists, institutions named again, agencies, vessels.

TEST(Sanctions, AddingToASanctionsListIsASanction) {
  Document d = code_text("日本政府は、ロシアの軍需企業など15団体を制裁対象に追加した。");
  EXPECT_TRUE(has(d, "JPN", "RUS", "16")) << describe(d);
}

TEST(References, AnInstitutionNamedAgainInTheSentenceIsTheOneNamedBefore) {
  Document d = code_text("欧州連合は、シリアのアサド政権が市民への攻撃を続けているとして、政権側の幹部に制裁を科した。");
  EXPECT_TRUE(has(d, "IGO", "SYR", "16")) << describe(d);
}

TEST(References, ATitleNamedAgainInTheSentenceMayBeAnotherHolder) {
  // 前首相 is not the government named before it: no event from Japan.
  Document d = code_text("外務省によれば、右派の前首相は在任中にタリバンとの和平交渉を開始した。");
  EXPECT_FALSE(any_from(d, "JPN")) << describe(d);
}

TEST(Officials, JapansAidAgencyIsJapansGovernment) {
  Document d = code_text("国際協力機構(JICA)は、ケニアに医療機材を供与した。");
  EXPECT_TRUE(has(d, "JPN", "KEN", "07")) << describe(d);
}

TEST(Precision, AVesselInARelativeClauseIsItsSubjectNotTheSentencesTopic) {
  Document d = code_text("韓国政府は、日本の巡視船と衝突した韓国漁船の船長が拘束されたことに抗議した。");
  EXPECT_FALSE(has(d, "KOR", "JPN", "19")) << describe(d);
}

TEST(Officials, ASpokespersonOfABodySpeaksForThatBody) {
  Document d = code_text("タリバンの報道担当者は、米軍の空爆を強く非難した。");
  ASSERT_FALSE(d.events.empty()) << describe(d);
  EXPECT_EQ(d.events.front().source, "AFGREB") << describe(d);
  Document spokesman = code_text("韓国大統領府のスポークスマンは、日本政府に抗議した。");
  EXPECT_TRUE(has(spokesman, "KOR", "JPN", "11")) << describe(spokesman);
}

// --- Round 2 of the wire shapes: who a reaction is aimed at.

TEST(Arguments, AnAgentWithによるModifiesTheActPastAnAdjective) {
  Document d = code_text("我が国は、ロシアによる大規模なミサイル攻撃を強く非難します。");
  EXPECT_TRUE(has(d, "JPN", "RUS", "11")) << describe(d);
}

TEST(Reactions, AReactionIsAimedAtWhoActedInTheClauseBefore) {
  Document d = code_text("北朝鮮は15日朝、日本海に向けて弾道ミサイルを発射し、日本政府は国家安全保障会議を開いて強く非難した。");
  EXPECT_TRUE(has(d, "JPN", "PRK", "11")) << describe(d);
  Document talks = code_text("日本政府は、中国と協議し、ロシアを非難した。");
  EXPECT_FALSE(has(talks, "JPN", "CHN", "11")) << describe(talks);
}

TEST(Reactions, WhatAReactionIsAboutMayNameWhoDidIt) {
  Document d = code_text("中国外務省は、日本とフィリピンが南シナ海で実施した合同訓練について「地域の緊張を高める」と批判した。");
  EXPECT_TRUE(has(d, "CHN", "JPN", "11")) << describe(d);
  EXPECT_TRUE(has(d, "CHN", "PHL", "11")) << describe(d);
}

TEST(EventNouns, ALightVerbInARelativeClauseDoesItsHeadNounsAct) {
  Document d = code_text("中国外務省は、日本とフィリピンが南シナ海で実施した合同訓練について「地域の緊張を高める」と批判した。");
  EXPECT_TRUE(has(d, "JPN", "PHL", "06") || has(d, "PHL", "JPN", "06")) << describe(d);
}

TEST(Officials, AJapaneseSurnameBeforeAViceMinistersTitleIsJapans) {
  Document d = code_text("本日、山本外務事務次官は、来日中のドイツ外務次官の表敬を受けました。");
  EXPECT_TRUE(has(d, "DEU", "JPN", "04")) << describe(d);
}

TEST(Arguments, ACountryOpeningAModifiersCompoundStandsForIt) {
  Document d = code_text("インド政府は、パキスタン高等弁務官事務所の外交官に国外退去を命じた。");
  EXPECT_TRUE(has(d, "IND", "PAK", "16")) << describe(d);
}

TEST(Precision, EveryCountrysGovernmentIsNoOneInParticular) {
  Document d = code_text("各国政府は中国への支援を表明した。");
  EXPECT_TRUE(d.events.empty()) << describe(d);
}

TEST(Precision, ANationalTeamIsNoActorOfItsCountry) {
  Document d = code_text("ブラジルの新聞は、メキシコ代表の選手の発言がアルゼンチンを侮辱したと報じた。");
  EXPECT_FALSE(has(d, "MEX", "ARG", "11")) << describe(d);
}

// --- Acts named by a noun with both sides.

TEST(ActNouns, AnAttackByOneOnAnotherIsAnEventWhateverIsSaidOfIt) {
  Document d = code_text("日本政府は、イスラエルによるイランの核施設への攻撃に深い懸念を表明した。");
  EXPECT_TRUE(has(d, "ISR", "IRN", "19")) << describe(d);
  EXPECT_TRUE(has(d, "JPN", "ISR", "11")) << describe(d);
}

TEST(ActNouns, AnInvasionCompoundWithItsAggressorBeforeIt) {
  Document d = code_text("国連総会は、ロシアのウクライナ侵攻を非難する決議を採択した。");
  EXPECT_TRUE(has(d, "RUS", "UKR", "19")) << describe(d);
}

TEST(ActNouns, APossessiveBeforeAPlainActNounIsNoAgent) {
  Document d = code_text("日本の支援の拡大を韓国は歓迎した。");
  EXPECT_FALSE(has(d, "JPN", "KOR", "07")) << describe(d);
}

TEST(Arguments, TheObjectNextToTheVerbIsItsObjectWithTwoを) {
  Document d = code_text("インド外務省は、パキスタン大使館の外交官1人を「好ましからざる人物」として国外退去を命じた。");
  EXPECT_TRUE(has(d, "IND", "PAK", "16")) << describe(d);
}

TEST(Arguments, を対象にNamesWhoAnActIsAimedAt) {
  Document aid = code_text("日本は、ケニアを対象に食糧援助を実施した。");
  EXPECT_TRUE(has(aid, "JPN", "KEN", "07")) << describe(aid);
  Document appeal = code_text("ユニセフは、グアテマラとエルサルバドルを対象に支援要請を行った。");
  EXPECT_TRUE(appeal.events.empty()) << describe(appeal);  // an appeal for them is not made to them
}

TEST(Reactions, AProtestInAStatementsCommentary) {
  Document d = code_text("韓国外交省は、日本政府が式典に政務官を派遣したことに対し「強く抗議する」との報道官論評を発表した。");
  EXPECT_TRUE(has(d, "KOR", "JPN", "11")) << describe(d);
}

// --- Joint acts, and what 〜を受けて means.

TEST(JointActs, AgreeingToDoSomethingIsAnAgreement) {
  Document d = code_text("日韓両首脳は、シャトル外交を再開することで一致した。");
  EXPECT_TRUE(has(d, "JPN", "KOR", "05") || has(d, "KOR", "JPN", "05")) << describe(d);
}

TEST(JointActs, AGroupNamedAsThePartnerMeetsTheSubjectNotItself) {
  Document d = code_text("トルコの外相は、アゼルバイジャンとアルメニアの両外相と会談した。");
  EXPECT_TRUE(has(d, "TUR", "AZE", "04")) << describe(d);
  EXPECT_TRUE(has(d, "TUR", "ARM", "04")) << describe(d);
  EXPECT_FALSE(has(d, "AZE", "ARM", "04") || has(d, "ARM", "AZE", "04")) << describe(d);
}

TEST(Receptive, InResponseToAnActOnSomeoneElseIsNoReceiving) {
  Document d = code_text("フィンランドは、ロシアのウクライナ侵攻を受けて、NATOへの加盟を申請した。");
  EXPECT_FALSE(has(d, "RUS", "FIN", "19")) << describe(d);
  Document asked = code_text("日本政府は、中国政府の要請を受けて、調査団を派遣した。");
  EXPECT_TRUE(has(asked, "CHN", "JPN", "02")) << describe(asked);
}

TEST(JointActs, ACountryBeforeAnOrganisationInOneCompoundIsASideOfItsOwn) {
  Document d = code_text("日・ASEAN首脳会議が開催された。");
  EXPECT_TRUE(has(d, "JPN", "IGO", "04") || has(d, "IGO", "JPN", "04")) << describe(d);
  Document mission = code_text("国連日本政府代表部は声明を発表した。");
  EXPECT_TRUE(mission.events.empty()) << describe(mission);
}

TEST(Names, 北IsNorthKoreaOnceTheArticleNamedIt) {
  Document d = code_text("北朝鮮は列車の試験運行を延期した。韓国の統一相は「北が一方的に延期したことは遺憾だ」と述べた。");
  EXPECT_TRUE(has(d, "KOR", "PRK", "11")) << describe(d);
  Document alone = code_text("韓国の統一相は「北が一方的に延期したことは遺憾だ」と述べた。");
  EXPECT_FALSE(has(alone, "KOR", "PRK", "11")) << describe(alone);
  Document north = code_text("北朝鮮は弾道ミサイルを発射した。ミサイルは北へ飛び、日本海に落下した。");
  for (const auto& s : north.sentences) {
    if (s.index != 1) continue;
    for (const auto& m : s.mentions) EXPECT_NE(m.text, "北") << describe(north);
  }
}

TEST(ReportedSpeech, AnImperativeReportedIsADemandOfTheSpeaker) {
  // 撤回せよ: the speaker demands the withdrawal (105), the speaker does not withdraw (08).
  Document d = code_text("韓国の外交部は日本政府に対し、「教科書の検定結果を直ちに撤回せよ」との談話を出した。");
  const Event* e = find_event(d, "KOR", "JPN", "10");
  ASSERT_NE(e, nullptr) << describe(d);
  EXPECT_EQ(e->code, "105") << describe(d);
  EXPECT_EQ(find_event(d, "KOR", "JPN", "08"), nullptr) << describe(d);
  // A plain imperative in narration is no demand.
  Document n = code_text("首相は記者団に前に進めと語った。");
  EXPECT_TRUE(n.events.empty()) << describe(n);
}

TEST(ReportedSpeech, AReportFrameLeavesTheReportedClauseItsArguments) {
  // …と、聯合ニュースが伝えた: the speaker and the addressee before the clause are the clause's.
  Document d = code_text(
      "中国の外務省報道官は、日本政府に対し、台湾への関与をやめるよう求めたと、聯合ニュースが伝えた。");
  EXPECT_NE(find_event(d, "CHN", "JPN", "02"), nullptr) << describe(d);
}

TEST(ReportedSpeech, TheAgentOfAJudgementInBracketsIsWhoIsCriticised) {
  // による before 「…」だと modifies the bracketed phrase; the criticism does not take the
  // addressee of the request that follows it.
  Document d = code_text(
      "ヨルダン外相はイスラエルによる「明白な国際法違反」だと非難し、国連安全保障理事会に緊急会合の開催を求めた。");
  EXPECT_NE(find_event(d, "JOR", "ISR", "11"), nullptr) << describe(d);
  EXPECT_EQ(find_event(d, "JOR", "IGO", "11"), nullptr) << describe(d);
  EXPECT_NE(find_event(d, "JOR", "IGO", "02"), nullptr) << describe(d);
}

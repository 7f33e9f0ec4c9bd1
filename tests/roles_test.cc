// events: how roles are found in harder constructions (sentences written for
// these tests): reported and nominalised clauses, relative clauses, pair words
// after explicit countries, surnames after full names, locations as targets.
#include <gtest/gtest.h>

#include <set>

#include "test_util.h"

using namespace kizashi;
using kztest::code_text;
using kztest::country;
using kztest::describe;
using kztest::find_event;

namespace {

std::set<std::string> dyads(const Document& d, int sentence = -1) {
  std::set<std::string> out;
  for (const auto& e : d.events)
    if (sentence < 0 || e.sentence == sentence)
      out.insert(country(e.source) + ">" + country(e.target) + ":" + e.root_code);
  return out;
}

}  // namespace

TEST(Roles, SubjectOfReportedClauseIsTheTarget) {
  Document d = code_text("ロシア外務省は、英国が国境付近で挑発を続けていると非難した。");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d), (std::set<std::string>{"RUS>GBR:11"}));
}

TEST(Roles, NominalisedClauseStandsForItsSubject) {
  Document d = code_text("韓国政府は、北朝鮮が無人機を飛ばしたことに対し強く抗議した。");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d), (std::set<std::string>{"KOR>PRK:11"}));
}

TEST(Roles, RelativeClauseOnAgentiveNounHasNoTopicSubject) {
  // 訪れた belongs to the delegation, not to the sentence topic.
  Document d = code_text("インドはパキスタンから訪れた代表団の入国を拒否した。");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d), (std::set<std::string>{"IND>PAK:12"}));
}

TEST(Roles, PairWordAfterCountriesMeansThoseCountries) {
  Document d = code_text("日豪両政府は防衛協力について協議した。");
  SCOPED_TRACE(describe(d));
  ASSERT_EQ(d.events.size(), 1u);
  std::set<std::string> pair{country(d.events[0].source), country(d.events[0].target)};
  EXPECT_EQ(pair, (std::set<std::string>{"JPN", "AUS"}));
  EXPECT_EQ(d.events[0].source.substr(3), "GOV");
}

TEST(Roles, SurnameWithTitleRefersToFullNameBefore) {
  Document d = code_text("中国の王毅外相は北京を訪れたフランスの外相と会談した。王氏は会談後、日本を批判した。");
  SCOPED_TRACE(describe(d));
  EXPECT_TRUE(dyads(d, 1).count("CHN>JPN:11"));
}

TEST(Roles, SurnameOfAListedPersonNamedWithCountryAndTitle) {
  // The full mention is name + country + title; the later surname + title is
  // that person, though the Japanese minister was named since.
  Document d = code_text(
      "林芳正外務大臣は、ペニー・ウォン豪州外務大臣と会談した。林大臣は記者団に発言した。"
      "ウォン大臣は中国を批判した。");
  SCOPED_TRACE(describe(d));
  EXPECT_TRUE(dyads(d, 2).count("AUS>CHN:11"));
  EXPECT_FALSE(dyads(d, 2).count("JPN>CHN:11"));
}

TEST(Roles, PostedInIsNotTheActor) {
  // 駐米日本大使 is Japan's ambassador in Washington.
  Document d = code_text("駐米日本大使は中国の大使と会談した。");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d), (std::set<std::string>{"JPN>CHN:04"}));
}

TEST(Roles, NationalityWordIsThePeople) {
  Document d = code_text("北朝鮮当局は韓国人の宣教師を拘束した。");
  SCOPED_TRACE(describe(d));
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].target, "KORCVL");
  EXPECT_EQ(d.events[0].root_code, "17");
}

TEST(Roles, PlaceOfAnAttackIsItsTarget) {
  Document d = code_text("ロシア軍はウクライナ南部を砲撃した。イスラエル軍はレバノンで空爆を行った。");
  SCOPED_TRACE(describe(d));
  EXPECT_TRUE(dyads(d, 0).count("RUS>UKR:19"));
  EXPECT_TRUE(dyads(d, 1).count("ISR>LBN:19"));
}

TEST(Roles, JointActIgnoresItsAim) {
  // 北朝鮮の非核化に向けて states the aim, not a partner of the cooperation.
  Document d = code_text("日本と韓国は北朝鮮の非核化に向けて連携することで一致した。");
  SCOPED_TRACE(describe(d));
  for (const auto& e : d.events) EXPECT_NE(country(e.target), "PRK") << describe(d);
  EXPECT_FALSE(d.events.empty());
}

TEST(Roles, RequestComplementIsNotAnAct) {
  // The clause before よう求めた is what is asked for; 米国 did not cut anything.
  Document d = code_text("米国はイランに対し、核施設への支援を打ち切るよう求めた。");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d), (std::set<std::string>{"USA>IRN:02"}));
}

TEST(Roles, ClosestTopicWithAnActorIsTheSubject) {
  Document d = code_text("ペルー政府は日本政府に容疑者の引き渡しを求めたが、日本政府は引き渡しを拒否した。");
  SCOPED_TRACE(describe(d));
  EXPECT_TRUE(dyads(d).count("PER>JPN:02"));
  EXPECT_FALSE(dyads(d).count("PER>JPN:12"));  // the refusal is Japan's, not Peru's
}

TEST(Roles, PeopleAreCodedWithTheRoleOnTheEventDate) {
  // Document from 2025: in May 2023 Kishida was prime minister, by 2025 he was not.
  Document d = code_text("岸田文雄氏は2023年5月7日にソウルで韓国の大統領と会談した。", "2025-06-01");
  SCOPED_TRACE(describe(d));
  ASSERT_FALSE(d.events.empty());
  EXPECT_EQ(d.events[0].source, "JPNGOV");
  EXPECT_EQ(d.events[0].event_date, "2023-05-07");
  Document later = code_text("岸田文雄氏はソウルで韓国の大統領と会談した。", "2025-06-01");
  SCOPED_TRACE(describe(later));
  ASSERT_FALSE(later.events.empty());
  EXPECT_NE(later.events[0].source, "JPNGOV");
}

TEST(Roles, YaCoordinationGivesEveryTarget) {
  Document d = code_text("フィジーの首相はオーストラリアやニュージーランドに支援を求めた。");
  SCOPED_TRACE(describe(d));
  EXPECT_TRUE(dyads(d).count("FJI>AUS:02"));
  EXPECT_TRUE(dyads(d).count("FJI>NZL:02"));
}

TEST(Roles, AdverbialParticleDoesNotHideTheCase) {
  // などが is still the subject marker.
  Document d = code_text("この日、フランスやドイツなどが中国の決定を批判した。");
  SCOPED_TRACE(describe(d));
  EXPECT_TRUE(dyads(d).count("FRA>CHN:11"));
  EXPECT_TRUE(dyads(d).count("DEU>CHN:11"));
  for (const auto& e : d.events) EXPECT_NE(country(e.source), "JPN");  // この日 is not Japan
}

TEST(Roles, DottedNameKeepsItsCountry) {
  Document d = code_text("ムセヴェニ・ウガンダ大統領はケニアの大統領と会談した。");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d), (std::set<std::string>{"UGA>KEN:04"}));
}

TEST(Roles, ViewpointIsNotAPlaceOfAttack) {
  // The accusation is the UN's; the attack is only what it accuses Sudan of.
  Document d = code_text("国連では、スーダン政府が村への攻撃を続けていると非難している。");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d), (std::set<std::string>{"IGO>SDN:11"}));
}

TEST(Roles, PairWordRefersToTheSidesOfTheLastEvent) {
  Document d = code_text(
      "ベトナムの首相は、ハノイを訪れたインドネシアの大統領と会談した。"
      "両首脳は海洋協力を強化することで合意した。");
  SCOPED_TRACE(describe(d));
  ASSERT_FALSE(dyads(d, 1).empty());
  for (const auto& e : d.events)
    if (e.sentence == 1) {
      std::set<std::string> pair{country(e.source), country(e.target)};
      EXPECT_EQ(pair, (std::set<std::string>{"VNM", "IDN"}));
    }
}

TEST(Roles, AgentOfTheCondemnedActIsTheTarget) {
  Document d = code_text("ドイツ政府は、イランによるイスラエルへの攻撃を非難した。");
  SCOPED_TRACE(describe(d));
  // The attack itself, named with both its sides, is an event too (nominal.cc).
  EXPECT_EQ(dyads(d), (std::set<std::string>{"DEU>IRN:11", "IRN>ISR:19"}));
}

TEST(Roles, WithXInYIsNotAGroup) {
  // ロシアの大統領と / 北京で: a partner and a place, not "Russia and Beijing".
  Document d = code_text("中国の国家主席は、ロシアの大統領と北京で会談した。");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d), (std::set<std::string>{"CHN>RUS:04"}));
}

TEST(Roles, PairWordPrefersCountriesNamedEarlierInTheSentence) {
  Document d = code_text("英国とフランスは会談した。日中関係は改善し、両国の首脳は関係の強化で合意した。");
  SCOPED_TRACE(describe(d));
  ASSERT_FALSE(dyads(d, 1).empty());
  for (const auto& e : d.events)
    if (e.sentence == 1) {
      std::set<std::string> pair{country(e.source), country(e.target)};
      EXPECT_EQ(pair, (std::set<std::string>{"JPN", "CHN"}));
    }
}

TEST(Roles, ModifierOfAQuotedNounPhraseAttachesToIt) {
  Document d = code_text("日本と韓国は会談した。米国の大統領は、両首脳の「勇気ある決断」を称賛した。");
  SCOPED_TRACE(describe(d));
  EXPECT_TRUE(dyads(d, 1).count("USA>JPN:05"));
  EXPECT_TRUE(dyads(d, 1).count("USA>KOR:05"));
}

TEST(Roles, OwnNationalsInTheObjectAreNotTheOtherSide) {
  Document d = code_text("日本の外相はイランの外相と会談し、イランで拘束されている日本人の解放を求めた。");
  SCOPED_TRACE(describe(d));
  for (const auto& e : d.events) EXPECT_NE(e.target, "JPNCVL") << describe(d);
  EXPECT_TRUE(dyads(d).count("JPN>IRN:02"));
}

TEST(Roles, WhatTheConcernIsAboutNamesTheTarget) {
  Document d = code_text("日本政府は、ロシア軍の航空機による活動の活発化について深刻な懸念を伝えた。");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d), (std::set<std::string>{"JPN>RUS:11"}));
}

TEST(Roles, AgentsWithCountriesCoordinate) {
  // Each 大使 gets its country from its の-modifier; then the two form one subject.
  Document d = code_text("ロシアの大使とウクライナの大使が国連本部で会談した。");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d), (std::set<std::string>{"RUS>UKR:04"}));
}

TEST(Roles, ConditionIsNotAnActButItsSubjectIsWarned) {
  Document d = code_text("ロシア外務省は、英国がウクライナに兵器を送れば深刻な結果を招くと警告した。");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d), (std::set<std::string>{"RUS>GBR:13"}));
}

TEST(Roles, AppealSharesThePartnerOfAMeeting) {
  Document d = code_text("ポーランドの首相はフランスの大統領と会談し、防空システムの供与を要請した。");
  SCOPED_TRACE(describe(d));
  EXPECT_TRUE(dyads(d).count("POL>FRA:04"));
  EXPECT_TRUE(dyads(d).count("POL>FRA:02"));
}

TEST(Roles, PlannedMediationIsIntentToMediate) {
  Document d = code_text("カタールは、イスラエルとハマスの仲介役を務める用意があると表明した。");
  SCOPED_TRACE(describe(d));
  ASSERT_FALSE(d.events.empty());
  EXPECT_EQ(d.events[0].code, "039");
  EXPECT_TRUE(d.events[0].intent);
}

TEST(Roles, RecognisingSomethingAboutACountryIsNotRecognisingIt) {
  // 承認 of a country is 054; 承認 of sanctions or an arms sale is not recognition.
  Document d = code_text("日本政府は南スーダンを国家として承認した。米国はイスラエルへの武器売却を承認した。");
  SCOPED_TRACE(describe(d));
  EXPECT_TRUE(dyads(d, 0).count("JPN>SSD:05"));
  EXPECT_FALSE(dyads(d, 1).count("USA>ISR:05"));
  EXPECT_TRUE(dyads(d, 1).count("USA>ISR:06"));
}

TEST(Roles, HeadlineCommaMarksTheTopic) {
  Document d = code_text("ロシア、フィンランドを非難\n日米韓、北朝鮮の発射を非難\n");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d, 0), (std::set<std::string>{"RUS>FIN:11"}));
  EXPECT_TRUE(dyads(d, 1).count("USA>PRK:11"));
  EXPECT_TRUE(dyads(d, 1).count("JPN>PRK:11"));
}

TEST(Roles, JointActCompoundNamesItsParticipants) {
  Document d = code_text("日韓首脳会談が東京で行われた。", "2025-03-01");
  SCOPED_TRACE(describe(d));
  ASSERT_EQ(d.events.size(), 1u);
  std::set<std::string> pair{country(d.events[0].source), country(d.events[0].target)};
  EXPECT_EQ(pair, (std::set<std::string>{"JPN", "KOR"}));
  EXPECT_EQ(d.events[0].root_code, "04");
}

TEST(Roles, UnaddressedAppealAfterAMeetingGoesToTheOtherSide) {
  Document d = code_text(
      "インドの首相は東京で日本の首相と会談した。"
      "インドの首相は、日本企業による投資の拡大を求めた。");
  SCOPED_TRACE(describe(d));
  EXPECT_TRUE(dyads(d, 1).count("IND>JPN:02"));
}

TEST(Roles, SecondTopicBelongsToTheReportedClause) {
  // 日本は is the topic of 尊重すべきだ; the one who asks is 中国の国家主席.
  Document d = code_text("中国の国家主席は、日本は中国の利益を尊重すべきだと述べ、日本側に慎重な対応を求めた。");
  SCOPED_TRACE(describe(d));
  EXPECT_TRUE(dyads(d).count("CHN>JPN:02"));
  for (const auto& e : d.events) EXPECT_NE(country(e.source), "JPN") << describe(d);
}

TEST(Roles, TheOtherPartyOfAWarIsNotTheOneHelped) {
  // Israel is the enemy in the war supported, not the one helped: no recipient is named.
  Document d = code_text("イランはイスラエルとの戦争を支援した。\nイランはロシアのウクライナとの戦争を支援した。\n");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d, 0), (std::set<std::string>{}));
  EXPECT_EQ(dyads(d, 1), (std::set<std::string>{"IRN>RUS:07"}));
}

TEST(Roles, TopicOfAReportedConcernIsTheTarget) {
  Document d = code_text("NATOの事務総長は、中国とロシアの協力の深化は欧州の安全を脅かすと懸念を示した。");
  SCOPED_TRACE(describe(d));
  EXPECT_TRUE(dyads(d).count("IGO>CHN:11"));
  EXPECT_TRUE(dyads(d).count("IGO>RUS:11"));
}

TEST(Roles, WhatIsClaimedIsNotCodedAsAnAct) {
  // The accusation is an event; the alleged intrusion is only China's claim.
  Document d = code_text("中国外務省は、フィリピンの船が中国の領海に侵入したと主張し、フィリピンを非難した。");
  SCOPED_TRACE(describe(d));
  for (const auto& e : d.events) EXPECT_NE(country(e.source), "PHL") << describe(d);
  EXPECT_TRUE(dyads(d).count("CHN>PHL:11"));
}

TEST(Roles, JointActPartnerIsNamedNotFoundInsideTheObject) {
  // 対北朝鮮抑止力 is what is strengthened; the partner of 一致 is South Korea.
  Document d = code_text("米国の国防長官は韓国の国防相と会談し、対北朝鮮抑止力を強化することで一致した。");
  SCOPED_TRACE(describe(d));
  for (const auto& e : d.events) EXPECT_NE(country(e.target), "PRK") << describe(d);
  EXPECT_TRUE(dyads(d).count("USA>KOR:04"));
}

TEST(Roles, TitlesInAListShareTheFirstOfficialsCountry) {
  Document d = code_text("日本の外相は、マニラでフィリピンのマナロ外相、テオドロ国防相と会談した。");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d), (std::set<std::string>{"JPN>PHL:04"}));
}

TEST(Roles, HeadlineWithAGroupBeforeTheComma) {
  Document d = code_text("インドとフランス、防衛協定に署名\n");
  SCOPED_TRACE(describe(d));
  ASSERT_EQ(d.events.size(), 1u);
  std::set<std::string> pair{country(d.events[0].source), country(d.events[0].target)};
  EXPECT_EQ(pair, (std::set<std::string>{"IND", "FRA"}));
}

TEST(Roles, HeadlineEndingInAVerbalNounTakesItsArguments) {
  Document d = code_text("インドの首相がブラジルの大統領と会談\n");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d), (std::set<std::string>{"IND>BRA:04"}));
}

TEST(Roles, ArmedForcesWithoutACountryAreThoseOfTheSetting) {
  // The one country named as the place (で, 南部) gives armed forces, rebels and
  // police their country; with no place they stay unplaced and code nothing.
  Document d = code_text("ソマリア南部で武装勢力が国連の車列を攻撃した。");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d), (std::set<std::string>{"SOM>IGO:19"}));
  EXPECT_TRUE(code_text("武装勢力が国連の車列を攻撃した。").events.empty());
  Document civil = code_text("シリア内戦で政府軍が市場を砲撃し、トルコ政府はこれを強く非難した。");
  SCOPED_TRACE(describe(civil));
  EXPECT_EQ(dyads(civil), (std::set<std::string>{"TUR>SYR:11"}));
}

TEST(Roles, TwoPlacesGiveNoSetting) {
  Document d = code_text("イラクとシリアで武装勢力が国連の車列を攻撃した。");
  SCOPED_TRACE(describe(d));
  EXPECT_TRUE(d.events.empty());
}

TEST(Roles, RelativeClauseOnAThingIsNotTheActOfTheMatrixSubject) {
  // 批判する/反対する describe the article; the subject of 求めた did not criticise.
  Document d = code_text("ロシアが、日本を批判する記事を削除するよう米国の企業に求めた。");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d), (std::set<std::string>{"RUS>USA:02"}));
  Document m = code_text("ミャンマー軍が、米国に反対する記事を書かないよう報道機関に求めた。");
  SCOPED_TRACE(describe(m));
  EXPECT_TRUE(m.events.empty());
}

TEST(Roles, AJudgementFrontsWhatItJudgesNotWhoJudges) {
  // In the speaker's quotation, and in a reported judgement (…だと反発した), the
  // topic that only has a country's の is the thing judged: that country is the
  // target and the speaker, or the outer topic, the source.
  Document q = code_text("韓国の外相は記者会見で「中国の度重なる領空侵犯は暴挙であり、強く抗議する」と述べた。");
  SCOPED_TRACE(describe(q));
  EXPECT_EQ(dyads(q), (std::set<std::string>{"KOR>CHN:11"}));
  Document r = code_text("フィリピン政府は、中国の措置は「不当な圧力」だと反発した。");
  SCOPED_TRACE(describe(r));
  EXPECT_EQ(dyads(r), (std::set<std::string>{"PHL>CHN:11"}));
  // A thing whose agent is named with による is judged too.
  Document by = code_text("日本の外相は記者会見で「市民を狙う中国軍による砲撃は断じて許されず、強く非難する」と述べた。");
  SCOPED_TRACE(describe(by));
  EXPECT_NE(find_event(by, "JPN", "CHN", "11"), nullptr);
  // A person named by a title with a country's の judges (NATOの事務総長は).
  Document t = code_text("NATOの事務総長は、中国の行動は「危険な挑発」だと批判した。");
  SCOPED_TRACE(describe(t));
  EXPECT_TRUE(dyads(t).count("IGO>CHN:11"));
}

TEST(Roles, AConcessionIsNotAnAct) {
  // 〜されても: even if; the exclusion is not reported as done.
  Document d = code_text("ロシアの外相は、G8から除外されても問題ではないと述べた。");
  SCOPED_TRACE(describe(d));
  EXPECT_TRUE(d.events.empty());
}

TEST(Roles, NationalityAndPlaceNames) {
  // 韓国籍の: Korea's nationals; 台湾海峡 is a sea, not Taiwan; ガザ地区 is Palestine's.
  Document n = code_text("海上保安庁は、韓国籍の漁船の船長を逮捕した。");
  SCOPED_TRACE(describe(n));
  EXPECT_EQ(dyads(n), (std::set<std::string>{"JPN>KOR:17"}));
  Document s = code_text("英国の外相は、中国の軍事活動や台湾海峡をめぐる情勢について懸念を表明した。");
  SCOPED_TRACE(describe(s));
  EXPECT_EQ(dyads(s), (std::set<std::string>{"GBR>CHN:11"}));
  Document g = code_text("日本政府はガザ地区の住民に対する人道支援を実施した。");
  SCOPED_TRACE(describe(g));
  EXPECT_EQ(dyads(g), (std::set<std::string>{"JPN>PSE:07"}));
}

TEST(Roles, AProtestAfterAMeetingIsAddressedToItsOtherSide) {
  Document d = code_text("林芳正外務大臣は北京で王毅外相と会談した。林大臣から、邦人が拘束された件について抗議した。",
                         "2023-04-02");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d, 1), (std::set<std::string>{"JPN>CHN:11"}));
}

TEST(Roles, WhatTwoSidesAgreeToDoIsAPlanAndTheAgreementCarriesIt) {
  // …ことで一致: the plan is an intent (036, 03x), no second 050; the countries of
  // what the two do together (日米韓の連携) are no partners of theirs.
  Document d = code_text("日本と韓国の首脳は、日米韓の連携を深めていくことで一致した。");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d), (std::set<std::string>{"JPN>KOR:03"}));
  Document t = code_text("日本と米国は、協議を続けることで一致した。");
  SCOPED_TRACE(describe(t));
  ASSERT_EQ(t.events.size(), 1u);
  EXPECT_EQ(t.events[0].code, "036");
}

TEST(Roles, TwoNounsJoinedByToAreNoArgument) {
  // 船長と乗組員の釈放を要求: the demand shares the target of the protest before it.
  Document d = code_text("中国外務省は日本の対応に強く抗議し、船長と乗組員の即時釈放を要求した。");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d), (std::set<std::string>{"CHN>JPN:11", "CHN>JPN:10"}));
}

TEST(Roles, AMeasureThatRespondsToAnActReceivesNothing) {
  // …侵攻を受けたもの: "a response to", not an attack received by the measure's country.
  Document d = code_text("外相は「日本の措置はロシアによるウクライナ侵攻を受けたものだ」と述べた。");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(find_event(d, "RUS", "JPN", "19"), nullptr);
  EXPECT_EQ(find_event(d, "RUS", "JPN", "18"), nullptr);
  // …を受け、 (the continuative form) is a response too.
  Document c = code_text("米国は、ロシアによるウクライナ侵略を受け、ロシアの銀行に対する追加制裁を発表した。");
  SCOPED_TRACE(describe(c));
  EXPECT_EQ(find_event(c, "RUS", "USA", "19"), nullptr);
  EXPECT_NE(find_event(c, "USA", "RUS", "16"), nullptr);
}

TEST(Roles, ForceSaidToHaveTakenPlaceIsAimedAtItsPlace) {
  // Xによる攻撃があり: the act noun is the が of a verb of occurring (lexicon: occur).
  Document d = code_text("ウクライナ東部の都市で、ロシア軍による砲撃があり、住民が死亡した。");
  SCOPED_TRACE(describe(d));
  EXPECT_NE(find_event(d, "RUS", "UKR", "19"), nullptr);
}

TEST(Roles, ConjunctionsJoinAListOfCountries) {
  // カタール、エジプト及び米国の: 及び (and 並びに) is a chunk of its own between conjuncts.
  Document d = code_text("日本は、仲介に当たったノルウェー、スイス及びカナダの尽力に深い敬意を表した。");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d), (std::set<std::string>{"JPN>NOR:05", "JPN>CHE:05", "JPN>CAN:05"}));
}

TEST(Roles, AQuotedDemandIsAddressedToWhomTheSpeakerAddresses) {
  Document d = code_text("中国外務省の報道官は、フィリピン側に対し「乗組員の安全を保障するよう求める」と述べた。");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d), (std::set<std::string>{"CHN>PHL:02"}));  // 求める: an appeal (020)
  // Without brackets: …を行うと発表した takes the に対し of 発表した, with its の.
  Document r = code_text("日本政府は、トルコの地震被害に対し、300万ドルの緊急無償資金協力を行うと発表した。");
  SCOPED_TRACE(describe(r));
  EXPECT_EQ(dyads(r), (std::set<std::string>{"JPN>TUR:07"}));
  // 〜てほしい: a wish that someone would do it is not the subject's act.
  Document w = code_text("韓国の野党は政府に対し「北朝鮮により多くを求めてほしい」と述べた。");
  SCOPED_TRACE(describe(w));
  EXPECT_EQ(find_event(w, "KOR", "PRK", "10"), nullptr);
  EXPECT_EQ(find_event(w, "KOR", "PRK", "02"), nullptr);
}

TEST(Roles, AnOrganisationOpeningASubjectCompoundIsItsActor) {
  // カブール付近の国連施設が…攻撃され: the UN's facility, not Kabul's, was attacked.
  // (近郊 makes the capital the setting: the rebels are Somalia's.)
  Document d = code_text("モガディシオ近郊の国連施設が武装勢力に攻撃された。");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d), (std::set<std::string>{"SOM>IGO:19"}));
}

TEST(Roles, ADeedReferredToIsTheNewestActByAnother) {
  // このような行為, こうした行動 (lexicon: deed) mean the newest act, of any kind.
  Document d = code_text("シリア内戦で政府軍が市場を砲撃した。トルコの外相は「このような行為を強く非難する」と述べた。");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d, 1), (std::set<std::string>{"TUR>SYR:11"}));
  Document k = code_text("北朝鮮が弾道ミサイルを発射した。韓国政府はこうした行動を強く非難した。");
  SCOPED_TRACE(describe(k));
  EXPECT_EQ(dyads(k, 1), (std::set<std::string>{"KOR>PRK:11"}));
}

TEST(Roles, AReactionToAnActIsAimedAtWhoActsNotAtItsAim) {
  // 米国の台湾への武器売却: the US sells, Taiwan is the aim; opposing it opposes the US.
  Document d = code_text("中国国防省は、米国の台湾への武器売却に断固反対すると表明した。");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d), (std::set<std::string>{"CHN>USA:12"}));
}

TEST(Roles, APairWordMeansTheTwoParticipantsNamedBeforeItInTheSentence) {
  Document d = code_text("インドは、中国との国境で両軍が衝突し、兵士20人が死亡したと発表した。");
  SCOPED_TRACE(describe(d));
  ASSERT_FALSE(d.events.empty());
  for (const auto& e : d.events) {
    std::set<std::string> pair{country(e.source), country(e.target)};
    EXPECT_EQ(pair, (std::set<std::string>{"IND", "CHN"}));
  }
}

TEST(Roles, CooperationStatedOverAContentNounAfterAMeetingIsWithTheOtherSide) {
  // …を深化させたい旨述べました: the clause on 旨 is no relative clause.
  Document d = code_text("岩屋外務大臣はベトナムのソン外務大臣と会談した。\n岩屋大臣から、経済分野での協力を一層深化させたい旨述べました。",
                         "2025-03-20");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d, 1), (std::set<std::string>{"JPN>VNM:03"}));
}

TEST(Roles, AnOngoingVisitIsThatOfTheFirstOfAPair) {
  // 来日中のA外相とB外相との間で: the visit is A's, though A is the first of a pair.
  Document d = code_text("来日中のベトナムのソン外務大臣と岩屋外務大臣との間で外相会談が行われた。", "2025-03-20");
  SCOPED_TRACE(describe(d));
  bool visit = false;  // 042 itself, not only the meeting (040) of the same root
  for (const auto& e : d.events)
    visit = visit || (e.code == "042" && country(e.source) == "VNM" && country(e.target) == "JPN");
  EXPECT_TRUE(visit);
}

// A counted group word (3首脳, 3外相) is the group of that many countries
// named before, each side's government.
TEST(Roles, CountedLeadersAreTheGroupNamedBefore) {
  Document d = code_text(
      "日本、中国、韓国の首脳は東京で会談した。\n"
      "3首脳は経済協力を進めることで一致した。\n");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d, 1), (std::set<std::string>{"JPN>CHN:03", "JPN>KOR:03", "CHN>KOR:03"}));
  for (const auto& e : d.events) {
    if (e.sentence == 1) {
      EXPECT_EQ(e.source.substr(3), "GOV") << e.source;
    }
  }
  Document two = code_text("米国、日本、豪州の外相がシドニーで会談した。3外相は中国の海洋進出を批判した。");
  SCOPED_TRACE(describe(two));
  EXPECT_EQ(dyads(two, 1), (std::set<std::string>{"USA>CHN:11", "JPN>CHN:11", "AUS>CHN:11"}));
}

// An answer (拒否, 反発: pattern option reply) with no target answers the
// newest act aimed at its source's country in the sentences just before.
TEST(Roles, AnswerWithNoTargetAnswersTheLastActAimedAtIt) {
  Document d = code_text(
      "日本政府はロシアに対し、拘束した領事の解放を求めた。\n"
      "ロシア側は「合法的な措置だ」として要求を拒否した。\n");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d, 1), (std::set<std::string>{"RUS>JPN:12"}));
  // An act aimed elsewhere is not answered: Japan's criticism of China is not Korea's to reject.
  Document other = code_text("日本は中国の海洋進出を批判した。\n韓国は協議への参加を拒否した。\n");
  SCOPED_TRACE(describe(other));
  EXPECT_EQ(dyads(other, 1), (std::set<std::string>{}));
}

// A text an actor issued (lexicon kind text), as the subject of a later act
// with no actor of its own, speaks for its author.
TEST(Roles, TextSpeaksForItsAuthor) {
  Document d = code_text(
      "北朝鮮外務省は9日、声明を発表した。\n"
      "声明は、米国に対し「挑発には断固として対応する」と警告した。\n");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d, 1), (std::set<std::string>{"PRK>USA:13"}));
  Document council = code_text("国連安全保障理事会は北朝鮮に関する決議を採択した。決議は北朝鮮の核実験を強く非難した。");
  SCOPED_TRACE(describe(council));
  EXPECT_TRUE(dyads(council, 1).count("IGO>PRK:11"));
  // Too far back (four sentences) the text no longer speaks for anyone.
  Document far = code_text(
      "北朝鮮外務省は声明を発表した。\n日本は抗議した。\n韓国は遺憾を表明した。\n米国は懸念を示した。\n"
      "声明は、米国に対し「挑発には対応する」と警告した。\n");
  SCOPED_TRACE(describe(far));
  EXPECT_EQ(dyads(far, 4), (std::set<std::string>{}));
}

// An object that is only a name in brackets (演習「…」を) stands for the noun
// right before it: the light verb takes its event from that noun.
TEST(Roles, NamedObjectIsTheNounBeforeTheName) {
  Document d = code_text("海上自衛隊と米軍は、東シナ海で共同訓練「レッド・ウェーブ」を実施した。");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d), (std::set<std::string>{"JPN>USA:06"}));
  // A quotation that is an object of its own (a slogan) names no act.
  Document slogan = code_text("中国の外相は「平和共存」を強調した。");
  SCOPED_TRACE(describe(slogan));
  EXPECT_TRUE(slogan.events.empty());
}

// A pattern with not= states an act when negated (refusing to yield); others
// negated state none. A に noun the pattern names is its object (要求に応じる).
TEST(Roles, NegatedAcceptanceIsARefusal) {
  Document d = code_text(
      "中国外務省の報道官は、日本側の要求に応じない考えを示した。\n"
      "韓国政府は米国の要請に応じた。\n"
      "北朝鮮は日本の提案を受け入れなかった。\n"
      "インドは中国との対話を拒否しなかった。\n"
      "首相は記者団の取材に応じた。\n");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d, 0), (std::set<std::string>{"CHN>JPN:12"}));
  EXPECT_EQ(dyads(d, 1), (std::set<std::string>{"KOR>USA:08"}));
  EXPECT_EQ(dyads(d, 2), (std::set<std::string>{"PRK>JPN:12"}));
  EXPECT_EQ(dyads(d, 3), (std::set<std::string>{}));
  EXPECT_EQ(dyads(d, 4), (std::set<std::string>{}));
}

// A planned pattern (加盟) states an act only as a plan or wish: 加盟を目指す,
// 加盟を実現させたい and 加盟したい are intents to cooperate (03); a membership
// taken or held (加盟した, 加盟国) is no act.
TEST(Roles, PlannedPatternFiresOnlyAsAPlan) {
  Document d = code_text(
      "フィンランドはNATOへの加盟を目指す方針を示した。\n"
      "モルドバの大統領は、EUへの加盟を早期に実現させたいと語った。\n"
      "ジョージアはNATOに加盟したいと述べた。\n"
      "ポーランドは1999年にNATOに加盟した。\n"
      "EUに加盟する国々の首脳が集まった。\n");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d, 0), (std::set<std::string>{"FIN>IGO:03"}));
  EXPECT_EQ(dyads(d, 1), (std::set<std::string>{"MDA>IGO:03"}));
  EXPECT_EQ(dyads(d, 2), (std::set<std::string>{"GEO>IGO:03"}));
  EXPECT_EQ(dyads(d, 3), (std::set<std::string>{}));
  EXPECT_EQ(dyads(d, 4), (std::set<std::string>{}));
}

// 発表する is a light verb for an act noun (資産凍結を発表した: the freeze is
// announced, so done); a text announced (声明, 報告書) is no act of its own.
TEST(Roles, AnnouncedActIsTheAct) {
  Document d = code_text(
      "オーストラリアは北朝鮮の個人に対する資産凍結を発表した。\n"
      "カナダはロシアへの追加の経済制裁を発表した。\n"
      "韓国政府は声明を発表した。\n"
      "国連はミャンマーに関する報告書を発表した。\n");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d, 0), (std::set<std::string>{"AUS>PRK:16"}));
  EXPECT_EQ(dyads(d, 1), (std::set<std::string>{"CAN>RUS:16"}));
  EXPECT_EQ(dyads(d, 2), (std::set<std::string>{}));
  EXPECT_EQ(dyads(d, 3), (std::set<std::string>{}));
}

// この報告書, この指摘: an answer to a text or a claim named is aimed at its
// author, up to twelve sentences back.
TEST(Roles, AnswerToANamedTextIsAimedAtItsAuthor) {
  Document d = code_text(
      "国際連合は、ミャンマーでの人権侵害に関する報告書を公表した。\n"
      "報告書は多数の市民が拘束されたとしている。\n"
      "ミャンマー政府はこの報告書に反論した。\n");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d, 2), (std::set<std::string>{"MMR>IGO:12"}));
  Document claim = code_text("ロシアが軍を増強していると英国が指摘した。\nロシア政府はこの指摘を否定した。\n");
  SCOPED_TRACE(describe(claim));
  EXPECT_EQ(dyads(claim, 1), (std::set<std::string>{"RUS>GBR:12"}));
}

// Partners named with とともに act with the subject; they are no list with
// the noun after them and no addressee.
TEST(Roles, PartnersWithTomoniActToo) {
  Document d = code_text("日本は米国、韓国とともに、国連安全保障理事会に緊急会合の開催を要請した。");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d), (std::set<std::string>{"JPN>IGO:02", "USA>IGO:02", "KOR>IGO:02"}));
  // A joint act takes its partner from とともに as from と.
  Document joint = code_text("海上自衛隊は米海軍とともに共同訓練を実施した。");
  SCOPED_TRACE(describe(joint));
  EXPECT_EQ(dyads(joint), (std::set<std::string>{"JPN>USA:06"}));
}

// The plan agreed on (…ことで一致) is no act chained before the agreement: its
// aim is not the agreement's partner; the meeting's other side is.
TEST(Roles, AgreementPartnerIsNotThePlansAim) {
  Document d = code_text("石破茂首相はトランプ米大統領と電話で会談し、北朝鮮への圧力を一層強化することで一致した。",
                         "2025-02-10");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d), (std::set<std::string>{"JPN>USA:04", "JPN>USA:05"}));
}

// A relative clause on a framework (lexicon purpose: 枠組み, 仕組み) states a
// plan; agreed on, the agreement carries it (no second 050).
TEST(Roles, FrameworkToConsultIsAPlan) {
  Document d = code_text(
      "石破茂首相は韓国の李在明大統領と首相官邸で会談した。\n"
      "両首脳は、共通の課題について当局間で協議する枠組みを立ち上げることで合意しました。\n",
      "2025-08-23");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d, 1), (std::set<std::string>{"JPN>KOR:03"}));
}

// A person named with the name in brackets (イ・ジェミョン(李在明)大統領) is
// found again by either surname with a title.
TEST(Roles, SurnameOfANameGivenTwoWays) {
  Document d = code_text(
      "石破総理大臣は韓国のイ・ジェミョン(李在明)大統領と会談した。\n"
      "イ大統領は北朝鮮を批判した。\n"
      "中国は李大統領を批判した。\n",
      "2025-08-23");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d, 1), (std::set<std::string>{"KOR>PRK:11"}));
  EXPECT_EQ(dyads(d, 2), (std::set<std::string>{"CHN>KOR:11"}));
}

// Cooperation with a partner named that is no actor (国際社会と) is not
// addressed to the last meeting's other side.
TEST(Roles, PartnerNamedWithoutActorIsNoMeetingSide) {
  Document d = code_text(
      "安倍晋三首相はイスラエルのネタニヤフ首相と会談した。\n"
      "菅義偉官房長官は「国際社会と連携して対応する」と述べた。\n"
      "安倍首相は「イスラエルと連携して対応する」と述べた。\n",
      "2015-01-20");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d, 0), (std::set<std::string>{"JPN>ISR:04"}));  // the meeting
  EXPECT_EQ(dyads(d, 1), (std::set<std::string>{}));
  EXPECT_TRUE(dyads(d, 2).count("JPN>ISR:05") || dyads(d, 2).count("JPN>ISR:03")) << describe(d);
}

// 駐中国大使 with no country of its own is Japan's ambassador in Japanese news;
// 駐日大使 is another country's, and 駐日中国大使 names its country.
TEST(Roles, AmbassadorPostedAbroadIsJapans) {
  Document d = code_text(
      "中国外務省の次官は、駐中国大使を呼び出して抗議した。\n"
      "ロシア外務省は、駐日中国大使と会談した。\n",
      "2023-08-24");
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(dyads(d, 0), (std::set<std::string>{"CHN>JPN:11"}));
  EXPECT_EQ(dyads(d, 1), (std::set<std::string>{"RUS>CHN:04"}));
}

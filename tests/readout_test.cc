// readout: the shapes of a foreign ministry's meeting readout and statement
// (概要は以下のとおり): who spoke named with から, concern one "has", measures
// lifted, partners named by an example, plans in the future tense. Sentences
// are our own, written in that register.
#include <gtest/gtest.h>

#include "test_util.h"

using namespace kizashi;
using kztest::code_text;
using kztest::describe;
using kztest::find_event;


TEST(Readouts, WhoSpokeIsNamedWithから) {
  Document d = code_text(
      "冒頭、岸田総理から、ロシアによる侵略を改めて強く非難するとともに、日本は引き続きウクライナを支援すると述べました。",
      "2023-11-27");
  EXPECT_NE(find_event(d, "JPN", "RUS", "11"), nullptr) << describe(d);
  EXPECT_NE(find_event(d, "JPN", "UKR", "07"), nullptr) << describe(d);
}

TEST(Readouts, AからThatIsAPlaceIsNoSpeaker) {
  Document d = code_text("中国はロシアから原油の輸入を拡大し、米国の制裁を批判すると述べた。");
  EXPECT_EQ(find_event(d, "RUS", "USA", "11"), nullptr) << describe(d);
}

TEST(Statements, ConcernOneHasIsConcernExpressed) {
  Document d = code_text("我が国は、ミャンマー国軍が多くの関係者を拘束したことに対し、重大な懸念を有しています。");
  EXPECT_NE(find_event(d, "JPN", "MMR", "11"), nullptr) << describe(d);
}

TEST(Statements, LiftingTighterExportControlsEasesSanctions) {
  Document d = code_text("日本政府は、韓国に対する輸出管理の厳格化措置を解除すると発表した。");
  EXPECT_NE(find_event(d, "JPN", "KOR", "08"), nullptr) << describe(d);
}

TEST(Statements, PartnersNamedByAnExampleIncludeIt) {
  Document d = code_text("日本政府は、米国をはじめとする関係国と緊密に連携していく。");
  const Event* e = find_event(d, "JPN", "USA", "03");
  ASSERT_NE(e, nullptr) << describe(d);  // 〜していく: a plan, coded as intent
  EXPECT_TRUE(e->intent);
}

TEST(Statements, APresentCooperationIsNoPlan) {
  Document d = code_text("日本政府は、米国と緊密に連携した。");
  EXPECT_NE(find_event(d, "JPN", "USA", "05"), nullptr) << describe(d);
}

TEST(Titles, AHeadOfStateTitleSeveralCountriesUseNamesNone) {
  // 国家主席 is China's, Vietnam's and Laos's: alone it names no country.
  Document d = code_text("ラオスの首都で、ソンサイ国家主席は岸田首相と会談した。", "2023-11-27");
  EXPECT_EQ(find_event(d, "CHN", "JPN", "04"), nullptr) << describe(d);
}

TEST(Subjects, ATopicThatIsAnActorJudgesOneThatOnlyHasAnActorsの) {
  Document d = code_text("アメリカ国務省の報道官は、イランの決定は「容認できない」と批判しました。");
  EXPECT_NE(find_event(d, "USA", "IRN", "11"), nullptr) << describe(d);
  EXPECT_EQ(find_event(d, "IRN", "USA", "11"), nullptr) << describe(d);
}

TEST(Targets, CompaniesOfACountryNamedInOneCompoundAreThatCountrys) {
  Document d = code_text("中国外務省は、米軍需企業7社とその幹部に制裁を科すと発表した。");
  EXPECT_NE(find_event(d, "CHN", "USA", "16"), nullptr) << describe(d);
  Document place = code_text("日本以外にもスペインが救助隊を派遣した。");
  EXPECT_EQ(find_event(place, "ESP", "JPN", "07"), nullptr) << describe(place);
}

TEST(Judgements, AJudgementReportedWithoutBracketsIsTheSpeakers) {
  Document d = code_text("日本の国連大使も、ロシアの拒否権行使は極めて遺憾だと述べた。");
  EXPECT_NE(find_event(d, "JPN", "RUS", "11"), nullptr) << describe(d);
}

TEST(Judgements, PraiseDoesNotTakeTheAddresseeOfTheDemandAfterIt) {
  Document d = code_text("南アフリカの大統領は声明で「国際法の勝利だ」と歓迎し、イスラエルに命令の順守を求めた。");
  EXPECT_EQ(find_event(d, "ZAF", "ISR", "05"), nullptr) << describe(d);
  EXPECT_NE(find_event(d, "ZAF", "ISR", "02"), nullptr) << describe(d);
}

TEST(Statements, ApplyingForMembershipIsAnIntentToCooperate) {
  Document d = code_text("スウェーデンはNATOへの加盟を申請した。");
  EXPECT_NE(find_event(d, "SWE", "IGO", "03"), nullptr) << describe(d);
  Document court = code_text("スウェーデンの企業は裁判所に破産を申請した。");
  EXPECT_TRUE(court.events.empty()) << describe(court);
}

TEST(Statements, ClosingTheBorderWithACountryReducesRelations) {
  Document d = code_text("ナイジェリアはニジェールとの国境を閉鎖した。");
  EXPECT_NE(find_event(d, "NGA", "NER", "16"), nullptr) << describe(d);
}

TEST(Passives, TheAgentOfARequestReceivedAndTheRebuttalOfIt) {
  Document d = code_text(
      "中国の外相は、ドイツの外相から台湾海峡での軍事的威圧をやめるよう求められ、「内政干渉だ」と反論した。");
  EXPECT_NE(find_event(d, "DEU", "CHN", "02"), nullptr) << describe(d);
  EXPECT_NE(find_event(d, "CHN", "DEU", "12"), nullptr) << describe(d);
  EXPECT_EQ(find_event(d, "CHN", "TWN", "12"), nullptr) << describe(d);
}

TEST(JointActs, ThePartnerNamedWithとの間でSignsToo) {
  Document d = code_text("国際協力機構は、バングラデシュ政府との間で、円借款の貸付契約に調印した。");
  EXPECT_TRUE(find_event(d, "JPN", "BGD", "05") || find_event(d, "BGD", "JPN", "05")) << describe(d);
}

TEST(Statements, SuspendingAMembersMembershipReducesRelations) {
  Document d = code_text("アフリカ連合は、ニジェールの加盟資格を停止すると発表した。");
  EXPECT_NE(find_event(d, "IGO", "NER", "16"), nullptr) << describe(d);
}

namespace {
const char* kCall = "林芳正外務大臣は、ペニー・ウォン豪州外務大臣と電話会談を行いました。";
}

TEST(Readouts, WhatTheSpeakerWishesIsSaidOverThe旨AndIsWithTheOtherSide) {
  Document d = code_text(std::string(kCall) + "冒頭、林大臣から、両国の経済協力を一層深化させたい旨述べました。", "2023-02-08");
  const Event* e = find_event(d, "JPN", "AUS", "03");
  ASSERT_NE(e, nullptr) << describe(d);
  EXPECT_EQ(e->sentence, 1);
}

TEST(Readouts, AからTheParserHangsOnALaterVerbStillSpeaks) {
  Document d = code_text(
      "岸田総理大臣から、ベトナム海軍に巡視船を供与することを伝えたのに対し、ファム・ミン・チン首相はこれを歓迎しました。",
      "2023-11-04");
  EXPECT_NE(find_event(d, "JPN", "VNM", "07"), nullptr) << describe(d);
}

TEST(Readouts, TheSpeakerBeforeAnAppealIsNotTheTopicOfTheNextClause) {
  Document d = code_text(std::string(kCall) +
                             "林大臣から、北朝鮮のミサイル発射に言及しつつ、緊密に連携していくことを呼びかけ、"
                             "ウォン大臣はこれに賛同しました。",
                         "2023-02-08");
  EXPECT_NE(find_event(d, "JPN", "AUS", "02"), nullptr) << describe(d);  // the other side of the call
  EXPECT_EQ(find_event(d, "JPN", "PRK", "02"), nullptr) << describe(d);  // spoken of, not asked
  EXPECT_EQ(find_event(d, "AUS", "PRK", "02"), nullptr) << describe(d);
}

TEST(Readouts, TheAuthorOfAResolutionToImplementIsNotWhoIsAsked) {
  Document d = code_text("林芳正外務大臣から、安保理決議の完全な履行に向けて連携することを呼びかけた。", "2023-02-08");
  EXPECT_FALSE(kztest::any_from(d, "JPN")) << describe(d);  // no addressee named: no event
}

TEST(Statements, MeasuresTakenOrDevisedAreTheMeasuresNoun) {
  // 講じる and とる hand the act to the measure, as 行う does.
  Document d = code_text("政府は、北朝鮮に対する独自の制裁措置を速やかに講じる。");
  EXPECT_NE(find_event(d, "JPN", "PRK", "16"), nullptr) << describe(d);
  Document took = code_text("カナダ政府はイランに対し制裁措置をとった。");
  EXPECT_NE(find_event(took, "CAN", "IRN", "16"), nullptr) << describe(took);
}

TEST(JointActs, CountriesThatCooperateWithNoOneElseNamedDoSoWithEachOther) {
  // (What the two agree to do is a plan: intent to cooperate, 03; coding-rules §4d.)
  Document d = code_text("日越両国は、海洋安全保障での協力を進めることで一致した。");
  EXPECT_TRUE(kztest::has(d, "JPN", "VNM", "03") || kztest::has(d, "VNM", "JPN", "03")) << describe(d);
  Document done = code_text("日越両国は、海洋安全保障での協力を進めた。");
  EXPECT_TRUE(kztest::has(done, "JPN", "VNM", "06") || kztest::has(done, "VNM", "JPN", "06")) << describe(done);
  // Recognition by two countries is not of each other.
  Document r = code_text("米英両国が新国家を承認した。");
  EXPECT_FALSE(kztest::has(r, "USA", "GBR", "05")) << describe(r);
}

TEST(Statements, ALetterThatCarriesARequestIsOneEventAddressedToItsRecipient) {
  // The topic of what is asked (について) is not whom it is asked of.
  Document d = code_text("キューバ政府は国連総会に対し、米国の経済封鎖について討議するよう要請する書簡を送った。");
  EXPECT_NE(find_event(d, "CUB", "IGO", "02"), nullptr) << describe(d);
  EXPECT_EQ(find_event(d, "CUB", "USA", "02"), nullptr) << describe(d);
  EXPECT_EQ(find_event(d, "CUB", "IGO", "01"), nullptr) << describe(d);  // the letter carries the request
}

TEST(JointActs, AMeetingHeldNamesItsParticipantsDownItsModifiers) {
  Document d = code_text("日本、米国、韓国の3か国の枠組み「日米韓」の外相会合がワシントンで開かれた。");
  EXPECT_TRUE(kztest::has(d, "JPN", "USA", "04")) << describe(d);
  EXPECT_TRUE(kztest::has(d, "JPN", "KOR", "04")) << describe(d);
  EXPECT_TRUE(kztest::has(d, "USA", "KOR", "04")) << describe(d);
}

TEST(Judgements, ATopicBeforeAQuotedJudgementIsWhatIsJudged) {
  // The topic hangs on the verb of saying, the judgement is inside the quotation.
  Document d = code_text("英外務省の報道官は、イランとロシアの無人機取引の拡大は「重大な懸念だ」と述べた。");
  EXPECT_NE(find_event(d, "GBR", "IRN", "11"), nullptr) << describe(d);
  EXPECT_NE(find_event(d, "GBR", "RUS", "11"), nullptr) << describe(d);
}

TEST(Targets, AnActDoneTooIsAimedWhereTheLastOfItsKindWas) {
  Document d = code_text(
      "日本の外務省は、日本の国際緊急援助隊をネパールに派遣すると発表した。日本以外にも韓国が救助隊を派遣したほか、"
      "インドも支援に乗り出した。");
  EXPECT_NE(find_event(d, "KOR", "NPL", "07"), nullptr) << describe(d);
  EXPECT_NE(find_event(d, "IND", "NPL", "07"), nullptr) << describe(d);
  EXPECT_EQ(find_event(d, "KOR", "JPN", "07"), nullptr) << describe(d);
}

TEST(Statements, AskingForAMeasureToBeAbolishedIsADemand) {
  Document d = code_text("韓国政府は日本に対し、輸出管理の厳格化措置の撤廃を強く求めた。");
  EXPECT_NE(find_event(d, "KOR", "JPN", "10"), nullptr) << describe(d);
}

TEST(Subjects, AもThatNamesNoActorIsNoTopicThatHidesTheSpeaker) {
  // 友好関係も is the object of 保つ; the minister who states the wish is its subject.
  Document d = code_text("コソボの首相は、アルバニアとの友好関係も保っていきたいとの考えを示した。");
  EXPECT_NE(find_event(d, "KSV", "ALB", "03"), nullptr) << describe(d);
}

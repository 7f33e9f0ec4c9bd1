// focus: acts whose other side is the country a whole article is about
// (Discourse::focus), and acts between the sides an article names with
// 〜との間で. Articles are our own, written the way wire stories on one
// country's disaster or election are.
#include <gtest/gtest.h>

#include "test_util.h"

using namespace kizashi;
using kztest::code_text;
using kztest::describe;
using kztest::any_from;
using kztest::has;

namespace {

const char kQuake[] =
    "フィリピン中部で地震が起き、多数の死者が出た。フィリピン政府は非常事態を宣言した。"
    "フィリピンの赤十字は救援を続けている。";

}  // namespace

TEST(Focus, AidWithNoRecipientNamedGoesToTheCountryTheArticleIsAbout) {
  Document d = code_text(std::string(kQuake) + "スペインは救助隊を派遣した。");
  EXPECT_TRUE(has(d, "ESP", "PHL", "07")) << describe(d);
}

TEST(Focus, PraiseOfAnAffairIsOfTheCountryTheArticleIsAbout) {
  Document d = code_text(
      "アルバニアで総選挙が行われた。アルバニアの選挙管理委員会は結果を確定した。アルバニアの与党が勝利した。"
      "欧州連合は選挙の確定を歓迎した。");
  EXPECT_TRUE(has(d, "IGO", "ALB", "05")) << describe(d);
}

TEST(Focus, AnArticleAboutTwoCountriesHasNoFocus) {
  Document d = code_text("フィリピンとベトナムで台風の被害が出た。ベトナム政府は非常事態を宣言した。スペインは救助隊を派遣した。");
  EXPECT_FALSE(any_from(d, "ESP")) << describe(d);
}

TEST(Focus, TheFocusCountrysOwnActorsActAtHome) {
  Document d = code_text(std::string(kQuake) + "フィリピン軍は救助隊を派遣した。");
  EXPECT_TRUE(d.events.empty()) << describe(d);
}

TEST(Focus, CriticismOfPeopleIsNotOfTheirCountry) {
  Document d = code_text(
      "インド西部で爆弾テロが起きた。インド政府は捜査を始めた。インドの警察は容疑者を追っている。"
      "パキスタン政府は実行犯を非難した。");
  EXPECT_FALSE(has(d, "PAK", "IND", "11")) << describe(d);
}

// --- 〜との間で: who an act took place between.

TEST(Between, ASigningBetweenTwoGovernmentsIsTheirs) {
  Document d = code_text(
      "本日、東京において、日本国政府とインドネシア共和国政府との間で、防衛装備品の移転に関する協定への署名が行われました。");
  EXPECT_TRUE(has(d, "JPN", "IDN", "05") || has(d, "IDN", "JPN", "05")) << describe(d);
}

TEST(Between, WelcomingAnAgreementBetweenTwoSidesIsTowardsBoth) {
  Document d = code_text("インドとパキスタンとの間で停戦合意が署名されたことを、日本政府は歓迎します。");
  EXPECT_TRUE(has(d, "JPN", "IND", "05")) << describe(d);
  EXPECT_TRUE(has(d, "JPN", "PAK", "05")) << describe(d);
}

// --- An abbreviation in an aside is the name before it.

TEST(Asides, AnAbbreviationAfterAnotherEntrysNameIsNoSecondActor) {
  Document d = code_text("スーダン国軍と即応支援部隊(RSF)との間で停戦合意が署名されたことを、日本政府は歓迎します。");
  for (const auto& e : d.events) EXPECT_NE(e.target, "NGOMEDRSF") << describe(d);
  EXPECT_TRUE(has(d, "JPN", "SDN", "05")) << describe(d);
}

TEST(Focus, AnAimNamedAsARegionIsWhereTheAidGoes) {
  Document d = code_text(std::string(kQuake) + "国連はアジア太平洋地域へ緊急支援を行っている。");
  EXPECT_FALSE(has(d, "IGO", "PHL", "07")) << describe(d);
  Document told = code_text(std::string(kQuake) + "スペイン政府は記者団に対し、救助隊を派遣したと発表した。");
  EXPECT_TRUE(has(told, "ESP", "PHL", "07")) << describe(told);
}

// --- Affairs (events/ja/affairs.cc): what took place in a country, and the
// reactions that name it. The articles name several countries, so none is
// the focus: only the affair says whom the reaction is about.

TEST(Affairs, CriticismOfACoupIsOfTheCountryItTookPlaceIn) {
  Document d = code_text("マリで12日、クーデターが起きた。フランスとドイツの外相は13日、パリで会談した。"
                         "ドイツの外相は、クーデターを非難した。", "2012-03-14");
  EXPECT_TRUE(has(d, "DEU", "MLI", "11")) << describe(d);
}

TEST(Affairs, AHeadlineNamesTheAffairAndALongerNameRepeatsIt) {
  Document d = code_text("ギニアで軍がクーデター\nフランスとドイツの外相は13日、パリで会談した。"
                         "米国務省は、軍事クーデターについて深い懸念を表明した。", "2012-03-14");
  EXPECT_TRUE(has(d, "USA", "GIN", "11")) << describe(d);
}

TEST(Affairs, ARelativeClauseSaysWhereTheAffairTookPlace) {
  Document d = code_text("フランスとドイツの外相は13日、パリで会談した。"
                         "英国政府は、ギニアで起きたクーデターを非難した。", "2012-03-14");
  EXPECT_TRUE(has(d, "GBR", "GIN", "11")) << describe(d);
}

TEST(Affairs, AReactionToSomethingElseIsNotAimedAtTheAffairsCountry) {
  Document d = code_text("マリで12日、クーデターが起きた。フランスとドイツの外相は13日、パリで会談した。"
                         "ドイツの外相は、人種差別を非難した。", "2012-03-14");
  EXPECT_FALSE(has(d, "DEU", "MLI", "11")) << describe(d);
}

TEST(Affairs, AReactionNamingNothingElseIsToTheHeadlinesAffair) {
  Document d = code_text("日本の首相の神社参拝、各国から反応\n18日に行われた首相の神社参拝について、各国の反応が伝えられている。"
                         "中国と韓国は、ただちに強い不快感を伝えた。", "2013-12-27");
  EXPECT_TRUE(has(d, "CHN", "JPN", "11")) << describe(d);
  EXPECT_TRUE(has(d, "KOR", "JPN", "11")) << describe(d);
}

TEST(Affairs, WithoutAHeadlineOrWithAMatterOfItsOwnTheReactionHasNoTarget) {
  Document lead = code_text("日本の首相が18日に神社を参拝した。中国と韓国は、ただちに強い不快感を伝えた。", "2013-12-27");
  EXPECT_FALSE(has(lead, "CHN", "JPN", "11")) << describe(lead);
  Document own = code_text("日本の首相の神社参拝、各国から反応\n韓国の外相は、国内の物価について強い不快感を示した。", "2013-12-27");
  EXPECT_FALSE(has(own, "KOR", "JPN", "11")) << describe(own);
}

// --- Continuity (events/ja/continuity.cc): a sentence that names no subject
// goes on about the one who acted in the sentence before.

TEST(Continuity, ASentenceWithNoSubjectContinuesTheLastActorsActs) {
  Document d = code_text("オーストラリア政府は、トンガに緊急支援物資を送った。また救助隊を派遣した。", "2022-01-20");
  int aid = 0;
  for (const auto& e : d.events) aid += e.source == "AUSGOV" && e.target == "TON" && e.root_code == "07";
  EXPECT_EQ(aid, 2) << describe(d);
  Document said = code_text("オーストラリア政府は、トンガに緊急支援物資を送った。また「トンガへの支援を続ける」と述べた。",
                            "2022-01-20");
  EXPECT_TRUE(has(said, "AUS", "TON", "07")) << describe(said);
  EXPECT_EQ(said.events.size(), 2u) << describe(said);
}

TEST(Continuity, ASubjectOfItsOwnOrAStateEndsTheTopic) {
  Document own = code_text("オーストラリア政府は、トンガに緊急支援物資を送った。輸送機は首都の空港に到着し、物資を引き渡した。"
                           "また救助隊を派遣した。", "2022-01-20");
  EXPECT_EQ(own.events.size(), 1u) << describe(own);
  Document state = code_text("英国の首相は、支持率が大きく下がった状態となっている。その一方で、フランスに対して協力を求めた。",
                             "2022-01-20");
  EXPECT_TRUE(state.events.empty()) << describe(state);
}

TEST(Continuity, ASpeakersNounOfForceWithACopulaIsNoAct) {
  Document d = code_text("国連の事務総長は、パキスタンの元首相の暗殺を非難した。「これはパキスタンの民主化への攻撃である」と述べた。",
                         "2007-12-28");
  EXPECT_TRUE(has(d, "IGO", "PAK", "11")) << describe(d);
  EXPECT_FALSE(has(d, "IGO", "PAK", "19")) << describe(d);
}

TEST(Focus, ABareTitleBeforeAnyGovernmentIsTheFocusCountrys) {
  const std::string election =
      "ラオスで総選挙が行われた。ラオスの選挙管理委員会は結果を発表した。ラオス各地で祝賀の行事が開かれた。";
  Document d = code_text(election + "新首相は、タイとの友好関係も保っていきたいとの考えを示した。", "2021-03-25");
  EXPECT_TRUE(has(d, "LAO", "THA", "03")) << describe(d);
  // Once a government was named, a bare title is the last one named (タイの首相).
  Document named = code_text(election + "タイの首相は声明を出した。首相は、ベトナムとの友好関係も保ちたいと述べた。",
                             "2021-03-25");
  EXPECT_FALSE(has(named, "LAO", "VNM", "03")) << describe(named);
  EXPECT_TRUE(has(named, "THA", "VNM", "03")) << describe(named);
}

TEST(Roles, AもPhraseThatNamesNoActorBelongsToTheVerbAfterIt) {
  Document d = code_text("タイの首相は、ラオスとの友好関係も保ちたいと述べた。", "2021-03-25");
  EXPECT_TRUE(has(d, "THA", "LAO", "03") || has(d, "THA", "LAO", "05")) << describe(d);
}

TEST(Roles, AListClosedBy他IsAGroupOfItsNames) {
  Document d = code_text("大会に参加したタイ、ラオス他の国の代表は、カンボジア政府に対し、弾圧を中断せよとの声明を発表した。",
                         "2021-03-25");
  EXPECT_TRUE(has(d, "THA", "KHM", "10")) << describe(d);
  EXPECT_TRUE(has(d, "LAO", "KHM", "10")) << describe(d);
}

TEST(Roles, AnOfficeInACompoundOfRolesNamesItsCountry) {
  Document d = code_text("ある防衛庁首脳は、米軍に訓練情報の公開を求めた。", "2005-07-23");
  EXPECT_TRUE(has(d, "JPN", "USA", "02")) << describe(d);
}

TEST(Roles, ThePressSpokenToIsAnAudienceNotTheOneAsked) {
  Document d = code_text("韓国の外相は、記者団に対し、北朝鮮に対話の再開を求めたと語った。", "2019-05-01");
  EXPECT_TRUE(has(d, "KOR", "PRK", "02")) << describe(d);
  Document travellers = code_text("日本の外務省は、旅行者に対し、シリアへの渡航をやめるよう求めた。", "2019-05-01");
  EXPECT_FALSE(has(travellers, "JPN", "SYR", "02")) << describe(travellers);
}

TEST(Focus, AnAppealToAGroupWithNoCountryIsToTheFocusCountrysPeople) {
  Document d = code_text(std::string(kQuake) + "フィリピン政府は武装勢力との停戦を発表した。フィリピン軍は救援を続けている。"
                                               "米国は、停戦に応じなかった2派に和平を促した。");
  EXPECT_TRUE(has(d, "USA", "PHL", "02")) << describe(d);
  Document none = code_text("フィリピンとベトナムで台風の被害が出た。米国は、停戦に応じなかった2派に和平を促した。");
  EXPECT_FALSE(any_from(none, "USA")) << describe(none);
}

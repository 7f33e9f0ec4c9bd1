// judgements: a noun with とする that deems what it judges (不当とした,
// 「極めて遺憾」とし), the judged thing a nominalised clause (…解除する事は) or a
// topic phrase (…について) states, and the time of a concessive clause
// (遺憾としながら、…したい). The sentences are our own, written the way wire
// stories report reactions.
#include <gtest/gtest.h>

#include "test_util.h"

using namespace kizashi;
using kztest::code_text;
using kztest::describe;
using kztest::find_event;
using kztest::has;

TEST(Deemed, ANounWithとするJudgesItsObject) {
  Document d = code_text("ロシア政府は日本の決定を不当とした。");
  EXPECT_TRUE(has(d, "RUS", "JPN", "11")) << describe(d);
}

TEST(Deemed, AQuotedJudgementWithとするIsTheTopicsOwn) {
  Document d = code_text("韓国大統領府の報道官は、日本の首相の神社参拝を「極めて遺憾」とした。");
  EXPECT_TRUE(has(d, "KOR", "JPN", "11")) << describe(d);
}

TEST(Deemed, ANominalisedClauseBeforeItIsWhatIsJudgedNotWhoJudges) {
  Document d = code_text("日本政府は、米国が制裁を解除する事は遺憾としている。");
  EXPECT_TRUE(has(d, "JPN", "USA", "11")) << describe(d);
}

TEST(Deemed, ATopicPhraseNamesWhatTheChainedJudgementIsAbout) {
  Document d = code_text(
      "米国による制裁の解除について、日本政府は、拉致問題の目に見える進展がない段階での解除は遺憾としながら、"
      "対話を進めたいと話している。");
  EXPECT_TRUE(has(d, "JPN", "USA", "11")) << describe(d);
}

TEST(Deemed, AConcessiveClauseIsNoPlanOfTheClauseAfterIt) {
  Document d = code_text("日本政府は米国の決定を遺憾としながら、協議を続けたいと述べた。");
  const Event* e = find_event(d, "JPN", "USA", "11");
  ASSERT_NE(e, nullptr) << describe(d);
  EXPECT_FALSE(e->intent) << describe(d);
}

TEST(Deemed, AHedgeOfTheReportersIsNoJudgement) {
  Document d = code_text("米国の記者2人がシリアで行方不明とされている。");
  EXPECT_TRUE(d.events.empty()) << describe(d);
}

TEST(Refusals, NotPermittingIsARejectionOfTheOnesWhoAsked) {
  Document d = code_text("エジプト政府は、ハマスの議員がラファ検問所を通ることを許可しないと述べた。", "2006-02-01");
  EXPECT_TRUE(has(d, "EGY", "PSE", "12")) << describe(d);
}

TEST(Refusals, ReviewingAidIsAThreatWhenPlannedAndACutWhenDone) {
  Document planned = code_text("米国政府は、パレスチナに対する支援を見直す方針を示した。", "2006-01-28");
  EXPECT_TRUE(has(planned, "USA", "PSE", "13")) << describe(planned);
  Document done = code_text("英国はケニアへの援助を見直した。", "2006-01-28");
  EXPECT_TRUE(has(done, "GBR", "KEN", "16")) << describe(done);
}

// --- Xから/より Nがあった: the act the が noun names came from X.

TEST(Occurrence, AnActThatCameFromSomeoneIsTheirsTowardsWhoReportsIt) {
  Document protest = code_text("日本政府は、中国側から抗議があったと発表した。", "2012-09-20");
  EXPECT_TRUE(has(protest, "CHN", "JPN", "11")) << describe(protest);
  Document notice =
      code_text("韓国政府は、来月に予定されていた合同行事を中止するとの通告が北朝鮮よりあったと発表した。", "2007-05-25");
  EXPECT_TRUE(has(notice, "PRK", "KOR", "16")) << describe(notice);
}

TEST(Occurrence, SupportOneHasIsAStateNotAnAct) {
  Document d = code_text("フィジーの司令官はインド系住民から支持がある。", "2006-12-05");
  EXPECT_TRUE(d.events.empty()) << describe(d);
}

TEST(Occurrence, AReactionSpreadingInACountryIsItsPeoples) {
  Document d = code_text("中国国内では、日本政府が島を国有化したことに反発が広がっている。", "2012-09-15");
  EXPECT_TRUE(has(d, "CHN", "JPN", "11")) << describe(d);
  const Event* e = find_event(d, "CHN", "JPN", "11");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->source, "CHN");  // the people, not the government
  Document state = code_text("中国国内では、景気の減速に不安が広がっている。", "2012-09-15");
  EXPECT_TRUE(state.events.empty()) << describe(state);
}

TEST(PassiveLight, TheActAPassiveLightVerbsSubjectNamesIsItsOwnersTowardsItsAim) {
  Document d = code_text("米国の北朝鮮に対する制裁は昨年行われた。", "2008-10-12");
  EXPECT_TRUE(has(d, "USA", "PRK", "16")) << describe(d);
  Document visit = code_text("英国の外相のケニア訪問は、両国の関係を強める目的で行われた。", "2008-10-12");
  EXPECT_TRUE(has(visit, "GBR", "KEN", "04")) << describe(visit);
}

TEST(Gapping, AClauseGappedBeforeACommaIsTheSameActByItsOwnSubject) {
  Document d = code_text("日本がフィリピンに、韓国がベトナムへの緊急援助を開始した。", "2013-11-12");
  EXPECT_TRUE(has(d, "JPN", "PHL", "07")) << describe(d);
  EXPECT_TRUE(has(d, "KOR", "VNM", "07")) << describe(d);
  EXPECT_FALSE(has(d, "KOR", "PHL", "07")) << describe(d);
}

TEST(Intent, APositiveStanceReportedWithことIsAimedAtWhatTheReportNames) {
  Document d = code_text("新華社は、中国外務省の副報道局長が日本の支援表明に対し、受け入れに前向きな意向を示したことを報じた。",
                         "2008-05-14");
  EXPECT_TRUE(has(d, "CHN", "JPN", "03")) << describe(d);
}

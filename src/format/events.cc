// format/events — see events.h for the contract.
#include "format/events.h"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <vector>

#include "base/actor_code.h"
#include "base/calendar.h"
#include "format/common.h"
#include "format/event_json.h"

namespace kizashi {

namespace {

// An actor code broken into the GDELT actor fields.
struct ActorParts {
  std::string country;  // Actor1CountryCode
  std::string group;    // Actor1KnownGroupCode
  std::string type[3];  // Actor1Type1Code .. Type3Code
};

// GDELT's reading of a CAMEO code: country, known group and type codes.
// IGO/NGO/IMG/MNC are type codes in GDELT: IGOUNO -> type IGO, group UNO.
ActorParts split_actor(const std::string& code) {
  ActorParts p;
  if (code.empty()) return p;
  const std::string prefix = code.substr(0, 3);
  size_t rest, t = 0;
  if (prefix == "IGO" || prefix == "NGO" || prefix == "IMG") {
    p.type[t++] = prefix;
    p.group = code.size() > 3 ? code.substr(3, 3) : "";
    rest = std::min<size_t>(code.size(), 6);
  } else if (prefix == "MNC") {
    p.type[t++] = prefix;
    rest = 3;
  } else if (agent_code(prefix)) {
    rest = 0;
  } else {
    p.country = prefix;
    rest = prefix.size();
  }
  for (; t < 3 && rest < code.size(); ++t, rest += 3) p.type[t] = code.substr(rest, 3);
  return p;
}

// The date an event is filed under: its own date, else its document's.
const std::string& event_day(const StoredEvent& e) {
  return e.event_date.empty() ? e.doc_date : e.event_date;
}

// "2024-10-19T08:30:00Z" -> "20241019083000"; "" when not of that shape.
std::string compact_timestamp(const std::string& s) {
  std::string r;
  for (char c : s)
    if (c >= '0' && c <= '9') r += c;
  return r.size() == 14 ? r : "";
}

// At most `max_chars` UTF-8 characters of s, with "…" when cut. A byte that
// does not start a well-formed sequence counts as one character, so a cut never
// falls inside a valid multibyte character.
std::string cut_chars(const std::string& s, size_t max_chars) {
  size_t i = 0, chars = 0;
  while (i < s.size() && chars < max_chars) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 1;
    if (i + len > s.size()) len = 1;
    for (size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xc0) != 0x80) len = 1;
    i += len;
    ++chars;
  }
  return i < s.size() ? s.substr(0, i) + "\xE2\x80\xA6" : s;
}


std::string pad(const std::string& s, size_t width) {
  return s.size() >= width ? s + " " : s + std::string(width - s.size() + 1, ' ');
}

std::string pad_left(const std::string& s, size_t width) {
  return s.size() >= width ? s : std::string(width - s.size(), ' ') + s;
}

// ---- GDELT 2.0 -------------------------------------------------------------

// GDELT's actor names are upper-case English (UNITED STATES, JAPAN).
std::string gdelt_name(std::string name) {
  for (char& c : name)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return name;
}

void write_gdelt(const StoredEvent& e, std::ostream& out) {
  std::vector<std::string> f;
  f.reserve(61);
  f.push_back(std::to_string(e.id));  // GLOBALEVENTID
  // A month or a year (先月, 昨年) is written as its first day: 2025-02 -> 20250201.
  if (auto when = parse_partial_date(event_day(e))) {
    const Date* day = &when->first;
    const int y = year_of(*day);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d%02u%02u", y, month_of(*day), day_of(*day));
    f.push_back(buf);                        // SQLDATE
    f.push_back(std::string(buf, 6));        // MonthYear
    f.push_back(std::string(buf, 4));        // Year
    // GDELT: YYYY + day-of-year / 365, kept below the next year.
    int frac = std::min(9999, static_cast<int>((day_of_year(*day) * 10000L + 182) / 365));
    std::snprintf(buf, sizeof buf, "%04d.%04d", y, frac);
    f.push_back(buf);                        // FractionDate
  } else {
    f.insert(f.end(), 4, "");
  }
  auto actor = [&f](const std::string& code, const std::string& name) {
    ActorParts p = split_actor(code);
    f.push_back(code);           // Code
    f.push_back(gdelt_name(name));  // Name: the English name, as GDELT writes it (JAPAN)
    f.push_back(p.country);      // CountryCode
    f.push_back(p.group);        // KnownGroupCode
    f.insert(f.end(), 3, "");    // EthnicCode, Religion1Code, Religion2Code
    for (const auto& t : p.type) f.push_back(t);  // Type1Code .. Type3Code
  };
  actor(e.source, e.source_name);
  actor(e.target, e.target_name);
  f.push_back(e.root_event ? "1" : "0");                                // IsRootEvent (store/lead.h)
  f.push_back(e.code);                                                   // EventCode
  f.push_back(e.code.substr(0, 3));                                      // EventBaseCode
  f.push_back(e.root_code.empty() ? e.code.substr(0, 2) : e.root_code);  // EventRootCode
  f.push_back(e.quad_class >= 1 && e.quad_class <= 4 ? std::to_string(e.quad_class) : "");
  f.push_back(fixed(e.goldstein, 1));            // GoldsteinScale
  f.push_back(std::to_string(e.mentions));       // NumMentions: this event's mentions in the store
  f.push_back(std::to_string(e.sources));        // NumSources: the documents they are in
  f.push_back(std::to_string(e.num_articles));   // NumArticles
  f.push_back("");                               // AvgTone
  f.insert(f.end(), 3 * 8, "");                  // Actor1Geo_, Actor2Geo_, ActionGeo_ (8 each)
  f.push_back(compact_timestamp(e.added));       // DATEADDED
  f.push_back(e.doc_url.empty() ? e.doc_name : e.doc_url);  // SOURCEURL
  std::string line;
  for (size_t i = 0; i < f.size(); ++i) {
    if (i) line += '\t';
    line += one_line(f[i]);
  }
  out << line << '\n';
}

// ---- PLOVER (POLECAT style) ------------------------------------------------

// One side of the event as PLOVER names it: the code, the words, the country.
ordered_json plover_actor(const std::string& code, const std::string& words) {
  return ordered_json{{"code", code}, {"text", words}, {"country", string_or_null(split_actor(code).country)}};
}

void write_plover(const StoredEvent& e, std::ostream& out) {
  const auto [source, target] = actor_texts(e, e.sentence);
  ordered_json j;
  j["id"] = std::to_string(e.id);
  j["version"] = string_or_null(e.plover_version);
  j["date"] = string_or_null(event_day(e));
  j["date_precision"] = string_or_null(e.date_precision);
  j["event_type"] = string_or_null(e.plover);
  j["mode"] = e.plover_mode;
  j["context"] = e.plover_context;
  j["actor"] = plover_actor(e.source, source.words);
  j["recipient"] = plover_actor(e.target, target.words);
  j["cameo"] = e.code;
  j["goldstein"] = e.goldstein;
  j["quad_class"] = e.quad_class;
  j["text"] = e.sentence;
  j["story_id"] = e.doc_name;
  j["url"] = string_or_null(e.doc_url);
  j["language"] = e.lang;
  j["rule"] = e.rule;
  j["coder"] = e.coder;
  j["data_hash"] = e.data_hash;
  out << json_text(j) << '\n';
}

// ---- JSONL -----------------------------------------------------------------

void write_jsonl(const StoredEvent& e, std::ostream& out) {
  ordered_json j;
  j["id"] = e.id;
  j["doc_id"] = e.doc_id;
  j["doc"] = e.doc_name;
  j["url"] = e.doc_url;
  j["doc_date"] = e.doc_date;
  j["event_date"] = e.event_date;
  j["date_precision"] = e.date_precision;
  j["sentence_index"] = e.sentence_index;
  j["sentence"] = e.sentence;
  j["root_event"] = e.root_event;
  j["source_country"] = e.source_country;
  j["target_country"] = e.target_country;
  put_event_fields(j, e, e.sentence);
  if (e.quote_text.empty() && e.quote_speaker.empty())
    j["quote"] = nullptr;
  else
    j["quote"] = ordered_json{{"text", e.quote_text}, {"speaker", e.quote_speaker}};
  j["lang"] = e.lang;
  j["added"] = e.added;
  j["num_articles"] = e.num_articles;
  j["coder"] = e.coder;
  j["data_hash"] = e.data_hash;
  out << json_text(j) << '\n';
}

// ---- CSV -------------------------------------------------------------------

const char* const kCsvHeader =
    "id,event_date,date_precision,source,target,source_country,target_country,code,root_code,quad_class,"
    "goldstein,plover,source_text,target_text,source_resolution,target_resolution,rule,doc,url,sentence_index,"
    "sentence,coder,data_hash";

void write_csv(const StoredEvent& e, std::ostream& out) {
  const auto [source, target] = actor_texts(e, e.sentence);
  const std::string fields[] = {
      std::to_string(e.id), e.event_date, e.date_precision, e.source, e.target, e.source_country, e.target_country,
      e.code, e.root_code, std::to_string(e.quad_class), fixed(e.goldstein, 1), e.plover,
      source.words, target.words, source.resolution, target.resolution, e.rule, e.doc_name, e.doc_url,
      std::to_string(e.sentence_index), e.sentence, e.coder, e.data_hash};
  std::string line;
  for (size_t i = 0; i < std::size(fields); ++i) {
    if (i) line += ',';
    line += csv_field(fields[i]);
  }
  out << line << '\n';
}

// ---- Table -----------------------------------------------------------------

constexpr size_t kIdWidth = 8, kDateWidth = 10, kDyadWidth = 22, kCodeWidth = 5, kQuadWidth = 1,
                 kGoldWidth = 5, kPloverWidth = 12, kSentenceChars = 60;

std::string table_row(const std::string& id, const std::string& date, const std::string& dyad,
                      const std::string& code, const std::string& quad, const std::string& gold,
                      const std::string& plover, const std::string& sentence) {
  return pad_left(id, kIdWidth) + "  " + pad(date, kDateWidth) + pad(dyad, kDyadWidth) +
         pad(code, kCodeWidth) + pad(quad, kQuadWidth) + pad_left(gold, kGoldWidth) + "  " +
         pad(plover, kPloverWidth) + sentence;
}

void write_table(const StoredEvent& e, std::ostream& out) {
  auto dash = [](const std::string& s) { return s.empty() ? std::string("-") : one_line(s); };
  out << table_row(std::to_string(e.id), dash(event_day(e)),
                   dash(e.source) + " -> " + dash(e.target), dash(e.code),
                   e.quad_class ? std::to_string(e.quad_class) : "-", fixed(e.goldstein, 1),
                   dash(e.plover), cut_chars(one_line(e.sentence), kSentenceChars))
      << '\n';
}

}  // namespace

const Names<EventFormat>& event_formats() {
  static const Names<EventFormat> kNames{{"table", EventFormat::Table}, {"jsonl", EventFormat::Jsonl},
                                         {"csv", EventFormat::Csv},     {"gdelt", EventFormat::Gdelt},
                                         {"plover", EventFormat::Plover}};
  return kNames;
}

void write_events_header(EventFormat f, std::ostream& out) {
  switch (f) {
    case EventFormat::Csv:
      out << kCsvHeader << '\n';
      break;
    case EventFormat::Table:
      out << table_row("id", "date", "source -> target", "code", "q", "gs", "plover", "sentence")
          << '\n';
      break;
    case EventFormat::Jsonl:
    case EventFormat::Gdelt:
    case EventFormat::Plover:
      break;
  }
}

void write_event(EventFormat f, const StoredEvent& e, std::ostream& out) {
  switch (f) {
    case EventFormat::Table: write_table(e, out); break;
    case EventFormat::Jsonl: write_jsonl(e, out); break;
    case EventFormat::Csv: write_csv(e, out); break;
    case EventFormat::Gdelt: write_gdelt(e, out); break;
    case EventFormat::Plover: write_plover(e, out); break;
  }
}

}  // namespace kizashi

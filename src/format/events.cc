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
#include "format/gdelt.h"

namespace kizashi {

namespace {

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
  j["source_name"] = e.source_name;
  j["target_name"] = e.target_name;
  j["code_name"] = e.code_name;
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
                                         {"gdelt-mentions", EventFormat::GdeltMentions}, {"plover", EventFormat::Plover}};
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
    case EventFormat::GdeltMentions:
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
    case EventFormat::GdeltMentions: write_gdelt_mentions(e, out); break;
    case EventFormat::Plover: write_plover(e, out); break;
  }
}

}  // namespace kizashi

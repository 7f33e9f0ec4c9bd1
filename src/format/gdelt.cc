// format/gdelt — see gdelt.h for the contract.
#include "format/gdelt.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include "base/actor_code.h"
#include "base/calendar.h"
#include "base/script.h"
#include "format/common.h"

namespace kizashi {

namespace {

// GDELT's actor names are upper-case English (UNITED STATES, JAPAN).
std::string gdelt_name(std::string name) {
  for (char& c : name)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return name;
}

// The eight Geo_ columns of one place (Type, FullName, CountryCode, ADM1Code,
// ADM2Code, Lat, Long, FeatureID).
void geo(const GeoPlace& g, std::vector<std::string>& f) {
  if (g.type == 0) {
    f.push_back("0");
    f.insert(f.end(), 7, "");
    return;
  }
  f.insert(f.end(), {std::to_string(g.type), g.full_name, g.country, g.adm1, "", g.lat, g.lon, g.feature});
}

void write_fields(const std::vector<std::string>& f, std::ostream& out) {
  std::string line;
  for (size_t i = 0; i < f.size(); ++i) {
    if (i) line += '\t';
    line += one_line(f[i]);
  }
  out << line << '\n';
}

// The host of an http(s) URL ("www.example.com"), else the whole name.
std::string source_name(const StoredEvent& e) {
  if (e.doc_url.empty()) return e.doc_name;
  const size_t scheme = e.doc_url.find("://");
  if (scheme == std::string::npos) return e.doc_url;
  const size_t from = scheme + 3, to = e.doc_url.find_first_of("/?#:", from);
  return e.doc_url.substr(from, to == std::string::npos ? std::string::npos : to - from);
}

// GDELT's MentionDocTranslationInfo names the source language of a text that
// is not English ("srclc:jpn"); English is empty. kizashi codes every language
// natively, so no translation engine follows.
std::string translation_info(const std::string& lang) {
  const std::string code = iso639_2(lang);
  return code.empty() || code == "eng" ? "" : "srclc:" + code;
}

}  // namespace

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

const std::string& event_day(const StoredEvent& e) {
  return e.event_date.empty() ? e.doc_date : e.event_date;
}

std::string compact_timestamp(const std::string& s) {
  std::string r;
  for (char c : s)
    if (c >= '0' && c <= '9') r += c;
  return r.size() == 14 ? r : "";
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
  for (const GeoPlace* g : {&e.source_geo, &e.target_geo, &e.action_geo}) geo(*g, f);  // Actor1Geo_ .. ActionGeo_
  f.push_back(compact_timestamp(e.added));       // DATEADDED
  f.push_back(e.doc_url.empty() ? e.doc_name : e.doc_url);  // SOURCEURL
  write_fields(f, out);
}

// GDELT 2.0 Mentions: the event's mention in its document. MentionType 1 (web)
// for every document; the character offsets are -1 (GDELT's "not found":
// kizashi keeps byte offsets within the sentence, given by the JSONL output);
// Confidence and tone are not estimated; a document not in English names its
// language in MentionDocTranslationInfo ("srclc:jpn", coded natively).
void write_gdelt_mentions(const StoredEvent& e, std::ostream& out) {
  std::vector<std::string> f;
  f.reserve(16);
  f.push_back(std::to_string(e.first_mention_id));    // GLOBALEVENTID (of the event's first mention)
  f.push_back(compact_timestamp(e.first_added));      // EventTimeDate
  f.push_back(compact_timestamp(e.added));            // MentionTimeDate
  f.push_back("1");                                   // MentionType: WEB
  f.push_back(source_name(e));                        // MentionSourceName
  f.push_back(e.doc_url.empty() ? e.doc_name : e.doc_url);  // MentionIdentifier
  f.push_back(std::to_string(e.sentence_index + 1));  // SentenceID (1 = first)
  f.insert(f.end(), {"-1", "-1", "-1"});              // Actor1CharOffset, Actor2CharOffset, ActionCharOffset
  f.push_back("1");                                   // InRawText
  f.push_back("");                                    // Confidence
  f.push_back(std::to_string(e.doc_chars));           // MentionDocLen
  f.push_back("");                                    // MentionDocTone
  f.push_back(translation_info(e.lang));              // MentionDocTranslationInfo
  f.push_back("");                                    // Extras
  write_fields(f, out);
}

}  // namespace kizashi

// store/records — the rows the store hands to queries, exports and the server.
//
// Contract: plain values, no database types. A StoredEvent is one event row
// joined with its document and sentence; a Graph is the aggregated dyad network
// of a query; a SeriesRow is one period of a dyad's time series. Writers in
// format/ (events.h, graph.h, series.h) consume these and never touch SQL.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kizashi {

// A place as GDELT's geography columns give it (Geo_Type .. Geo_FeatureID);
// type 0 is "no place" (GDELT writes 0 and leaves the rest empty).
struct GeoPlace {
  int type = 0;                  // 1 country, 3 US city, 4 world city
  std::string full_name;         // "Tokyo, Tokyo, Japan"
  std::string country, adm1;     // FIPS 10-4: "JA", "JA40" (the country's code when no division is known)
  std::string lat, lon;          // decimal degrees as the gazetteer writes them
  std::string feature;           // GDELT FeatureID: the FIPS code of a country; "" for a city
};

struct StoredEvent {
  int64_t id = 0;               // GLOBALEVENTID
  int64_t doc_id = 0;
  int sentence_index = 0;
  std::string event_date;       // YYYY-MM-DD, YYYY-MM or YYYY (the event's, else the document's); "" = unknown
  std::string date_precision;   // "day", "month", "year"; "" when there is no date
  std::string source, target;   // full CAMEO actor codes ("" = none)
  std::string source_country, target_country;  // country level (see country_key(), base/actor_code.h)
  std::string source_text, target_text;  // as the coder showed them (WORDS=REFERENT for a resolution)
  std::string source_name, target_name;  // English names (Japan, United Nations); set by the caller, "" = unknown
  std::string code, root_code;  // CAMEO event code and root ("0231", "02")
  std::string code_name;        // the code's English name (codebook); set by the caller, "" = unknown
  int quad_class = 0;           // 1..4 (GDELT QuadClass)
  double goldstein = 0;
  std::string plover;           // PLOVER event type ("" = none)
  // PLOVER mode and contexts of the code, and the PLOVER version they follow;
  // set by the caller from data/cameo/plover.tsv (format/plover_map.h), "" = unknown.
  std::string plover_mode, plover_version;
  std::vector<std::string> plover_context;
  std::string rule, predicate;
  int64_t pred_begin = 0, pred_end = 0;  // predicate bytes in `sentence` (0, 0 = unknown)
  bool intent = false, mutual = false;
  bool root_event = false;      // in the document's lead: headline and lead paragraph (GDELT IsRootEvent)
  std::string quote_text, quote_speaker;
  std::vector<std::string> actor_ids;
  // from the document
  std::string doc_name;         // file path, JSONL id or "-"
  std::string doc_url;          // URL when the input gave one, else ""
  std::string doc_date;         // YYYY-MM-DD or ""
  std::string lang;
  std::string added;            // ingestion time, UTC "YYYY-MM-DDTHH:MM:SSZ"
  int num_articles = 1;         // 1 + near-duplicate copies of the document
  int64_t mentions = 1;         // stored events with this day, source, target and code (EventQuery::count_mentions)
  int64_t sources = 1;          // the documents they are in
  // With count_mentions: the first of those mentions (lowest id) and the time its
  // document was added (the GDELT Mentions table's event id and EventTimeDate),
  // and the length of this event's document in characters; else id, added, 0.
  int64_t first_mention_id = 0;
  std::string first_added;
  int64_t doc_chars = 0;
  // GDELT geography, set by the caller (format/gazetteer.h); type 0 = unknown.
  GeoPlace source_geo, target_geo, action_geo;
  std::string coder;            // what coded it ("kizashi 0.1.0"), "" = before the store kept it
  std::string data_hash;        // hash of the data files that coded it (base/provenance.h)
  std::string sentence;         // the sentence text
};

struct GraphNode {
  std::string id;               // actor key (country level or full code)
  std::string label;            // display name ("" = use id)
  int64_t events = 0;           // events in which it is source or target
  int64_t out_events = 0, in_events = 0;
};

struct GraphEdge {
  std::string source, target;   // node ids; directed source -> target
  int64_t events = 0;
  int64_t quad[4] = {0, 0, 0, 0};  // verbal coop, material coop, verbal conflict, material conflict
  double goldstein_sum = 0;
  int64_t cooperation() const { return quad[0] + quad[1]; }
  int64_t conflict() const { return quad[2] + quad[3]; }
  double goldstein_mean() const { return events ? goldstein_sum / static_cast<double>(events) : 0.0; }
};

struct Graph {
  std::vector<GraphNode> nodes;  // sorted by id
  std::vector<GraphEdge> edges;  // sorted by (source, target)
  std::string level;             // "country" or "actor"
  std::string since, until;      // the query range ("" = open)
  // Before NetworkQuery::max_nodes / max_edges (after min_events).
  int64_t nodes_total = 0, edges_total = 0;
};

struct SeriesRow {
  std::string period;           // "2024-10-16" (day), "2024-10-14" (week: its Monday), "2024-10" (month)
  int64_t events = 0;
  int64_t quad[4] = {0, 0, 0, 0};
  double goldstein_sum = 0;
  double goldstein_mean() const { return events ? goldstein_sum / static_cast<double>(events) : 0.0; }
};

// One stored document with what the coder found in it (the document view).
struct StoredSpan {
  int64_t begin = 0, end = 0;   // bytes in the sentence text
  std::string text;
  std::string codes;            // space-separated actor codes (mentions) or speaker codes (quotes)
  std::string extra;            // dictionary entries (mentions) or speaker words (quotes)
};

struct StoredSentence {
  int index = 0;
  std::string text;
  std::vector<StoredSpan> mentions, quotes;
};

// One line of the document list: no text, counts only.
struct DocumentSummary {
  int64_t id = 0, duplicate_of = 0, sentences = 0, events = 0;
  std::string name, url, title, lang, doc_date, added;
};

struct StoredDocument {
  int64_t id = 0, duplicate_of = 0;
  std::string name, url, title, lang, doc_date, added, text;
  std::vector<StoredSentence> sentences;
};

}  // namespace kizashi

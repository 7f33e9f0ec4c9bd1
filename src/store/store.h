// store/store — the event store: documents, sentences, actor mentions, quotes
// and events with their provenance, in SQLite (default) or PostgreSQL.
//
// Contract:
// - open() applies pending schema migrations (schema.sql) and throws
//   StoreError with one line if the store cannot be opened or written.
// - add() stores one coded Document in one transaction: all of it or nothing.
//   A document is known by its JSONL id/url when given, else by the hash of
//   its cleaned text; adding a known document changes nothing. A near-duplicate
//   (SimHash within 3 bits over character 4-grams) or an exact copy under a new
//   id is recorded with duplicate_of = the first copy and its events are not
//   stored, so nothing is counted twice.
// - Queries bind every user value as a parameter. Actor filters are code
//   prefixes ("USA" matches USAGOV, USAMIL); codes ending in '*' are prefixes.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "base/names.h"
#include "model/document.h"
#include "store/db.h"
#include "store/records.h"

namespace kizashi {

struct DocumentMeta {
  std::string ext_id;  // JSONL "id" (or "url" when there is no id); "" for files
  std::string url;
  std::string title;
  std::string coder;      // what coded it: "kizashi 0.1.0" (base/provenance.h)
  std::string data_hash;  // hash of the data files that coded it
};

enum class AddOutcome { Stored, Known, Duplicate };

struct AddResult {
  AddOutcome outcome = AddOutcome::Stored;
  int64_t doc_id = 0;        // the stored row (0 when Known)
  int64_t duplicate_of = 0;  // the first copy (Known: the existing document)
  int events = 0;            // events stored
};

// Event de-duplication (Phoenix pipeline): one-a-story keeps the first event
// per (document, source, target, code); one-a-day per (date, source, target, code).
enum class Dedup { None, OneAStory, OneADay };
// "none", "one-a-story", "one-a-day".
const Names<Dedup>& dedup_names();

struct EventQuery {
  std::string actor, source, target;  // code prefixes (whole codes when `exact`)
  bool exact = false;
  std::string source_country, target_country;  // exact, at country level (see country_key(), base/actor_code.h)
  std::string code;                   // "111" exact, "11*" prefix
  int quad = 0;                       // 1..4: only that quad class; 0 = all
  std::string text;                   // words the event's sentence contains ("" = any)
  std::string since, until;           // inclusive YYYY-MM-DD
  int64_t doc_id = 0;                 // 0 = all documents
  Dedup dedup = Dedup::None;
  int64_t limit = -1, offset = 0;
  // Count the mentions of each event in the whole store (StoredEvent::mentions,
  // ::sources): the events with its day, source, target and code. For GDELT.
  bool count_mentions = false;
};

enum class Period { Day, Week, Month };
// "day", "week", "month".
const Names<Period>& period_names();

struct SeriesQuery {
  // The dyad's sides (code prefixes); both empty = every dated event (the
  // dashboard's overview timeline), one empty is an error.
  std::string a, b;
  bool directed = false;  // only a -> b
  // Only the events of an actor (a code prefix, source or target), of a code
  // ("111" exact, "11*" prefix) or of a quad class (1..4; 0 = all).
  std::string actor, code;
  int quad = 0;
  Period by = Period::Week;
  std::string since, until;
  bool fill = true;       // emit empty periods between the first and last
};

struct NetworkQuery {
  std::string since, until;
  int64_t min_events = 1;
  bool actor_level = false;  // full codes instead of countries
  // Only the events of an actor (a code prefix, source or target), of a code
  // ("111" exact, "11*" prefix) or of a quad class (1..4; 0 = all).
  std::string actor, code;
  int quad = 0;
  // A readable graph of a large store: at most max_nodes nodes (the actors in
  // the most events over the edges kept by min_events) and then at most
  // max_edges edges among them (the heaviest); 0 = no limit. Graph::nodes_total
  // and ::edges_total say how many there were before these two limits.
  int64_t max_nodes = 0, max_edges = 0;
};

struct StoreStats {
  int64_t documents = 0, duplicates = 0, sentences = 0, events = 0, mentions = 0, quotes = 0;
  std::string first_date, last_date;
  std::vector<std::pair<std::string, int64_t>> by_root;           // root code -> events
  std::vector<std::pair<std::string, int64_t>> top_dyads;         // "USA-JPN" -> events (undirected)
  int64_t size_bytes = 0;
  int schema_version = 0;
  std::string where;
};

class Store {
 public:
  // url: "" or "sqlite:PATH" or a path (SQLite; default ./kizashi.db),
  // "postgresql://..." (PostgreSQL). create=false refuses a missing SQLite file.
  static std::unique_ptr<Store> open(const std::string& url, bool create = true);
  // The SQLite file a non-PostgreSQL url names; throws StoreError for
  // ":memory:" and SQLite URI filenames ("file:..."), which keep nothing.
  static std::string sqlite_path(const std::string& url);
  static int latest_schema_version();
  static std::string content_hash(const std::string& text);

  int schema_version();
  // Changes whenever a document (and its events) is added, by any process;
  // two cheap primary-key lookups. For caches of aggregate answers.
  int64_t generation();
  std::string where() const { return db_->where(); }
  Db& db() { return *db_; }

  // Calls fn(content_hash, ext_id) for every stored document (resume support).
  void for_each_identity(const std::function<void(const std::string&, const std::string&)>& fn);
  AddResult add(const Document& doc, const DocumentMeta& meta);

  void events(const EventQuery& q, const std::function<void(const StoredEvent&)>& fn);
  std::vector<SeriesRow> series(const SeriesQuery& q);
  Graph network(const NetworkQuery& q);
  StoreStats stats(int top_dyads = 10);
  // The document with its sentences, mentions and quotes; false if there is none.
  bool document(int64_t id, StoredDocument* out);
  // Documents newest first (highest id), `limit` from `offset`.
  void documents(int64_t limit, int64_t offset, const std::function<void(const DocumentSummary&)>& fn);

 private:
  explicit Store(std::unique_ptr<Db> db) : db_(std::move(db)) {}
  void migrate();
  std::unique_ptr<Db> db_;
};

}  // namespace kizashi

// store/store_query — events, series, network and stats over the store.
// Every user value is bound as a parameter; actor and code prefixes become
// index-friendly ranges (col >= 'USA' AND col < 'USB').
#include <algorithm>
#include <map>
#include <tuple>
#include <unordered_set>

#include "base/calendar.h"
#include "store/store.h"

namespace kizashi {

namespace {

struct Where {
  std::string sql;
  std::vector<Value> params;
  void add(const std::string& clause) { sql += (sql.empty() ? " WHERE " : " AND ") + clause; }
};

std::string upper_bound(std::string prefix) {
  while (!prefix.empty() && static_cast<unsigned char>(prefix.back()) == 0xff) prefix.pop_back();
  if (!prefix.empty()) prefix.back() = static_cast<char>(prefix.back() + 1);
  return prefix;
}

// "col >= ? AND col < ?" for a code prefix.
std::string prefix_clause(const std::string& col, const std::string& prefix, std::vector<Value>& params) {
  params.emplace_back(prefix);
  std::string hi = upper_bound(prefix);
  if (hi.empty()) return "(" + col + " >= ?)";
  params.emplace_back(hi);
  return "(" + col + " >= ? AND " + col + " < ?)";
}

// `s` with LIKE's wildcards (% _) and the escape character (\) escaped.
std::string like_escaped(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

void add_dates(Where& w, const std::string& since, const std::string& until, const std::string& col = "event_day") {
  int64_t d = 0;
  if (!since.empty()) {
    if (!day_number(since, &d)) throw StoreError("since: '" + since + "' is not a date (YYYY-MM-DD)");
    w.add(col + " >= ?");
    w.params.emplace_back(d);
  }
  if (!until.empty()) {
    if (!day_number(until, &d)) throw StoreError("until: '" + until + "' is not a date (YYYY-MM-DD)");
    w.add(col + " <= ?");
    w.params.emplace_back(d);
  }
}

std::vector<std::string> split(const std::string& s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t j = s.find(' ', i);
    if (j == std::string::npos) j = s.size();
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

// The 8 aggregate columns (quad_class, count, sum) keyed by a period or dyad.
void add_quad(int64_t* quad, int q, int64_t n) {
  if (q >= 1 && q <= 4) quad[q - 1] += n;
}

// A CAMEO code ("111" exact, "11*" prefix) and a quad class (0 = any) of the
// events table (columns prefixed by `table`).
void add_code_and_quad(Where& w, const std::string& table, const std::string& code, int quad) {
  if (!code.empty()) {
    if (code.back() == '*') {
      w.add(prefix_clause(table + "code", code.substr(0, code.size() - 1), w.params));
    } else {
      w.add(table + "code = ?");
      w.params.emplace_back(code);
    }
  }
  if (quad) {
    w.add(table + "quad_class = ?");
    w.params.emplace_back(static_cast<int64_t>(quad));
  }
}

// The WHERE clause of an event query (the key column last: e.id > ?).
Where event_filter(const EventQuery& q) {
  Where w;
  auto code_clause = [&](const char* col, const std::string& code, std::vector<Value>& params) {
    if (!q.exact) return prefix_clause(col, code, params);
    params.emplace_back(code);
    return std::string(col) + " = ?";
  };
  if (!q.actor.empty()) {
    std::vector<Value> p;
    std::string a = code_clause("e.source", q.actor, p), b = code_clause("e.target", q.actor, p);
    w.add("(" + a + " OR " + b + ")");
    w.params.insert(w.params.end(), p.begin(), p.end());
  }
  if (!q.source.empty()) w.add(code_clause("e.source", q.source, w.params));
  if (!q.target.empty()) w.add(code_clause("e.target", q.target, w.params));
  for (const auto& [col, code] : {std::pair{"e.source_country", &q.source_country}, {"e.target_country", &q.target_country}})
    if (!code->empty()) {
      w.add(std::string(col) + " = ?");
      w.params.emplace_back(*code);
    }
  add_code_and_quad(w, "e.", q.code, q.quad);
  if (!q.text.empty()) {
    w.add("EXISTS (SELECT 1 FROM sentences st WHERE st.doc_id = e.doc_id AND st.idx = e.sentence_idx AND "
          "st.text LIKE ? ESCAPE '\\')");
    w.params.emplace_back("%" + like_escaped(q.text) + "%");
  }
  add_dates(w, q.since, q.until, "e.event_day");
  if (q.doc_id) {
    w.add("e.doc_id = ?");
    w.params.emplace_back(q.doc_id);
  }
  w.add("e.id > ?");
  return w;
}

// The columns event_sql() selects, in order.
StoredEvent read_event(const Row& r) {
  StoredEvent e;
  e.id = r.integer(0);
  e.doc_id = r.integer(1);
  e.sentence_index = static_cast<int>(r.integer(2));
  e.event_date = r.null(3) ? "" : r.text(3);
  e.source = r.text(4);
  e.target = r.text(5);
  e.source_country = r.text(6);
  e.target_country = r.text(7);
  e.source_text = r.text(8);
  e.target_text = r.text(9);
  e.code = r.text(10);
  e.root_code = r.text(11);
  e.quad_class = static_cast<int>(r.integer(12));
  e.goldstein = r.real(13);
  e.plover = r.text(14);
  e.rule = r.text(15);
  e.predicate = r.text(16);
  e.intent = r.integer(17) != 0;
  e.mutual = r.integer(18) != 0;
  e.quote_text = r.text(19);
  e.quote_speaker = r.text(20);
  e.actor_ids = split(r.text(21));
  e.doc_name = r.text(22);
  e.doc_url = r.null(23) ? "" : r.text(23);
  e.doc_date = r.null(24) ? "" : r.text(24);
  e.lang = r.text(25);
  e.added = r.text(26);
  e.sentence = r.text(27);
  e.num_articles = static_cast<int>(r.integer(28));
  e.pred_begin = r.integer(29);
  e.pred_end = r.integer(30);
  e.date_precision = r.text(31);
  e.root_event = r.integer(32) != 0;
  e.coder = r.text(33);
  e.data_hash = r.text(34);
  e.mentions = r.integer(35);
  e.sources = r.integer(36);
  e.first_mention_id = r.integer(37);
  e.first_added = r.text(38);
  e.doc_chars = r.integer(39);
  return e;
}

// The mentions of an event in the store and the documents they are in: the
// events with its day, source, target and code (an undated event is its only
// one); the first of them and when its document was added; the document's
// length in characters.
std::string mention_columns(bool count) {
  if (!count) return "1, 1, e.id, d.added, 0";
  const std::string same =
      "m.event_day = e.event_day AND m.source = e.source AND m.target = e.target AND m.code = e.code";
  auto of_mentions = [&](const std::string& what, const std::string& fallback) {
    return "CASE WHEN e.event_day IS NULL THEN " + fallback + " ELSE (SELECT " + what + " FROM events m WHERE " +
           same + ") END, ";
  };
  return of_mentions("COUNT(*)", "1") + of_mentions("COUNT(DISTINCT m.doc_id)", "1") +
         of_mentions("MIN(m.id)", "e.id") +
         "CASE WHEN e.event_day IS NULL THEN d.added ELSE (SELECT d2.added FROM events m JOIN documents d2 ON "
         "d2.id = m.doc_id WHERE " + same + " ORDER BY m.id LIMIT 1) END, LENGTH(d.text)";
}

std::string event_sql(const Where& w, bool count_mentions) {
  return "SELECT e.id, e.doc_id, e.sentence_idx, e.event_date, e.source, e.target, e.source_country, "
         "e.target_country, e.source_text, e.target_text, e.code, e.root_code, e.quad_class, e.goldstein, e.plover, "
         "e.rule, e.predicate, e.intent, e.mutual, e.quote_text, e.quote_speaker, e.actor_ids, d.name, d.url, "
         "d.doc_date, d.lang, d.added, s.text, "
         "(SELECT COUNT(*) FROM documents d2 WHERE d2.duplicate_of = e.doc_id) + 1, e.pred_begin, e.pred_end, "
         "e.date_precision, e.root_event, d.coder, d.data_hash, " + mention_columns(count_mentions) + " "
         // Events are filtered, ordered and limited first; only that page is joined.
         "FROM (SELECT * FROM events e" + w.sql + " ORDER BY e.id LIMIT ?) e "
         "JOIN documents d ON d.id = e.doc_id "
         "JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence_idx ORDER BY e.id";
}

// Phoenix de-duplication: has an event with this key been seen (in this
// story, or on this day)? Keys are 64-bit hashes of "date|source|target|code".
class Dedupe {
 public:
  explicit Dedupe(Dedup mode) : mode_(mode) {}
  bool repeated(const StoredEvent& e) {
    if (mode_ == Dedup::OneAStory) {
      if (e.doc_id != story_) seen_.clear();
      story_ = e.doc_id;
      return !seen_.insert(std::hash<std::string>{}(e.source + '|' + e.target + '|' + e.code)).second;
    }
    if (mode_ == Dedup::OneADay)
      return !seen_.insert(std::hash<std::string>{}(e.event_date + '|' + e.source + '|' + e.target + '|' + e.code)).second;
    return false;
  }

 private:
  Dedup mode_;
  std::unordered_set<size_t> seen_;
  int64_t story_ = 0;
};

}  // namespace

void Store::events(const EventQuery& q, const std::function<void(const StoredEvent&)>& fn) {
  const Where w = event_filter(q);
  const std::string sql = event_sql(w, q.count_mentions);
  // SQLite steps through one query lazily; PostgreSQL returns whole results, so
  // it reads keyset pages of 2,000 (id > last) to keep memory flat.
  const bool stream = db_->dialect() == Dialect::Sqlite;
  const int64_t page = !stream ? 2000 : (q.dedup == Dedup::None && q.limit >= 0) ? q.offset + q.limit : -1;
  Dedupe dedupe(q.dedup);
  int64_t skipped = 0, emitted = 0, last = 0;
  bool done = q.limit == 0;
  while (!done) {
    std::vector<Value> params = w.params;
    params.emplace_back(last);
    params.emplace_back(page);
    int64_t n = db_->query(sql, params, [&](const Row& r) {
      last = r.integer(0);
      if (done) return;
      StoredEvent e = read_event(r);
      if (dedupe.repeated(e)) return;
      if (skipped < q.offset) {
        ++skipped;
        return;
      }
      if (q.limit >= 0 && emitted >= q.limit) {
        done = true;
        return;
      }
      fn(e);
      ++emitted;
    });
    if (stream || done || n < page) break;
  }
}

namespace {

// Events whose source or target has the code prefix `actor` ("" = all).
void add_actor(Where& w, const std::string& actor) {
  if (actor.empty()) return;
  std::vector<Value> p;
  const std::string a = prefix_clause("source", actor, p), b = prefix_clause("target", actor, p);
  w.add("(" + a + " OR " + b + ")");
  w.params.insert(w.params.end(), p.begin(), p.end());
}

// Events from a to b (and, undirected, from b to a).
void add_dyad(Where& w, const SeriesQuery& q) {
  std::vector<Value> p;
  std::string ab = "(" + prefix_clause("source", q.a, p) + " AND " + prefix_clause("target", q.b, p) + ")";
  if (!q.directed)
    ab = "(" + ab + " OR (" + prefix_clause("source", q.b, p) + " AND " + prefix_clause("target", q.a, p) + "))";
  w.add(ab);
  w.params.insert(w.params.end(), p.begin(), p.end());
}

// The rows keyed by period in order, with the empty periods between the first
// and the last filled in.
std::vector<SeriesRow> filled(const std::map<std::string, SeriesRow>& rows, Period by) {
  std::vector<SeriesRow> out;
  if (rows.empty()) return out;
  const std::string first = rows.begin()->first, last = rows.rbegin()->first;
  auto row_of = [&](const std::string& key) {
    auto it = rows.find(key);
    SeriesRow row = it != rows.end() ? it->second : SeriesRow{};
    row.period = key;
    return row;
  };
  if (by == Period::Month) {
    int y = std::stoi(first.substr(0, 4)), m = std::stoi(first.substr(5, 2));
    for (;;) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
      out.push_back(row_of(buf));
      if (out.back().period >= last) break;
      if (++m > 12) m = 1, ++y;
    }
    return out;
  }
  int64_t a = 0, b = 0;
  day_number(first, &a);
  day_number(last, &b);
  const int64_t step = by == Period::Day ? 1 : 7;
  for (int64_t d = a; d <= b; d += step) out.push_back(row_of(day_string(d)));
  return out;
}

using EdgeMap = std::map<std::pair<std::string, std::string>, GraphEdge>;

// The graph's edges with at least min_events events, sorted by (source, target).
std::vector<GraphEdge> heavy_enough(const EdgeMap& edges, int64_t min_events) {
  std::vector<GraphEdge> out;
  for (const auto& [k, e] : edges)
    if (e.events >= min_events) out.push_back(e);
  return out;
}

// Events per node over `edges`.
std::map<std::string, int64_t> node_events(const std::vector<GraphEdge>& edges) {
  std::map<std::string, int64_t> n;
  for (const auto& e : edges) {
    n[e.source] += e.events;
    n[e.target] += e.events;
  }
  return n;
}

// Keeps the edges between the `max` nodes in the most events (ties: by id).
void keep_top_nodes(std::vector<GraphEdge>& edges, int64_t max) {
  const auto totals = node_events(edges);
  if (static_cast<int64_t>(totals.size()) <= max) return;
  std::vector<std::pair<int64_t, std::string>> ranked;
  for (const auto& [id, n] : totals) ranked.emplace_back(-n, id);
  std::sort(ranked.begin(), ranked.end());
  std::unordered_set<std::string> top;
  for (int64_t i = 0; i < max; ++i) top.insert(ranked[static_cast<size_t>(i)].second);
  std::erase_if(edges, [&](const GraphEdge& e) { return !top.count(e.source) || !top.count(e.target); });
}

// Keeps the `max` edges with the most events (ties: by source, target), in
// (source, target) order.
void keep_heaviest_edges(std::vector<GraphEdge>& edges, int64_t max) {
  if (static_cast<int64_t>(edges.size()) <= max) return;
  std::stable_sort(edges.begin(), edges.end(), [](const GraphEdge& x, const GraphEdge& y) { return x.events > y.events; });
  edges.resize(static_cast<size_t>(max));
  std::sort(edges.begin(), edges.end(), [](const GraphEdge& x, const GraphEdge& y) {
    return std::tie(x.source, x.target) < std::tie(y.source, y.target);
  });
}

std::vector<GraphNode> nodes_of(const std::vector<GraphEdge>& edges) {
  std::map<std::string, GraphNode> nodes;
  for (const auto& e : edges) {
    GraphNode& s = nodes[e.source];
    s.id = e.source;
    s.events += e.events;
    s.out_events += e.events;
    GraphNode& t = nodes[e.target];
    t.id = e.target;
    t.events += e.events;
    t.in_events += e.events;
  }
  std::vector<GraphNode> out;
  for (auto& [k, n] : nodes) out.push_back(n);
  return out;
}

}  // namespace

std::vector<SeriesRow> Store::series(const SeriesQuery& q) {
  if (q.a.empty() != q.b.empty()) throw StoreError("series: a dyad needs two actors (USA-JPN)");
  Where w;
  w.add("event_day IS NOT NULL");
  if (!q.a.empty()) add_dyad(w, q);
  add_actor(w, q.actor);
  add_code_and_quad(w, "", q.code, q.quad);
  add_dates(w, q.since, q.until);
  // Months are folded from days here, so that the query reads only the covering index.
  std::string period = q.by == Period::Week ? "(event_day + 3) / 7" : "event_day";
  std::map<std::string, SeriesRow> rows;  // keyed by a sortable period key
  db_->query("SELECT " + period + ", quad_class, COUNT(*), SUM(goldstein) FROM events" + w.sql + " GROUP BY 1, 2",
             w.params, [&](const Row& r) {
               std::string key = day_string(q.by == Period::Week ? r.integer(0) * 7 - 3 : r.integer(0));
               if (q.by == Period::Month) key.resize(7);
               SeriesRow& row = rows[key];
               row.period = key;
               add_quad(row.quad, static_cast<int>(r.integer(1)), r.integer(2));
               row.events += r.integer(2);
               row.goldstein_sum += r.real(3);
             });
  if (q.fill) return filled(rows, q.by);
  std::vector<SeriesRow> out;
  for (auto& [k, v] : rows) out.push_back(v);
  return out;
}

Graph Store::network(const NetworkQuery& q) {
  Graph g;
  g.level = q.actor_level ? "actor" : "country";
  g.since = q.since;
  g.until = q.until;
  Where w;
  // Filter on the grouped columns themselves (source_country is '' exactly when
  // source is), so that the query reads only the covering index of that level.
  const std::string s_col = q.actor_level ? "source" : "source_country";
  const std::string t_col = q.actor_level ? "target" : "target_country";
  w.add(s_col + " <> ''");
  w.add(t_col + " <> ''");
  if (!q.actor_level) w.add("source_country <> target_country");
  add_actor(w, q.actor);
  add_code_and_quad(w, "", q.code, q.quad);
  add_dates(w, q.since, q.until);
  const std::string cols = s_col + ", " + t_col;
  EdgeMap edges;
  db_->query("SELECT " + cols + ", quad_class, COUNT(*), SUM(goldstein) FROM events" + w.sql + " GROUP BY 1, 2, 3",
             w.params, [&](const Row& r) {
               GraphEdge& e = edges[{r.text(0), r.text(1)}];
               e.source = r.text(0);
               e.target = r.text(1);
               add_quad(e.quad, static_cast<int>(r.integer(2)), r.integer(3));
               e.events += r.integer(3);
               e.goldstein_sum += r.real(4);
             });
  g.edges = heavy_enough(edges, q.min_events);
  g.edges_total = static_cast<int64_t>(g.edges.size());
  g.nodes_total = static_cast<int64_t>(node_events(g.edges).size());
  if (q.max_nodes > 0) keep_top_nodes(g.edges, q.max_nodes);
  if (q.max_edges > 0) keep_heaviest_edges(g.edges, q.max_edges);
  g.nodes = nodes_of(g.edges);
  return g;
}

StoreStats Store::stats(int top_dyads) {
  StoreStats s;
  s.where = db_->where();
  s.schema_version = schema_version();
  s.documents = query_int(*db_, "SELECT COUNT(*) FROM documents WHERE duplicate_of IS NULL", {});
  s.duplicates = query_int(*db_, "SELECT COUNT(*) FROM documents WHERE duplicate_of IS NOT NULL", {});
  s.sentences = query_int(*db_, "SELECT COUNT(*) FROM sentences", {});
  s.events = query_int(*db_, "SELECT COUNT(*) FROM events", {});
  s.mentions = query_int(*db_, "SELECT COUNT(*) FROM mentions", {});
  s.quotes = query_int(*db_, "SELECT COUNT(*) FROM quotes", {});
  db_->query("SELECT MIN(event_date), MAX(event_date) FROM events", {}, [&](const Row& r) {
    s.first_date = r.null(0) ? "" : r.text(0);
    s.last_date = r.null(1) ? "" : r.text(1);
  });
  db_->query("SELECT root_code, COUNT(*) FROM events GROUP BY root_code ORDER BY root_code", {},
             [&](const Row& r) { s.by_root.emplace_back(r.text(0), r.integer(1)); });
  db_->query(
      "SELECT CASE WHEN source_country < target_country THEN source_country ELSE target_country END, "
      "CASE WHEN source_country < target_country THEN target_country ELSE source_country END, COUNT(*) "
      "FROM events WHERE source_country <> '' AND target_country <> '' AND source_country <> target_country "
      "GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT ?",
      {int64_t{top_dyads}}, [&](const Row& r) { s.top_dyads.emplace_back(r.text(0) + "-" + r.text(1), r.integer(2)); });
  s.size_bytes = db_->size_bytes();
  return s;
}

}  // namespace kizashi

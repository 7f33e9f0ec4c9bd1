// serve/api — the routes that read the store (the contract is in api.h); the
// routes that code text are in api_code.cc.
#include "serve/api.h"

#include <map>
#include <sstream>

#include "format/enrich.h"
#include "format/events.h"
#include "format/graph.h"
#include "format/series.h"
#include "format/stats.h"
#include "serve/request.h"

namespace kizashi {

namespace {

// The events as a JSON array of JSONL objects, with the English names of their
// actors and codes.
std::string events_array(ApiContext& ctx, Store& store, const EventQuery& q) {
  std::ostringstream lines;
  bool first = true;
  lines << '[';
  store.events(q, [&](const StoredEvent& stored) {
    StoredEvent e = stored;
    if (ctx.names) (*ctx.names)(e);
    std::ostringstream one;
    write_event(EventFormat::Jsonl, e, one);
    std::string s = one.str();
    if (!s.empty() && s.back() == '\n') s.pop_back();
    lines << (first ? "" : ",") << s;
    first = false;
  });
  lines << ']';
  return lines.str();
}

ordered_json span_json(const StoredSpan& s, bool mention) {
  return {{"begin", s.begin}, {"end", s.end}, {"text", s.text}, {mention ? "codes" : "speaker_codes", s.codes},
          {mention ? "entries" : "speaker", s.extra}};
}

// Answers from the cache while the store has not changed, else computes,
// keeps and answers (X-Kizashi-Cache tells which).
template <typename Fn>
void reply_cached(ApiContext& ctx, const httplib::Request& req, httplib::Response& res, Store& store, Fn compute) {
  if (!ctx.cache) return reply(res, 200, compute());
  const std::string key = ResponseCache::key(req);
  const int64_t generation = store.generation();
  if (auto hit = ctx.cache->get(key, generation)) {
    res.set_header("X-Kizashi-Cache", "hit");
    return reply(res, 200, *hit);
  }
  std::string body = compute();
  ctx.cache->put(key, generation, body);
  res.set_header("X-Kizashi-Cache", "miss");
  reply(res, 200, body);
}

// A store's file name without its folder (of a PostgreSQL URL: the database name).
std::string store_name(const std::string& where) { return where.substr(where.rfind('/') + 1); }

void get_health(ApiContext& ctx, const httplib::Request&, httplib::Response& res) {
  auto store = ctx.stores->acquire();
  reply(res, 200, json_text({{"status", "ok"}, {"store", store_name(store->where())}, {"schema_version", store->schema_version()}}));
}

void get_stats(ApiContext& ctx, const httplib::Request& req, httplib::Response& res) {
  int64_t top = int_param(req, "top", 10, 0, 1000);
  auto store = ctx.stores->acquire();
  reply_cached(ctx, req, res, *store, [&] { return json_text(stats_api_json(store->stats(static_cast<int>(top)))); });
}

void get_documents(ApiContext& ctx, const httplib::Request& req, httplib::Response& res) {
  int64_t limit = int_param(req, "limit", 50, 1, 1000), offset = int_param(req, "offset", 0, 0, 100000000);
  ordered_json j = {{"limit", limit}, {"offset", offset}, {"documents", ordered_json::array()}};
  auto store = ctx.stores->acquire();
  store->documents(limit, offset, [&](const DocumentSummary& d) {
    j["documents"].push_back({{"id", d.id}, {"name", d.name}, {"url", d.url}, {"title", d.title}, {"lang", d.lang},
                              {"date", d.doc_date}, {"added", d.added}, {"duplicate_of", d.duplicate_of},
                              {"sentences", d.sentences}, {"events", d.events}});
  });
  reply(res, 200, json_text(j));
}

EventQuery event_query(const httplib::Request& req) {
  EventQuery q;
  q.actor = code_param(req, "actor");
  q.source = code_param(req, "source");
  q.target = code_param(req, "target");
  q.source_country = code_param(req, "source_country");
  q.target_country = code_param(req, "target_country");
  std::string exact = param(req, "exact");
  if (!exact.empty() && exact != "0" && exact != "1") throw BadRequest(400, "exact: 0 or 1");
  q.exact = exact == "1";
  q.code = code_param(req, "code", true);
  q.quad = static_cast<int>(int_param(req, "quad", 0, 0, 4));
  q.text = param(req, "q");
  if (q.text.size() > 100) throw BadRequest(400, "q: at most 100 bytes");
  q.since = date_param(req, "since");
  q.until = date_param(req, "until");
  q.doc_id = int_param(req, "doc", 0, 0, INT64_MAX);
  q.limit = int_param(req, "limit", 100, 1, 1000);
  q.offset = int_param(req, "offset", 0, 0, 100000000);
  std::string dedup = param(req, "dedup");
  if (!dedup.empty() && !parse_name(dedup_names(), dedup, &q.dedup))
    throw BadRequest(400, "dedup: " + name_list(dedup_names()));
  return q;
}

void get_events(ApiContext& ctx, const httplib::Request& req, httplib::Response& res) {
  const EventQuery q = event_query(req);
  auto store = ctx.stores->acquire();
  std::string events = events_array(ctx, *store, q);
  reply(res, 200, "{\"limit\":" + std::to_string(q.limit) + ",\"offset\":" + std::to_string(q.offset) +
                      ",\"events\":" + events + "}");
}

// A download: the body as an attachment named `file`.
void attachment(httplib::Response& res, const std::string& body, const char* type, const std::string& file) {
  res.status = 200;
  res.set_content(body, type);
  res.set_header("Content-Disposition", "attachment; filename=\"" + file + "\"");
}

// The events of the query in an export format, as `kizashi export` writes them
// (limit 1-100,000, default 100,000).
void get_export(ApiContext& ctx, const httplib::Request& req, httplib::Response& res) {
  struct Kind {
    EventFormat format;
    const char* type;
    const char* file;
  };
  static const std::map<std::string, Kind> kKinds{
      {"csv", {EventFormat::Csv, "text/csv; charset=utf-8", "kizashi-events.csv"}},
      {"gdelt", {EventFormat::Gdelt, "text/tab-separated-values; charset=utf-8", "kizashi-events.gdelt.tsv"}},
      {"gdelt-mentions",
       {EventFormat::GdeltMentions, "text/tab-separated-values; charset=utf-8", "kizashi-mentions.gdelt.tsv"}},
      {"plover", {EventFormat::Plover, "application/x-ndjson; charset=utf-8", "kizashi-events.plover.jsonl"}}};
  const auto kind = kKinds.find(param(req, "format"));
  if (kind == kKinds.end()) throw BadRequest(400, "format: csv, gdelt, gdelt-mentions or plover");
  EventQuery q = event_query(req);
  q.limit = int_param(req, "limit", 100000, 1, 100000);
  q.count_mentions = kind->second.format == EventFormat::Gdelt || kind->second.format == EventFormat::GdeltMentions;
  const ExportEnricher enrich = ExportEnricher::load(ctx.data_dir, kind->second.format, 0);
  std::ostringstream out;
  write_events_header(kind->second.format, out);
  auto store = ctx.stores->acquire();
  store->events(q, [&](const StoredEvent& stored) {
    StoredEvent e = stored;
    enrich(e);
    write_event(kind->second.format, e, out);
  });
  attachment(res, out.str(), kind->second.type, kind->second.file);
}

// A dyad's series, or with no dyad every dated event's (the overview); the
// actor, code and quad filters narrow either.
void get_series(ApiContext& ctx, const httplib::Request& req, httplib::Response& res) {
  std::string dyad = param(req, "dyad");
  SeriesQuery q;
  if (!dyad.empty()) {
    auto dash = dyad.find('-');
    if (dash == std::string::npos || dash == 0 || dash + 1 >= dyad.size())
      throw BadRequest(400, "dyad: want two actor codes, e.g. USA-JPN");
    q.a = dyad.substr(0, dash);
    q.b = dyad.substr(dash + 1);
    for (const auto& side : {q.a, q.b})
      for (char c : side)
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) throw BadRequest(400, "dyad: not a code");
  }
  q.actor = code_param(req, "actor");
  q.code = code_param(req, "code", true);
  q.quad = static_cast<int>(int_param(req, "quad", 0, 0, 4));
  std::string by = param(req, "by");
  if (!by.empty() && !parse_name(period_names(), by, &q.by)) throw BadRequest(400, "by: " + name_list(period_names()));
  q.directed = param(req, "directed") == "1" || param(req, "directed") == "true";
  q.since = date_param(req, "since");
  q.until = date_param(req, "until");
  auto store = ctx.stores->acquire();
  reply_cached(ctx, req, res, *store, [&] {
    std::ostringstream out;
    write_series(SeriesFormat::Json, dyad, q.directed, store->series(q), out);
    return out.str();
  });
}

// The network as node-link JSON, or (format=gexf|graphml) the file `kizashi
// network` writes, as a download.
void get_network(ApiContext& ctx, const httplib::Request& req, httplib::Response& res) {
  NetworkQuery q;
  q.since = date_param(req, "since");
  q.until = date_param(req, "until");
  q.min_events = int_param(req, "min_events", 1, 1, 1000000);
  q.actor = code_param(req, "actor");
  q.code = code_param(req, "code", true);
  q.quad = static_cast<int>(int_param(req, "quad", 0, 0, 4));
  q.max_nodes = int_param(req, "max_nodes", 0, 0, 100000);
  q.max_edges = int_param(req, "max_edges", 0, 0, 1000000);
  std::string level = param(req, "level");
  if (!level.empty() && level != "country" && level != "actor") throw BadRequest(400, "level: country or actor");
  q.actor_level = level == "actor";
  const std::string format = param(req, "format");
  GraphFormat gf = GraphFormat::Json;
  if (!format.empty() && (!parse_graph_format(format, &gf)))
    throw BadRequest(400, "format: json, gexf or graphml");
  auto store = ctx.stores->acquire();
  auto compute = [&] {
    Graph g = store->network(q);
    for (auto& n : g.nodes) n.label = ctx.labels->label(n.id);
    std::ostringstream out;
    write_graph(gf, g, out);
    return out.str();
  };
  if (gf == GraphFormat::Json) return reply_cached(ctx, req, res, *store, compute);
  attachment(res, compute(), gf == GraphFormat::Gexf ? "application/gexf+xml" : "application/graphml+xml",
             gf == GraphFormat::Gexf ? "kizashi-network.gexf" : "kizashi-network.graphml");
}

void get_document(ApiContext& ctx, const httplib::Request& req, httplib::Response& res) {
  int64_t id = std::stoll(req.matches[1]);
  StoredDocument d;
  auto store = ctx.stores->acquire();
  if (!store->document(id, &d)) throw BadRequest(404, "no document " + std::to_string(id));
  ordered_json j = {{"id", d.id},     {"name", d.name},           {"url", d.url},    {"title", d.title},
                    {"lang", d.lang}, {"date", d.doc_date},       {"added", d.added}, {"duplicate_of", d.duplicate_of}};
  j["sentences"] = ordered_json::array();
  for (const auto& s : d.sentences) {
    ordered_json sj = {{"index", s.index}, {"text", s.text}, {"mentions", ordered_json::array()},
                       {"quotes", ordered_json::array()}};
    for (const auto& m : s.mentions) sj["mentions"].push_back(span_json(m, true));
    for (const auto& q : s.quotes) sj["quotes"].push_back(span_json(q, false));
    j["sentences"].push_back(sj);
  }
  EventQuery q;
  q.doc_id = d.id;
  std::string body = json_text(j);
  body.pop_back();  // '}'
  reply(res, 200, body + ",\"events\":" + events_array(ctx, *store, q) + "}");
}

void get_actors(ApiContext& ctx, const httplib::Request& req, httplib::Response& res) {
  std::string q = param(req, "q");
  if (q.empty() || q.size() > 100) throw BadRequest(400, "q: 1 to 100 bytes");
  ordered_json out = ordered_json::array();
  const ActorDictionary& dict = ctx.pipeline->actors();
  for (const auto& [name, kind] : ctx.actor_names) {
    if (name.find(q) == std::string::npos) continue;
    for (const auto& e : *dict.find(name)) {
      std::string code = e.person >= 0 ? dict.person_code(e.person, "") : e.code;
      out.push_back({{"name", name}, {"code", code}, {"entry", e.id}, {"label", ctx.labels->label(code)}});
    }
    if (out.size() >= 50) break;
  }
  reply(res, 200, json_text({{"q", q}, {"actors", out}}));
}

}  // namespace

void install_api(HttpServer& svr, ApiContext& ctx) {
  svr.Get("/api/health", guarded(ctx, get_health));
  svr.Get("/api/stats", guarded(ctx, get_stats));
  svr.Get("/api/documents", guarded(ctx, get_documents));
  svr.Get("/api/events", guarded(ctx, get_events));
  svr.Get("/api/series", guarded(ctx, get_series));
  svr.Get("/api/network", guarded(ctx, get_network));
  svr.Get("/api/export", guarded(ctx, get_export));
  svr.Get(R"(/api/documents/(\d{1,18}))", guarded(ctx, get_document));
  svr.Get("/api/actors", guarded(ctx, get_actors));
  install_code_api(svr, ctx);
}

}  // namespace kizashi

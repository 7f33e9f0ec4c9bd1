#include "serve/api.h"

#include <nlohmann/json.hpp>

#include <iostream>
#include <sstream>

#include "base/calendar.h"
#include "base/error.h"
#include "format/coded.h"
#include "format/events.h"
#include "format/graph.h"
#include "format/series.h"
#include "format/stats.h"
#include "ingest/boilerplate.h"
#include "ingest/reader.h"

namespace kizashi {

namespace {

using json = nlohmann::ordered_json;

struct BadRequest : std::runtime_error {
  int status;
  BadRequest(int s, const std::string& m) : std::runtime_error(m), status(s) {}
};

void reply(httplib::Response& res, int status, const std::string& body) {
  res.status = status;
  res.set_content(body, "application/json; charset=utf-8");
}

void error(httplib::Response& res, int status, const std::string& msg) { reply(res, status, json_text({{"error", msg}})); }

// Runs a handler; maps failures to JSON errors (500 never shows the cause).
template <typename Fn>
httplib::Server::Handler guarded(Fn fn) {
  return [fn](const httplib::Request& req, httplib::Response& res) {
    try {
      fn(req, res);
    } catch (const BadRequest& e) {
      error(res, e.status, e.what());
    } catch (const InputError& e) {
      error(res, 400, e.what());
    } catch (const std::exception& e) {
      std::cerr << "kizashi serve: " << req.method << ' ' << req.path << ": " << e.what() << '\n';
      error(res, 500, "internal error");
    }
  };
}

std::string param(const httplib::Request& req, const char* name) {
  return req.has_param(name) ? req.get_param_value(name) : "";
}

std::string date_param(const httplib::Request& req, const char* name) {
  std::string d = param(req, name);
  int64_t day = 0;
  if (!d.empty() && !day_number(d, &day)) throw BadRequest(400, std::string(name) + ": not a date (YYYY-MM-DD)");
  return d;
}

int64_t int_param(const httplib::Request& req, const char* name, int64_t fallback, int64_t lo, int64_t hi) {
  std::string v = param(req, name);
  if (v.empty()) return fallback;
  size_t used = 0;
  int64_t n = 0;
  try {
    n = std::stoll(v, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used != v.size() || n < lo || n > hi)
    throw BadRequest(400, std::string(name) + ": want an integer from " + std::to_string(lo) + " to " + std::to_string(hi));
  return n;
}

// Actor codes and code prefixes: capital letters and digits only.
std::string code_param(const httplib::Request& req, const char* name, bool star = false) {
  std::string v = param(req, name);
  for (size_t i = 0; i < v.size(); ++i) {
    char c = v[i];
    bool ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (star && c == '*' && i + 1 == v.size());
    if (!ok || v.size() > 20) throw BadRequest(400, std::string(name) + ": not a code");
  }
  return v;
}

std::string events_array(Store& store, const EventQuery& q) {
  std::ostringstream lines;
  bool first = true;
  lines << '[';
  store.events(q, [&](const StoredEvent& e) {
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

json span_json(const StoredSpan& s, bool mention) {
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

}  // namespace

void install_api(httplib::Server& svr, ApiContext& ctx) {
  svr.Get("/api/health", guarded([&ctx](const httplib::Request&, httplib::Response& res) {
            auto store = ctx.stores->acquire();
            reply(res, 200, json_text({{"status", "ok"}, {"store", store->where()},
                                  {"schema_version", store->schema_version()}}));
          }));

  svr.Get("/api/stats", guarded([&ctx](const httplib::Request& req, httplib::Response& res) {
            int64_t top = int_param(req, "top", 10, 0, 1000);
            auto store = ctx.stores->acquire();
            reply_cached(ctx, req, res, *store, [&] {
              return json_text(stats_api_json(store->stats(static_cast<int>(top))));
            });
          }));

  svr.Get("/api/documents", guarded([&ctx](const httplib::Request& req, httplib::Response& res) {
            int64_t limit = int_param(req, "limit", 50, 1, 1000), offset = int_param(req, "offset", 0, 0, 100000000);
            json j = {{"limit", limit}, {"offset", offset}, {"documents", json::array()}};
            auto store = ctx.stores->acquire();
            store->documents(limit, offset, [&](const DocumentSummary& d) {
              j["documents"].push_back({{"id", d.id}, {"name", d.name}, {"url", d.url}, {"title", d.title},
                                        {"lang", d.lang}, {"date", d.doc_date}, {"added", d.added},
                                        {"duplicate_of", d.duplicate_of}, {"sentences", d.sentences},
                                        {"events", d.events}});
            });
            reply(res, 200, json_text(j));
          }));

  svr.Get("/api/events", guarded([&ctx](const httplib::Request& req, httplib::Response& res) {
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
            q.since = date_param(req, "since");
            q.until = date_param(req, "until");
            q.doc_id = int_param(req, "doc", 0, 0, INT64_MAX);
            q.limit = int_param(req, "limit", 100, 1, 1000);
            q.offset = int_param(req, "offset", 0, 0, 100000000);
            std::string dedup = param(req, "dedup");
            if (!dedup.empty() && !parse_dedup(dedup, &q.dedup)) throw BadRequest(400, "dedup: none, one-a-story or one-a-day");
            auto store = ctx.stores->acquire();
            std::string events = events_array(*store, q);
            reply(res, 200, "{\"limit\":" + std::to_string(q.limit) + ",\"offset\":" + std::to_string(q.offset) +
                                ",\"events\":" + events + "}");
          }));

  svr.Get("/api/series", guarded([&ctx](const httplib::Request& req, httplib::Response& res) {
            std::string dyad = param(req, "dyad");
            auto dash = dyad.find('-');
            if (dash == std::string::npos || dash == 0 || dash + 1 >= dyad.size())
              throw BadRequest(400, "dyad: want two actor codes, e.g. USA-JPN");
            SeriesQuery q;
            q.a = dyad.substr(0, dash);
            q.b = dyad.substr(dash + 1);
            for (const auto& side : {q.a, q.b})
              for (char c : side)
                if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) throw BadRequest(400, "dyad: not a code");
            std::string by = param(req, "by");
            if (!by.empty() && !parse_period(by, &q.by)) throw BadRequest(400, "by: day, week or month");
            q.directed = param(req, "directed") == "1" || param(req, "directed") == "true";
            q.since = date_param(req, "since");
            q.until = date_param(req, "until");
            auto store = ctx.stores->acquire();
            reply_cached(ctx, req, res, *store, [&] {
              std::ostringstream out;
              write_series(SeriesFormat::Json, dyad, q.directed, store->series(q), out);
              return out.str();
            });
          }));

  svr.Get("/api/network", guarded([&ctx](const httplib::Request& req, httplib::Response& res) {
            NetworkQuery q;
            q.since = date_param(req, "since");
            q.until = date_param(req, "until");
            q.min_events = int_param(req, "min_events", 1, 1, 1000000);
            std::string level = param(req, "level");
            if (!level.empty() && level != "country" && level != "actor") throw BadRequest(400, "level: country or actor");
            q.actor_level = level == "actor";
            auto store = ctx.stores->acquire();
            reply_cached(ctx, req, res, *store, [&] {
              Graph g = store->network(q);
              for (auto& n : g.nodes) n.label = ctx.labels->label(n.id);
              std::ostringstream out;
              write_graph(GraphFormat::Json, g, out);
              return out.str();
            });
          }));

  svr.Get(R"(/api/documents/(\d{1,18}))", guarded([&ctx](const httplib::Request& req, httplib::Response& res) {
            int64_t id = std::stoll(req.matches[1]);
            StoredDocument d;
            auto store = ctx.stores->acquire();
            if (!store->document(id, &d)) throw BadRequest(404, "no document " + std::to_string(id));
            json j = {{"id", d.id}, {"name", d.name}, {"url", d.url}, {"title", d.title}, {"lang", d.lang},
                      {"date", d.doc_date}, {"added", d.added}, {"duplicate_of", d.duplicate_of}};
            j["sentences"] = json::array();
            for (const auto& s : d.sentences) {
              json sj = {{"index", s.index}, {"text", s.text}, {"mentions", json::array()}, {"quotes", json::array()}};
              for (const auto& m : s.mentions) sj["mentions"].push_back(span_json(m, true));
              for (const auto& q : s.quotes) sj["quotes"].push_back(span_json(q, false));
              j["sentences"].push_back(sj);
            }
            EventQuery q;
            q.doc_id = d.id;
            std::string body = json_text(j);
            body.pop_back();  // '}'
            reply(res, 200, body + ",\"events\":" + events_array(*store, q) + "}");
          }));

  svr.Get("/api/actors", guarded([&ctx](const httplib::Request& req, httplib::Response& res) {
            std::string q = param(req, "q");
            if (q.empty() || q.size() > 100) throw BadRequest(400, "q: 1 to 100 bytes");
            json out = json::array();
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
          }));

  auto code_body = [&ctx](const httplib::Request& req, Document* doc, DocumentMeta* meta) {
    json body = json::parse(req.body, nullptr, false);
    if (body.is_discarded() || !body.is_object()) throw BadRequest(400, "body: want a JSON object");
    auto str = [&](const char* k) {
      auto it = body.find(k);
      if (it == body.end() || it->is_null()) return std::string();
      if (!it->is_string()) throw BadRequest(400, std::string(k) + ": want a string");
      return it->get<std::string>();
    };
    std::string text = str("text"), title = str("title"), date = str("date");
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) throw BadRequest(400, "text: missing");
    if (!date.empty() && !valid_date(date)) throw BadRequest(400, "date: not a date (YYYY-MM-DD)");
    meta->ext_id = str("id");
    meta->url = str("url");
    meta->title = title;
    if (meta->ext_id.empty()) meta->ext_id = meta->url;
    *doc = make_document(meta->ext_id.empty() ? "api" : meta->ext_id, title.empty() ? text : title + "\n\n" + text,
                         ctx.pipeline->boilerplate());
    ctx.pipeline->route(*doc);
    doc->date = date;
    ctx.pipeline->code(*doc);
  };

  svr.Post("/api/code", guarded([code_body](const httplib::Request& req, httplib::Response& res) {
             Document doc;
             DocumentMeta meta;
             code_body(req, &doc, &meta);
             reply(res, 200, json_text(coded_document_json(doc)));
           }));

  svr.Post("/api/documents", guarded([&ctx, code_body](const httplib::Request& req, httplib::Response& res) {
             const std::string want = "Bearer " + ctx.token;
             if (ctx.token.empty() || req.get_header_value("Authorization") != want)
               throw BadRequest(401, "a valid token is needed (Authorization: Bearer TOKEN)");
             Document doc;
             DocumentMeta meta;
             code_body(req, &doc, &meta);
             auto store = ctx.stores->acquire();
             AddResult r = store->add(doc, meta);
             const char* outcome = r.outcome == AddOutcome::Stored ? "stored" : r.outcome == AddOutcome::Known ? "known" : "duplicate";
             reply(res, r.outcome == AddOutcome::Stored ? 201 : 200,
                   json_text({{"outcome", outcome}, {"id", r.doc_id}, {"duplicate_of", r.duplicate_of}, {"events", r.events}}));
           }));
}

}  // namespace kizashi

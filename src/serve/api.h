// serve/api — the HTTP JSON API over a store (cpp-httplib).
//
// Contract: install_api() registers the /api routes on a server. Every
// response is JSON (UTF-8) but the downloads (/api/export, /api/network with
// format=gexf|graphml), which are the bytes `kizashi export` and `kizashi
// network` write, as an attachment; errors are {"error": message} with 400 (bad
// parameter), 401 (missing or wrong token), 404, 413 (body too large, from the
// server's payload limit), 503 (the coding threads and their queue are full: serve/http_server.h) or 500 (a generic message; details go to stderr
// only). Each request borrows one store connection from the pool for its
// duration, so requests run in parallel up to the pool's size; every query is
// parameterised by the store. Aggregates (network, series, stats) are cached
// until the store's generation changes (serve/response_cache.h). POST /api/code codes text without storing it; POST
// /api/documents stores it. Both need the token (serve/policy.h checks it
// before routing). /api/health names the store by its file name only.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "actors/labels.h"
#include "format/enrich.h"
#include "pipeline/pipeline.h"
#include "serve/http_server.h"
#include "serve/policy.h"
#include "serve/response_cache.h"
#include "serve/store_pool.h"

namespace kizashi {

struct ApiContext {
  StorePool* stores = nullptr;
  ResponseCache* cache = nullptr;  // network, series and stats answers; nullptr: none
  const Pipeline* pipeline = nullptr;
  const ActorLabels* labels = nullptr;
  const Policy* policy = nullptr;  // the token (POST /api/documents checks it again)
  std::vector<std::pair<std::string, EntryKind>> actor_names;  // sorted once, searched by /api/actors
  std::string coder, data_hash;  // stored with each POSTed document (base/provenance.h)
  std::string data_dir;          // what /api/export reads to enrich events (format/enrich.h)
  const ExportEnricher* names = nullptr;  // English names for the JSON event routes (nullptr: none)
};

void install_api(HttpServer& server, ApiContext& ctx);
// The two POST routes alone (install_api() calls it).
void install_code_api(HttpServer& server, ApiContext& ctx);

}  // namespace kizashi

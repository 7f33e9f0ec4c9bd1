// cli/cmd_serve — `kizashi serve`: the HTTP JSON API over a store (serve/api.h)
// and the dashboard's bundled static files (serve/assets.h).
#include <algorithm>
#include <iostream>
#include <thread>

#include "actors/labels.h"
#include "cli/commands.h"
#include "pipeline/pipeline.h"
#include "serve/api.h"
#include "serve/assets.h"

#ifndef KIZASHI_WEB_DIR
#define KIZASHI_WEB_DIR "web/dist"
#endif

namespace kizashi {

namespace {

struct ServeArgs {
  std::string db, bind = "127.0.0.1", token, web;
  bool web_given = false;
  int port = 8080;
  int connections = 0;  // 0: one per core, at least 2
  size_t max_body = 5u << 20;
};

int run_serve(ServeArgs& a, const GlobalOptions& g) {
  if (a.token.empty())
    if (const char* t = std::getenv("KIZASHI_TOKEN")) a.token = t;
  std::unique_ptr<StorePool> stores;
  std::unique_ptr<Pipeline> pipe;
  try {
    int n = a.connections > 0 ? a.connections : std::max(2, static_cast<int>(std::thread::hardware_concurrency()));
    stores = std::make_unique<StorePool>(a.db, n);
  } catch (const std::exception& e) {
    std::cerr << "kizashi: " << e.what() << '\n';
    return 1;
  }
  try {
    pipe = open_pipeline(g, false);
  } catch (const std::exception& e) {
    std::cerr << "kizashi: " << e.what() << '\n';
    return 2;
  }
  // The dashboard: an explicit --web folder must exist; the default one may be
  // missing (not built yet), and then only the API is served.
  Assets assets;
  bool dashboard = true;
  try {
    assets = Assets::load(a.web);
  } catch (const std::exception& e) {
    if (a.web_given) {
      std::cerr << "kizashi: " << e.what() << '\n';
      return 1;
    }
    std::cerr << "kizashi serve: " << e.what() << "; serving the API only\n";
    dashboard = false;
  }
  ActorLabels labels = ActorLabels::load(g.data_dir);
  ApiContext ctx;
  ctx.stores = stores.get();
  ResponseCache cache(256);
  ctx.cache = &cache;
  ctx.pipeline = pipe.get();
  ctx.labels = &labels;
  ctx.actor_names = pipe->actors().names();
  ctx.token = a.token;
  httplib::Server svr;
  svr.set_payload_max_length(a.max_body);
  svr.set_tcp_nodelay(true);  // no 40 ms Nagle/delayed-ACK stall between headers and body
  svr.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    const char* msg = res.status == 404 ? "not found" : res.status == 413 ? "request body too large" : "error";
    res.set_content(std::string("{\"error\":\"") + msg + "\"}", "application/json; charset=utf-8");
  });
  install_api(svr, ctx);
  if (dashboard) install_assets(svr, assets);
  int port = a.port;
  if (port == 0) port = svr.bind_to_any_port(a.bind);
  else if (!svr.bind_to_port(a.bind, port)) port = -1;
  if (port < 0) {
    std::cerr << "kizashi: cannot listen on " << a.bind << ":" << a.port << '\n';
    return 1;
  }
  std::cerr << "kizashi serve: http://" << a.bind << ":" << port << "/ (store " << stores->where() << ", " << stores->size() << " connections"
            << (dashboard ? "; dashboard from " + assets.dir() : std::string("; API only"))
            << (a.token.empty() ? "; no token: POST /api/documents is refused" : "") << ")" << std::endl;
  return svr.listen_after_bind() ? 0 : 1;
}

}  // namespace

void register_serve(CLI::App& app, const GlobalOptions& g, int& rc) {
  auto a = std::make_shared<ServeArgs>();
  auto* cmd = app.add_subcommand("serve", "HTTP JSON API over the store");
  cmd->add_option("--db", a->db, "store: sqlite:PATH or PATH (default ./kizashi.db), or postgresql://...");
  cmd->add_option("--bind", a->bind, "address to listen on (default 127.0.0.1: this machine only)");
  cmd->add_option("--port", a->port, "port (0: any free port, printed on stderr)")->check(CLI::Range(0, 65535));
  cmd->add_option("--token", a->token, "token for POST /api/documents (or $KIZASHI_TOKEN)");
  cmd->add_option("--connections", a->connections, "store connections serving requests in parallel (default: one per core, at least 2)")
      ->check(CLI::Range(1, 64));
  cmd->add_option("--max-body", a->max_body, "largest request body in bytes (default 5 MiB)");
  const char* web_env = std::getenv("KIZASHI_WEB");
  a->web = web_env && *web_env ? web_env : KIZASHI_WEB_DIR;
  cmd->add_option("--web", a->web, "dashboard folder (the bundled web/dist; default $KIZASHI_WEB or the build's)")
      ->each([a](const std::string&) { a->web_given = true; });
  cmd->callback([a, &g, &rc] { rc = run_serve(*a, g); });
}

}  // namespace kizashi

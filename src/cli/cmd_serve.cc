// cli/cmd_serve — `kizashi serve`: the HTTP JSON API over a store (serve/api.h)
// and the dashboard's bundled static files (serve/assets.h), on the HTTP front
// of serve/http_server.h, behind the policy of serve/policy.h (docs/security.md).
#include <algorithm>
#include <iostream>
#include <thread>

#include "actors/labels.h"
#include "base/provenance.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "pipeline/pipeline.h"
#include "serve/api.h"
#include "serve/assets.h"
#include "serve/http_server.h"
#include "serve/policy.h"

namespace kizashi {

namespace {

struct ServeArgs {
  std::string db, bind = "127.0.0.1", token, web;
  bool web_given = false, open = false;
  int port = 8080;
  int connections = 0;  // 0: one per core, at least 2
  int max_coding = 0;   // 0: half the cores, at least 1
  HttpLimits limits;
};

unsigned cores() { return std::max(1u, std::thread::hardware_concurrency()); }

// The start-up line: where, what, and the token (stderr is this machine's).
void announce(const ServeArgs& a, int port, const StorePool& stores, const Assets* dashboard, const Policy& policy) {
  std::cerr << "kizashi serve: http://" << a.bind << ":" << port << "/ (store " << stores.where() << ", "
            << stores.size() << " connections"
            << (dashboard ? "; dashboard from " + dashboard->dir() : std::string("; API only")) << ")\n"
            << "kizashi serve: token " << policy.token
            << (policy.open ? " (for POST /api/documents; --open: POST /api/code needs none)"
                            : " (X-Kizashi-Token or Authorization: Bearer, on every POST)")
            << std::endl;
}

int run_serve(ServeArgs& a, const GlobalOptions& g) {
  if (a.token.empty())
    if (const char* t = std::getenv("KIZASHI_TOKEN")) a.token = t;
  if (a.token.empty()) a.token = new_token();
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
  ctx.coder = coder_version();
  ctx.data_hash = data_hash(g.data_dir);
  ctx.data_dir = g.data_dir;
  const ExportEnricher names = ExportEnricher::load(g.data_dir, EventFormat::Jsonl, 0);
  ctx.names = &names;
  a.limits.coders = a.max_coding > 0 ? static_cast<unsigned>(a.max_coding) : std::max(1u, cores() / 2);
  a.limits.workers = static_cast<unsigned>(stores->size() + 2);  // the store connections, and two more
  HttpServer svr(a.limits);
  install_api(svr, ctx);
  if (dashboard) install_assets(svr, assets, a.token);
  std::string why;
  const int port = svr.bind(a.bind, a.port, &why);
  if (port < 0) {
    std::cerr << "kizashi: cannot listen on " << a.bind << ":" << a.port << ": " << why << '\n';
    return 1;
  }
  const Policy policy = Policy::for_server(a.bind, port, a.token, a.open);
  ctx.policy = &policy;
  svr.set_pre_routing([&policy](const httplib::Request& req, httplib::Response& res) { policy.refuse(req, res); });
  announce(a, port, *stores, dashboard ? &assets : nullptr, policy);
  return svr.run() ? 0 : 1;
}

}  // namespace

void register_serve(CLI::App& app, const GlobalOptions& g, int& rc) {
  auto a = std::make_shared<ServeArgs>();
  auto* cmd = app.add_subcommand("serve", "HTTP JSON API over the store");
  cmd->add_option("--db", a->db, "store: sqlite:PATH or PATH (default ./kizashi.db), or postgresql://...")
      ->check(store_url_check());
  cmd->add_option("--bind", a->bind, "address to listen on (default 127.0.0.1: this machine only)");
  cmd->add_option("--port", a->port, "port (0: any free port, printed on stderr)")->check(CLI::Range(0, 65535));
  cmd->add_option("--token", a->token, "token every POST needs (or $KIZASHI_TOKEN; default: a random one, printed on stderr)");
  cmd->add_flag("--open", a->open, "POST /api/code without the token (POST /api/documents still needs it)");
  cmd->add_option("--max-coding", a->max_coding, "requests coded at once, as many more may wait, beyond 503 (default: half the cores, at least 1)")
      ->check(CLI::Range(1, 64));
  cmd->add_option("--max-connections", a->limits.max_connections, "open connections at most (default 1000)")
      ->check(CLI::Range(8, 100000));
  cmd->add_option("--request-timeout", a->limits.request_deadline_s,
                  "seconds a request may take to arrive whole; also the keep-alive idle limit (default 10)")
      ->check(CLI::Range(1, 3600));
  cmd->add_option("--connections", a->connections, "store connections serving requests in parallel (default: one per core, at least 2)")
      ->check(CLI::Range(1, 64));
  cmd->add_option("--max-body", a->limits.max_body, "largest request body in bytes (default 1 MiB)");
  a->web = g.web_dir;
  cmd->add_option("--web", a->web, "dashboard folder (default $KIZASHI_WEB, else the installed share/kizashi/web, else the source tree's web/dist)")
      ->each([a](const std::string&) { a->web_given = true; });
  cmd->callback([a, &g, &rc] { rc = run_serve(*a, g); });
}

}  // namespace kizashi

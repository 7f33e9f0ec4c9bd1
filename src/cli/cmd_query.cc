// cli/cmd_query — the store queries: `events`, `series`, `network`, `export`, `stats`.
// Output goes to stdout or, with -o FILE, to FILE (written whole or not at all).
#include <iostream>
#include <memory>

#include "actors/labels.h"
#include "base/actor_code.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "events/codebook.h"
#include "format/events.h"
#include "format/enrich.h"
#include "format/graph.h"
#include "format/series.h"
#include "format/stats.h"
#include "store/store.h"

namespace kizashi {

namespace {

enum class Level { Country, Actor };

struct QueryArgs {
  std::string db, out;
  EventQuery q;
  bool bom = false;  // --bom: a UTF-8 byte order mark before CSV (Excel)
  int64_t id_base = 0;  // export: every id is id_base + the store's id
  EventFormat events_format = EventFormat::Table;
  StatsFormat stats_format = StatsFormat::Table;
  // series
  std::string dyad;
  Period by = Period::Week;
  SeriesFormat series_format = SeriesFormat::Table;
  bool directed = false, no_fill = false;
  // network
  int64_t min_events = 1, max_nodes = 0, max_edges = 0;
  Level level = Level::Country;
  GraphFormat graph_format = GraphFormat::Gexf;
};

void add_common(CLI::App* cmd, QueryArgs& a) {
  cmd->add_option("--db", a.db, "store: sqlite:PATH or PATH (default ./kizashi.db), or postgresql://...")
      ->check(store_url_check());
  cmd->add_option("-o,--output", a.out, "write to FILE instead of stdout");
}

void add_dates(CLI::App* cmd, QueryArgs& a) {
  cmd->add_option("--since", a.q.since, "first day YYYY-MM-DD (inclusive)")->check(date_check());
  cmd->add_option("--until", a.q.until, "last day YYYY-MM-DD (inclusive)")->check(date_check());
}

void add_event_filters(CLI::App* cmd, QueryArgs& a) {
  cmd->add_option("--actor", a.q.actor, "source or target code prefix (USA matches USAGOV)")->check(actor_code_check());
  cmd->add_option("--source", a.q.source, "source actor code prefix")->check(actor_code_check());
  cmd->add_option("--target", a.q.target, "target actor code prefix")->check(actor_code_check());
  cmd->add_option("--code", a.q.code, "CAMEO event code; '11*' for a prefix")->check(event_code_check());
  cmd->add_option("--quad", a.q.quad, "only quad class N (1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict)")
      ->check(CLI::Range(1, 4));
  cmd->add_option("--text", a.q.text, "only events whose sentence contains these words");
  add_dates(cmd, a);
  add_choice(cmd, "--dedup", a.q.dedup, dedup_names(), "event de-duplication (Phoenix)");
  cmd->add_option("--limit", a.q.limit, "at most N events")->check(CLI::NonNegativeNumber);
  cmd->add_option("--offset", a.q.offset, "skip the first N events")->check(CLI::NonNegativeNumber);
  cmd->add_flag("--bom", a.bom, "start CSV with a UTF-8 byte order mark (for Excel)");
}

// The first of `codes` whose first part is no country, sector or agent the
// dictionary knows (XYZ, QQQGOV), as a message; "" when all are known.
std::string unknown_actor(const ActorLabels& labels, const std::vector<std::string>& codes) {
  if (labels.label("JPN") == "JPN") return "";  // no dictionary to ask (--data without actors/)
  for (const auto& c : codes) {
    if (c.empty()) continue;
    std::string first(country_or_sector(c));
    if (!organisation_sector(first) && !agent_code(first) && labels.label(first) == first)
      return "'" + c + "': no such actor (" + first + " is no country or sector of the actor dictionary)";
  }
  return "";
}

// "111" must be in the codebook, "11*" must begin some code of it (its root is there).
std::string unknown_event_code(const Codebook& book, const std::string& code) {
  std::string body = code.back() == '*' ? code.substr(0, code.size() - 1) : code;
  bool known = code.back() == '*' && body.size() < 2 ? true : book.find(body) != nullptr;
  return known ? "" : "--code " + code + ": no such CAMEO event code";
}

// What the parser cannot check alone, before any output: the dates in order,
// actor codes of a known country or sector, an event code of the codebook.
// Prints one line and returns 2 for a usage error, else 0.
int check_query(const QueryArgs& a, const GlobalOptions& g, const std::vector<std::string>& actors) {
  std::string problem;
  if (!a.q.since.empty() && !a.q.until.empty() && a.q.since > a.q.until)
    problem = "--since " + a.q.since + " is after --until " + a.q.until;
  if (a.bom && a.events_format != EventFormat::Csv) problem = "--bom: only for --format csv";
  try {
    if (problem.empty()) problem = unknown_actor(ActorLabels::load(g.data_dir), actors);
    if (problem.empty() && !a.q.code.empty()) problem = unknown_event_code(Codebook::load(g.data_dir + "/cameo"), a.q.code);
  } catch (const std::exception& e) {
    problem = e.what();
  }
  if (problem.empty()) return 0;
  std::cerr << "kizashi: " << problem << '\n';
  return 2;
}

// Runs `body(store, out)`; turns every failure into one line and exit 1.
template <typename Fn>
int with_store(const QueryArgs& a, Fn&& body) {
  try {
    auto store = Store::open(a.db, false);
    Output out(a.out);
    body(*store, out.stream());
    out.finish();
    return 0;
  } catch (const OutputReported&) {
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "kizashi: " << e.what() << '\n';
    return 1;
  }
}

int run_events(QueryArgs& a, const GlobalOptions& g) {
  if (int rc = check_query(a, g, {a.q.actor, a.q.source, a.q.target})) return rc;
  a.q.count_mentions = a.events_format == EventFormat::Gdelt || a.events_format == EventFormat::GdeltMentions;
  ExportEnricher enrich;
  try {
    enrich = ExportEnricher::load(g.data_dir, a.events_format, a.id_base);
  } catch (const std::exception& e) {
    std::cerr << "kizashi: " << e.what() << '\n';
    return 2;
  }
  return with_store(a, [&](Store& s, std::ostream& out) {
    if (a.bom) out << "\xEF\xBB\xBF";
    write_events_header(a.events_format, out);
    s.events(a.q, [&](const StoredEvent& stored) {
      StoredEvent e = stored;
      enrich(e);
      write_event(a.events_format, e, out);
    });
  });
}

int run_series(QueryArgs& a, const GlobalOptions& g) {
  SeriesQuery q;
  auto dash = a.dyad.find('-');  // the parser checked the shape (dyad_check)
  if (int rc = check_query(a, g, {a.dyad.substr(0, dash), a.dyad.substr(dash + 1)})) return rc;
  q.a = a.dyad.substr(0, dash);
  q.b = a.dyad.substr(dash + 1);
  q.directed = a.directed;
  q.fill = !a.no_fill;
  q.since = a.q.since;
  q.until = a.q.until;
  q.by = a.by;
  q.code = a.q.code;
  q.quad = a.q.quad;
  return with_store(a, [&](Store& s, std::ostream& out) {
    write_series(a.series_format, a.dyad, a.directed, s.series(q), out);
  });
}

int run_network(QueryArgs& a, const GlobalOptions& g) {
  if (int rc = check_query(a, g, {a.q.actor})) return rc;
  NetworkQuery q;
  q.since = a.q.since;
  q.until = a.q.until;
  q.min_events = a.min_events;
  q.actor_level = a.level == Level::Actor;
  q.actor = a.q.actor;
  q.code = a.q.code;
  q.quad = a.q.quad;
  q.max_nodes = a.max_nodes;
  q.max_edges = a.max_edges;
  ActorLabels labels = ActorLabels::load(g.data_dir);
  return with_store(a, [&](Store& s, std::ostream& out) {
    Graph graph = s.network(q);
    for (auto& n : graph.nodes) n.label = labels.label(n.id);
    write_graph(a.graph_format, graph, out);
  });
}

int run_stats(QueryArgs& a) {
  return with_store(a, [&](Store& s, std::ostream& out) { write_stats(a.stats_format, s.stats(10), out); });
}

const Names<Level>& level_names() {
  static const Names<Level> kNames{{"country", Level::Country}, {"actor", Level::Actor}};
  return kNames;
}

}  // namespace

void register_queries(CLI::App& app, const GlobalOptions& g, int& rc) {
  {
    auto a = std::make_shared<QueryArgs>();
    auto* cmd = app.add_subcommand("events", "list stored events");
    add_common(cmd, *a);
    add_event_filters(cmd, *a);
    add_choice(cmd, "--format", a->events_format, only(event_formats(), {"table", "jsonl", "csv"}), "output format");
    cmd->callback([a, &g, &rc] { rc = run_events(*a, g); });
  }
  {
    auto a = std::make_shared<QueryArgs>();
    a->events_format = EventFormat::Gdelt;
    auto* cmd = app.add_subcommand("export", "export events: GDELT 2.0 event table (61 columns) or Mentions table (16), PLOVER JSONL or CSV");
    add_common(cmd, *a);
    add_event_filters(cmd, *a);
    add_choice(cmd, "--format", a->events_format, only(event_formats(), {"gdelt", "gdelt-mentions", "plover", "csv"}),
               "export format (gdelt: the event table; gdelt-mentions: the Mentions table)");
    cmd->add_option("--id-base", a->id_base, "add N to every exported id (GDELT GLOBALEVENTID), so ids need not collide with real GDELT")
        ->check(CLI::Range(int64_t{0}, int64_t{4000000000000000000}));
    cmd->callback([a, &g, &rc] { rc = run_events(*a, g); });
  }
  {
    auto a = std::make_shared<QueryArgs>();
    auto* cmd = app.add_subcommand("series", "a dyad's events per period: counts per quad class, Goldstein sum and mean");
    add_common(cmd, *a);
    cmd->add_option("--dyad", a->dyad, "two actor code prefixes, e.g. USA-JPN or USAGOV-CHNMIL")
        ->required()
        ->check(dyad_check());
    add_choice(cmd, "--by", a->by, period_names(), "period (a week starts on Monday)");
    cmd->add_flag("--directed", a->directed, "only events from the first actor to the second");
    cmd->add_flag("--no-fill", a->no_fill, "omit periods without events");
    cmd->add_option("--code", a->q.code, "only this CAMEO event code; '11*' for a prefix")->check(event_code_check());
    cmd->add_option("--quad", a->q.quad, "only quad class N (1-4)")->check(CLI::Range(1, 4));
    add_dates(cmd, *a);
    add_choice(cmd, "--format", a->series_format, series_formats(), "output format");
    cmd->callback([a, &g, &rc] { rc = run_series(*a, g); });
  }
  {
    auto a = std::make_shared<QueryArgs>();
    auto* cmd = app.add_subcommand("network", "the actor network: nodes, directed edges weighted by cooperation and conflict");
    add_common(cmd, *a);
    add_dates(cmd, *a);
    cmd->add_option("--min-events", a->min_events, "drop edges with fewer events")->check(CLI::PositiveNumber);
    cmd->add_option("--actor", a->q.actor, "only events with this source or target code prefix")->check(actor_code_check());
    cmd->add_option("--code", a->q.code, "only this CAMEO event code; '11*' for a prefix")->check(event_code_check());
    cmd->add_option("--quad", a->q.quad, "only quad class N (1-4)")->check(CLI::Range(1, 4));
    cmd->add_option("--max-nodes", a->max_nodes, "keep the N nodes in the most events (a readable graph of a large store)")
        ->check(CLI::PositiveNumber);
    cmd->add_option("--max-edges", a->max_edges, "then keep the N edges with the most events")->check(CLI::PositiveNumber);
    add_choice(cmd, "--level", a->level, level_names(), "nodes: countries (default) or full actor codes");
    add_choice(cmd, "--format", a->graph_format, graph_formats(), "output format (GEXF for Gephi)");
    cmd->callback([a, &g, &rc] { rc = run_network(*a, g); });
  }
  {
    auto a = std::make_shared<QueryArgs>();
    auto* cmd = app.add_subcommand("stats", "documents, sentences, events by root code, top dyads, store size");
    add_common(cmd, *a);
    add_choice(cmd, "--format", a->stats_format, stats_formats(), "output format");
    cmd->callback([a, &rc] { rc = run_stats(*a); });
  }
}

}  // namespace kizashi

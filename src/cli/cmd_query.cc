// cli/cmd_query — the store queries: `events`, `series`, `network`, `export`, `stats`.
// Output goes to stdout or, with -o FILE, to FILE (written whole or not at all).
#include <iostream>

#include "actors/labels.h"
#include "cli/commands.h"
#include "format/events.h"
#include "format/graph.h"
#include "format/series.h"
#include "format/stats.h"
#include "store/store.h"

namespace kizashi {

namespace {

struct QueryArgs {
  std::string db, out;
  EventQuery q;
  std::string dedup = "none", format;
  // series
  std::string dyad, by = "week";
  bool directed = false, no_fill = false;
  // network
  int64_t min_events = 1;
  std::string level = "country";
};

void add_common(CLI::App* cmd, QueryArgs& a) {
  cmd->add_option("--db", a.db, "store: sqlite:PATH or PATH (default ./kizashi.db), or postgresql://...");
  cmd->add_option("-o,--output", a.out, "write to FILE instead of stdout");
}

void add_dates(CLI::App* cmd, QueryArgs& a) {
  cmd->add_option("--since", a.q.since, "first day YYYY-MM-DD (inclusive)");
  cmd->add_option("--until", a.q.until, "last day YYYY-MM-DD (inclusive)");
}

void add_event_filters(CLI::App* cmd, QueryArgs& a) {
  cmd->add_option("--actor", a.q.actor, "source or target code prefix (USA matches USAGOV)");
  cmd->add_option("--source", a.q.source, "source actor code prefix");
  cmd->add_option("--target", a.q.target, "target actor code prefix");
  cmd->add_option("--code", a.q.code, "CAMEO event code; '11*' for a prefix");
  add_dates(cmd, a);
  cmd->add_option("--dedup", a.dedup, "event de-duplication (Phoenix): none, one-a-story, one-a-day")
      ->check(CLI::IsMember({"none", "one-a-story", "one-a-day"}));
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
  } catch (const std::exception& e) {
    std::cerr << "kizashi: " << e.what() << '\n';
    return 1;
  }
}

int run_events(QueryArgs& a) {
  EventFormat f;
  if (!parse_event_format(a.format, &f)) {
    std::cerr << "kizashi: --format: unknown format '" << a.format << "'\n";
    return 2;
  }
  parse_dedup(a.dedup, &a.q.dedup);
  return with_store(a, [&](Store& s, std::ostream& out) {
    write_events_header(f, out);
    s.events(a.q, [&](const StoredEvent& e) { write_event(f, e, out); });
  });
}

int run_series(QueryArgs& a) {
  SeriesFormat f;
  parse_series_format(a.format, &f);
  SeriesQuery q;
  auto dash = a.dyad.find('-');
  if (dash == std::string::npos || dash == 0 || dash + 1 >= a.dyad.size()) {
    std::cerr << "kizashi: --dyad: '" << a.dyad << "' is not a dyad (USA-JPN)\n";
    return 2;
  }
  q.a = a.dyad.substr(0, dash);
  q.b = a.dyad.substr(dash + 1);
  q.directed = a.directed;
  q.fill = !a.no_fill;
  q.since = a.q.since;
  q.until = a.q.until;
  parse_period(a.by, &q.by);
  return with_store(a, [&](Store& s, std::ostream& out) { write_series(f, a.dyad, a.directed, s.series(q), out); });
}

int run_network(QueryArgs& a, const GlobalOptions& g) {
  GraphFormat f;
  parse_graph_format(a.format, &f);
  NetworkQuery q;
  q.since = a.q.since;
  q.until = a.q.until;
  q.min_events = a.min_events;
  q.actor_level = a.level == "actor";
  ActorLabels labels = ActorLabels::load(g.data_dir);
  return with_store(a, [&](Store& s, std::ostream& out) {
    Graph graph = s.network(q);
    for (auto& n : graph.nodes) n.label = labels.label(n.id);
    write_graph(f, graph, out);
  });
}

int run_stats(QueryArgs& a) {
  StatsFormat f;
  parse_stats_format(a.format, &f);
  return with_store(a, [&](Store& s, std::ostream& out) { write_stats(f, s.stats(10), out); });
}

}  // namespace

void register_queries(CLI::App& app, const GlobalOptions& g, int& rc) {
  {
    auto a = std::make_shared<QueryArgs>();
    a->format = "table";
    auto* cmd = app.add_subcommand("events", "list stored events");
    add_common(cmd, *a);
    add_event_filters(cmd, *a);
    cmd->add_option("--format", a->format, "table, jsonl or csv")->check(CLI::IsMember({"table", "jsonl", "csv"}));
    cmd->add_option("--limit", a->q.limit, "at most N events")->check(CLI::NonNegativeNumber);
    cmd->add_option("--offset", a->q.offset, "skip the first N events")->check(CLI::NonNegativeNumber);
    cmd->callback([a, &rc] { rc = run_events(*a); });
  }
  {
    auto a = std::make_shared<QueryArgs>();
    a->format = "gdelt";
    auto* cmd = app.add_subcommand("export", "export events: GDELT 2.0 event table (61 columns), PLOVER JSONL or CSV");
    add_common(cmd, *a);
    add_event_filters(cmd, *a);
    cmd->add_option("--format", a->format, "gdelt, plover or csv")->check(CLI::IsMember({"gdelt", "plover", "csv"}));
    cmd->callback([a, &rc] { rc = run_events(*a); });
  }
  {
    auto a = std::make_shared<QueryArgs>();
    a->format = "table";
    auto* cmd = app.add_subcommand("series", "a dyad's events per period: counts per quad class, Goldstein sum and mean");
    add_common(cmd, *a);
    cmd->add_option("--dyad", a->dyad, "two actor code prefixes, e.g. USA-JPN or USAGOV-CHNMIL")->required();
    cmd->add_option("--by", a->by, "day, week (Monday) or month")->check(CLI::IsMember({"day", "week", "month"}));
    cmd->add_flag("--directed", a->directed, "only events from the first actor to the second");
    cmd->add_flag("--no-fill", a->no_fill, "omit periods without events");
    add_dates(cmd, *a);
    cmd->add_option("--format", a->format, "table, csv or json")->check(CLI::IsMember({"table", "csv", "json"}));
    cmd->callback([a, &rc] { rc = run_series(*a); });
  }
  {
    auto a = std::make_shared<QueryArgs>();
    a->format = "gexf";
    auto* cmd = app.add_subcommand("network", "the actor network: nodes, directed edges weighted by cooperation and conflict");
    add_common(cmd, *a);
    add_dates(cmd, *a);
    cmd->add_option("--min-events", a->min_events, "drop edges with fewer events")->check(CLI::PositiveNumber);
    cmd->add_option("--level", a->level, "country (default) or actor (full codes)")
        ->check(CLI::IsMember({"country", "actor"}));
    cmd->add_option("--format", a->format, "gexf (Gephi), graphml or json")
        ->check(CLI::IsMember({"gexf", "graphml", "json"}));
    cmd->callback([a, &g, &rc] { rc = run_network(*a, g); });
  }
  {
    auto a = std::make_shared<QueryArgs>();
    a->format = "table";
    auto* cmd = app.add_subcommand("stats", "documents, sentences, events by root code, top dyads, store size");
    add_common(cmd, *a);
    cmd->add_option("--format", a->format, "table or json")->check(CLI::IsMember({"table", "json"}));
    cmd->callback([a, &rc] { rc = run_stats(*a); });
  }
}

}  // namespace kizashi

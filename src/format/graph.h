// format/graph — writes an aggregated dyad network for graph tools.
//
// Contract: write_graph() writes one complete document for Graph g:
//   Gexf     GEXF 1.2draft (Gephi, networkx 2.x and 3.x): node attributes events/out_events/in_events,
//            edge attributes per quad class, cooperation, conflict and
//            Goldstein sum/mean; edge weight = events; each edge gets a
//            viz:color from red (mean Goldstein -10) to blue (+10).
//   Graphml  GraphML with <key> declarations for the same attributes.
//   Json     networkx node-link data on one line: {"directed":true,
//            "multigraph":false,"graph":{"level","since","until"},
//            "nodes":[{"id",...}],"links":[{"source","target",...}]}.
// Every edge endpoint is a declared node: an endpoint missing from g.nodes is
// written as a node with zero counts, and a repeated node id is written once.
// XML text is escaped (& < > " ') with characters XML 1.0 forbids dropped and
// invalid UTF-8 replaced by U+FFFD. Doubles are rounded to 6 decimals.
#pragma once

#include <ostream>
#include <string>

#include "base/names.h"
#include "store/records.h"

namespace kizashi {

enum class GraphFormat { Gexf, Graphml, Json };

// "gexf", "graphml", "json".
const Names<GraphFormat>& graph_formats();
inline bool parse_graph_format(const std::string& name, GraphFormat* out) {
  return parse_name(graph_formats(), name, out);
}

void write_graph(GraphFormat f, const Graph& g, std::ostream& out);

}  // namespace kizashi

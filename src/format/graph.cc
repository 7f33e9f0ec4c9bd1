// format/graph — see graph.h for the contract.
#include "format/graph.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>
#include <vector>

#include "format/common.h"

namespace kizashi {

namespace {

// Shortest text that reads back as tidy(v).
std::string num(double v) {
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, tidy(v));
  return std::string(buf, res.ptr);
}

// Length of a well-formed UTF-8 sequence at s[i] and its code point; 0 when
// the bytes there are not one (stray continuation, overlong, surrogate, cut).
size_t utf8_char(const std::string& s, size_t i, char32_t* cp) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t len;
  char32_t v;
  if (c < 0x80) { *cp = c; return 1; }
  if ((c & 0xe0) == 0xc0) { len = 2; v = c & 0x1f; }
  else if ((c & 0xf0) == 0xe0) { len = 3; v = c & 0x0f; }
  else if ((c & 0xf8) == 0xf0) { len = 4; v = c & 0x07; }
  else return 0;
  if (i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    unsigned char cc = static_cast<unsigned char>(s[i + k]);
    if ((cc & 0xc0) != 0x80) return 0;
    v = (v << 6) | (cc & 0x3f);
  }
  static const char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (v < kMin[len] || v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) return 0;
  *cp = v;
  return len;
}

// Text for an XML attribute value or element content.
std::string xml(const std::string& s) {
  std::string r;
  r.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    char32_t cp;
    size_t len = utf8_char(s, i, &cp);
    if (len == 0) {  // invalid byte -> U+FFFD
      r += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    switch (cp) {
      case '&': r += "&amp;"; break;
      case '<': r += "&lt;"; break;
      case '>': r += "&gt;"; break;
      case '"': r += "&quot;"; break;
      case '\'': r += "&apos;"; break;
      case '\t': r += "&#9;"; break;
      case '\n': r += "&#10;"; break;
      case '\r': r += "&#13;"; break;
      default:
        if (cp >= 0x20 && cp != 0xfffe && cp != 0xffff) r.append(s, i, len);
    }
    i += len;
  }
  return r;
}

// g.nodes (first occurrence of each id) plus edge endpoints missing from them,
// sorted by id.
std::vector<GraphNode> all_nodes(const Graph& g) {
  std::vector<GraphNode> nodes;
  std::set<std::string> seen;
  for (const auto& n : g.nodes)
    if (seen.insert(n.id).second) nodes.push_back(n);
  for (const auto& e : g.edges)
    for (const std::string* id : {&e.source, &e.target})
      if (seen.insert(*id).second) nodes.push_back(GraphNode{*id, "", 0, 0, 0});
  std::stable_sort(nodes.begin(), nodes.end(),
                   [](const GraphNode& a, const GraphNode& b) { return a.id < b.id; });
  return nodes;
}

const std::string& label_of(const GraphNode& n) { return n.label.empty() ? n.id : n.label; }

std::string range_text(const Graph& g) {
  return (g.since.empty() ? std::string("(open)") : g.since) + " .. " +
         (g.until.empty() ? std::string("(open)") : g.until);
}

// Nodes and edges before the query's max_nodes / max_edges (a graph built by
// hand, with no totals, is whole).
int64_t nodes_total(const Graph& g) { return std::max(g.nodes_total, static_cast<int64_t>(g.nodes.size())); }
int64_t edges_total(const Graph& g) { return std::max(g.edges_total, static_cast<int64_t>(g.edges.size())); }

// "; the 60 of 412 nodes in most events, the 200 heaviest of 3120 edges" when the graph was cut.
std::string cut_text(const Graph& g) {
  std::string s;
  if (nodes_total(g) > static_cast<int64_t>(g.nodes.size()))
    s += "; " + std::to_string(g.nodes.size()) + " of " + std::to_string(nodes_total(g)) + " nodes (most events)";
  if (edges_total(g) > static_cast<int64_t>(g.edges.size()))
    s += "; " + std::to_string(g.edges.size()) + " of " + std::to_string(edges_total(g)) + " edges (most events)";
  return s;
}

// Edge attributes shared by GEXF and GraphML, in declaration order.
struct EdgeAttr {
  const char* name;
  bool is_double;
};
const EdgeAttr kEdgeAttrs[] = {
    {"events", false},          {"verbal_coop", false},     {"material_coop", false},
    {"verbal_conflict", false}, {"material_conflict", false}, {"cooperation", false},
    {"conflict", false},        {"goldstein_sum", true},    {"goldstein_mean", true}};
const char* const kNodeAttrs[] = {"events", "out_events", "in_events"};

std::vector<std::string> edge_values(const GraphEdge& e) {
  return {std::to_string(e.events),       std::to_string(e.quad[0]),     std::to_string(e.quad[1]),
          std::to_string(e.quad[2]),      std::to_string(e.quad[3]),     std::to_string(e.cooperation()),
          std::to_string(e.conflict()),   num(e.goldstein_sum),          num(e.goldstein_mean())};
}

std::vector<std::string> node_values(const GraphNode& n) {
  return {std::to_string(n.events), std::to_string(n.out_events), std::to_string(n.in_events)};
}

// ---- GEXF 1.2draft ---------------------------------------------------------
// 1.2draft, not 1.3: Gephi reads both, networkx before 3.6 (Debian 12: 2.8.8)
// only 1.1draft and 1.2draft.

void write_gexf(const Graph& g, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\""
         " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
         " xsi:schemaLocation=\"http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd\""
         " version=\"1.2\">\n"
         "  <meta>\n    <creator>kizashi</creator>\n"
      << "    <description>" << xml("kizashi dyad network; level " + g.level + "; range " + range_text(g) + cut_text(g))
      << "</description>\n  </meta>\n"
         "  <graph defaultedgetype=\"directed\" mode=\"static\">\n"
         "    <attributes class=\"node\">\n";
  for (const char* a : kNodeAttrs)
    out << "      <attribute id=\"" << a << "\" title=\"" << a << "\" type=\"integer\"/>\n";
  out << "    </attributes>\n    <attributes class=\"edge\">\n";
  for (const auto& a : kEdgeAttrs)
    out << "      <attribute id=\"" << a.name << "\" title=\"" << a.name << "\" type=\""
        << (a.is_double ? "double" : "integer") << "\"/>\n";
  out << "    </attributes>\n    <nodes>\n";
  for (const auto& n : all_nodes(g)) {
    out << "      <node id=\"" << xml(n.id) << "\" label=\"" << xml(label_of(n)) << "\">\n        <attvalues>";
    auto v = node_values(n);
    for (size_t i = 0; i < v.size(); ++i)
      out << "<attvalue for=\"" << kNodeAttrs[i] << "\" value=\"" << v[i] << "\"/>";
    out << "</attvalues>\n      </node>\n";
  }
  out << "    </nodes>\n    <edges>\n";
  for (size_t k = 0; k < g.edges.size(); ++k) {
    const GraphEdge& e = g.edges[k];
    out << "      <edge id=\"" << k << "\" source=\"" << xml(e.source) << "\" target=\"" << xml(e.target)
        << "\" weight=\"" << e.events << "\">\n        <attvalues>";
    auto v = edge_values(e);
    for (size_t i = 0; i < v.size(); ++i)
      out << "<attvalue for=\"" << kEdgeAttrs[i].name << "\" value=\"" << v[i] << "\"/>";
    double t = std::clamp((tidy(e.goldstein_mean()) + 10.0) / 20.0, 0.0, 1.0);
    out << "</attvalues>\n        <viz:color r=\"" << std::lround(255 * (1 - t)) << "\" g=\"0\" b=\""
        << std::lround(255 * t) << "\"/>\n      </edge>\n";
  }
  out << "    </edges>\n  </graph>\n</gexf>\n";
}

// ---- GraphML ---------------------------------------------------------------

void write_graphml(const Graph& g, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
         " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
         " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
         " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const char* a : {"level", "since", "until"})
    out << "  <key id=\"g_" << a << "\" for=\"graph\" attr.name=\"" << a << "\" attr.type=\"string\"/>\n";
  out << "  <key id=\"n_label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n";
  for (const char* a : kNodeAttrs)
    out << "  <key id=\"n_" << a << "\" for=\"node\" attr.name=\"" << a << "\" attr.type=\"int\"/>\n";
  out << "  <key id=\"e_weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n";
  for (const auto& a : kEdgeAttrs)
    out << "  <key id=\"e_" << a.name << "\" for=\"edge\" attr.name=\"" << a.name << "\" attr.type=\""
        << (a.is_double ? "double" : "int") << "\"/>\n";
  out << "  <graph id=\"kizashi\" edgedefault=\"directed\">\n"
      << "    <data key=\"g_level\">" << xml(g.level) << "</data>\n"
      << "    <data key=\"g_since\">" << xml(g.since) << "</data>\n"
      << "    <data key=\"g_until\">" << xml(g.until) << "</data>\n";
  for (const auto& n : all_nodes(g)) {
    out << "    <node id=\"" << xml(n.id) << "\"><data key=\"n_label\">" << xml(label_of(n)) << "</data>";
    auto v = node_values(n);
    for (size_t i = 0; i < v.size(); ++i) out << "<data key=\"n_" << kNodeAttrs[i] << "\">" << v[i] << "</data>";
    out << "</node>\n";
  }
  for (size_t k = 0; k < g.edges.size(); ++k) {
    const GraphEdge& e = g.edges[k];
    out << "    <edge id=\"e" << k << "\" source=\"" << xml(e.source) << "\" target=\"" << xml(e.target)
        << "\"><data key=\"e_weight\">" << e.events << "</data>";
    auto v = edge_values(e);
    for (size_t i = 0; i < v.size(); ++i) out << "<data key=\"e_" << kEdgeAttrs[i].name << "\">" << v[i] << "</data>";
    out << "</edge>\n";
  }
  out << "  </graph>\n</graphml>\n";
}

// ---- JSON ------------------------------------------------------------------

// networkx's node-link format (node_link_data / node_link_graph): directed,
// not a multigraph, graph attributes under "graph", edges under "links".
void write_json(const Graph& g, std::ostream& out) {
  auto open_end = [](const std::string& s) { return s.empty() ? ordered_json(nullptr) : ordered_json(s); };
  ordered_json j;
  j["directed"] = true;
  j["multigraph"] = false;
  j["graph"] = ordered_json{{"level", g.level},
                            {"since", open_end(g.since)},
                            {"until", open_end(g.until)},
                            {"nodes_total", nodes_total(g)},
                            {"links_total", edges_total(g)}};
  j["nodes"] = ordered_json::array();
  for (const auto& n : all_nodes(g))
    j["nodes"].push_back(ordered_json{{"id", n.id},
                                      {"label", label_of(n)},
                                      {"events", n.events},
                                      {"out_events", n.out_events},
                                      {"in_events", n.in_events}});
  j["links"] = ordered_json::array();
  for (const auto& e : g.edges)
    j["links"].push_back(ordered_json{{"source", e.source},
                                      {"target", e.target},
                                      {"events", e.events},
                                      {"verbal_coop", e.quad[0]},
                                      {"material_coop", e.quad[1]},
                                      {"verbal_conflict", e.quad[2]},
                                      {"material_conflict", e.quad[3]},
                                      {"cooperation", e.cooperation()},
                                      {"conflict", e.conflict()},
                                      {"goldstein_sum", tidy(e.goldstein_sum)},
                                      {"goldstein_mean", tidy(e.goldstein_mean())}});
  out << json_text(j) << '\n';
}

}  // namespace

const Names<GraphFormat>& graph_formats() {
  static const Names<GraphFormat> kNames{
      {"gexf", GraphFormat::Gexf}, {"graphml", GraphFormat::Graphml}, {"json", GraphFormat::Json}};
  return kNames;
}

void write_graph(GraphFormat f, const Graph& g, std::ostream& out) {
  switch (f) {
    case GraphFormat::Gexf: write_gexf(g, out); break;
    case GraphFormat::Graphml: write_graphml(g, out); break;
    case GraphFormat::Json: write_json(g, out); break;
  }
}

}  // namespace kizashi

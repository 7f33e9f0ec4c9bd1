// format/stats — see stats.h for the contract.
#include "format/stats.h"

#include <iomanip>

namespace kizashi {

namespace {

ordered_json counts_json(const StoreStats& st) {
  return {{"store", st.where},        {"schema_version", st.schema_version}, {"documents", st.documents},
          {"duplicates", st.duplicates}, {"sentences", st.sentences},       {"events", st.events},
          {"mentions", st.mentions},  {"quotes", st.quotes}};
}

ordered_json dyads_json(const StoreStats& st) {
  ordered_json out = ordered_json::array();
  for (const auto& [dyad, n] : st.top_dyads) out.push_back({{"dyad", dyad}, {"events", n}});
  return out;
}

void write_table(const StoreStats& st, std::ostream& out) {
  out << "store        " << st.where << " (schema " << st.schema_version << ", " << std::fixed
      << std::setprecision(1) << static_cast<double>(st.size_bytes) / 1048576.0 << " MiB)\n"
      << "documents    " << st.documents << " (+" << st.duplicates << " near-duplicates)\n"
      << "sentences    " << st.sentences << "\n"
      << "events       " << st.events << "\n"
      << "mentions     " << st.mentions << " actor mentions, " << st.quotes << " quotes\n";
  if (!st.first_date.empty()) out << "dates        " << st.first_date << " .. " << st.last_date << "\n";
  if (!st.by_root.empty()) {
    out << "by root code\n";
    for (auto& [k, v] : st.by_root) out << "  " << std::setw(2) << std::left << k << "  " << v << '\n';
  }
  if (!st.top_dyads.empty()) {
    out << "top dyads (both directions)\n";
    for (auto& [k, v] : st.top_dyads) out << "  " << std::setw(20) << std::left << k << v << '\n';
  }
}

}  // namespace

const Names<StatsFormat>& stats_formats() {
  static const Names<StatsFormat> kNames{{"table", StatsFormat::Table}, {"json", StatsFormat::Json}};
  return kNames;
}

void write_stats(StatsFormat f, const StoreStats& st, std::ostream& out) {
  if (f == StatsFormat::Table) return write_table(st, out);
  ordered_json j = counts_json(st);
  j["first_date"] = st.first_date;
  j["last_date"] = st.last_date;
  j["events_by_root"] = ordered_json::object();
  for (const auto& [root, n] : st.by_root) j["events_by_root"][root] = n;
  j["top_dyads"] = dyads_json(st);
  j["size_bytes"] = st.size_bytes;
  out << json_text(j) << '\n';
}

ordered_json stats_api_json(const StoreStats& st) {
  ordered_json j = counts_json(st);
  j["first_date"] = string_or_null(st.first_date);
  j["last_date"] = string_or_null(st.last_date);
  j["by_root"] = ordered_json::array();
  for (const auto& [root, n] : st.by_root) j["by_root"].push_back({{"root", root}, {"events", n}});
  j["top_dyads"] = dyads_json(st);
  return j;
}

}  // namespace kizashi

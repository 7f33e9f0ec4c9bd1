// format/series — see series.h for the contract.
#include "format/series.h"

#include "format/common.h"

namespace kizashi {

namespace {

const char* const kColumns[] = {"period",          "events",            "verbal_coop",   "material_coop",
                                "verbal_conflict", "material_conflict", "goldstein_sum", "goldstein_mean"};
const size_t kWidths[] = {10, 7, 11, 13, 15, 17, 13, 14};

std::vector<std::string> cells(const SeriesRow& r) {
  return {r.period,
          std::to_string(r.events),
          std::to_string(r.quad[0]),
          std::to_string(r.quad[1]),
          std::to_string(r.quad[2]),
          std::to_string(r.quad[3]),
          fixed(r.goldstein_sum, 2),
          fixed(r.goldstein_mean(), 2)};
}

// Period left-aligned, numbers right-aligned, two spaces between columns.
void table_line(const std::vector<std::string>& v, std::ostream& out) {
  std::string line;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) line += "  ";
    std::string fill = v[i].size() < kWidths[i] ? std::string(kWidths[i] - v[i].size(), ' ') : "";
    line += i == 0 ? v[i] + fill : fill + v[i];
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  out << line << '\n';
}

}  // namespace

const Names<SeriesFormat>& series_formats() {
  static const Names<SeriesFormat> kNames{
      {"table", SeriesFormat::Table}, {"csv", SeriesFormat::Csv}, {"json", SeriesFormat::Json}};
  return kNames;
}

void write_series(SeriesFormat f, const std::string& dyad, bool directed,
                  const std::vector<SeriesRow>& rows, std::ostream& out) {
  switch (f) {
    case SeriesFormat::Table:
      table_line(std::vector<std::string>(std::begin(kColumns), std::end(kColumns)), out);
      for (const auto& r : rows) table_line(cells(r), out);
      break;
    case SeriesFormat::Csv: {
      std::string head;
      for (const char* c : kColumns) head += (head.empty() ? "" : ",") + std::string(c);
      out << head << '\n';
      for (const auto& r : rows) {
        std::string line;
        auto v = cells(r);
        for (size_t i = 0; i < v.size(); ++i) line += (i ? "," : "") + csv_field(v[i]);
        out << line << '\n';
      }
      break;
    }
    case SeriesFormat::Json: {
      ordered_json j;
      j["dyad"] = dyad;
      j["directed"] = directed;
      j["series"] = ordered_json::array();
      for (const auto& r : rows)
        j["series"].push_back(ordered_json{{"period", r.period},
                                           {"events", r.events},
                                           {"verbal_coop", r.quad[0]},
                                           {"material_coop", r.quad[1]},
                                           {"verbal_conflict", r.quad[2]},
                                           {"material_conflict", r.quad[3]},
                                           {"goldstein_sum", tidy(r.goldstein_sum)},
                                           {"goldstein_mean", tidy(r.goldstein_mean())}});
      out << json_text(j) << '\n';
      break;
    }
  }
}

}  // namespace kizashi

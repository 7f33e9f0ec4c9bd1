// store/series_format — see series_format.h for the contract.
#include "store/series_format.h"

#include "store/export.h"

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace kizashi {

namespace {

const char* const kColumns[] = {"period",          "events",            "verbal_coop",   "material_coop",
                                "verbal_conflict", "material_conflict", "goldstein_sum", "goldstein_mean"};
const size_t kWidths[] = {10, 7, 11, 13, 15, 17, 13, 14};

std::string fixed2(double v) {
  if (!std::isfinite(v)) v = 0;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2f", v);
  std::string r = buf;
  if (r == "-0.00") r = "0.00";
  return r;
}

double tidy(double v) {
  if (!std::isfinite(v)) return 0;
  double r = std::round(v * 1e6) / 1e6;
  return r == 0 ? 0.0 : r;
}


std::vector<std::string> cells(const SeriesRow& r) {
  return {r.period,
          std::to_string(r.events),
          std::to_string(r.quad[0]),
          std::to_string(r.quad[1]),
          std::to_string(r.quad[2]),
          std::to_string(r.quad[3]),
          fixed2(r.goldstein_sum),
          fixed2(r.goldstein_mean())};
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

bool parse_series_format(const std::string& name, SeriesFormat* out) {
  if (name == "table") *out = SeriesFormat::Table;
  else if (name == "csv") *out = SeriesFormat::Csv;
  else if (name == "json") *out = SeriesFormat::Json;
  else return false;
  return true;
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
      using ordered_json = nlohmann::ordered_json;
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
      out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
      break;
    }
  }
}

}  // namespace kizashi

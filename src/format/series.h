// format/series — writes a dyad's time series.
//
// Contract: write_series() writes one complete document for the rows of one
// dyad (rows are written in the order given):
//   Table  an aligned header line, then one line per period.
//   Csv    header "period,events,verbal_coop,material_coop,verbal_conflict,
//          material_conflict,goldstein_sum,goldstein_mean", one line per
//          period (RFC 4180 quoting, LF line ends).
//   Json   {"dyad":...,"directed":...,"series":[{period, events, ...}]} on one
//          line.
// Goldstein sums and means have 2 decimals in Table and CSV and are rounded to
// 6 decimals in JSON. The dyad label appears only in JSON.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "base/names.h"
#include "store/records.h"

namespace kizashi {

enum class SeriesFormat { Table, Csv, Json };

// "table", "csv", "json".
const Names<SeriesFormat>& series_formats();
inline bool parse_series_format(const std::string& name, SeriesFormat* out) {
  return parse_name(series_formats(), name, out);
}

void write_series(SeriesFormat f, const std::string& dyad, bool directed,
                  const std::vector<SeriesRow>& rows, std::ostream& out);

}  // namespace kizashi

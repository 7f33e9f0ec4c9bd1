#include "format/common.h"

#include <cmath>
#include <cstdio>

namespace kizashi {

std::string json_text(const ordered_json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

ordered_json string_or_null(const std::string& s) { return s.empty() ? ordered_json(nullptr) : ordered_json(s); }

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string r = "\"";
  for (char c : s) {
    if (c == '"') r += '"';
    r += c;
  }
  return r + "\"";
}

double tidy(double v) {
  if (!std::isfinite(v)) return 0;
  double r = std::round(v * 1e6) / 1e6;
  return r == 0 ? 0.0 : r;
}

std::string fixed(double v, int decimals) {
  if (!std::isfinite(v)) v = 0;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  std::string r = buf;
  if (r[0] == '-' && r.find_first_not_of("-0.") == std::string::npos) r.erase(0, 1);  // no "-0.0"
  return r;
}

std::string one_line(std::string s) {
  for (char& c : s)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  return s;
}

}  // namespace kizashi

#include "format/common.h"

#include <cmath>
#include <cstdio>

namespace kizashi {

std::string json_text(const ordered_json& j) { return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); }

ordered_json string_or_null(const std::string& s) { return s.empty() ? ordered_json(nullptr) : ordered_json(s); }

namespace {

// "-2.0", "4", "+1.5": a plain decimal number, which no spreadsheet runs.
bool plain_number(const std::string& s) {
  size_t i = s[0] == '-' || s[0] == '+' ? 1 : 0, digits = 0, dots = 0;
  for (; i < s.size(); ++i) {
    if (s[i] >= '0' && s[i] <= '9') ++digits;
    else if (s[i] == '.' && dots++ == 0) continue;
    else return false;
  }
  return digits > 0;
}

}  // namespace

std::string csv_field(const std::string& raw) {
  // OWASP "CSV injection": a spreadsheet runs a cell that starts with = + - @
  // (or a tab or CR before one) as a formula; a leading ' makes it text.
  std::string s = raw;
  if (!s.empty() && std::string_view("=+-@\t\r").find(s[0]) != std::string_view::npos && !plain_number(s))
    s.insert(0, 1, '\'');
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

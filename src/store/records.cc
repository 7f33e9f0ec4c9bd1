#include "store/records.h"

#include <cstdio>

namespace kizashi {

std::string country_level(const std::string& code) {
  if (code.size() <= 3) return code;
  std::string_view p(code.data(), 3);
  if (p == "IGO" || p == "NGO" || p == "IMG" || p == "MNC") return code;
  return code.substr(0, 3);
}

// Howard Hinnant's days_from_civil / civil_from_days (public domain algorithms).
bool day_number(const std::string& iso, int64_t* day) {
  int y = 0, m = 0, d = 0;
  char tail = 0;
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return false;
  if (std::sscanf(iso.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3) return false;
  static const int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return false;
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (m == 2 && d == 29 && !leap) return false;
  int64_t yy = y - (m <= 2);
  int64_t era = (yy >= 0 ? yy : yy - 399) / 400;
  int64_t yoe = yy - era * 400;
  int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  *day = era * 146097 + doe - 719468;
  return true;
}

std::string day_string(int64_t z) {
  z += 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t y = yoe + era * 400;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int64_t d = doy - (153 * mp + 2) / 5 + 1;
  int64_t m = mp < 10 ? mp + 3 : mp - 9;
  y += (m <= 2);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", static_cast<int>(y), static_cast<int>(m), static_cast<int>(d));
  return buf;
}

}  // namespace kizashi

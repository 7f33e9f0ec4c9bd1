#include "events/dates.h"

#include <cstdio>
#include <string_view>

#include "actors/dictionary.h"

namespace kizashi {

namespace {

// Howard Hinnant's civil-calendar algorithms (public domain).
long days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

void civil_from_days(long z, int& y, unsigned& m, unsigned& d) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = static_cast<int>(yoe) + static_cast<int>(era) * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp + (mp < 10 ? 3 : -9);
  y += m <= 2;
}

std::string fmt(int y, unsigned m = 0, unsigned d = 0) {
  char buf[48];
  if (d) std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
  else if (m) std::snprintf(buf, sizeof buf, "%04d-%02u", y, m);
  else std::snprintf(buf, sizeof buf, "%04d", y);
  return buf;
}

bool parse(const std::string& date, int& y, unsigned& m, unsigned& d) {
  if (!valid_date(date)) return false;
  y = std::stoi(date.substr(0, 4));
  m = static_cast<unsigned>(std::stoi(date.substr(5, 2)));
  d = static_cast<unsigned>(std::stoi(date.substr(8, 2)));
  return true;
}

std::string shift_days(const std::string& date, long delta) {
  int y; unsigned m, d;
  if (!parse(date, y, m, d)) return "";
  civil_from_days(days_from_civil(y, m, d) + delta, y, m, d);
  return fmt(y, m, d);
}

// Reads digits at s[i]; returns the value and advances i (-1 if none).
long number_at(std::string_view s, size_t& i) {
  long v = -1;
  size_t n = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9' && n < 5) {
    v = (v < 0 ? 0 : v * 10) + (s[i] - '0');
    ++i;
    ++n;
  }
  return v;
}

bool at(std::string_view s, size_t i, std::string_view p) { return s.compare(i, p.size(), p) == 0; }

}  // namespace

std::string find_document_date(const std::string& text) {
  std::string_view s(text);
  size_t limit = std::min<size_t>(s.size(), 1 << 16);
  for (size_t i = 0; i < limit; ++i) {
    if (s[i] < '0' || s[i] > '9' || (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')) continue;
    size_t j = i;
    long y = number_at(s, j);
    if (y < 1900 || y > 2100 || j - i != 4) continue;
    std::string_view sep1 = at(s, j, "年") ? "年" : at(s, j, "-") ? "-" : at(s, j, "/") ? "/" : "";
    if (sep1.empty()) continue;
    j += sep1.size();
    long m = number_at(s, j);
    if (m < 1 || m > 12) continue;
    std::string_view sep2 = sep1 == "年" ? "月" : sep1;
    if (!at(s, j, sep2)) continue;
    j += sep2.size();
    long d = number_at(s, j);
    if (d < 1 || d > 31) continue;
    std::string out = fmt(static_cast<int>(y), static_cast<unsigned>(m), static_cast<unsigned>(d));
    if (valid_date(out)) return out;
  }
  return "";
}

std::string resolve_date(const std::string& expression, const std::string& doc_date) {
  std::string_view s(expression);
  int y = 0; unsigned m = 0, d = 0;
  bool have = parse(doc_date, y, m, d);
  // Absolute forms: 2021年5月3日, 2021年5月, 2021年, 5月3日, 5月.
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9' || (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')) continue;
    size_t j = i;
    long a = number_at(s, j);
    if (at(s, j, "年") && a >= 1000 && a <= 2200) {
      j += 3;
      size_t k = j;
      long mo = number_at(s, k);
      if (mo >= 1 && mo <= 12 && at(s, k, "月")) {
        k += 3;
        size_t l = k;
        long da = number_at(s, l);
        if (da >= 1 && da <= 31 && at(s, l, "日")) {
          std::string out = fmt(static_cast<int>(a), static_cast<unsigned>(mo), static_cast<unsigned>(da));
          if (valid_date(out)) return out;
        }
        return fmt(static_cast<int>(a), static_cast<unsigned>(mo));
      }
      return fmt(static_cast<int>(a));
    }
    if (at(s, j, "月") && a >= 1 && a <= 12 && have) {
      j += 3;
      size_t k = j;
      long da = number_at(s, k);
      int year = y;
      if (da >= 1 && da <= 31 && at(s, k, "日")) {
        std::string out = fmt(year, static_cast<unsigned>(a), static_cast<unsigned>(da));
        // A day far after the document date is last year's.
        if (valid_date(out) && out > shift_days(doc_date, 62)) out = fmt(year - 1, static_cast<unsigned>(a), static_cast<unsigned>(da));
        if (valid_date(out)) return out;
      }
      return fmt(year, static_cast<unsigned>(a));
    }
    // A day alone (3日に): this month, or last month when it is still to come.
    if (at(s, j, "日") && !at(s, j + 3, "間") && a >= 1 && a <= 31 && have && !(i >= 3 && at(s, i - 3, "第"))) {
      int yy = y;
      unsigned mm = m;
      if (static_cast<unsigned>(a) > d) {
        if (--mm == 0) { mm = 12; --yy; }
      }
      std::string out = fmt(yy, mm, static_cast<unsigned>(a));
      if (valid_date(out)) return out;
    }
  }
  if (!have) return "";
  struct Rel { std::string_view word; int kind; long value; };
  // kind 0: days, 1: months (YYYY-MM), 2: years (YYYY), 3: weekday, 4: start of this week, 5: week (YYYY-MM)
  static const Rel kRel[] = {
      {"一昨日", 0, -2}, {"おととい", 0, -2}, {"昨日", 0, -1}, {"きのう", 0, -1}, {"今日", 0, 0},
      {"本日", 0, 0}, {"きょう", 0, 0}, {"明日", 0, 1}, {"あす", 0, 1}, {"今週初め", 4, 0},
      {"今週初", 4, 0}, {"週明け", 4, 0}, {"今週", 5, 0}, {"先週", 5, -7}, {"来週", 5, 7},
      {"先月", 1, -1}, {"今月", 1, 0}, {"来月", 1, 1}, {"一昨年", 2, -2}, {"昨年", 2, -1},
      {"去年", 2, -1}, {"今年", 2, 0}, {"本年", 2, 0}, {"来年", 2, 1},
      {"月曜", 3, 0}, {"火曜", 3, 1}, {"水曜", 3, 2}, {"木曜", 3, 3}, {"金曜", 3, 4}, {"土曜", 3, 5}, {"日曜", 3, 6}};
  for (const auto& r : kRel) {
    if (s.find(r.word) == std::string_view::npos) continue;
    long today = days_from_civil(y, m, d);
    long weekday = ((today % 7) + 7 + 3) % 7;  // 0 = Monday (1970-01-01 was a Thursday)
    switch (r.kind) {
      case 0: return shift_days(doc_date, r.value);
      case 1: {
        int yy = y;
        long mm = static_cast<long>(m) + r.value;
        while (mm < 1) { mm += 12; --yy; }
        while (mm > 12) { mm -= 12; ++yy; }
        return fmt(yy, static_cast<unsigned>(mm));
      }
      case 2: return fmt(y + static_cast<int>(r.value));
      case 3: return shift_days(doc_date, -((weekday - r.value + 7) % 7));
      case 4: return shift_days(doc_date, -weekday);
      case 5: {
        std::string day = shift_days(doc_date, r.value);
        return day.substr(0, 7);
      }
    }
  }
  return "";
}

}  // namespace kizashi

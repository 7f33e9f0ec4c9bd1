#include "base/calendar.h"

#include <cstdio>

namespace kizashi {

using namespace std::chrono;

namespace {

bool digits(std::string_view s, size_t from, size_t n) {
  for (size_t i = from; i < from + n; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  return true;
}

int number(std::string_view s, size_t from, size_t n) {
  int v = 0;
  for (size_t i = from; i < from + n; ++i) v = v * 10 + (s[i] - '0');
  return v;
}

}  // namespace

std::optional<Date> parse_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  if (!digits(s, 0, 4) || !digits(s, 5, 2) || !digits(s, 8, 2)) return std::nullopt;
  Date d{year{number(s, 0, 4)}, month{static_cast<unsigned>(number(s, 5, 2))},
         day{static_cast<unsigned>(number(s, 8, 2))}};
  if (!d.ok()) return std::nullopt;
  return d;
}

std::optional<PartialDate> parse_partial_date(std::string_view s) {
  if (s.size() == 10) {
    auto d = parse_date(s);
    if (!d) return std::nullopt;
    return PartialDate{*d, DatePrecision::Day};
  }
  if (s.size() != 4 && !(s.size() == 7 && s[4] == '-')) return std::nullopt;
  if (!digits(s, 0, 4) || (s.size() == 7 && !digits(s, 5, 2))) return std::nullopt;
  const unsigned m = s.size() == 7 ? static_cast<unsigned>(number(s, 5, 2)) : 1;
  Date d{year{number(s, 0, 4)}, month{m}, day{1}};
  if (!d.ok()) return std::nullopt;
  return PartialDate{d, s.size() == 7 ? DatePrecision::Month : DatePrecision::Year};
}

const char* precision_name(DatePrecision p) {
  switch (p) {
    case DatePrecision::Day: return "day";
    case DatePrecision::Month: return "month";
    case DatePrecision::Year: return "year";
  }
  return "day";
}

std::string date_string(const Date& d) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", year_of(d), month_of(d), day_of(d));
  return buf;
}

std::string month_string(int y, unsigned m) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u", y, m);
  return buf;
}

std::string year_string(int y) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d", y);
  return buf;
}

int64_t day_number(const Date& d) { return sys_days(d).time_since_epoch().count(); }

Date day_date(int64_t n) { return Date{sys_days(days(n))}; }

bool day_number(std::string_view iso, int64_t* n) {
  auto d = parse_date(iso);
  if (!d) return false;
  *n = day_number(*d);
  return true;
}

std::string day_string(int64_t n) { return date_string(day_date(n)); }

Date add_days(const Date& d, int64_t n) { return Date{sys_days(d) + days(n)}; }

unsigned weekday_from_monday(const Date& d) { return weekday(sys_days(d)).iso_encoding() - 1; }

unsigned day_of_year(const Date& d) {
  return static_cast<unsigned>((sys_days(d) - sys_days(d.year() / January / 1)).count()) + 1;
}

unsigned days_in_month(int y, unsigned m) {
  return static_cast<unsigned>((year{y} / month{m} / last).day());
}

}  // namespace kizashi

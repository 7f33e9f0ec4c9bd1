#include "events/ja/dates.h"

#include <algorithm>
#include <optional>
#include <string_view>

#include "base/calendar.h"

namespace kizashi::ja {

namespace {

std::optional<Date> make_date(long y, long m, long d) {
  Date date{std::chrono::year{static_cast<int>(y)}, std::chrono::month{static_cast<unsigned>(m)},
            std::chrono::day{static_cast<unsigned>(d)}};
  if (!date.ok()) return std::nullopt;
  return date;
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
    if (auto date = make_date(y, m, d)) return date_string(*date);
  }
  return "";
}

namespace {

// An absolute form at s[i] (2021年5月3日, 2021年5月, 2021年, 5月3日, 5月, 3日);
// nullopt when none starts there. Month and day forms need the document date.
std::optional<std::string> absolute_at(std::string_view s, size_t i, const std::optional<Date>& doc) {
  size_t j = i;
  long a = number_at(s, j);
  if (at(s, j, "年") && a >= 1000 && a <= 2200) {
    j += 3;
    long mo = number_at(s, j);
    if (!(mo >= 1 && mo <= 12 && at(s, j, "月"))) return year_string(static_cast<int>(a));
    j += 3;
    long da = number_at(s, j);
    if (da >= 1 && da <= 31 && at(s, j, "日"))
      if (auto date = make_date(a, mo, da)) return date_string(*date);
    return month_string(static_cast<int>(a), static_cast<unsigned>(mo));
  }
  if (!doc) return std::nullopt;
  const int year = year_of(*doc);
  if (at(s, j, "月") && a >= 1 && a <= 12) {
    j += 3;
    long da = number_at(s, j);
    if (da >= 1 && da <= 31 && at(s, j, "日")) {
      // A day far after the document date is last year's.
      auto date = make_date(year, a, da);
      if (date && *date > add_days(*doc, 62)) date = make_date(year - 1, a, da);
      if (date) return date_string(*date);
    }
    return month_string(year, static_cast<unsigned>(a));
  }
  // A day alone (3日に): this month, or last month when it is still to come.
  if (at(s, j, "日") && !at(s, j + 3, "間") && a >= 1 && a <= 31 && !(i >= 3 && at(s, i - 3, "第"))) {
    int yy = year;
    unsigned mm = month_of(*doc);
    if (static_cast<unsigned>(a) > day_of(*doc) && --mm == 0) {
      mm = 12;
      --yy;
    }
    if (auto date = make_date(yy, mm, a)) return date_string(*date);
  }
  return std::nullopt;
}

// A relative word (昨日, 先月, 水曜, 今週初め ...) against the document date.
std::string relative(std::string_view s, const Date& doc) {
  enum Kind { Days, Months, Years, Weekday, WeekStart, Week };  // Week: the month of the shifted day
  struct Rel { std::string_view word; Kind kind; long value; };
  static const Rel kRel[] = {
      {"一昨日", Days, -2}, {"おととい", Days, -2}, {"昨日", Days, -1}, {"きのう", Days, -1}, {"今日", Days, 0},
      {"本日", Days, 0}, {"きょう", Days, 0}, {"明日", Days, 1}, {"あす", Days, 1}, {"今週初め", WeekStart, 0},
      {"今週初", WeekStart, 0}, {"週明け", WeekStart, 0}, {"今週", Week, 0}, {"先週", Week, -7}, {"来週", Week, 7},
      {"先月", Months, -1}, {"今月", Months, 0}, {"来月", Months, 1}, {"一昨年", Years, -2}, {"昨年", Years, -1},
      {"去年", Years, -1}, {"今年", Years, 0}, {"本年", Years, 0}, {"来年", Years, 1},
      {"月曜", Weekday, 0}, {"火曜", Weekday, 1}, {"水曜", Weekday, 2}, {"木曜", Weekday, 3},
      {"金曜", Weekday, 4}, {"土曜", Weekday, 5}, {"日曜", Weekday, 6}};
  for (const auto& r : kRel) {
    if (s.find(r.word) == std::string_view::npos) continue;
    const long weekday = weekday_from_monday(doc);
    switch (r.kind) {
      case Days: return date_string(add_days(doc, r.value));
      case Months: {
        int yy = year_of(doc);
        long mm = static_cast<long>(month_of(doc)) + r.value;
        while (mm < 1) { mm += 12; --yy; }
        while (mm > 12) { mm -= 12; ++yy; }
        return month_string(yy, static_cast<unsigned>(mm));
      }
      case Years: return year_string(year_of(doc) + static_cast<int>(r.value));
      case Weekday: return date_string(add_days(doc, -((weekday - r.value + 7) % 7)));
      case WeekStart: return date_string(add_days(doc, -weekday));
      case Week: return date_string(add_days(doc, r.value)).substr(0, 7);
    }
  }
  return "";
}

}  // namespace

std::string resolve_date(const std::string& expression, const std::string& doc_date) {
  std::string_view s(expression);
  const std::optional<Date> doc = parse_date(doc_date);
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9' || (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')) continue;
    if (auto d = absolute_at(s, i, doc)) return *d;
  }
  return doc ? relative(s, *doc) : "";
}

}  // namespace kizashi::ja

// base/calendar — the one calendar: ISO dates read, checked, shifted and written.
//
// Contract: a date is a std::chrono::year_month_day of the proleptic
// Gregorian calendar. parse_date() accepts exactly "YYYY-MM-DD" (four, two
// and two ASCII digits) naming a real day (2024-02-29 yes, 2023-02-29 no);
// everything else is nullopt. Day numbers count days since 1970-01-01.
// Formatting writes four-digit years, zero-padded months and days
// ("2025-03-04", "2025-03", "2025"). parse_partial_date() reads the three
// precisions a coded event date has ("YYYY-MM-DD", "YYYY-MM", "YYYY") and gives
// the first day the date covers (2025-02 -> 2025-02-01, 2024 -> 2024-01-01).
// Nothing here throws.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kizashi {

using Date = std::chrono::year_month_day;

std::optional<Date> parse_date(std::string_view iso);
inline bool valid_date(std::string_view iso) { return parse_date(iso).has_value(); }

// How much of a date is known: a day, a month or a year.
enum class DatePrecision { Day, Month, Year };
struct PartialDate {
  Date first;                  // the first day it covers
  DatePrecision precision = DatePrecision::Day;
};
std::optional<PartialDate> parse_partial_date(std::string_view iso);
const char* precision_name(DatePrecision p);  // "day", "month", "year"

std::string date_string(const Date& d);           // YYYY-MM-DD
std::string month_string(int year, unsigned month);  // YYYY-MM
std::string year_string(int year);                // YYYY

// Days since 1970-01-01, and back.
int64_t day_number(const Date& d);
Date day_date(int64_t day);
// The day number of an ISO date; false (and *day untouched) when it is not one.
bool day_number(std::string_view iso, int64_t* day);
std::string day_string(int64_t day);

Date add_days(const Date& d, int64_t days);
unsigned weekday_from_monday(const Date& d);  // 0 = Monday ... 6 = Sunday
unsigned day_of_year(const Date& d);          // 1 = 1 January
unsigned days_in_month(int year, unsigned month);

inline int year_of(const Date& d) { return static_cast<int>(d.year()); }
inline unsigned month_of(const Date& d) { return static_cast<unsigned>(d.month()); }
inline unsigned day_of(const Date& d) { return static_cast<unsigned>(d.day()); }

}  // namespace kizashi

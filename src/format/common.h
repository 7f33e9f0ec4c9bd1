// format/common — what every writer in format/ shares: JSON lines, CSV
// fields, numbers rounded for output, text on one line.
//
// Contract: json_text() dumps a JSON value on one line, UTF-8 as it is and
// invalid bytes as U+FFFD; csv_field() quotes a field (RFC 4180) when it holds
// a comma, quote, CR or LF, and puts a ' before a field that starts with
// = + - @ TAB or CR (a spreadsheet formula) unless it is a plain number; tidy() rounds to 6 decimals (0 for NaN and
// infinities, never -0); fixed() writes `decimals` decimals (no "-0.0", 0 for
// NaN and infinities); one_line() turns every control character into a space.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace kizashi {

using ordered_json = nlohmann::ordered_json;

std::string json_text(const ordered_json& j);
ordered_json string_or_null(const std::string& s);  // "" becomes null
std::string csv_field(const std::string& s);
double tidy(double v);
std::string fixed(double v, int decimals);
std::string one_line(std::string s);

}  // namespace kizashi

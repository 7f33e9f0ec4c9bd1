// events/ja/dates — Japanese document dates and relative date expressions.
//
// Contract: find_document_date() returns the first full date written in the
// text (2024年10月19日, 2024-10-19, 2024/10/19) as YYYY-MM-DD, or "".
// resolve_date() reads one date expression (今日, 昨日, 水曜日, 今週初め,
// 先月, 昨年, 10月1日, 2021年, 2021年5月...) against the document date and
// returns YYYY-MM-DD, YYYY-MM or YYYY; "" when the text holds none. Weekdays
// are the latest such day on or before the document date.
#pragma once

#include <string>

namespace kizashi::ja {

std::string find_document_date(const std::string& text);
std::string resolve_date(const std::string& expression, const std::string& doc_date);

}  // namespace kizashi::ja

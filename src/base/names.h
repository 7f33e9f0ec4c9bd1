// base/names — the names an enumeration is written as, in one table each.
//
// Contract: a Names<E> lists (name, value) pairs in the order they are shown.
// parse_name() sets *out to the value of `name` and returns true, or leaves
// *out untouched and returns false; name_list() writes the names for help and
// error texts ("table, jsonl or csv"); only() picks a subset in its own order.
// Command-line options (cli/options.h), URL parameters and the formats read
// these tables, so a name is written in one place.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kizashi {

template <class E>
using Names = std::vector<std::pair<std::string, E>>;

template <class E>
bool parse_name(const Names<E>& names, std::string_view name, E* out) {
  for (const auto& [n, v] : names)
    if (n == name) {
      *out = v;
      return true;
    }
  return false;
}

template <class E>
std::string name_list(const Names<E>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i)
    out += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + names[i].first;
  return out;
}

template <class E>
Names<E> only(const Names<E>& names, std::initializer_list<std::string_view> keep) {
  Names<E> out;
  for (std::string_view k : keep)
    for (const auto& entry : names)
      if (entry.first == k) out.push_back(entry);
  return out;
}

}  // namespace kizashi

// text/lexicon — the Japanese function-word lists (data/verbs/ja.lexicon).
//
// Contract: load() validates the file (known kinds, non-empty word lists, no
// word listed twice under one kind) and throws InputError naming the line.
// has() is exact-match on a MeCab base form or surface string.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "base/string_hash.h"

namespace kizashi {

class Lexicon {
 public:
  static Lexicon load(const std::string& path);
  bool has(std::string_view kind, std::string_view word) const;  // no string built per call
  const std::unordered_set<std::string>& words(const std::string& kind) const;

 private:
  int bit(std::string_view kind) const;
  std::unordered_map<std::string, std::unordered_set<std::string>> kinds_;
  StringTable<uint32_t> word_kinds_{size_t{1} << 13};  // word -> bit set of kinds
};

}  // namespace kizashi

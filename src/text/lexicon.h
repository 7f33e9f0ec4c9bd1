// text/lexicon — the Japanese function-word lists (data/verbs/ja.lexicon).
//
// Contract: load() validates the file (known kinds, non-empty word lists, no
// word listed twice under one kind) and throws InputError naming the line.
// has() is exact-match on a MeCab base form or surface string.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>

namespace kizashi {

class Lexicon {
 public:
  static Lexicon load(const std::string& path);
  bool has(const std::string& kind, const std::string& word) const;
  const std::unordered_set<std::string>& words(const std::string& kind) const;

 private:
  int bit(const std::string& kind) const;
  std::unordered_map<std::string, std::unordered_set<std::string>> kinds_;
  std::unordered_map<std::string, uint32_t> word_kinds_;  // word -> bit set of kinds
};

}  // namespace kizashi

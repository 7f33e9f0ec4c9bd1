// actors/ja/tokens — how the actor matcher reads single morphemes (internal
// to actors/ja).
//
// skip_token(): punctuation, brackets and an aside's parentheses, which names
// may span (欧州連合(EU), 日米、韓). name_like(): a morpheme that can be part of
// a person's name the dictionary does not know: a 人名 proper noun (李, 明博,
// 高村), the middle dot, or katakana (ライス, ダニエル・フリード, split by MeCab
// as フリー|ド).
#pragma once

#include <string_view>

#include "text/ja/sentence.h"

namespace kizashi::ja {

inline bool skip_token(const Token& t) {
  return t.any(tag::BracketOpen | tag::BracketClose | tag::Comma | tag::Period | tag::Paren);
}

inline bool katakana(std::string_view s) {
  if (s.empty() || s.size() % 3 != 0) return false;
  for (size_t i = 0; i < s.size(); i += 3) {
    // U+30A1..U+30FC (ァ..ー, the middle dot ・ U+30FB included): E3 82 A1..E3 83 BC
    const auto b0 = static_cast<unsigned char>(s[i]), b1 = static_cast<unsigned char>(s[i + 1]),
               b2 = static_cast<unsigned char>(s[i + 2]);
    bool kana = b0 == 0xE3 && ((b1 == 0x82 && b2 >= 0xA1) || (b1 == 0x83 && b2 <= 0xBC));
    if (!kana) return false;
  }
  return true;
}

inline bool name_like(const Token& t) {
  if (t.surface == "・") return true;
  if (t.is(tag::Proper) && t.pos2 == "人名") return true;
  return katakana(t.surface);
}

}  // namespace kizashi::ja

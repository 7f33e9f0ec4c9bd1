// text/ja/particles — what a chunk's function words mark (internal to
// text/ja/chunk).
//
// Contract: case_of() maps the function words after a chunk's content (their
// surface strings joined, punctuation and a leading adverbial particle left
// out) to the case they mark, compound particles first (に対し, について,
// によると, への ...); the predicate flag decides the few that differ (で).
#pragma once

#include <cstring>
#include <string>
#include <string_view>

#include "text/ja/sentence.h"

namespace kizashi::ja {

// The chunk's function words, and what they mark besides the case.
struct FunctionWords {
  std::string text;  // without punctuation and a leading adverbial particle (などが → が)
  bool copula = false, conj_particle = false;
  // (Equality tests of a literal's length, which the compiler inlines: chunking
  // asks some thirty of them per chunk.)
  bool has(std::string_view p) const {
    return text.size() >= p.size() && std::memcmp(text.data(), p.data(), p.size()) == 0;
  }
  bool ends(std::string_view p) const {
    return text.size() >= p.size() && std::memcmp(text.data() + text.size() - p.size(), p.data(), p.size()) == 0;
  }
};

// The case the function words mark, compound particles first.
Case case_of(const FunctionWords& fn, bool predicate);

}  // namespace kizashi::ja

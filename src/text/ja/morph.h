// text/ja/morph — Japanese morphology with MeCab (IPADIC) through its C++ API.
//
// Contract: Morphology::open() loads the system dictionary (always given
// explicitly: IPADIC UTF-8) and kizashi's user dictionary once; it throws
// std::runtime_error with a one-line reason when MeCab or a dictionary is
// missing. tokenize() is thread-safe (one lattice per call on a shared model)
// and fills Token::{surface, pos..., tags, base, begin, end, quote_depth};
// parenthesised asides are marked (mark_asides).
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "text/ja/sentence.h"

namespace MeCab { class Model; }

namespace kizashi::ja {

// The tag:: bits for an IPADIC part of speech (pos, pos1, pos2).
uint32_t pos_tags(std::string_view pos, std::string_view pos1, std::string_view pos2);

// Marks each parenthesised aside of a tokenised sentence: a '(' with its
// matching ')' get tag::Paren, they and every token between tag::Aside.
void mark_asides(std::vector<Token>& tokens);

class Morphology {
 public:
  // `userdic` may be empty (no user dictionary).
  static std::shared_ptr<Morphology> open(const std::string& dicdir, const std::string& userdic);
  ~Morphology();

  std::vector<Token> tokenize(const std::string& sentence) const;

 private:
  struct PosCache;
  struct Worker;
  Morphology();
  MeCab::Model* model_ = nullptr;
  uint64_t generation_ = 0;
  mutable std::mutex mu_;
  mutable std::vector<std::unique_ptr<Worker>> workers_;
};

}  // namespace kizashi::ja

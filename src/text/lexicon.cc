#include "text/lexicon.h"

#include <iterator>

#include "base/datafile.h"

namespace kizashi {

namespace {
const char* const kKinds[] = {"speech", "light", "intent", "purpose", "negation", "passive",
                              "person_ref", "place_ref", "pair_ref", "count_ref", "speaker", "no_actor", "agentive", "place", "nationality", "title", "conflict", "claim"};
static_assert(std::size(kKinds) <= 32);
}

Lexicon Lexicon::load(const std::string& path) {
  DataFile file(path, "lexicon");
  Lexicon lx;
  for (const char* k : kKinds) lx.kinds_[k];
  for (DataLine line; file.next(line);) {
    size_t tab = line.text.find('\t');
    if (tab == std::string::npos) line.fail("expected KIND<TAB>WORD|WORD...");
    std::string kind = line.text.substr(0, tab);
    auto it = lx.kinds_.find(kind);
    if (it == lx.kinds_.end()) line.fail("unknown kind '" + kind + "'");
    for (const auto& w : split_fields(std::string_view(line.text).substr(tab + 1), "|")) {
      if (w.empty()) line.fail("empty word");
      if (!it->second.insert(w).second) line.fail("word '" + w + "' listed twice");
      lx.word_kinds_[w] |= 1u << lx.bit(kind);
    }
  }
  return lx;
}

int Lexicon::bit(std::string_view kind) const {
  for (size_t i = 0; i < std::size(kKinds); ++i)
    if (kind == kKinds[i]) return static_cast<int>(i);
  return -1;
}

bool Lexicon::has(std::string_view kind, std::string_view word) const {
  const uint32_t* kinds = word_kinds_.find(word);
  if (kinds == nullptr) return false;
  int b = bit(kind);
  return b >= 0 && (*kinds >> b) & 1u;
}

const std::unordered_set<std::string>& Lexicon::words(const std::string& kind) const {
  static const std::unordered_set<std::string> empty;
  auto it = kinds_.find(kind);
  return it == kinds_.end() ? empty : it->second;
}

}  // namespace kizashi

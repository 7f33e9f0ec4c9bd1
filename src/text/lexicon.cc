#include "text/lexicon.h"

#include <fstream>
#include <iterator>

#include "ingest/input_error.h"

namespace kizashi {

namespace {
const char* const kKinds[] = {"speech", "light", "intent", "purpose", "negation", "passive",
                              "person_ref", "place_ref", "pair_ref", "count_ref", "speaker", "no_actor", "agentive", "place", "nationality", "title", "conflict", "claim"};
static_assert(std::size(kKinds) <= 32);
}

Lexicon Lexicon::load(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw InputError(path + ": cannot open lexicon");
  Lexicon lx;
  for (const char* k : kKinds) lx.kinds_[k];
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    auto where = [&] { return path + ": line " + std::to_string(n) + ": "; };
    size_t tab = line.find('\t');
    if (tab == std::string::npos) throw InputError(where() + "expected KIND<TAB>WORD|WORD...");
    std::string kind = line.substr(0, tab);
    auto it = lx.kinds_.find(kind);
    if (it == lx.kinds_.end()) throw InputError(where() + "unknown kind '" + kind + "'");
    std::string rest = line.substr(tab + 1);
    size_t start = 0;
    while (start <= rest.size()) {
      size_t bar = rest.find('|', start);
      if (bar == std::string::npos) bar = rest.size();
      std::string w = rest.substr(start, bar - start);
      if (w.empty()) throw InputError(where() + "empty word");
      if (!it->second.insert(w).second) throw InputError(where() + "word '" + w + "' listed twice");
      lx.word_kinds_[w] |= 1u << lx.bit(kind);
      start = bar + 1;
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

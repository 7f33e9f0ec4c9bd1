#include "text/ja/lexicon.h"

#include "base/datafile.h"

namespace kizashi::ja {

namespace {

constexpr const char* kNames[] = {"speech",     "light",  "intent",    "purpose",   "negation", "passive",
                                  "person_ref", "place_ref", "pair_ref", "count_ref", "speaker",  "no_actor",
                                  "agentive",   "place",  "nationality", "title",    "conflict", "claim",
                                  "organ",      "citation", "adverbial", "content",  "light_ni", "faction",
                                  "receptive", "official", "elliptic", "institution", "team",
                                  "imperative", "resolve", "occur", "deed", "conjunction", "text", "others", "spread",
                                  "origin"};
static_assert(std::size(kNames) == kWordKinds, "one file name per Word kind");
static_assert(kWordKinds <= 64, "kinds are bits of a uint64_t");

}  // namespace

const char* kind_name(Word w) { return kNames[static_cast<size_t>(w)]; }

Lexicon Lexicon::load(const std::string& path) {
  DataFile file(path, "lexicon");
  Lexicon lx;
  for (DataLine line; file.next(line);) {
    size_t tab = line.text.find('\t');
    if (tab == std::string::npos) line.fail("expected KIND<TAB>WORD|WORD...");
    std::string kind = line.text.substr(0, tab);
    size_t k = 0;
    while (k < kWordKinds && kind != kNames[k]) ++k;
    if (k == kWordKinds) line.fail("unknown kind '" + kind + "'");
    for (const auto& w : split_fields(std::string_view(line.text).substr(tab + 1), "|")) {
      if (w.empty()) line.fail("empty word");
      if (!lx.words_[k].insert(w).second) line.fail("word '" + w + "' listed twice");
      lx.word_kinds_[w] |= uint64_t{1} << k;
    }
  }
  return lx;
}

}  // namespace kizashi::ja

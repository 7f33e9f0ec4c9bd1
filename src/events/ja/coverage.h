// events/ja/coverage — which predicates take two actors, and whether the
// pattern dictionary codes them (issue 12: coverage, measured systematically).
//
// Contract: two_actor_predicates() reads one analysed ja::Sentence (chunks,
// heads, group links and actor mentions, as the actor stage leaves them) and
// never changes it. A predicate chunk (Chunk::predicate with a lemma, as the
// coder runs over them) takes two actors when its arguments name actors of at
// least two country keys (base/actor_code.h country_key: JPN, USA, IGOUNO;
// an agent without a country does not count). Its arguments are:
//   - the chunks that depend on it directly, except places and means (で, まで)
//     and quotations (「…」と), each with the conjuncts of its group
//     (Sentence::joined) and the chunks modifying it with の/への/との;
//   - its own chunk (日米首脳会談へ), and for a relative clause (中国を訪問した
//     首相) the noun it modifies;
//   - when it has no subject of its own (が/は/も), the nearest topic (は/も)
//     before it at its quotation depth, as the coder reads a shared topic.
// Each such predicate gets a key: a verb its base form (抗議する → 抗議, 求める);
// a light verb (lexicon kinds light and intent: 行う, 実施, 検討) with a
// verbal-noun object, or passive with it as subject, the noun (会談を行う →
// 会談); a compound noun (電話会談, 日米首脳会談) its longest suffix that is a
// pattern predicate, else its last noun. A key of punctuation only (a
// citation line MeCab read as a noun: ")。") is no predicate. key_status() says whether the
// patterns code a key (any pattern of that predicate, with or without obj=),
// the non-events list names it, or it is open. CoverageTally counts keys over
// documents, keeping the first sentence of each (cut to about 60 characters
// that end just after the predicate); rows() sorts them by count (then key),
// summarise() gives the figures of the top N.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/string_hash.h"
#include "events/ja/nonevents.h"
#include "events/ja/patterns.h"
#include "text/ja/lexicon.h"
#include "text/ja/sentence.h"

namespace kizashi::ja {

struct TwoActorPredicate {
  int chunk = -1;
  uint32_t end = 0;  // the byte after the predicate chunk in Sentence::text
  std::string key;
  std::vector<std::string> countries;  // the country keys of its actors, each once, in order (≥ 2)
};

std::vector<TwoActorPredicate> two_actor_predicates(const Sentence& s, const Lexicon& lexicon,
                                                    const PatternSet& patterns);

enum class KeyStatus : uint8_t { Coded, NonEvent, Open };
const char* status_name(KeyStatus s);  // "coded", "non-event", "open"
KeyStatus key_status(const std::string& key, const PatternSet& patterns, const NonEvents& nonevents);

struct CoverageRow {
  std::string key;
  long count = 0;
  KeyStatus status = KeyStatus::Open;
  std::string example;  // the first sentence it was found in, about 60 characters ending at the predicate
};

struct CoverageSummary {
  long occurrences = 0;          // two-actor predicates, all keys
  size_t keys = 0;
  size_t top = 0;                // keys in the top N (N or fewer)
  size_t coded = 0, nonevent = 0, open = 0;  // of the top N keys
  long covered_occurrences = 0;  // occurrences of coded and non-event keys, all keys
  double occurrence_share() const { return occurrences ? 100.0 * covered_occurrences / occurrences : 0; }
  double top_share() const { return top ? 100.0 * (coded + nonevent) / top : 0; }
};

class CoverageTally {
 public:
  // One occurrence of `key`; `at` is the byte after its predicate in `sentence`.
  void add(const std::string& key, const std::string& sentence, size_t at);
  // Every key, most frequent first (ties by key), with its status.
  std::vector<CoverageRow> rows(const PatternSet& patterns, const NonEvents& nonevents) const;
  static CoverageSummary summarise(const std::vector<CoverageRow>& rows, size_t top);

 private:
  struct Count {
    long n = 0;
    std::string example;
  };
  StringMap<Count> counts_;
};

}  // namespace kizashi::ja

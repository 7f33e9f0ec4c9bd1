// events/ja/nonevents — predicates between two actors that are no political
// event (data/verbs/ja.nonevents): the other half of the coverage measure.
//
// Contract: NonEvents::load() reads "KEY | CLASS | NOTE" lines (format and the
// classes in the file's header) through base/datafile.h: KEY is one word (a
// verb base form or a noun, as `kizashi coverage` keys predicates), CLASS one
// of reasons(), NOTE an English gloss or a short example ('-' for none). It
// throws InputError "PATH: line N: MESSAGE" for a malformed line, an unknown
// class, a key listed twice and a key that is also the predicate of a pattern
// in `patterns` (a predicate is coded or not an event, never both). The coder
// never reads this list; the coverage stage (events/ja/coverage.h) does.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/string_hash.h"
#include "events/ja/patterns.h"

namespace kizashi::ja {

struct NonEvent {
  std::string key, reason, note;
  int line = 0;
};

class NonEvents {
 public:
  static NonEvents load(const std::string& path, const PatternSet& patterns);
  // The reason classes, in the order of the file's header.
  static const std::vector<std::string>& reasons();

  const NonEvent* find(std::string_view key) const;
  const std::vector<NonEvent>& all() const { return entries_; }

 private:
  std::vector<NonEvent> entries_;
  StringMap<size_t> by_key_;
};

// Is `key` the predicate of a pattern (with or without obj=)?
bool pattern_predicate(const PatternSet& patterns, const std::string& key);

}  // namespace kizashi::ja

#include "events/ja/nonevents.h"

#include <algorithm>

#include "base/datafile.h"

namespace kizashi::ja {

const std::vector<std::string>& NonEvents::reasons() {
  static const std::vector<std::string> kReasons{
      "speech", "attend", "state", "cognition", "motion", "relation", "domestic", "media",
      "sport", "business", "culture", "crime", "incident", "noun", "vague"};
  return kReasons;
}

bool pattern_predicate(const PatternSet& patterns, const std::string& key) {
  // With no compound, candidates() answers the patterns whose predicate is `key` itself.
  return !patterns.candidates(key, "").empty();
}

NonEvents NonEvents::load(const std::string& path, const PatternSet& patterns) {
  DataFile file(path, "non-event predicates");
  NonEvents ne;
  const auto& classes = reasons();
  for (DataLine line; file.next(line);) {
    auto f = split_trimmed(line.text, " | ");
    if (f.size() != 3 || f[0].empty() || f[1].empty() || f[2].empty())
      line.fail("expected 'KEY | CLASS | NOTE' (NOTE may be '-')");
    NonEvent e{f[0], f[1], f[2], line.number};
    if (e.key.find_first_of(" \t") != std::string::npos) line.fail("key '" + e.key + "' must be one word");
    if (std::find(classes.begin(), classes.end(), e.reason) == classes.end())
      line.fail("unknown class '" + e.reason + "' (see the file's header)");
    if (auto it = ne.by_key_.find(e.key); it != ne.by_key_.end())
      line.fail("'" + e.key + "' listed twice (first on line " + std::to_string(ne.entries_[it->second].line) + ")");
    if (pattern_predicate(patterns, e.key))
      line.fail("'" + e.key + "' is the predicate of a pattern in the event patterns; a predicate is coded or "
                "not an event, not both");
    ne.by_key_.emplace(e.key, ne.entries_.size());
    ne.entries_.push_back(std::move(e));
  }
  return ne;
}

const NonEvent* NonEvents::find(std::string_view key) const {
  auto it = by_key_.find(key);
  return it == by_key_.end() ? nullptr : &entries_[it->second];
}

}  // namespace kizashi::ja

// actors/labels — English display names for actor codes (graph labels).
//
// Contract: load_actor_labels(dir) reads the code and English columns of
// countries.tsv and organizations.tsv; label() names a code: a known code by
// its name, a country + agent code as "Japan GOV", anything else as itself.
// name() is the English name an event file gives an actor, as GDELT names it:
// its country's when the code starts with one (JPNGOV -> Japan, USAMIL ->
// United States), else the code's own (IGOUNO -> United Nations), else "".
// A missing or unreadable file gives an empty table, never an error (labels
// are decoration; the dictionaries are validated by ActorDictionary::load).
#pragma once

#include <string>
#include <unordered_map>

namespace kizashi {

class ActorLabels {
 public:
  static ActorLabels load(const std::string& data_dir);
  std::string label(const std::string& code) const;
  std::string name(const std::string& code) const;

 private:
  std::unordered_map<std::string, std::string> names_;
  std::unordered_map<std::string, std::string> countries_;  // countries.tsv alone
};

}  // namespace kizashi

// actors/labels — English display names for actor codes (graph labels).
//
// Contract: load_actor_labels(dir) reads the code and English columns of
// countries.tsv and organizations.tsv; label() names a code: a known code by
// its name, a country + agent code as "Japan GOV", anything else as itself.
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

 private:
  std::unordered_map<std::string, std::string> names_;
};

}  // namespace kizashi

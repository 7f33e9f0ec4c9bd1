// actors/ja/matcher — finds actor mentions in chunked sentences.
//
// Contract: match() appends to Sentence::mentions every actor named in the
// sentence: dictionary names (longest match over consecutive morphemes),
// compounds of country + agent (米国務副長官 → USAGOV, 中国軍 → CHNMIL),
// abbreviations in compounds (日米韓), capitals as governments, people
// resolved at `date`, coordinated groups (米国、日本、韓国は), の-modifiers
// giving an agent its country (日本の外相), and references resolved from the
// ActorContext (同氏, 同国, 両国, 3カ国). Speaker words (我々) are marked for the
// events stage. The context is updated with what the sentence mentioned.
#pragma once

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "actors/dictionary.h"
#include "base/string_hash.h"
#include "text/ja/sentence.h"
#include "text/ja/lexicon.h"

namespace kizashi::ja {

// What earlier sentences of the same document mentioned.
struct ActorContext {
  struct Seen {
    std::vector<std::string> codes;
    std::string text;
    std::vector<std::string> ids;
  };
  Seen last_person, last_country;
  std::unordered_map<std::string, Seen> last_by_agent;  // GOV -> last government actor named
  std::vector<Seen> people_seen;                        // people named so far (for 王氏 after 王毅外相)
  std::vector<Seen> groups;                         // coordinated groups, oldest first
  std::unordered_map<std::string, double> salience; // country -> weight
  std::vector<std::string> first_seen;              // countries in order of appearance
};

// The kinds of words that refer to an actor named elsewhere.
enum class Ref : uint8_t {
  None,
  Person,   // 同氏: the last person
  Place,    // 同国: the last country
  Pair,     // 両国, 両首脳: two sides
  Count,    // 3カ国: a group of that size
  Speaker,  // 我々: the speaker of the quotation
  Surname,  // 王氏 after 王毅外相: the person named in full before
};

class ActorMatcher {
 public:
  ActorMatcher(const ActorDictionary& dict, const Lexicon& lexicon);
  void match(Sentence& s, const std::string& date, ActorContext& ctx) const;

 private:
  void find_in_chunk(Sentence& s, int c, const std::string& date, const ActorContext& ctx) const;
  bool title_at(const Sentence& s, int t, int end) const;
  const ActorDictionary& dict_;
  const Lexicon& lx_;
  // Every leading part of every name and reference word, with what the whole
  // text is when it is one: the scan over consecutive morphemes looks up one
  // table per step and stops as soon as the text is no such prefix.
  struct Name {
    const std::vector<ActorEntry>* entries = nullptr;  // dictionary entries
    Ref ref = Ref::None;  // last reference kind listing it (同氏, 同国, 両国, 我々)
  };
  StringTable<Name> names_{size_t{1} << 16};
  const std::unordered_set<std::string>& nationality_;  // the lexicon's 人, 系 ...: 日本人 is the country's people
};

}  // namespace kizashi::ja

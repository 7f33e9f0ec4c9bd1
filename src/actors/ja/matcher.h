// actors/ja/matcher — finds actor mentions in chunked Japanese sentences.
//
// Contract: match() fills Sentence::mentions with every actor named in the
// sentence: dictionary names (longest match over consecutive morphemes),
// compounds of country + agent (米国務副長官 → USAGOV, 中国軍 → CHNMIL),
// abbreviations in compounds (日米韓), capitals as governments, people
// resolved at `date`, coordinated groups (米国、日本、韓国は; the conjuncts are
// recorded in Sentence::joined, the chunks are left as text/ made them),
// の-modifiers giving an agent its country (日本の外相), and references
// resolved from the Discourse (同氏, 同国, 両国, 3カ国, 報道官). Speaker words
// (我々) are marked for the events stage. After the sentence, the discourse
// is told what it mentioned (Discourse::remember). The matcher itself is
// read-only and may serve several threads.
#pragma once

#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "actors/dictionary.h"
#include "actors/ja/titles.h"
#include "base/string_hash.h"
#include "discourse/discourse.h"
#include "text/ja/lexicon.h"
#include "text/ja/sentence.h"

namespace kizashi::ja {

// The kinds of words that refer to an actor named elsewhere.
enum class Ref : uint8_t {
  None,
  Person,   // 同氏: the last person
  Place,    // 同国: the last country
  Pair,     // 両国, 両首脳: two sides
  Count,    // 3カ国: a group of that size
  Speaker,  // 我々: the speaker of the quotation
  Surname,  // 王氏 after 王毅外相: the person named in full before
  Organ,    // 理事会, 同委員会 alone: an organ of the last organisation named
};

class ActorMatcher {
 public:
  ActorMatcher(const ActorDictionary& dict, const Lexicon& lexicon, const Titles& titles);
  void match(Sentence& s, const std::string& date, Discourse& discourse) const;

 private:
  // A name found in a chunk: a dictionary entry, or a reference word.
  struct Item {
    int begin, end;  // tokens
    EntryKind kind;
    const ActorEntry* entry = nullptr;
    Ref ref = Ref::None;
    int count = 0;                       // 3 in 3カ国
    std::string agent;                   // agent implied by the word itself (日本人 → CVL)
    const Referent* referent = nullptr;  // Surname: the person named in full before
  };
  struct Longest;

  // Phase 1 (matcher.cc): the names in one chunk, left to right.
  std::vector<Item> scan_chunk(const Sentence& s, int c, const std::string& date, const Discourse& d) const;
  const ActorEntry* most_specific(const std::vector<ActorEntry>& entries, const std::string& date) const;
  std::optional<Item> elliptic_name(const Sentence& s, int c, int i, const Discourse& d) const;
  Longest longest_name(const Sentence& s, int i, int end, std::string& text) const;
  std::optional<Item> unlisted_name(const Sentence& s, int i, int end, const Discourse& d) const;
  std::optional<Item> surname_at(const Sentence& s, int i, int end, const Discourse& d) const;
  std::optional<Item> minister_at(const Sentence& s, int i, int floor) const;
  bool title_follows(const Sentence& s, int t, int end) const;
  std::vector<Item> nationality_items(const Token& t, int i) const;
  // Phase 2 (mention.cc): each run of glued names becomes one mention.
  // Phase 3 (passes.cc, SentencePasses): coordination, agents' countries, the discourse.
  void mentions_in_chunk(Sentence& s, int c, const std::string& date, const Discourse& d) const;
  std::optional<Mention> mention_of(Sentence& s, int c, const Item* first, const Item* last, int floor,
                                    const std::string& date, const Discourse& d) const;
  bool compound_is_no_actor(const Sentence& s, const Mention& m, int end) const;
  void name_the_person(const Sentence& s, Mention& m, const Item* first, const Item* last, int floor) const;
  bool glued(const Sentence& s, const Item& a, const Item& b) const;
  void read_title(const Sentence& s, const std::vector<const Item*>& agents, Mention& m) const;
  std::vector<std::string> country_codes(const std::vector<const Item*>& countries, const Item* agent,
                                         bool people) const;
  bool resolve_reference(Sentence& s, Mention& m, const Item& ref, const Discourse& d) const;
  void merge_pair_word(Sentence& s, Mention& m, const std::string& words) const;
  std::string agent_named(std::string_view word) const;
  std::string written_name(const Sentence& s, const Item* person, const Item* last) const;
  std::string counted_agent(std::string_view words) const;
  const Mention* person_in_sentence(const Sentence& s, int chunk) const;
  // Is the name at token i a Latin abbreviation in an aside after a word no
  // item names, or after an item of another entry (`pick` is the aside's own)?
  bool abbreviation_of_unknown(const Sentence& s, int i, int first, const std::vector<Item>& items,
                               const ActorEntry* pick) const;
  bool agent_of_group(const Sentence& s, Mention& m, const Item& group, const Item& agent) const;
  // Where a country's official form ends after its name at `from` (・イスラム共和国, 王国).
  int official_form_end(const Sentence& s, int from, int end) const;
  bool part_of_other_word(const Sentence& s, const Item& it, int end) const;
  bool modifies_a_noun(const Sentence& s, const Mention& m, const Item& first) const;
  bool title_at(const Sentence& s, int t, int end) const;
  bool organ_at(const Sentence& s, int t, int end) const;
  bool faction_at(const Sentence& s, int t, int end) const;

  const ActorDictionary& dict_;
  const Lexicon& lx_;
  const Titles& titles_;
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

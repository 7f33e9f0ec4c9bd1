// actors/ja/passes — phase 3 of the matcher, over the whole sentence (internal
// to actors/ja): nationals the dictionary does not know (モロッコ生まれの…ブチュタ
// 氏), coordinated groups (米国、日本、韓国は; ロシアの大使とウクライナの
// 大使が), agents taking their country from a の-modifier (日本の外相) or from
// the discourse (報道官 → the last government named), the group links
// published to Sentence::joined, and what the sentence mentioned told to the
// discourse. The chunks stay as text/ja made them: the passes read the heads
// over the group links they have found.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

#include "discourse/discourse.h"
#include "text/ja/lexicon.h"
#include "text/ja/sentence.h"

namespace kizashi::ja {

class SentencePasses {
 public:
  SentencePasses(Sentence& s, Discourse& discourse, const Lexicon& lexicon);
  void name_nationals();
  void coordinate();
  void give_agents_countries();
  void default_government(Mention& m);
  void publish_groups();
  void remember();

 private:
  Mention* head_mention(int chunk);
  std::pair<int, int> honorific_name(int c) const;
  const Mention* origin_modifier(int c) const;
  // The chunk c depends on, over the groups found so far.
  int head(int c) const { return joined_.empty() || joined_[c] < 0 ? s_.chunks[c].head : joined_[c]; }
  const Mention* country_modifier(const Mention& agent) const;
  // A chunk that is only a conjunction between nouns (lexicon: conjunction; 及び, 並びに).
  bool is_conjunction(int c) const;
  const Mention* country_in_compound(const Mention& agent) const;
  const Mention* earlier_with_agent(const Mention& m, const std::string& agent) const;
  bool same_office_named(const Mention& m, const std::string& agent) const;
  // The person named right before a title, with only an aside between, or nullptr.
  const Mention* named_holder(const Mention& m) const;
  // Armed forces, police and intelligence (MIL, REB, COP, SPY): agents a setting gives a country.
  static bool armed_agent(std::string_view agent);
  // The one country the sentence names as a place (トーゴで, カブール付近の), or nullptr.
  const Mention* setting(const Mention& agent) const;
  // A kanji surname of two kanji or more right before the title, opening the chunk (岸田外務大臣は).
  bool japanese_surname(const Mention& m) const;
  bool posted_abroad(const Mention& m) const;
  Sentence& s_;
  Discourse& discourse_;
  const Lexicon& lexicon_;
  std::vector<int> joined_;  // per chunk: the chunk it joins, or -1 (empty until a group is found)
};

}  // namespace kizashi::ja

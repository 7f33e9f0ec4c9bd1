// actors/ja/passes — phase 3 of the matcher, over the whole sentence (internal
// to actors/ja): coordinated groups (米国、日本、韓国は; ロシアの大使とウクライナの
// 大使が), agents taking their country from a の-modifier (日本の外相) or from
// the discourse (報道官 → the last government named), the group links
// published to Sentence::joined, and what the sentence mentioned told to the
// discourse. The chunks stay as text/ja made them: the passes read the heads
// through their own copy, which the groups they find rewrite.
#pragma once

#include <vector>

#include "discourse/discourse.h"
#include "text/ja/sentence.h"

namespace kizashi::ja {

class SentencePasses {
 public:
  SentencePasses(Sentence& s, Discourse& discourse);
  void coordinate();
  void give_agents_countries();
  void publish_groups();
  void remember();

 private:
  Mention* head_mention(int chunk);
  const Mention* country_modifier(const Mention& agent) const;
  Sentence& s_;
  Discourse& discourse_;
  std::vector<int> heads_;   // the chunks' heads, with the groups found so far
  std::vector<int> joined_;  // per chunk: the chunk it joins, or -1
};

}  // namespace kizashi::ja

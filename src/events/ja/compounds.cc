// events/ja/compounds — Roles over compounds: a country that opens a
// compound stands for what the compound names (中国漁船の船長, 米軍需企業7社);
// an object noun matches a pattern with or without its quantity (弾道ミサイル6発);
// a bracketed name stands for the noun before it (共同訓練「…」を).
// Part of Roles (events/ja/roles.h states the contract).
#include <algorithm>

#include "events/ja/roles.h"

namespace kizashi::ja {

using namespace std::literals;

// A modifier's actor: its head mention, else a country opening its compound
// (中国漁船の船長, パキスタン高等弁務官事務所の外交官: the country's).
std::optional<Actor> Roles::modifier_actor(int k) const {
  if (auto a = chunk_actor(k, false)) return a;
  return compound_country(k);
}

// Does the chunk's compound name a role after its first word (米軍需企業7社: 企業)?
bool Roles::role_in_compound(int c) const {
  for (const auto& m : s_.mentions)
    if (m.chunk == c && m.agent_only && !m.head && m.token_begin > ch(c).first) return true;
  return false;
}

// Does the chunk's compound end in a content noun (安保理決議, 政府声明)?
bool Roles::content_tail(int k) const {
  const std::string& noun = ch(k).noun;
  const auto& words = lx_.words(Word::Content);
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& w) { return noun.size() > w.size() && noun.ends_with(w); });
}

std::optional<Actor> Roles::compound_country(int k) const {
  // メキシコ代表の監督: a national team is no actor of its country.
  for (const auto& team : lx_.words(Word::Team))
    if (ch(k).noun.find(team) != std::string::npos) return std::nullopt;
  for (const auto& m : s_.mentions)
    if (m.chunk == k && !m.head && !m.quoted_term && !m.agent_only && m.token_begin == ch(k).first &&
        m.codes.size() == 1 && !m.person)
      return from_mention(m, quote_of_chunk(k));
  return std::nullopt;
}

// The chunk's noun without a quantity after it (弾道ミサイル6発, 艦艇約3隻 →
// 弾道ミサイル, 艦艇), or "" when it ends in none.
std::string Roles::without_quantity(int c) const {
  const Chunk& k = ch(c);
  int cut = k.content_end;
  if (cut - 2 >= k.first && s_.tokens[cut - 1].is(tag::Suffix) && s_.tokens[cut - 2].is(tag::Number)) cut -= 1;
  while (cut - 1 > k.first && s_.tokens[cut - 1].is(tag::Number)) --cut;
  if (cut - 1 > k.first && s_.tokens[cut - 1].is(tag::Prefix)) --cut;  // 約
  if (cut == k.content_end || cut <= k.first) return "";
  std::string quantity;
  for (int t = cut; t < k.content_end; ++t) quantity += s_.tokens[t].surface;
  const std::string& noun = k.noun;
  if (noun.size() <= quantity.size() || !noun.ends_with(quantity)) return "";
  return noun.substr(0, noun.size() - quantity.size());
}

size_t Roles::object_match(const Pattern& pat, int obj) const {
  if (pat.objects.empty() || obj < 0) return 0;
  size_t best = 0;
  std::vector<std::string> nouns{ch(obj).noun};
  if (std::string bare = without_quantity(obj); !bare.empty()) nouns.push_back(bare);
  for (int k : children_[obj]) {
    if (ch(k).noun.find("など") != std::string::npos || text_of(k).find("など") != std::string::npos)
      nouns.push_back(ch(k).noun);
    if (k == obj - 1 && ch(k).kase == Case::No) nouns.push_back(ch(k).noun + "の" + ch(obj).noun);  // 遺憾の|意
  }
  for (const auto& noun : nouns)
    for (const auto& o : pat.objects)
      if (noun.size() >= o.size() && noun.compare(noun.size() - o.size(), o.size(), o) == 0)
        best = std::max(best, o.size());
  return best;
}

int Roles::object_chunk(int p) const {
  // 外交官を…として国外退去を命じた: with two, the one next to the verb is its object.
  for (auto it = children_[p].rbegin(); it != children_[p].rend(); ++it)
    if (ch(*it).kase == Case::Wo) return named_noun(*it);
  return -1;
}

// 共同訓練「フリーダム・エッジ」を: a chunk that is only a name in brackets
// stands for the bare noun right before it, which the name names.
int Roles::named_noun(int c) const {
  const Chunk& q = ch(c);
  for (int t = q.first; t < q.content_end; ++t) {
    const std::string& w = s_.tokens[t].surface;
    if (s_.tokens[t].quote_depth == 0 && w != "「" && w != "」" && w != "『" && w != "』") return c;
  }
  const int before = c - 1;
  if (before < 0 || head(before) != c || ch(before).kase != Case::None || ch(before).predicate) return c;
  if (!s_.tokens[ch(before).content_end - 1].is(tag::Noun)) return c;
  return before;
}

}  // namespace kizashi::ja

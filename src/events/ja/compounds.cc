// events/ja/compounds — Roles over compounds: a country that opens a
// compound stands for what the compound names (中国漁船の船長, 米軍需企業7社).
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

}  // namespace kizashi::ja

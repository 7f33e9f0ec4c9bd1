// events/ja/settings — a meeting named as the setting of another act
// (sentence_coder.h): 両国の実務協議において合意した, 日韓首脳会談で話し合われた,
// AとBとの協議で確認した. The meeting is an act of its own, its participants
// are named inside it, and a joint act stated there (合意, 調印) is theirs.
#include <algorithm>
#include <set>

#include "base/actor_code.h"
#include "events/ja/sentence_coder.h"

namespace kizashi::ja {

namespace {

// Two or more countries (or organisations) among the codes.
bool several_sides(const std::vector<std::string>& codes) {
  std::set<std::string_view> sides;
  for (const auto& c : codes) sides.insert(country_or_sector(c));
  return sides.size() >= 2;
}

}  // namespace

// The meeting pattern a chunk names as the setting of its head predicate
// (で, において), or nullptr: the head states an act that happened (not
// negated, no condition, no plan).
const Pattern* SentenceCoder::setting_pattern(int c) const {
  const Chunk& k = roles_.ch(c);
  const int h = roles_.head(c);
  if (k.predicate || k.kase != Case::De || h < 0 || !roles_.ch(h).predicate) return nullptr;
  if (blocked(h) || intent_form(h)) return nullptr;
  for (const Pattern* pat : res_.patterns.candidates(s_.tokens[k.content_end - 1].surface, k.noun))
    if (pat->mutual && pat->objects.empty() && root_in(pat->code, {"04"})) return pat;
  return nullptr;
}

// Who takes part in the meeting chunk c: its own compound (日韓首脳会談), a
// group that modifies it (両国の), or AとBとの.
std::optional<Actor> SentenceCoder::participants(int c) const {
  const int quote = roles_.quote_of_chunk(c);
  for (const auto& m : s_.mentions)
    if (m.chunk == c && !m.quoted_term && several_sides(m.codes))
      if (auto a = roles_.from_mention(m, quote)) return a;
  // Its modifiers, theirs (両国の鉄道連結に関する実務協議) and further down
  // (…が開かれた ← 首脳会合が ← 「クアッド」の ← 枠組み ← 4か国の), nearest first.
  std::vector<int> modifiers;
  std::vector<int> level{c};
  for (int depth = 0; depth < 4; ++depth) {
    std::vector<int> next;
    for (int q : level)
      for (int k : roles_.children(q)) next.push_back(k);
    modifiers.insert(modifiers.end(), next.begin(), next.end());
    level = std::move(next);
  }
  std::optional<Actor> partner;
  for (int k : modifiers) {
    const Case kase = roles_.ch(k).kase;
    if (kase != Case::No && kase != Case::ToNo) continue;
    auto a = roles_.chunk_actor(k, false);
    if (!a) continue;
    if (several_sides(a->codes)) return a;
    if (kase == Case::ToNo && !partner) partner = a;
  }
  // AとBとの協議: A is the chunk before B's, in と.
  if (partner && partner->chunk > 0 && roles_.ch(partner->chunk - 1).kase == Case::To)
    if (auto other = roles_.chunk_actor(partner->chunk - 1, false)) {
      other->codes.insert(other->codes.end(), partner->codes.begin(), partner->codes.end());
      other->ids.insert(other->ids.end(), partner->ids.begin(), partner->ids.end());
      other->label = Label::joined(other->label, "と", partner->label);
      if (several_sides(other->codes)) return other;
    }
  return std::nullopt;
}

void SentenceCoder::code_setting(int c, std::vector<Event>& out) {
  const Pattern* pat = setting_pattern(c);
  if (!pat) return;
  const Chunk& k = roles_.ch(c);
  Predicate pr{c, s_.tokens[k.content_end - 1].surface, k.noun, -1};
  pr.setting = true;
  const Candidate cand{pat, false, {Fit::Verb, 0, pat->predicate.size(), 0}};
  const std::string where =
      explain_ ? "setting [" + std::to_string(c) + "] " + roles_.text_of(c) + " (" + k.noun + ")" : "";
  if (!participants(c)) return trace(where + " → " + pat->id + ": no participants named, no event");
  emit(pr, cand, where, out);
}

// 実務協議において合意し、調印した: a joint act with no subject of its own is
// the act of the meeting's participants.
std::optional<Actor> SentenceCoder::setting_participants(int p) const {
  std::vector<int> clause{p};
  for (int k : roles_.clause_partners(p)) clause.push_back(k);  // 協議において合意し、調印した
  for (int q : clause)
    for (int k : roles_.children(q))
      if (setting_pattern(k))
        if (auto a = participants(k)) return a;
  return roles_.between(p);  // 日本とモンゴルとの間で協定への署名が行われた
}

}  // namespace kizashi::ja

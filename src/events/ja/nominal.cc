// events/ja/nominal — an act named by a noun that names both its sides
// (sentence_coder.h): ロシアによるウクライナへの侵攻, イスラエルによるイランへの
// 攻撃, ロシアによるウクライナ侵攻. The agent is the による phrase; the other
// side an への/に対する phrase or the act's own compound. Whatever the
// sentence then says about the act (非難した, 懸念を示した), the act itself
// is stated as a fact by both of its arguments.
#include "events/ja/sentence_coder.h"

namespace kizashi::ja {

std::optional<Actor> SentenceCoder::nominal_agent(int c) const {
  for (int k : roles_.children(c))
    if (roles_.ch(k).kase == Case::Kara && roles_.ch(k).adnominal && roles_.text_of(k).find("によ") != std::string::npos)
      return roles_.chunk_actor(k, false);
  return std::nullopt;
}

// ロシアのウクライナ侵攻: with the other side inside the compound, a の phrase
// names who used force (not so for a possessive before a plain act noun).
std::optional<Actor> SentenceCoder::forceful_agent(int c, const Pattern& pat) const {
  if (!root_in(pat.code, {"15", "17", "18", "19", "20"})) return std::nullopt;
  bool inside = false;
  for (const auto& m : s_.mentions) inside = inside || (m.chunk == c && !m.head && !m.quoted_term && !m.codes.empty());
  if (!inside) return std::nullopt;
  for (int k : roles_.children(c))
    if (roles_.ch(k).kase == Case::No && k == c - 1) return roles_.chunk_actor(k, false);
  return std::nullopt;
}

std::optional<Actor> SentenceCoder::nominal_aim(int c, const Pattern& pat, const Actor& agent) const {
  for (int k : roles_.children(c)) {
    const Chunk& m = roles_.ch(k);
    if (m.kase == Case::HeNo || (m.kase == Case::NiTaishi && m.adnominal))
      if (auto a = roles_.chunk_actor(k, true, true))
        if (!roles_.excluded(*a, agent.codes)) return a;
  }
  for (const auto& m : s_.mentions)  // ロシアによるウクライナ侵攻
    if (m.chunk == c && !m.head && !m.quoted_term)
      if (auto a = roles_.from_mention(m, roles_.quote_of_chunk(c)))
        if (!roles_.excluded(*a, agent.codes)) return a;
  // キーウなどで…ロシア軍によるミサイル攻撃があり: force said to have taken place is
  // aimed at where the clause sets it (not a view: AUでは).
  const int v = roles_.head(c);
  if (roles_.ch(c).kase != Case::Ga || v < 0 || !roles_.ch(v).predicate ||
      !res_.lexicon.has(Word::Occur, roles_.ch(v).lemma) || !root_in(pat.code, {"15", "18", "19", "20"}))
    return std::nullopt;
  std::vector<int> places = roles_.children(v);
  if (roles_.ch(v).conjunctive && roles_.head(v) >= 0)  // 都市で、…攻撃があり、…死亡した: the chain's place
    for (int k : roles_.children(roles_.head(v)))
      if (k < c) places.push_back(k);
  for (int k : places)
    if (roles_.ch(k).kase == Case::De && roles_.text_of(k).find("では") == std::string::npos)
      if (auto a = roles_.chunk_actor(k))
        if (!roles_.excluded(*a, agent.codes)) return a;
  return std::nullopt;
}

void SentenceCoder::code_nominal(int c, std::vector<Event>& out) {
  const Chunk& k = roles_.ch(c);
  if (k.predicate || k.content_end <= k.first) return;
  const bool by = nominal_agent(c).has_value();
  const std::string& tail = s_.tokens[k.content_end - 1].surface;
  for (const Pattern* pat : res_.patterns.candidates(tail, k.noun)) {
    if (pat->mutual || !pat->objects.empty() || !pat->fixed_target.empty()) continue;
    if (!by && !forceful_agent(c, *pat)) continue;
    Predicate pr{c, tail, k.noun, -1};
    pr.nominal = true;
    const Candidate cand{pat, false, {Fit::Verb, 0, pat->predicate.size(), 0}};
    const std::string where =
        explain_ ? "act noun [" + std::to_string(c) + "] " + roles_.text_of(c) + " (" + k.noun + ")" : "";
    return emit(pr, cand, where, out);
  }
}

// 米国の北朝鮮に対する制裁は昨年行われた: the act a passive light verb's subject
// names is that of the actor named with の before it (not of a joint act: its
// sides are named otherwise).
std::optional<Actor> SentenceCoder::noun_agent(const Predicate& pr, const Pattern& pat) const {
  if (pat.mutual || pr.obj < 0) return std::nullopt;
  std::vector<int> owners{pr.obj};
  // (米国の|北朝鮮に対する|制裁: the parse hangs the の on the aim; a country has no possessor.)
  for (int k : roles_.children(pr.obj))
    if (const Case kase = roles_.ch(k).kase; (kase == Case::NiTaishi || kase == Case::HeNo) && roles_.chunk_actor(k, false))
      owners.push_back(k);
  for (int o : owners)
    for (int k : roles_.children(o))
      if (roles_.ch(k).kase == Case::No && !roles_.ch(k).predicate)
        if (auto a = roles_.chunk_actor(k, false)) return a;
  return std::nullopt;
}

}  // namespace kizashi::ja

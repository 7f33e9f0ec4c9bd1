// events/ja/affairs — affairs and the reactions to them. What took place in a
// country (フィジーでクーデターが発生した, 首都で暴動が起きた, the headline
// フィジーで軍がクーデター, 同国で起きたテロ) is told to the discourse as an affair
// named by its noun; a later reaction (11-14) whose object or topic is that
// noun and names no actor (クーデターを非難する声明を出した) is aimed at the
// country. Part of SentenceCoder (events/ja/sentence_coder.h).
#include "base/actor_code.h"
#include "events/ja/sentence_coder.h"

namespace kizashi::ja {

// The one country a で-argument of chunk c names (フィジーで), not an organisation.
std::optional<Actor> SentenceCoder::affair_place(int c) const {
  for (int k : roles_.children(c)) {
    const Chunk& place = roles_.ch(k);
    if (place.kase != Case::De || place.predicate) continue;
    auto a = roles_.chunk_actor(k, false);
    if (a && countries_in_order(a->codes).size() == 1 && !organisation_sector(country_or_sector(a->codes.front())))
      return a;
  }
  return std::nullopt;
}

// Where the noun of chunk k took place, if it names no actor and is said to
// have: as the が of an occurrence verb (lexicon: occur) with a で-place,
// with a relative clause of occurrence (フィジーで起きたクーデター), or ending a
// sentence with a で-place (the headline フィジーで軍がクーデター).
std::optional<Actor> SentenceCoder::occurred_at(int k) const {
  const Chunk& c = roles_.ch(k);
  if (c.noun.empty() || roles_.chunk_actor(k, false)) return std::nullopt;
  const int h = roles_.head(k);
  if (c.kase == Case::Ga && h >= 0 && roles_.ch(h).predicate && res_.lexicon.has(Word::Occur, roles_.ch(h).lemma))
    if (auto place = affair_place(h)) return place;
  if (h < 0 && c.predicate && !c.verbal && res_.patterns.candidates(c.lemma, c.noun).empty())
    if (auto place = affair_place(k)) return place;
  for (int m : roles_.children(k))
    if (roles_.ch(m).predicate && roles_.ch(m).adnominal && res_.lexicon.has(Word::Occur, roles_.ch(m).lemma))
      if (auto place = affair_place(m)) return place;
  return std::nullopt;
}

// After the sentence, the discourse learns of its affairs.
void SentenceCoder::remember_affairs() {
  for (int k = 0; k < roles_.n(); ++k)
    if (auto place = occurred_at(k))
      discourse_.occurred(roles_.ch(k).noun, {std::string(country_or_sector(place->codes.front())), place->label},
                          s_.index);
}

// クーデターを非難した, 暴動について懸念を表明した: a reaction whose object or
// topic names no actor but an affair the discourse knows is aimed at the
// affair's country, unless that is the source's own; so is one that names
// where its noun took place (ギニアで起きたクーデターについて懸念を表明した).
std::optional<Actor> SentenceCoder::affair_target(const Predicate& pr, const Pattern& pat, const Actor& src) const {
  if (pat.mutual || !root_in(pat.code, {"11", "12", "13", "14"})) return std::nullopt;
  std::vector<int> named;
  if (pr.obj >= 0) named.push_back(pr.obj);
  for (int k : roles_.children(pr.chunk))
    if (const Case kase = roles_.ch(k).kase; kase == Case::NiTaishi || kase == Case::Topic) named.push_back(k);
  for (int k : named) {
    const Chunk& c = roles_.ch(k);
    if (c.predicate || c.noun.size() < 6 || roles_.chunk_actor(k)) continue;  // (6 bytes: two kana or kanji)
    std::optional<JointAct::Side> where;
    if (auto here = occurred_at(k)) where = JointAct::Side{std::string(country_or_sector(here->codes.front())), here->label};
    else if (const JointAct::Side* before = discourse_.affair(c.noun, s_.index)) where = *before;
    if (!where) continue;
    for (const auto& code : src.codes)
      if (country_or_sector(code) == country_or_sector(where->code)) return std::nullopt;
    Actor a{{{where->code}, where->label, {"context:affair"}}, -1, -1};
    a.label.append(" (where the " + c.noun + " took place)");
    return a;
  }
  return std::nullopt;
}

}  // namespace kizashi::ja

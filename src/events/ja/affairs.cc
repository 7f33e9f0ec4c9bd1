// events/ja/affairs — affairs and the reactions to them. What took place in a
// country (フィジーでクーデターが発生した, 首都で暴動が起きた, the headline
// フィジーで軍がクーデター, 同国で起きたテロ), and an act a headline names with
// its actor (小泉首相の靖国参拝), is told to the discourse as an affair named by
// its noun; a later reaction (11-14) whose object or topic is that noun and
// names no actor (クーデターを非難する声明を出した) is aimed at the country or
// actor, and one that names nothing else at the headline's affair.
// Part of SentenceCoder (events/ja/sentence_coder.h).
#include <algorithm>

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
std::optional<JointAct::Side> SentenceCoder::occurred_at(int k) const {
  const Chunk& c = roles_.ch(k);
  if (c.noun.empty() || roles_.chunk_actor(k, false)) return std::nullopt;
  const int h = roles_.head(k);
  std::optional<Actor> place;
  if (c.kase == Case::Ga && h >= 0 && roles_.ch(h).predicate && res_.lexicon.has(Word::Occur, roles_.ch(h).lemma))
    place = affair_place(h);
  if (!place && h < 0 && c.predicate && !c.verbal && res_.patterns.candidates(c.lemma, c.noun).empty())
    place = affair_place(k);
  for (int m : roles_.children(k))
    if (!place && roles_.ch(m).predicate && roles_.ch(m).adnominal && res_.lexicon.has(Word::Occur, roles_.ch(m).lemma))
      place = affair_place(m);
  if (!place) return std::nullopt;
  return JointAct::Side{std::string(country_or_sector(place->codes.front())), place->label};
}

// Is any of the source's codes of `code`'s country? (No one reacts to their own affair.)
bool SentenceCoder::own_country(const Actor& src, std::string_view code) {
  return std::any_of(src.codes.begin(), src.codes.end(),
                     [&](const std::string& c) { return country_or_sector(c) == country_or_sector(code); });
}

// 小泉首相の靖国参拝、各界から反応: in a headline, an act noun (a サ変 noun)
// named with one actor's の is that actor's affair.
std::optional<Actor> SentenceCoder::headline_actor(int k) const {
  const Chunk& c = roles_.ch(k);
  if (s_.index != 0 || s_.text.find("。") != std::string::npos) return std::nullopt;
  if (s_.tokens[c.content_end - 1].pos1 != "サ変接続" || roles_.chunk_actor(k, false)) return std::nullopt;
  for (int m : roles_.children(k)) {
    const Chunk& of = roles_.ch(m);  // の alone (not セルビアからの: where from)
    if (of.kase != Case::No || of.predicate || of.last - of.content_end != 1) continue;
    if (auto a = roles_.chunk_actor(m, false); a && countries_in_order(a->codes).size() == 1) return a;
  }
  return std::nullopt;
}

// After the sentence, the discourse learns of its affairs.
void SentenceCoder::remember_affairs() {
  for (int k = 0; k < roles_.n(); ++k) {
    if (auto place = occurred_at(k))
      discourse_.occurred(roles_.ch(k).noun, *place, s_.index);
    else if (auto by = headline_actor(k))
      discourse_.occurred(roles_.ch(k).noun, {by->codes.front(), by->label}, s_.index);
  }
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
    std::optional<JointAct::Side> where = occurred_at(k);
    if (const JointAct::Side* before = where ? nullptr : discourse_.affair(c.noun, s_.index)) where = *before;
    if (!where) continue;
    if (own_country(src, where->code)) return std::nullopt;
    Actor a{{{where->code}, where->label, {"context:affair"}}, -1, -1};
    a.label.append(" (the " + c.noun + ")");
    return a;
  }
  return std::nullopt;
}

// 中国と韓国は強い不快感を伝えた, in an article whose headline names an affair
// (小泉首相の靖国参拝、各界から反応): a reaction that names nothing else it is
// about — no object, or only the one its pattern names — is aimed at the
// article's affair; not one said in a quotation, nor one whose clause names
// what it is about (について, に対し).
std::optional<Actor> SentenceCoder::lead_target(const Predicate& pr, const Pattern& pat, const Actor& src) const {
  if (pat.mutual || !root_in(pat.code, {"11", "12", "13", "14"})) return std::nullopt;
  if (pr.obj >= 0 && !pr.light && roles_.object_match(pat, pr.obj) == 0) return std::nullopt;
  if (roles_.quote_of_chunk(pr.chunk) >= 0) return std::nullopt;  // a quotation has its own matter
  for (int h = pr.chunk; h >= 0; h = roles_.head(h))  // (…のインフレについて「…」と述べた)
    for (int k : roles_.children(h))
      if (const Case kase = roles_.ch(k).kase; kase == Case::NiTaishi || kase == Case::Topic) return std::nullopt;
  const JointAct::Side* lead = discourse_.lead_affair(s_.index);
  if (!lead || own_country(src, lead->code)) return std::nullopt;
  Actor a{{{lead->code}, lead->label, {"context:lead_affair"}}, -1, -1};
  a.label.append(" (the article's affair)");
  return a;
}

// 調印しなかった2派に和平を促した, 反政府勢力に対話を呼びかけた: an appeal or
// demand to a group named by an agentive noun with no country (派, 勢力), in an
// article about one country (Discourse::focus), is to that country's people.
std::optional<Actor> SentenceCoder::addressed_group(const Predicate& pr, const Pattern& pat, const Actor& src) const {
  if (pat.mutual || src.codes.empty() || !root_in(pat.code, {"02", "10"})) return std::nullopt;
  bool group = false;
  for (int k : roles_.children(pr.chunk)) {
    const Chunk& c = roles_.ch(k);
    if ((c.kase != Case::Ni && c.kase != Case::NiTaishi) || c.predicate || roles_.chunk_actor(k)) continue;
    const std::string& tail = s_.tokens[c.content_end - 1].surface;
    group = group || res_.lexicon.has(Word::Agentive, tail);
  }
  if (!group) return std::nullopt;
  const std::optional<std::string> focus = discourse_.focus(country_or_sector(src.codes.front()));
  if (!focus || own_country(src, *focus)) return std::nullopt;
  Actor a{{{*focus}, Label::words(*focus), {"context:focus_group"}}, -1, -1};
  a.label.append(" (a group in the country the document is about)");
  return a;
}

}  // namespace kizashi::ja

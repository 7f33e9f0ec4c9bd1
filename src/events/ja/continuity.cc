// events/ja/continuity — a sentence with no subject of its own goes on about
// the actor the sentence before was about (Japanese leaves a continuing
// subject unsaid: ドイツは…を用意した。また救助チームを派遣した). After each
// sentence the discourse learns its topic; a main-clause predicate of a
// sentence that names no subject at all takes the last one.
// Part of SentenceCoder (events/ja/sentence_coder.h).
#include <algorithm>

#include "base/actor_code.h"
#include "events/ja/sentence_coder.h"

namespace kizashi::ja {

// Does the sentence name a subject or topic of its own, outside quotations
// (a は, が or も phrase, or a から speaker of a readout)?
bool SentenceCoder::names_subject() const {
  for (int k = 0; k < roles_.n(); ++k) {
    const Chunk& c = roles_.ch(k);
    if (c.quote_depth > 0 || c.predicate) continue;
    if (c.kase == Case::Wa || c.kase == Case::Ga || c.kase == Case::Mo) return true;
    if (c.kase == Case::Kara && !c.adnominal && roles_.chunk_actor(k)) return true;
  }
  return false;
}

// Is p the main predicate, or chained into it (〜し、〜した), outside quotations?
bool SentenceCoder::main_clause(int p) const {
  for (int c = p; c >= 0; c = roles_.head(c)) {
    const Chunk& ch = roles_.ch(c);
    if (!ch.predicate || ch.quote_depth > 0 || ch.adnominal || ch.kase == Case::Quote) return false;
    if (roles_.head(c) >= 0 && !ch.conjunctive && !te_form(ch)) return false;
  }
  return true;
}

// The actor the sentence before was about, for an active main-clause
// predicate p in a sentence that names no subject (also the speaker of
// また「…」と述べた).
std::optional<Actor> SentenceCoder::continued_subject(int p) const {
  if (s_.index == 0 || roles_.ch(p).passive || !main_clause(p) || names_subject()) return std::nullopt;
  const Referent* topic = discourse_.last_topic(s_.index);
  if (!topic) return std::nullopt;
  Actor a{*topic, -1, -1};
  a.ids.push_back("context:continued_subject");
  a.label.append(" (the subject of the sentence before)");
  return a;
}

// After the sentence: the subject of the act its main clause coded, when an
// actor of one country, is its topic; a sentence with a subject of its own
// that did no such act ends the topic, and one with no subject keeps it.
// (…サルマン氏は100票を固めた計算となっている: a subject of a state, not an act.)
void SentenceCoder::remember_topic() {
  for (auto it = acted_.rbegin(); it != acted_.rend(); ++it)
    if (main_clause(*it) && !roles_.ch(*it).passive)
      if (auto who = roles_.subject(*it); who && countries_in_order(who->codes).size() == 1) {
        discourse_.topic(Referent{who->codes, who->label, who->ids}, s_.index);
        return;
      }
  if (names_subject()) return discourse_.no_topic();
  if (const Referent* kept = discourse_.last_topic(s_.index)) discourse_.topic(Referent(*kept), s_.index);
}

// The target of the act the topic did in the sentence before, for an act of
// the same root that continues its subject and names no target (ドイツは…を
// パキスタンのために用意した。また救助チームを派遣した).
std::optional<Actor> SentenceCoder::continued_target(const Pattern& pat, const Actor& src) const {
  if (pat.mutual || std::find(src.ids.begin(), src.ids.end(), "context:continued_subject") == src.ids.end())
    return std::nullopt;
  const JointAct* act = discourse_.same_kind_act(pat.code, "", s_.index);
  if (!act || act->sentence != s_.index - 1 || country_or_sector(act->a.code) != country_or_sector(src.codes.front()))
    return std::nullopt;
  Actor a{{{act->b.code}, act->b.label, {"context:continued_target"}}, -1, -1};
  a.label.append(" (as in the sentence before)");
  return a;
}

}  // namespace kizashi::ja

// events/ja/forms — what the form of a predicate says: when it happened,
// whether it is a condition, a claim or a plan (sentence_coder.h).
#include <algorithm>

#include "events/ja/dates.h"
#include "events/ja/sentence_coder.h"

namespace kizashi::ja {

using namespace std::literals;

// Do the chunk's last tokens (its punctuation aside) spell `tail`?
bool SentenceCoder::ends_in(int p, std::string_view tail) const {
  const Chunk& c = roles_.ch(p);
  std::string text;
  for (int i = c.last - 1; i >= c.content_end && text.size() < tail.size(); --i) {
    const Token& t = s_.tokens[i];
    if (t.any(tag::Comma | tag::Period | tag::BracketClose | tag::Aside)) continue;
    text.insert(0, t.surface);
  }
  return text == tail;
}

// A date word attached to the predicate or the predicates it depends on, then
// the nearest one before it in the sentence, else the document's date.
std::string SentenceCoder::date_of(int p) const {
  std::vector<int> heads{p};
  for (int h = roles_.head(p), k = 0; h >= 0 && k < 3; h = roles_.head(h), ++k) heads.push_back(h);
  for (int h : heads)
    for (int c : roles_.children(h)) {
      if (roles_.ch(c).predicate) continue;
      std::string d = resolve_date(roles_.ch(c).noun, doc_date_);
      if (!d.empty()) return d;
    }
  for (int c = p - 1; c >= 0; --c)
    if (!roles_.ch(c).predicate && roles_.ch(c).quote_depth == roles_.ch(p).quote_depth) {
      std::string d = resolve_date(roles_.ch(c).noun, doc_date_);
      if (!d.empty()) return d;
    }
  return doc_date_;
}

// The content of an accusation or a claim (Yが…したと非難した / 主張した) is
// not an act the coder can vouch for; the accusation itself is coded.
bool SentenceCoder::claimed(int p) const {
  const int head = roles_.head(p);
  if (head < 0 || !roles_.ch(head).predicate) return false;
  // 〜したとして逮捕した: the grounds an actor gives for its act, an allegation.
  if (ends_in(p, "として")) return true;
  if (roles_.ch(p).kase != Case::Quote) return false;
  // 「…を強く非難する」と声明を出した: the speaker's own words, with no subject of
  // their own, are the speaker's act, not a claim about another.
  if (const int q = roles_.quote_of_chunk(p); q >= 0 && s_.quotes[q].speech && !own_subject(p)) return false;
  const Chunk& h = roles_.ch(head);
  if (res_.lexicon.has(Word::Claim, h.lemma)) return true;
  auto cands = res_.patterns.candidates(h.lemma, h.noun);
  if (cands.empty()) return false;
  return root_in(cands.front()->code, {"11", "12", "13"});
}

bool SentenceCoder::own_subject(int p) const {
  for (int k : roles_.children(p)) {
    const Case kase = roles_.ch(k).kase;
    if (kase == Case::Ga || kase == Case::Wa || kase == Case::Mo) return true;
  }
  return false;
}

// 訪問する際の手続き, 寄港するたびに: a non-past act named as a time is any such act.
// (訪問した際に is a past one, and stays an act.)
bool SentenceCoder::whenever(int p) const {
  const Chunk& c = roles_.ch(p);
  for (int i = c.first + 1; i < c.last; ++i)
    if ((s_.tokens[i].surface == "際"sv || s_.tokens[i].surface == "たび"sv) && s_.tokens[i - 1].cform == "基本形"sv)
      return true;
  return false;
}

// 〜すれば / 〜したら / 〜するなら / 〜されても: the clause is a condition.
bool SentenceCoder::conditional(int p) const {
  const Chunk& c = roles_.ch(p);
  for (int i = c.content_end; i < c.last; ++i) {
    const Token& t = s_.tokens[i];
    if (t.is(tag::ConjParticle) && (t.surface == "て"sv || t.surface == "で"sv) && i + 1 < c.last &&
        s_.tokens[i + 1].surface == "も"sv)
      return true;  // G8から除外されても: even if, a concession, not an act
    if ((t.is(tag::ConjParticle) && t.surface == "ば"sv) || t.cform == "仮定形"sv ||
        ((t.base == "た"sv || t.base == "だ"sv) && t.surface == "たら"sv) || t.surface == "なら"sv)
      return true;
  }
  for (int i = c.first; i < c.last; ++i)
    if (s_.tokens[i].cform == "仮定形"sv) return true;
  return false;
}

// 〜てほしい, 〜てもらいたい: a wish that someone else would do it.
bool SentenceCoder::wished(int p) const {
  const Chunk& c = roles_.ch(p);
  for (int i = c.content_end + 1; i < c.last; ++i) {
    const Token& t = s_.tokens[i];
    if ((s_.tokens[i - 1].surface == "て"sv || s_.tokens[i - 1].surface == "で"sv) &&
        (t.base == "ほしい"sv || t.base == "欲しい"sv ||
         (t.base == "もらう"sv && i + 1 < c.last && s_.tokens[i + 1].base == "たい"sv)))
      return true;
  }
  return false;
}

// A plan or purpose form: 〜するため, 〜する方針, 〜することを検討.
// 連携していく, 取り組んでまいります, 協力したい: a future or a wish of the speaker's.
bool SentenceCoder::future_form(const Chunk& c) const {
  for (int i = c.first + 1; i < c.last; ++i) {
    const Token& t = s_.tokens[i];
    if (t.pos == "助動詞"sv && t.base == "たい"sv) return true;
    if (t.pos1 == "非自立"sv && (t.base == "いく"sv || t.base == "まいる"sv || t.base == "参る"sv) &&
        (s_.tokens[i - 1].surface == "て"sv || s_.tokens[i - 1].surface == "で"sv))
      return true;
  }
  return false;
}

bool SentenceCoder::intent_form(int p) const {
  const Chunk& c = roles_.ch(p);
  const Lexicon& lx = res_.lexicon;
  // …と連携しつつ、…取り組んでまいります: a chain said in the future is all planned.
  if (future_form(c)) return true;
  // (遺憾としながら、…進展させたい, 求めたが、…したい: a concessive clause has a time of its own.)
  const bool concessive = std::any_of(s_.tokens.begin() + c.content_end, s_.tokens.begin() + c.last, [](const Token& t) {
    return t.is(tag::ConjParticle) && (t.surface == "ながら" || t.surface == "が" || t.surface == "けれど" ||
                                       t.surface == "けれども" || t.surface == "のに");
  });
  if (c.conjunctive && !concessive && roles_.head(p) >= 0 && roles_.ch(roles_.head(p)).predicate &&
      future_form(roles_.ch(roles_.head(p))))
    return true;
  for (int i = c.content_end; i < c.last; ++i)
    if (lx.has(Word::Purpose, s_.tokens[i].surface)) return true;
  for (int i = c.first; i < c.content_end; ++i)
    if (s_.tokens[i].is(tag::Dependent) && lx.has(Word::Purpose, s_.tokens[i].surface)) return true;
  if (roles_.head(p) < 0) return false;
  const Chunk& h = roles_.ch(roles_.head(p));
  const std::string& first = s_.tokens[h.first].surface;
  if (c.adnominal && (lx.has(Word::Intent, first) || lx.has(Word::Purpose, first))) return true;
  bool koto = c.noun.size() >= 6 && c.noun.compare(c.noun.size() - 6, 6, "こと") == 0;
  if (koto && h.predicate && lx.has(Word::Intent, h.lemma)) return true;
  // 協議を続けることで一致した: what the sides agree to do is planned, not done
  // (こと in p's own chunk or in the next).
  const bool own = c.last - c.first >= 2 && s_.tokens[c.last - 1].surface == "で"sv &&
                   s_.tokens[c.last - 2].surface == "こと"sv;
  const int v = own ? roles_.head(p) : roles_.head(roles_.head(p));
  return (own || (c.adnominal && h.noun == "こと"sv && h.kase == Case::De)) && v >= 0 && roles_.ch(v).predicate &&
         lx.has(Word::Resolve, roles_.ch(v).lemma);
}

}  // namespace kizashi::ja

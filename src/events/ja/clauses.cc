// events/ja/clauses — Roles over clause structure: subjects and targets
// shared along a chain of clauses, a が subject embedded in a later clause, acts under way
// (訪問中の), clauses nominalised by こと (their subject, their governing verb).
// Part of Roles (events/ja/roles.h states the contract).
#include <algorithm>

#include "base/actor_code.h"
#include "events/ja/roles.h"

namespace kizashi::ja {

using namespace std::literals;

namespace {
// こと, 事, の: the nouns that make a clause a noun (…したことを, 解除する事は).
bool nominaliser(std::string_view noun) { return noun == "こと"sv || noun == "事"sv || noun == "の"sv; }
}  // namespace

// A predicate has one subject: with a topic of its own before the が, the が
// opens the last clause between them that p takes as a こと/の object or a
// quotation (日本は、両首脳が共同宣言に署名したことを歓迎した).
void Roles::reattach_subjects() {
  // 米国をはじめとする|関係国と: "such as" modifies the noun after it.
  for (int g = 0; g + 1 < n(); ++g)
    if (ch(g).kase == Case::Via && text_of(g).find("はじめとする") != std::string::npos && !ch(g + 1).predicate)
      heads_[g] = g + 1;
  // イランによる大規模な攻撃: による modifies the act, past an adjective between.
  for (int g = 0; g + 1 < n(); ++g) {
    const int a = head(g);
    if (ch(g).kase != Case::Kara || !ch(g).adnominal || a <= g || !ch(a).predicate || !ch(a).adnominal) continue;
    const int noun = head(a);
    if (noun > a && !ch(noun).predicate) heads_[g] = noun;
  }
  // イスラエルによる「露骨な停戦違反」だと: による before a bracketed phrase modifies it.
  for (int g = 0; g + 1 < n(); ++g) {
    if (ch(g).kase != Case::Kara || !ch(g).adnominal || !s_.tokens[ch(g + 1).first].is(tag::BracketOpen)) continue;
    for (int j = g + 1; j < head(g); ++j)
      if (closes_bracket(j)) {
        heads_[g] = j;
        break;
      }
  }
  for (int g = 0; g < n(); ++g) {
    const int p = head(g);
    if (ch(g).kase != Case::Ga || coordinated(g) || p < 0 || !ch(p).predicate) continue;
    bool topic = false;
    for (int t = 0; t < g; ++t) topic = topic || (head(t) == p && ch(t).kase == Case::Wa && !coordinated(t));
    if (!topic) continue;
    for (int q = p - 1; q > g; --q) {
      if (!ch(q).predicate) continue;
      const int h = head(q);
      const bool quoted = h == p && ch(q).kase == Case::Quote;
      const bool nominal = ch(q).adnominal && h > q && h < p && head(h) == p &&
                           nominaliser(ch(h).noun);
      if (quoted || nominal) {
        heads_[g] = q;
        break;
      }
    }
  }
}

// セルビアとの友好関係も保っていきたい: a も phrase that names no actor, right
// before a verb without a comma, is that verb's (an object or a time, 今回も
// 実施した), not a topic of the clause's last predicate.
void Roles::reattach_things_with_mo() {
  for (int c = 0; c + 1 < n(); ++c) {
    const Chunk& k = ch(c);
    const Chunk& next = ch(c + 1);
    if (k.kase != Case::Mo || k.comma || k.predicate || coordinated(c) || heads_[c] == c + 1) continue;
    if (!next.predicate || !next.verbal || next.quote_depth != k.quote_depth) continue;
    if (std::any_of(s_.mentions.begin(), s_.mentions.end(), [&](const Mention& m) { return m.chunk == c; })) continue;
    heads_[c] = c + 1;
  }
}

// …代表は、日本政府に対し、…とした声明を発表したと、朝鮮日報が伝えた: in a
// report frame (a verb of saying whose own が, the reporter, comes after the
// reported clause), what the parse hung on the verb of saying before that
// clause belongs to the clause.
void Roles::reattach_to_report() {
  for (int r = 0; r < n(); ++r) {
    if (!speech_verb(r)) continue;
    int clause = -1, reporter = -1;
    for (int k = 0; k < r; ++k) {
      if (head(k) != r) continue;
      if (ch(k).kase == Case::Quote && ch(k).predicate && ch(k).quote_depth == ch(r).quote_depth) clause = k;
      else if (ch(k).kase == Case::Ga && clause >= 0) reporter = k;
    }
    if (clause < 0 || reporter < 0) continue;
    for (int k = 0; k < clause; ++k)
      if (head(k) == r) heads_[k] = clause;
  }
}

bool Roles::speech_verb(int c) const {
  return ch(c).predicate && (lx_.has(Word::Speech, ch(c).lemma) || lx_.has(Word::Speech, ch(c).lemma + "する"));
}

bool Roles::closes_bracket(int c) const {
  for (int t = ch(c).first; t < ch(c).last; ++t)
    if (s_.tokens[t].is(tag::BracketClose)) return true;
  return false;
}

int Roles::embedded_subject(int p) const {
  const int depth = ch(p).quote_depth;
  for (int j = p - 1; j >= 0; --j) {
    const Chunk& c = ch(j);
    if (c.quote_depth != depth) continue;
    if ((c.kase == Case::Wa || c.kase == Case::Mo) && !coordinated(j)) return -1;
    if (c.kase == Case::Ga && !coordinated(j)) return head(j) > p || shares_subject(head(j), p) ? j : -1;
  }
  return -1;
}

// 〜して, 〜し、, 〜しながら: a clause chained to the next one, not set against
// it (〜する一方、, 〜したが、, 〜すれば).
bool Roles::chained(int h) const {
  const Chunk& c = ch(h);
  for (int i = c.last - 1; i >= c.first; --i) {
    const Token& t = s_.tokens[i];
    if (t.is(tag::Symbol)) continue;
    if (t.pos == "助詞"sv) return t.surface == "て"sv || t.surface == "で"sv || t.surface == "ながら"sv || t.surface == "つつ"sv;
    return (t.pos == "動詞"sv || t.pos == "助動詞"sv) && t.cform.rfind("連用", 0) == 0;
  }
  return false;
}

// 中国政府が…を受けて輸入を停止した, 中国軍が台湾を取り囲む形で演習を開始した:
// the subject of a conjunctive clause (〜して, 〜し) before p, or of a clause
// that only says how p is done (〜する形で), is p's subject too, wherever the
// parse attached the conjunctive clause.
bool Roles::shares_subject(int h, int p) const {
  if (h < 0 || h >= p || !ch(h).predicate || ch(h).passive) return false;  // 飢餓が懸念され: no agent
  if (ch(h).conjunctive) return head(h) >= p && chained(h);
  const int n = head(h);
  return ch(h).adnominal && n > h && n < p && head(n) == p && ch(n).noun == "形"sv;
}

std::vector<int> Roles::clause_partners(int p) const {
  std::vector<int> out;
  for (auto it = children_[p].rbegin(); it != children_[p].rend(); ++it)
    if (ch(*it).predicate && ch(*it).conjunctive) out.push_back(*it);
  // 合意し、調印した with both attached to what follows: the conjunct before p.
  for (int k = p - 1; k >= 0 && head(p) >= 0; --k)
    if (head(k) == head(p) && ch(k).predicate) {
      if (ch(k).conjunctive && k == p - 1) out.push_back(k);
      break;
    }
  return out;
}

std::optional<Actor> Roles::partner_subject(int p) const {
  for (int k : clause_partners(p))
    for (auto it = children_[k].rbegin(); it != children_[k].rend(); ++it) {
      const Case c = ch(*it).kase;
      if ((c == Case::Ga || c == Case::Wa || c == Case::Mo) && !coordinated(*it))
        if (auto a = chunk_actor(*it)) return a;
    }
  return std::nullopt;
}

std::optional<Actor> Roles::occurrence_agent(int p) const {
  if (!ch(p).predicate || !lx_.has(Word::Occur, ch(p).lemma)) return std::nullopt;
  // (Xは住民から支持がある: a state; an act that came is told in the past, があった.)
  bool past = false;
  for (int i = ch(p).content_end; i < ch(p).last; ++i)
    past = past || (s_.tokens[i].is(tag::Auxiliary) && s_.tokens[i].base == "た"sv);
  if (!past) return std::nullopt;
  bool act = false;
  std::optional<Actor> from;
  for (int k : children_[p]) {
    const Chunk& c = ch(k);
    if (c.kase == Case::Ga && !c.predicate && !chunk_actor(k, false)) act = true;
    if ((c.kase == Case::Kara || c.kase == Case::Yori) && !c.adnominal && !c.predicate &&
        text_of(k).find("によ") == std::string::npos && !from)
      from = chunk_actor(k, false);
  }
  return act ? from : std::nullopt;
}

// 韓国政府は、…中止するとの通告が北朝鮮よりあったと発表した: an act that came
// from someone (p's own occurrence, or the one p's clause is reported in) is
// aimed at who reports receiving it.
std::optional<Actor> Roles::occurrence_addressee(int p, const std::vector<std::string>& source) const {
  for (int v : {p, head(p)})
    if (v >= 0 && occurrence_agent(v) && ch(v).kase == Case::Quote && head(v) >= 0 && speech_verb(head(v)))
      if (auto a = subject(head(v), 1); a && !excluded(*a, source)) return a;
  return std::nullopt;
}

std::optional<std::pair<int, int>> Roles::gap(int p) const {
  if (!ch(p).predicate || !ch(p).verbal) return std::nullopt;
  std::vector<int> subjects;
  for (int c : children_[p])
    if (ch(c).kase == Case::Ga && !coordinated(c) && !ch(c).predicate) subjects.push_back(c);
  if (subjects.size() < 2) return std::nullopt;
  for (int x : children_[p]) {
    const Case k = ch(x).kase;
    if (x > subjects.front() && x < subjects.back() && ch(x).comma && !ch(x).predicate &&
        (k == Case::Ni || k == Case::He || k == Case::NiTaishi) && chunk_actor(x, false))
      return std::pair{subjects.front(), x};
  }
  return std::nullopt;
}

std::optional<Actor> Roles::reaction_place(int p) const {
  if (!ch(p).predicate || !lx_.has(Word::Spread, ch(p).lemma)) return std::nullopt;
  bool reaction = false;
  std::optional<Actor> where;
  for (int k : children_[p]) {
    const Chunk& c = ch(k);
    if (c.kase == Case::Ga && !c.predicate && !chunk_actor(k, false)) reaction = true;
    if (c.kase == Case::De && !c.predicate && !where)
      if (auto a = chunk_actor(k, false); a && a->codes.size() == 1 && !organisation_sector(country_or_sector(a->codes.front()))) {
        a->codes = {std::string(country_or_sector(a->codes.front()))};  // the people, not its government
        where = a;
      }
  }
  return reaction ? where : std::nullopt;
}

bool Roles::ongoing(int p) const {
  const Chunk& c = ch(p);
  return c.predicate && c.kase == Case::No && c.content_end > c.first &&
         s_.tokens[c.content_end - 1].surface == "中"sv && s_.tokens[c.content_end - 1].is(tag::Suffix);
}

int Roles::koto_governor(int p) const {
  const Chunk& c = ch(p);
  const int h = head(p);
  // …示した|ことを|報じた: こと as a chunk of its own.
  if (c.predicate && c.adnominal && h >= 0 && !ch(h).predicate && nominaliser(ch(h).noun) &&
      (ch(h).kase == Case::Wo || ch(h).kase == Case::De) && head(h) >= 0 && ch(head(h)).predicate)
    return head(h);
  if (!c.predicate || h < 0 || !ch(h).predicate || (c.kase != Case::Wo && c.kase != Case::De)) return -1;
  for (int i = c.content_end; i < c.last; ++i)
    if (nominaliser(s_.tokens[i].surface)) return h;
  for (int i = c.first; i < c.content_end; ++i)
    if (nominaliser(s_.tokens[i].surface) && s_.tokens[i].is(tag::Dependent)) return h;
  return -1;
}

std::optional<Actor> Roles::between(int p) const {
  for (int k : children_[p])
    if (ch(k).kase == Case::De && !ch(k).predicate && ch(k).noun == "間"sv)
      for (int m : children_[k])
        if (ch(m).kase == Case::ToNo || ch(m).kase == Case::No)
          if (auto a = chunk_actor(m, false)) return a;
  return std::nullopt;
}

std::optional<Actor> Roles::clause_subject(int c, const std::vector<std::string>& source) const {
  // The clause: the predicates a こと/の/件 noun nominalises, or the chunk
  // itself when こと ends it (議員が検問所を通ることを許可しない).
  std::vector<int> clause;
  if (nominaliser(ch(c).noun) || ch(c).noun == "件"sv) {
    for (int k : children_[c])
      if (ch(k).predicate) clause.push_back(k);
  } else if (ch(c).predicate) {
    for (int i = ch(c).first + 1; i < ch(c).last && clause.empty(); ++i)
      if (s_.tokens[i].surface == "こと"sv || s_.tokens[i].surface == "事"sv) clause.push_back(c);
  }
  for (int k : clause)  // AとBとの間で合意が署名されたことを歓迎: both sides
    if (auto a = between(k))
      if (!excluded(*a, source)) return a;
  for (int k : clause)
    if (ch(k).passive)  // 船長が日本側に逮捕されたことに抗議: who acted
      for (int g : children_[k])
        if (ch(g).kase == Case::Ni || (ch(g).kase == Case::Kara && !ch(g).adnominal))
          if (auto a = chunk_actor(g))
            if (!excluded(*a, source)) return a;
  for (int k : clause)
    for (int g : children_[k])
      if (ch(g).kase == Case::Ga)  // ミャンマー軍による空爆が続いていること: its agent too
        if (auto a = chunk_actor(g, true, true))
          if (!excluded(*a, source)) return a;
  return std::nullopt;
}

std::vector<int> Roles::chained_before(int p) const {
  std::vector<int> partners;
  std::vector<int> frontier{p};
  for (int depth = 0; depth < 3 && !frontier.empty(); ++depth) {
    std::vector<int> next;
    for (int f : frontier)
      for (auto it = children_[f].rbegin(); it != children_[f].rend(); ++it)
        if (ch(*it).predicate && ch(*it).conjunctive) next.push_back(*it);
    partners.insert(partners.end(), next.begin(), next.end());
    frontier = next;
  }
  return partners;
}

// Conjoined predicates before this one (chained_before), then the one this
// predicate is conjoined to.
std::optional<Actor> Roles::borrowed_target(int p, const Pattern* pat, const std::vector<std::string>& source,
                                            bool aims) const {
  std::vector<int> partners = chained_before(p);
  // 「…」と歓迎し、イスラエルに…を求めた: praise does not take the addressee of what follows it.
  if (ch(p).conjunctive && head(p) >= 0 && !(pat && root_in(pat->code, {"05"}))) partners.push_back(head(p));
  const bool resolve = lx_.has(Word::Resolve, ch(p).lemma);
  for (int q : partners) {
    // …圧力を強化することで一致した: the plan agreed on is no act chained before
    // the agreement; its aim is not the agreement's partner.
    if (resolve && text_of(q).ends_with("ことで")) continue;
    // 北朝鮮の発射に言及しつつ、…連携を呼びかけ: what was spoken of is no one
    // acted on; what a report says may be (…攻撃を開始したと発表し、非難した).
    if (speech_verb(q) && std::none_of(children_[q].begin(), children_[q].end(),
                               [&](int k) { return ch(k).kase == Case::Quote; }))
      continue;
    if (auto a = direct_target(q, pat && pat->mutual ? pat : nullptr, source, object_chunk(q), aims)) {
      a->label.append(" (shared with " + ch(q).lemma + ")");
      return a;
    }
  }
  return std::nullopt;
}

int Roles::nearest_topic(int p, bool actors_only) const {
  int depth = ch(p).quote_depth;
  for (int j = p - 1; j >= 0; --j) {
    if (ch(j).quote_depth < depth) return -1;
    if (ch(j).quote_depth != depth) continue;
    if ((ch(j).kase != Case::Wa && ch(j).kase != Case::Mo) || coordinated(j)) continue;
    // 解除する事は遺憾とし: a nominalised clause as the topic is what is judged, never who acts.
    if (ch(j).predicate || nominaliser(ch(j).noun)) continue;
    if (ch(j).kase == Case::Mo && !chunk_actor(j)) continue;  // 友好関係も保ちたい: an object, not a topic
    if (!actors_only || chunk_actor(j, false)) return j;
  }
  return -1;
}

bool Roles::judged_thing(int c) const {
  // NATOの事務総長は, 中国の報道官は: a person or body, who judges (領空侵犯は: a thing).
  if (lx_.has(Word::Agentive, s_.tokens[ch(c).content_end - 1].surface)) return false;
  for (const auto& w : lx_.words(Word::Title))
    if (ch(c).noun.ends_with(w)) return false;
  for (const auto& m : s_.mentions)
    if (m.chunk == c && m.head) return false;  // 外相は: an agent whose country is unknown
  return true;
}

bool Roles::judging_clause(int p) const {
  if (ch(p).deemed) return true;  // 解除は遺憾とした: a noun with とする judges what it fronts
  const int q = quote_of_chunk(p);
  if (q >= 0 && s_.quotes[q].speech && !s_.quotes[q].speaker_codes.empty()) return true;
  for (int c : children_[p])
    if (ch(c).kase == Case::Quote) return true;  // 「経済報復」だと反発し, …は不当だと批判した
  return false;
}

}  // namespace kizashi::ja

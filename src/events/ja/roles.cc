#include "events/ja/roles.h"

#include <algorithm>

#include "base/actor_code.h"
#include "text/ja/chunk.h"

namespace kizashi::ja {

using namespace std::literals;

namespace {

constexpr Case kDefaultTargets[] = {Case::NiTaishi, Case::HeNo, Case::Ni,   Case::He,
                                     Case::Wo,       Case::To,   Case::ToNo, Case::Kara};

bool target_case(Case c) {
  return std::find(std::begin(kDefaultTargets), std::end(kDefaultTargets), c) != std::end(kDefaultTargets);
}

}  // namespace

Roles::Roles(const Sentence& s, const Lexicon& lexicon) : s_(s), lx_(lexicon) {
  for (const auto& c : s.chunks) heads_.push_back(c.head);
  reattach_subjects();
  reattach_to_report();
  reattach_things_with_mo();
  children_.resize(s.chunks.size());
  for (int c = 0; c < n(); ++c)
    if (head(c) >= 0) children_[head(c)].push_back(c);
}

bool Roles::war_party(int c) const {
  if (ch(c).kase != Case::ToNo || head(c) < 0) return false;
  const Chunk& h = ch(head(c));
  return lx_.has(Word::Conflict, s_.tokens[h.content_end - 1].surface);
}

bool Roles::same_country(const Actor& a, const std::vector<std::string>& source) {
  if (source.empty()) return false;
  for (const auto& code : a.codes)
    for (const auto& src : source)
      if (country_or_sector(code) != country_or_sector(src)) return false;
  return true;
}

std::string Roles::text_of(int c) const {
  const Chunk& k = ch(c);
  return s_.text.substr(s_.tokens[k.first].begin, s_.tokens[k.last - 1].end - s_.tokens[k.first].begin);
}

std::optional<Actor> Roles::speaker_of(int quote) const {
  if (quote < 0 || s_.quotes[quote].speaker_codes.empty()) return std::nullopt;
  Actor a;
  a.codes = s_.quotes[quote].speaker_codes;
  a.label = s_.quotes[quote].speaker;
  return a;
}

std::optional<Actor> Roles::from_mention(const Mention& m, int quote) const {
  Actor a;
  a.chunk = m.chunk;
  if (m.speaker_ref) {
    if (quote < 0 || s_.quotes[quote].speaker_codes.empty()) return std::nullopt;
    a.codes = s_.quotes[quote].speaker_codes;
    a.label = Label::resolved(m.label, s_.quotes[quote].speaker);
    a.ids = m.ids;
    return a;
  }
  if (m.agent_only || m.codes.empty()) return std::nullopt;
  a.codes = m.codes;
  a.label = m.label;
  a.ids = m.ids;
  a.person = m.person_index;
  return a;
}

int Roles::quote_of_chunk(int c) const {
  uint32_t at = s_.tokens[ch(c).content_end > ch(c).first ? ch(c).content_end - 1 : ch(c).first].begin;
  for (int q = 0; q < static_cast<int>(s_.quotes.size()); ++q)
    if (at >= s_.quotes[q].begin && at < s_.quotes[q].end) return q;
  return -1;
}

std::optional<Actor> Roles::chunk_actor(int c, bool allow_modifier, bool as_target, bool aims) const {
  for (const auto& m : s_.mentions)
    if (m.chunk == c && m.head && !m.quoted_term)
      if (auto a = from_mention(m, quote_of_chunk(c))) return a;
  if (!allow_modifier || !nominal_chunk(s_, ch(c))) return std::nullopt;
  // カブール付近の国連施設が: as a subject, an international organisation opening
  // the compound is the actor, before a place or possessor in a の-modifier.
  if (!as_target)
    if (auto a = compound_country(c); a && a->codes.size() == 1 && intergovernmental(a->codes.front())) return a;
  // 米軍需企業7社に制裁を科す, 中国製電気自動車に関税を課す: what is acted on is
  // the country's that opens its compound.
  if (as_target && role_in_compound(c))
    if (auto a = compound_country(c)) return a;
  if (as_target)  // ロシアによる侵攻を非難: the agent of the act is who is criticised
    for (int k : children_[c])
      if (ch(k).kase == Case::Kara && ch(k).adnominal)
        if (auto a = chunk_actor(k, false)) return a;
  // ロシアにおける人権侵害を非難した: as a target, the place where the thing is.
  auto modifier = [&](int k) {
    const Case kase = ch(k).kase;
    // 米国をはじめとする関係国と: the example named stands for the group.
    if (kase == Case::Via && text_of(k).find("はじめとする") != std::string::npos) return true;
    // ロシアの軍需企業など15団体を: an enumeration with など before its noun.
    if (kase == Case::None && nominal_chunk(s_, ch(k)) &&
        (text_of(k).find("など") != std::string::npos || text_of(k).find("等") != std::string::npos))
      return true;
    return kase == Case::No ||
           (as_target && (kase == Case::ToNo || (aims && kase == Case::HeNo) || (kase == Case::De && ch(k).adnominal)));
  };
  // 安保理決議の履行を求めた: a document's author in its compound is not who is to act.
  auto actor_of = [&](int k) {
    return !aims && content_tail(k) ? chunk_actor(k, false) : modifier_actor(k);
  };
  for (int k : children_[c]) {
    if (!modifier(k)) continue;
    if (war_party(k)) continue;
    if (auto a = actor_of(k)) return a;
    for (int k2 : children_[k])
      if (modifier(k2))
        if (auto a = actor_of(k2)) return a;
  }
  return std::nullopt;
}

int Roles::content_governor(int p) const {
  if (!(ch(p).adnominal || ch(p).kase == Case::Quote)) return -1;
  int n = head(p);
  // 「抗議する」との|論評を|発表した with との attached past its noun: the noun after it.
  if (n > p + 1 && ch(n).predicate && ch(p).kase == Case::Quote && head(p + 1) == n && !ch(p + 1).predicate &&
      text_of(p).size() >= 6 && text_of(p).compare(text_of(p).size() - 6, 6, "との") == 0)
    n = p + 1;
  for (int hops = 0; n >= 0 && hops < 3; ++hops) {
    const Chunk& c = ch(n);
    if (c.predicate || !lx_.has(Word::Content, s_.tokens[c.content_end - 1].surface)) return -1;
    const int h = head(n);
    if (c.kase != Case::No) return h >= 0 && ch(h).predicate ? h : -1;
    n = h;  // 内容の決議: through the noun the content noun modifies
  }
  return -1;
}

std::optional<Actor> Roles::institution_topic(int p) const {
  for (int c : children_[p]) {
    if (ch(c).kase != Case::De || text_of(c).find("では") == std::string::npos) continue;
    auto a = chunk_actor(c, false);
    if (!a) continue;
    for (const auto& id : a->ids)
      if (id.rfind("organizations:", 0) == 0 || id.rfind("agents:", 0) == 0) return a;
  }
  return std::nullopt;
}


std::optional<Actor> Roles::subject(int p, int level) const {
  if (level > 4) return std::nullopt;
  // 訪問中の米国の国務副長官: an act under way is that of the one it describes.
  if (ongoing(p)) {
    if (head(p) < 0) return std::nullopt;
    if (auto a = chunk_actor(head(p), false)) return a;
    // 来日中のソン外務大臣と岩屋外務大臣との間で: the first of a pair keeps its own codes.
    for (const auto& m : s_.mentions)
      if (m.chunk == head(p) && !m.quoted_term) return from_mention(m, quote_of_chunk(m.chunk));
    return std::nullopt;
  }
  if (auto a = occurrence_agent(p)) return a;  // 中国側から抗議があった
  if (auto a = reaction_place(p)) return a;    // 韓国では反発が広がっている
  // An explicit が subject decides; among topics the closest one naming an
  // actor wins (Xは…を求めたが、Yは…を拒否した).
  for (auto it = children_[p].rbegin(); it != children_[p].rend(); ++it)
    if (ch(*it).kase == Case::Ga && !coordinated(*it)) return chunk_actor(*it);
  // A topic that is an actor comes before one that only has an actor's の
  // (報道官は、イランの決定は「容認できない」と批判した: the spokesman judges).
  // 「北朝鮮の発射は暴挙であり、強く非難する」, 日本の措置は「報復」だと反発し: a
  // judgement fronts what it judges; a topic that only has an actor's の is that.
  const bool judging = judging_clause(p);
  bool topic = false;
  for (bool modifiers : {false, true})
    for (auto it = children_[p].rbegin(); it != children_[p].rend(); ++it) {
      Case k = ch(*it).kase;
      if ((k == Case::Wa || k == Case::Mo) && !coordinated(*it)) {
        auto a = chunk_actor(*it, modifiers);
        if (a && !(modifiers && judging && judged_thing(*it))) return a;
        // (友好関係も保ちたい: a も that names no actor is an object or a time, not a topic.)
        topic = topic || (modifiers && !a && k == Case::Wa && !(judging && judged_thing(*it)));
      }
    }
  if (topic) return std::nullopt;
  if (ch(p).adnominal && head(p) >= 0) {
    // A relative clause on an actor (…を終えたキャンベル氏) has that actor as subject;
    // one on an agentive noun (…を破壊しようとする者) has that unnamed agent.
    if (auto a = chunk_actor(head(p), false)) return a;
    const Chunk& h = ch(head(p));
    const std::string& tail = s_.tokens[h.content_end - 1].surface;
    for (const auto& w : lx_.words(Word::Agentive))
      if (tail.size() >= w.size() && tail.compare(tail.size() - w.size(), w.size(), w) == 0) return std::nullopt;
  }
  if (int v = content_governor(p); v >= 0) return subject(v, level + 1);
  // 軍が、新政権に反対するプロパガンダも書かないよう要求した: a relative clause on a
  // thing is not the act of the subject of the verb that takes the thing.
  if (int g = ch(p).adnominal ? -1 : embedded_subject(p); g >= 0)
    if (auto a = chunk_actor(g); a || !shares_subject(head(g), p)) return a;  // ことなどが響き、: no actor's
  int t = nearest_topic(p, judging);
  if (t >= 0) return chunk_actor(t, !judging);
  if (auto a = institution_topic(p)) return a;
  if (auto a = speaker_of(quote_of_chunk(p))) return a;
  if (auto a = partner_subject(p)) return a;
  int h = head(p);
  if (h >= 0 && (ch(p).conjunctive || ch(p).kase == Case::Quote || ch(p).adnominal) && ch(h).predicate)
    return subject(h, level + 1);
  return std::nullopt;
}



bool Roles::excluded(const Actor& a, const std::vector<std::string>& source) const {
  for (const auto& c : a.codes)
    if (std::find(source.begin(), source.end(), c) == source.end()) return false;
  return true;
}

std::optional<Actor> Roles::subtree_actor(int root, const std::vector<std::string>& source, bool aims) const {
  // Breadth-first from the object chunk: its own modifiers inside the compound, then
  // chunks that modify it (への/に対する first).
  // Agents, places and means inside a relative clause (国連調査団の要請で拘束された)
  // are not what the object is about: their subtrees are not searched; nor,
  // when `aims` is false, the aim of the object (マラウイへの支援を要請: Malawi is
  // who the aid is for, not who is asked for it; 和平に向けて) nor the author of a
  // document in its compound (安保理決議の履行を求めた).
  std::vector<int> order{root};
  for (size_t i = 0; i < order.size() && order.size() < 64; ++i)
    for (int k : children_[order[i]]) {
      Case kk = ch(k).kase;
      if (kk == Case::De || kk == Case::Ga || kk == Case::Wa || kk == Case::Mo) continue;
      if (!aims && (kk == Case::HeNo || kk == Case::NiTaishi || kk == Case::He)) continue;
      order.push_back(k);
    }
  // ロシアによるウクライナ侵攻: the agent (による) first, then the aim (への, に対する).
  std::stable_sort(order.begin() + 1, order.end(), [&](int a, int b) {
    auto rank = [&](int c) {
      Case k = ch(c).kase;
      return k == Case::Kara && ch(c).adnominal ? 0 : k == Case::HeNo || k == Case::NiTaishi ? 1 : 2;
    };
    return rank(a) < rank(b);
  });
  for (int c : order)
    if (c != root && ch(c).kase == Case::Kara && ch(c).adnominal)
      if (auto a = chunk_actor(c, false))
        if (!excluded(*a, source)) return a;
  // Inside the object, the source's own country (日本人の解放を求めた) is not the other side.
  // An explicit aim (英国政府へのスト) may be domestic; a possessive may not.
  for (int c : order) {
    if (war_party(c)) continue;
    bool aim = ch(c).kase == Case::HeNo || ch(c).kase == Case::NiTaishi || ch(c).kase == Case::Kara;
    for (const auto& m : s_.mentions) {
      if (m.chunk != c || m.quoted_term) continue;
      if (!aims && !m.head && content_tail(c)) continue;  // 安保理決議の履行を求めた: its author
      if (auto a = from_mention(m, quote_of_chunk(c)))
        if (!excluded(*a, source) && (aim || !same_country(*a, source))) return a;
    }
  }
  return std::nullopt;
}



bool Roles::unplaced_agent(int c) const {
  bool agent = false;
  for (const auto& m : s_.mentions) {
    if (m.chunk != c || m.quoted_term) continue;
    if (!m.agent_only) return false;  // チャド前大統領を: the chunk names the country
    agent = agent || m.head;
  }
  return agent;
}

// The predicate's own arguments in the target cases, in the pattern's order.
std::optional<Actor> Roles::argument_target(int p, const Pattern* pat, const std::vector<std::string>& source,
                                            bool aims) const {
  std::vector<Case> order(std::begin(kDefaultTargets), std::end(kDefaultTargets));
  // A joint act's partner is named with と (or に/を); への/に向けて name its aim.
  if (pat && pat->mutual) order = {Case::To, Case::ToNo, Case::Ni, Case::Wo};
  if (pat && !pat->target_cases.empty()) order = pat->target_cases;
  const bool has_wo = object_chunk(p) >= 0;
  const auto gapped = gap(p);  // (AがXに、BがYへの援助を開始した: X is A's)
  for (Case want : order)
    for (int c : children_[p]) {
      Case k = ch(c).kase;
      if (want == Case::Ni && k == Case::NiTaishi) k = Case::Ni;
      // …との友好関係も保った: a も thing (no actor itself) stands where を would.
      if (want == Case::Wo && k == Case::Mo && !has_wo && !chunk_actor(c, false)) k = Case::Wo;
      if (k != want || coordinated(c) || (gapped && gapped->second == c)) continue;
      if (ch(c).together && !(pat && pat->mutual)) continue;  // 米国とともに要請した: a partner, not the addressee
      if (auto a = acting_modifier(c, pat, source)) return a;
      if (auto a = chunk_actor(c, true, true, aims))
        // A modifier naming the source's own country (日本人の解放を) is not the other side.
        if (!excluded(*a, source) && !(a->chunk != c && same_country(*a, source))) return a;
      if (auto a = clause_subject(c, source)) return a;
      if (auto a = relative_agent(c, pat, source)) return a;
    }
  return std::nullopt;
}

// XはYが…していると批判した: the subject of the reported clause is the target
// (also inside a condition within it: Yが…すれば…をもたらすと警告した).
std::optional<Actor> Roles::reported_target(int p, const std::vector<std::string>& source) const {
  for (int q : children_[p])
    if (ch(q).predicate && ch(q).kase == Case::Quote) {
      std::vector<int> clause{q};
      for (int k : children_[q])
        if (ch(k).predicate && ch(k).conjunctive) clause.push_back(k);
      for (int part : clause) {
        for (int c : children_[part])
          if (ch(c).kase == Case::Ga || ch(c).kase == Case::Wa)
            if (auto a = chunk_actor(c))
              if (!excluded(*a, source)) return a;
        if (int g = embedded_subject(part); g >= 0)  // 中国軍が…取り囲む形で…開始したと
          if (auto a = chunk_actor(g))
            if (!excluded(*a, source)) return a;
        // イスラエルによる「露骨な違反」だと非難: the agent of what the clause judges.
        if (!ch(part).verbal)
          for (int c : children_[part])
            if (ch(c).kase == Case::Kara && ch(c).adnominal)
              if (auto a = chunk_actor(c))
                if (!excluded(*a, source)) return a;
      }
    }
  return std::nullopt;
}

std::optional<Actor> Roles::direct_target(int p, const Pattern* pat, const std::vector<std::string>& source, int obj,
                                          bool aims) const {
  // 旅行者に対し…を避けるよう勧告した: an appeal or demand addressed to others
  // than actors has no target inside what it asks for.
  // (記者に対し、米軍に…を求めた: the press spoken to is an audience, not the one asked.)
  auto audience = [&](int c) {
    return std::any_of(s_.mentions.begin(), s_.mentions.end(),
                       [&](const Mention& m) { return m.chunk == c && m.agent_only && m.codes.front() == "MED"; });
  };
  if (!aims)
    for (int c : children_[p])
      if (ch(c).kase == Case::NiTaishi && !ch(c).predicate && !chunk_actor(c) && !audience(c)) return std::nullopt;
  if (auto a = argument_target(p, pat, source, aims)) return a;
  // A pattern whose target is its を-object (承認, 招待) wants that argument itself,
  // not something that modifies it (台湾への武器売却を承認).
  if (pat && std::find(pat->target_cases.begin(), pat->target_cases.end(), Case::Wo) != pat->target_cases.end())
    return std::nullopt;
  // A joint act's partner is named as an argument, not found inside its object
  // (対北朝鮮抑止力を強化することで一致: North Korea is no partner).
  if (obj >= 0 && !(pat && pat->mutual))
    if (auto a = subtree_actor(obj, source, aims)) return a;
  // …の活発化について懸念を伝えた: what the act is about may name the other side;
  // not for an appeal (米国の挑発について審議するよう要請: the addressee is asked about it).
  if (aims && (!pat || (pat->target_cases.empty() && !pat->mutual)))
    for (int c : children_[p])
      if (ch(c).kase == Case::Topic) {
        if (auto a = clause_subject(c, source)) return a;  // 日本が…増額したことについて
        if (auto a = relative_agent(c, pat, source)) return a;
        if (auto a = subtree_actor(c, source)) return a;
      }
  if (!pat || pat->target_cases.empty())
    if (auto a = reported_target(p, source)) return a;
  // Force, assault and fighting (15, 18-20) are aimed at where they happen.
  if (pat && root_in(pat->code, {"15", "18", "19", "20"}))
    for (int c : children_[p])
      if (ch(c).kase == Case::De && text_of(c).find("では") == std::string::npos)  // AUでは: a view, not a place
        if (auto a = chunk_actor(c))  // パレスチナのガザ地区で: the place's country
          if (!excluded(*a, source)) return a;
  if (auto a = judged_topic(p, pat, source)) return a;
  // The predicate's own compound (日米首脳会談) may name the other side.
  for (const auto& m : s_.mentions)
    if (m.chunk == p && !m.head && !m.quoted_term)
      if (auto a = from_mention(m, quote_of_chunk(p)))
        if (!excluded(*a, source)) return a;
  return std::nullopt;
}

bool Roles::may_borrow(int p, const Pattern* pat) const {
  // For appeals, offers, aid and demands the を-object is the thing asked or given,
  // not the other side: it does not fill the target's place.
  bool wo_is_thing = pat && root_in(pat->code, {"02", "03", "07", "08", "10"});
  for (int c : children_[p]) {
    if (!target_case(ch(c).kase) || ch(c).predicate) continue;
    if (wo_is_thing && ch(c).kase == Case::Wo) continue;
    if (chunk_actor(c)) continue;
    // 船長と乗組員の釈放を: a と before a の-noun joins two nouns; it is no argument.
    if (ch(c).kase == Case::To && c + 1 < n() && ch(c + 1).kase == Case::No) continue;
    // これを非難した: a pronoun is whatever the clause before it named.
    bool demonstrative = ch(c).noun.rfind("同", 0) == 0 || ch(c).noun == "これ"sv || ch(c).noun == "それ"sv;
    for (int k : children_[c])
      if (s_.tokens[ch(k).first].is(tag::Adnominal)) demonstrative = true;
    if (!demonstrative) return false;
  }
  return true;
}

std::optional<std::string> Roles::refers_back(int p, const Pattern* pat) const {
  const bool wo_is_thing = pat && root_in(pat->code, {"02", "03", "07", "08", "10"});
  for (int c : children_[p]) {
    const Chunk& k = ch(c);
    if (!target_case(k.kase) || k.predicate || (wo_is_thing && k.kase == Case::Wo) || chunk_actor(c)) continue;
    const std::string& noun = k.noun;
    // それと同時に, これとは別に: a time or a contrast, not the act's argument.
    if ((noun == "これ"sv || noun == "それ"sv) && k.kase != Case::To) return "";
    if (noun.rfind("同", 0) == 0 && noun.size() > 3) return noun.substr(3);  // 同決議, 同提案
    for (int m : children_[c])
      if (ch(m).last == k.first && demonstrative(m)) return noun;
  }
  return std::nullopt;
}

// この, その, こうした, そうした; このような (この|ような as two chunks).
bool Roles::demonstrative(int m) const {
  auto bare = [&](int k) {  // without an opening bracket (「このような)
    std::string t = text_of(k);
    return t.starts_with("「") ? t.substr(3) : t;
  };
  const std::string t = bare(m);
  if (t == "この"sv || t == "その"sv || t == "こうした"sv || t == "そうした"sv) return true;
  // (the parse may hang この on the verb: the chunk right before ような is checked)
  return t == "ような"sv && m > 0 && (bare(m - 1) == "この"sv || bare(m - 1) == "その"sv);
}

bool Roles::request_complement(int p) const {
  const Chunk& c = ch(p);
  // 撤退させる|よう|改めて求めた: よう a chunk of its own, right after p.
  if (const int n = p + 1; n < static_cast<int>(s_.chunks.size()) && head(p) == n) {
    const Token& t = s_.tokens[ch(n).first];
    int h = head(n);  // past adverbs (改めて, 強く) to the verb of asking
    for (int hops = 0; h >= 0 && !ch(h).predicate && hops < 3; ++hops) h = head(h);
    if (t.surface == "よう"sv && t.is(tag::Dependent) && h >= 0) return true;
  }
  if (head(p) < 0 || !ch(head(p)).predicate) return false;
  for (int i = c.content_end; i < c.last; ++i)
    if (s_.tokens[i].surface.rfind("よう", 0) == 0) return true;
  for (int i = c.first; i < c.content_end; ++i)
    if (s_.tokens[i].surface == "よう"sv && s_.tokens[i].is(tag::Dependent)) return true;
  return false;
}

std::optional<Actor> Roles::target(int p, const Pattern* pat, const std::vector<std::string>& source, int obj) const {
  // An appeal or demand is addressed to whoever is to act (Xの撤退を要求), not to
  // the one the thing asked for is aimed at (Xへの支援を要請).
  const bool aims = !(pat && root_in(pat->code, {"02", "10"}));
  // アブレ前大統領を拘留した: the one acted on is named, but by a title whose
  // country is unknown; no modifier elsewhere stands in for them, only the
  // predicate's own argument the object is sent to or taken from (中国に大使を
  // 派遣した, ウクライナから部隊を引き揚げた).
  if (obj >= 0 && unplaced_agent(obj)) {
    for (int c : children_[p])
      if (const Case k = ch(c).kase;
          (k == Case::Ni || k == Case::NiTaishi || k == Case::He || k == Case::HeNo || k == Case::Kara) &&
          text_of(c).find("によ") == std::string::npos)  // 圧力により: a means, not a place
        if (auto a = chunk_actor(c, true, true, aims))
          if (!excluded(*a, source)) return a;
    return std::nullopt;
  }
  // A joint act whose subject already names both sides needs no other partner
  // but one named with と (日米は韓国と協議した); the countries of what they do
  // together are not partners (石破首相と李大統領は…日米韓の連携を深めていく).
  if (pat && pat->mutual && source.size() >= 2) {
    for (int c : children_[p])
      if ((ch(c).kase == Case::To || ch(c).kase == Case::ToNo) && !coordinated(c))
        if (auto a = chunk_actor(c, false))
          if (!excluded(*a, source)) return a;
    return std::nullopt;
  }
  if (auto a = direct_target(p, pat, source, obj, aims)) return a;
  // JICAは、バングラデシュ政府との間で…契約に調印した: the side named with 〜との間で.
  if (pat && pat->mutual)
    if (auto a = between(p))
      if (!excluded(*a, source)) return a;
  for (int q : children_[p])
    if (ch(q).predicate && request_complement(q))
      for (int c : children_[q])
        if (ch(c).kase == Case::Ni || ch(c).kase == Case::NiTaishi)
          if (auto a = chunk_actor(c))
            if (!excluded(*a, source)) return a;
  // イランに対し、…を非難する決議を採択した: a content clause's target may be an
  // argument of the predicate that governs its content noun.
  // (…前向きな意向を示したことを報じた: and the verb that clause is nominalised for.)
  if (int v = content_governor(p); v >= 0)
    for (int w : {v, koto_governor(v)})
      if (auto a = w >= 0 ? argument_target(w, pat, source, aims) : std::nullopt) return a;
  // トルコに対し、…支援を行うことを決定した: a clause nominalised by こと as the
  // object of its verb shares that verb's arguments.
  if (int v = koto_governor(p); v >= 0)
    if (auto a = argument_target(v, pat, source, aims)) return a;
  if (pat && !pat->target_cases.empty()) return std::nullopt;
  if (auto a = quotation_addressee(p, pat, source)) return a;
  if (auto a = reacted_to(p, pat, source)) return a;
  if (auto a = occurrence_addressee(p, source)) return a;
  if (!may_borrow(p, pat)) return std::nullopt;
  return borrowed_target(p, pat, source, aims);
}

}  // namespace kizashi::ja

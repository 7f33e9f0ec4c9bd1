// events/ja/reactions — Roles for reactions and judgements (praise,
// criticism, rejection, threat, protest): who they are aimed at when no
// argument names it — a fronted topic, the one who acted in a clause chained
// before, the agent of what they are about. Part of Roles (events/ja/roles.h
// states the contract).
#include "events/ja/roles.h"

namespace kizashi::ja {

using namespace std::literals;

// 北朝鮮による弾道ミサイルの発射は、…我が国は強く非難する: a judgement (praise,
// criticism, rejection, threat, protest) may front what it judges as a topic
// that names no actor itself; the actor inside it is the one judged.
// Said as a quotation, the topic is the verb of saying's (報道官は、Xの深化は
// 「深刻な懸念だ」と述べた).
std::optional<Actor> Roles::judged_topic(int p, const Pattern* pat, const std::vector<std::string>& source) const {
  if (!pat || pat->mutual || !root_in(pat->code, {"05", "11", "12", "13", "14"})) return std::nullopt;
  std::vector<int> topics = children_[p];
  if (ch(p).kase == Case::Quote && head(p) >= 0)
    for (int c : children_[head(p)])
      if (c < p) topics.push_back(c);
  for (int c : topics)
    if (ch(c).kase == Case::Wa && !ch(c).predicate && !coordinated(c) && !chunk_actor(c, false))
      if (auto a = subtree_actor(c, source)) return a;
  // Xによる指定解除について日本政府は…遺憾としながら、…と話している: a topic
  // phrase of the clause p is chained into or reported by is what is judged.
  for (int h = head(p), up = p; h >= 0 && ch(h).predicate && (ch(up).conjunctive || ch(up).kase == Case::Quote);
       up = h, h = head(h))
    for (int c : children_[h])
      if (c < p && ch(c).kase == Case::Topic && !ch(c).predicate && !chunk_actor(c, false))
        if (auto a = subtree_actor(c, source)) return a;
  // Xによる指定を解除する事は遺憾とし: a nominalised clause right before a noun
  // with とする is what is deemed, wherever the parse attached it.
  // Its own subject is the one judged (米国が制裁を解除する事は遺憾としている).
  if (const int c = p - 1; ch(p).deemed && c >= 0 && ch(c).kase == Case::Wa && ch(c).predicate) {
    if (auto a = subject(c, 1); a && !excluded(*a, source)) return a;
    if (auto a = subtree_actor(c, source)) return a;
  }
  return std::nullopt;
}

// 米比が実施した共同パトロールについて批判した, 中国が建設した施設を非難した: what
// a reaction is aimed at may be named by what someone did; that one is the target.
std::optional<Actor> Roles::relative_agent(int c, const Pattern* pat, const std::vector<std::string>& source) const {
  if (!pat || pat->mutual || !root_in(pat->code, {"11", "12", "13", "14"}) || ch(c).predicate) return std::nullopt;
  for (int k : children_[c])
    if (ch(k).predicate && ch(k).adnominal && !ch(k).passive)
      for (int g : children_[k])
        if (ch(g).kase == Case::Ga && !coordinated(g))
          if (auto a = chunk_actor(g))
            if (!excluded(*a, source)) return a;
  return std::nullopt;
}

// 北朝鮮は…ミサイルを発射し、韓国政府は…強く非難した: a reaction (criticism,
// rejection, threat, protest) with no target of its own is aimed at the one
// who acted in a clause chained before it.
std::optional<Actor> Roles::reacted_to(int p, const Pattern* pat, const std::vector<std::string>& source) const {
  if (!pat || pat->mutual || !root_in(pat->code, {"11", "12", "13", "14"})) return std::nullopt;
  for (int q : chained_before(p))
    if (auto a = ch(q).passive ? passive_agent(q) : subject(q, 1))  // 外相から…求められ、反論した
      if (!excluded(*a, source) && !same_country(*a, source)) {
        a->label.append(" (who acted in " + ch(q).lemma + ")");
        return a;
      }
  return std::nullopt;
}

// Who acted on the subject of a passive: its に/から/によって agent, or the
// から agent the parse gave to the request it states (外相から…をやめるよう求められ).
std::optional<Actor> Roles::passive_agent(int p) const {
  for (int k : children_[p])
    if (ch(k).kase == Case::Ni || ch(k).kase == Case::Kara)
      if (auto a = chunk_actor(k)) return a;
  for (int q : children_[p])
    if (ch(q).predicate && request_complement(q))
      for (int k : children_[q])
        if (ch(k).kase == Case::Kara && !ch(k).adnominal)
          if (auto a = chunk_actor(k)) return a;
  return std::nullopt;
}

// 日本側に対し「…を保障するよう求める」と述べた: an appeal, demand, criticism or
// threat inside a speech quotation with no target of its own is addressed to
// whom the verb of saying names with に対し.
std::optional<Actor> Roles::quotation_addressee(int p, const Pattern* pat, const std::vector<std::string>& source) const {
  if (!pat || pat->mutual) return std::nullopt;
  // トルコの地震被害に対し、…資金協力を行うと発表した: an act reported without
  // brackets (と before the verb of saying) is aimed at what that verb's に対し names.
  const bool reported = ch(p).kase == Case::Quote && head(p) >= 0 && speech_verb(head(p));
  const int q = quote_of_chunk(p);
  const bool quoted = q >= 0 && s_.quotes[q].speech && s_.quotes[q].closing >= 0 &&
                      root_in(pat->code, {"02", "10", "11", "12", "13"});
  if (!reported && !quoted) return std::nullopt;
  const int verb = reported ? head(p) : head(s_.quotes[q].closing);
  if (verb < 0 || !speech_verb(verb)) return std::nullopt;
  for (int k : children_[verb])
    if (ch(k).kase == Case::NiTaishi)
      if (auto a = chunk_actor(k, reported, reported))
        if (!excluded(*a, source)) return a;
  return std::nullopt;
}

// 米国の台湾への武器売却に反対, ロシアのウクライナへの侵攻を非難: a reaction or
// demand (10-14) to an act noun that names both who acts (の) and at whom (への)
// is aimed at who acts, not at the aim.
std::optional<Actor> Roles::acting_modifier(int c, const Pattern* pat, const std::vector<std::string>& source) const {
  if (!pat || pat->mutual || !root_in(pat->code, {"10", "11", "12", "13", "14"}) || ch(c).predicate)
    return std::nullopt;
  auto agent = [&](int k) -> std::optional<Actor> {
    if (ch(k).kase != Case::No) return std::nullopt;
    auto a = chunk_actor(k, false);
    if (a && !excluded(*a, source)) return a;
    return std::nullopt;
  };
  for (int k : children_[c])  // イスラエルによる…攻撃: the による agent decides elsewhere
    if (ch(k).kase == Case::Kara && ch(k).adnominal) return std::nullopt;
  for (int k : children_[c]) {
    if (ch(k).kase != Case::HeNo) continue;
    // 米国の|台湾への|武器売却: the parse hangs the の on the への; a country has no
    // possessor, so the の is the act's (not so for イランの|核施設への: the aim's).
    if (chunk_actor(k, false))
      for (int j : children_[k])
        if (auto a = agent(j)) return a;
    for (int j : children_[c])
      if (j < k)
        if (auto a = agent(j)) return a;
  }
  return std::nullopt;
}

}  // namespace kizashi::ja

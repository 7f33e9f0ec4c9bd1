// events/ja/emit — who does the chosen pattern's act to whom, and the events
// it gives (sentence_coder.h).
#include <algorithm>

#include "base/actor_code.h"
#include "events/ja/sentence_coder.h"

namespace kizashi::ja {

// 「中国の決定は遺憾だ」と述べた, 「日本の対応を遺憾に思う」: a judgement stated in
// a quotation is the speaker's. A copula or adjective one outside any quotation
// is nobody's act; a verb (遺憾に思う) outside one has its own subject.
bool SentenceCoder::judgement(const Predicate& pr, const Pattern& pat) const {
  if (!pat.judged) return false;
  const int q = roles_.quote_of_chunk(pr.chunk);
  return !roles_.ch(pr.chunk).verbal || (q >= 0 && s_.quotes[q].speech);
}

std::optional<Actor> SentenceCoder::judge(const Predicate& pr) const {
  const int q = roles_.quote_of_chunk(pr.chunk);
  if (q >= 0) return s_.quotes[q].speech ? roles_.speaker_of(q) : std::nullopt;
  // 大使は、ロシアの拒否権行使は極めて遺憾だと述べた: reported without brackets.
  const int h = roles_.head(pr.chunk);
  if (roles_.ch(pr.chunk).kase == Case::Quote && h >= 0 && roles_.speech_verb(h)) return roles_.subject(h);
  return std::nullopt;
}

// What is judged: the actor the は/が argument names, by itself, its modifier or
// the subject of its clause (中国が…したことは).
std::optional<Actor> SentenceCoder::judged(const Predicate& pr, const Actor& judge) const {
  for (int k : roles_.children(pr.chunk)) {
    const Case kase = roles_.ch(k).kase;
    if (kase != Case::Wa && kase != Case::Ga && kase != Case::Mo) continue;
    if (auto a = roles_.chunk_actor(k, true, true))
      if (!roles_.excluded(*a, judge.codes)) return a;
    if (auto a = roles_.clause_subject(k, judge.codes)) return a;
  }
  return std::nullopt;
}

// 首相はA外相の表敬を受けた, 日本は米国から要請を受けた, Aによる銃撃を受けた: who did
// the act the received noun names.
std::optional<Actor> SentenceCoder::giver(const Predicate& pr) const {
  for (int k : roles_.children(pr.chunk))
    if (roles_.ch(k).kase == Case::Kara && k != pr.obj)
      if (auto a = roles_.chunk_actor(k)) return a;
  return roles_.chunk_actor(pr.obj, true, true);
}

// 外務省局長から中国大使館公使に対し抗議した: with no subject, who it came from
// (から) to whom (に対し) is the act's source.
std::optional<Actor> SentenceCoder::sender(const Predicate& pr) const {
  bool addressed = false;
  for (int k : roles_.children(pr.chunk)) addressed = addressed || roles_.ch(k).kase == Case::NiTaishi;
  if (!addressed) return std::nullopt;
  for (int k : roles_.children(pr.chunk))
    if (roles_.ch(k).kase == Case::Kara && !roles_.ch(k).adnominal)
      if (auto a = roles_.chunk_actor(k)) return a;
  return std::nullopt;
}

// Does chunk c name a person or an office (林大臣, 外務省), not only a country?
bool SentenceCoder::official(int c) const {
  return std::any_of(s_.mentions.begin(), s_.mentions.end(), [&](const Mention& m) {
    return m.chunk == c && m.head && !m.codes.empty() && (m.person || m.codes.front().size() > 3);
  });
}

// 上川大臣から、…を非難するとともに、…と述べました (a readout names who spoke
// with から): with no subject, the から actor before p of the verb of saying
// that p's clause belongs to, over a content noun (…を深化させたい旨述べた).
// The から may hang past that verb (大臣から、…を供与することを伝えたのに対し、
// 大統領は…): the parser attaches it to the last verb; it spans p all the same.
std::optional<Actor> SentenceCoder::readout_speaker(const Predicate& pr, const Pattern& pat) const {
  // 林大臣から、…連携を呼びかけ: an act of words is itself said by the から
  // speaker, when that is an official, not a country (ウクライナから is a place).
  const bool said = root_in(pat.code, {"01", "02", "03", "05", "10", "11", "12", "13"});
  int q = pr.chunk;
  for (int hops = 0; q >= 0 && hops < 4; ++hops) {
    const Chunk& c = roles_.ch(q);
    if (roles_.speech_verb(q) || (hops == 0 && said))
      for (int k = 0; k < pr.chunk; ++k)
        if (roles_.ch(k).kase == Case::Kara && roles_.head(k) >= q && !roles_.ch(k).adnominal &&
            roles_.text_of(k).find("によ") == std::string::npos)
          if (auto a = roles_.chunk_actor(k))
            if (roles_.speech_verb(q) || official(k)) return a;
    const bool content = !c.predicate && res_.lexicon.has(Word::Content, c.noun);
    if (!(c.predicate || c.conjunctive || c.kase == Case::Quote || content)) break;  // 非難するとともに、…と述べました
    q = roles_.head(q);
  }
  return std::nullopt;
}

// 日本は米国、韓国とともに…を要請した: partners named with とともに act too.
void SentenceCoder::add_partners(const Predicate& pr, Actor& src) const {
  for (int k : roles_.children(pr.chunk)) {
    if (!roles_.ch(k).together) continue;
    const std::optional<Actor> with = roles_.chunk_actor(k, false);
    if (!with) continue;
    for (const auto& code : with->codes)
      if (std::find(src.codes.begin(), src.codes.end(), code) == src.codes.end()) src.codes.push_back(code);
    src.ids.insert(src.ids.end(), with->ids.begin(), with->ids.end());
    src.label.append(" (with " + with->label.text + ")");
  }
}

std::optional<Actor> SentenceCoder::source_of(const Predicate& pr, const Pattern& pat) const {
  std::optional<Actor> src = own_source(pr, pat);
  if (src && !pat.mutual && !roles_.ch(pr.chunk).passive) add_partners(pr, *src);
  return src;
}

std::optional<Actor> SentenceCoder::own_source(const Predicate& pr, const Pattern& pat) const {
  if (pr.setting) return participants(pr.chunk);
  if (pr.nominal) {
    if (auto a = nominal_agent(pr.chunk)) return a;
    return forceful_agent(pr.chunk, pat);
  }
  if (pr.receptive) return giver(pr);
  if (judgement(pr, pat)) return judge(pr);
  std::optional<Actor> src = pr.passive_light ? noun_agent(pr, pat) : roles_.subject(pr.chunk);
  // 林大臣から、…を呼びかけ、ウォン大臣はこれに賛同した: the topic after p is the
  // next clause's; the から speaker before p is p's own.
  if (src && src->chunk > pr.chunk && !roles_.ch(pr.chunk).passive)
    if (auto speaker = readout_speaker(pr, pat)) src = speaker;
  if (!src && pat.mutual) src = setting_participants(pr.chunk);
  if (!src && !roles_.ch(pr.chunk).passive) src = author(pr);
  if (!src && !roles_.ch(pr.chunk).passive) src = sender(pr);
  if (!src && !roles_.ch(pr.chunk).passive) src = readout_speaker(pr, pat);
  if (!src && !roles_.ch(pr.chunk).passive) src = text_author(pr);
  // 米中首脳会談が行われた: the joint act's compound names its participants.
  if (!src && pat.mutual && pr.obj >= 0)
    for (const auto& m : s_.mentions)
      if (m.chunk == pr.obj && !m.quoted_term && m.codes.size() >= 2)
        if (auto a = roles_.from_mention(m, roles_.quote_of_chunk(pr.obj))) return a;
  // 日米豪印の4か国の枠組みの首脳会合が開かれた: the meeting held names them among its modifiers.
  if (!src && pat.mutual && roles_.ch(pr.chunk).passive)
    for (int k : roles_.children(pr.chunk))
      if (roles_.ch(k).kase == Case::Ga && !roles_.ch(k).predicate)
        if (auto a = participants(k)) return a;
  if (!src) src = continued_subject(pr.chunk);
  return src;
}

// The target; for a passive the roles swap, so `src` may change too.
std::optional<Actor> SentenceCoder::target_of(const Predicate& pr, const Candidate& cand,
                                              std::optional<Actor>& src) const {
  if (pr.setting) return std::nullopt;  // the participants are all named
  if (pr.nominal) return src ? nominal_aim(pr.chunk, *cand.pat, *src) : std::nullopt;
  const Chunk& c = roles_.ch(pr.chunk);
  const Pattern& pat = *cand.pat;
  if (pr.receptive) {  // the one who received it
    std::optional<Actor> who = roles_.subject(pr.chunk);
    if (who && src && roles_.excluded(*who, src->codes)) who.reset();
    return who;
  }
  if (judgement(pr, pat) && src)
    if (auto a = judged(pr, *src)) return a;
  std::optional<Actor> tgt;
  if (c.passive && !pr.passive_light) {
    // Passive: the subject suffered the act; the agent is marked に / によって / から.
    std::optional<Actor> agent = roles_.passive_agent(pr.chunk);
    if (!agent) agent = author(pr);
    tgt = src;
    // 決議では、イランに対し…が求められた: the one the act is aimed at.
    for (int k : roles_.children(pr.chunk))
      if (!tgt && roles_.ch(k).kase == Case::NiTaishi) tgt = roles_.chunk_actor(k);
    src = agent;
  } else if (!pat.fixed_target.empty()) {
    tgt = Actor{{{pat.fixed_target}, Label::words(c.noun), {"pattern:" + pat.id}}, pr.chunk, -1};  // 訪中 names China
  } else {
    tgt = roles_.target(pr.chunk, &pat, src ? src->codes : std::vector<std::string>{}, pr.obj);
  }
  // 日米首脳会談を行った: the verbal noun's compound may name the other side.
  if (cand.from_obj && !tgt && src)
    for (const auto& m : s_.mentions)
      if (m.chunk == pr.obj && !m.head && !m.quoted_term)
        if (auto a = roles_.from_mention(m, roles_.quote_of_chunk(pr.obj)))
          if (!roles_.excluded(*a, src->codes)) return a;
  return tgt;
}

// 決議では…が求められた, 声明で…を非難した: a text (lexicon: content) named
// as where the act is stated is the act referred to; its source is the author.
std::optional<Actor> SentenceCoder::author(const Predicate& pr) const {
  for (int k : roles_.children(pr.chunk)) {
    const Chunk& c = roles_.ch(k);
    if (c.kase != Case::De || !res_.lexicon.has(Word::Content, c.noun)) continue;
    if (const JointAct* act = discourse_.referred_act(c.noun, "", s_.index)) {
      Actor a{{{act->a.code}, act->a.label, {"context:last_act"}}, -1, -1};
      a.label.append(" (the author of the " + c.noun + ")");
      return a;
    }
  }
  return std::nullopt;
}

// An appeal, demand or offer without an addressee, made by one side of the
// last meeting, is addressed to the other side (石破氏は…解放を求めた); a joint
// act of cooperation without a partner is with the other side (林大臣から、
// 協力を一層深化させたい旨述べました).
// (Not in a relative clause: 双方で合意した試験運行 tells of an earlier act.)
std::optional<Actor> SentenceCoder::addressee(const Predicate& pr, const Pattern& pat, const Actor& src) const {
  // (A protest, 114, is addressed too: 林大臣から、…邦人が拘束された件について抗議し.)
  const bool asks = (root_in(pat.code, {"02", "03", "10"}) || pat.code.starts_with("114")) && !pat.mutual;
  // (A clause on a content noun is no relative clause: …を深化させたい旨述べました.)
  const bool relative = roles_.ch(pr.chunk).adnominal && roles_.content_governor(pr.chunk) < 0;
  const bool joint = root_in(pat.code, {"03", "05", "06"}) && pat.mutual && !relative;
  if (!(asks || joint) || src.codes.size() != 1) return std::nullopt;
  // 国際社会と連携して対応する: a partner named, though no actor, is the other side.
  if (joint)
    for (int k : roles_.children(pr.chunk))
      if (const Case kase = roles_.ch(k).kase; (kase == Case::To || kase == Case::ToNo) && !roles_.ch(k).predicate)
        if (std::none_of(s_.mentions.begin(), s_.mentions.end(), [&](const Mention& m) { return m.chunk == k; }))
          return std::nullopt;
  const JointAct* meeting = discourse_.last_meeting(s_.index);
  if (!meeting) return std::nullopt;
  std::string_view me = country_or_sector(src.codes.front());
  const JointAct::Side* other = me == country_or_sector(meeting->a.code)   ? &meeting->b
                                : me == country_or_sector(meeting->b.code) ? &meeting->a
                                                                            : nullptr;
  if (!other) return std::nullopt;
  Actor a{{{other->code}, other->label, {"context:last_meeting"}}, -1, -1};
  a.label.append(" (last meeting)");
  return a;
}

// これに反発した, この決議を非難した: the act referred back to (Discourse::
// referred_act); its source is the target. An act noun that names no act
// coded (この指摘, この報告書) may still mean the newest act nearby.
std::optional<Actor> SentenceCoder::referred_act(const Predicate& pr, const Pattern& pat, const Actor& src) const {
  if (pat.mutual || src.codes.size() != 1) return std::nullopt;
  const std::optional<std::string> noun = roles_.refers_back(pr.chunk, &pat);
  if (!noun) return std::nullopt;
  const std::string_view me = country_or_sector(src.codes.front());
  const JointAct* act = discourse_.referred_act(*noun, me, s_.index);
  const Lexicon& lx = res_.lexicon;
  if (!act && (lx.has(Word::Content, *noun) || lx.has(Word::Claim, *noun) || lx.has(Word::Deed, *noun)))
    act = discourse_.referred_act("", me, s_.index);
  if (!act) {
    // この報告書に対し反論した, この指摘を否定した: the author of the text or claim named.
    const JointAct::Side* by = lx.has(Word::Text, *noun) || lx.has(Word::Claim, *noun)
                                   ? discourse_.issuer(*noun, s_.index, true)
                                   : nullptr;
    if (!by || country_or_sector(by->code) == me) return std::nullopt;
    Actor a{{{by->code}, by->label, {"context:text_author"}}, -1, -1};
    a.label.append(" (the author of the " + *noun + ")");
    return a;
  }
  Actor a{{{act->a.code}, act->a.label, {"context:last_act"}}, -1, -1};
  a.label.append(" (the act referred to)");
  return a;
}

// 日本はロシアに謝罪を求めた。ロシアは謝罪を拒否した: an answer (pattern option
// reply) with no target answers the newest act aimed at its source's country.
std::optional<Actor> SentenceCoder::replied_to(const Pattern& pat, const Actor& src) const {
  if (!pat.reply || src.codes.size() != 1) return std::nullopt;
  const JointAct* act = discourse_.act_towards(country_or_sector(src.codes.front()), s_.index);
  if (!act) return std::nullopt;
  Actor a{{{act->a.code}, act->a.label, {"context:replied_to"}}, -1, -1};
  a.label.append(" (the act answered)");
  return a;
}

// スペインは救助隊を派遣した, 米国も選挙の確定を歓迎した: aid, praise and
// criticism of an affair (its object names no actor) in an article about
// one country are aimed at that country (Discourse::focus).
std::optional<Actor> SentenceCoder::focus_target(const Predicate& pr, const Pattern& pat, const Actor& src) const {
  if (pat.mutual || pr.intent || src.codes.empty() || !root_in(pat.code, {"05", "07", "11"})) return std::nullopt;
  if (pr.obj < 0 && !pr.light) return std::nullopt;
  // 南部アフリカへ支援を行った: an aim named, though no actor, is where the act goes.
  for (int c : {pr.chunk, pr.obj})
    if (c >= 0)
      for (int k : roles_.children(c))
        if (const Case kase = roles_.ch(k).kase; kase == Case::He || kase == Case::HeNo || kase == Case::NiTaishi)
          if (std::none_of(s_.mentions.begin(), s_.mentions.end(), [&](const Mention& m) { return m.chunk == k; }))
            return std::nullopt;  // (記者団に対し: an audience, not an aim)
  // 襲撃犯を非難した: people are criticised, not the country they acted in.
  if (pr.obj >= 0 && !pr.light) {
    const std::string& tail = s_.tokens[roles_.ch(pr.obj).content_end - 1].surface;
    for (const auto& w : res_.lexicon.words(Word::Agentive))
      if (tail.size() >= w.size() && tail.compare(tail.size() - w.size(), w.size(), w) == 0) return std::nullopt;
  }
  // 中国と韓国は…不快感を伝えた: each side of a group source acts towards the focus.
  const std::optional<std::string> focus = discourse_.focus(country_or_sector(src.codes.front()));
  if (!focus) return std::nullopt;
  for (const auto& code : src.codes)
    if (country_or_sector(code) == *focus) return std::nullopt;
  // フィリピンの赤十字は救援を続けている: a source named as the focus country's own acts at home.
  if (src.chunk >= 0)
    for (int k : roles_.children(src.chunk))
      if (roles_.ch(k).kase == Case::No)
        for (const auto& m : s_.mentions)
          if (m.chunk == k)
            for (const auto& code : m.codes)
              if (country_or_sector(code) == *focus) return std::nullopt;
  Actor a{{{*focus}, Label::words(*focus), {"context:focus"}}, -1, -1};
  a.label.append(" (the country the document is about)");
  return a;
}

// 日本以外にもスペインが救助隊を派遣し、米国も支援に乗り出した: an act said to
// be done too (its source with も, or 以外にも/に続き in the clause) with no
// target of its own is aimed where the last such act by others was.
std::optional<Actor> SentenceCoder::parallel_target(const Predicate& pr, const Pattern& pat, const Actor& src) const {
  if (pat.mutual || pr.intent || src.codes.size() > 4) return std::nullopt;
  bool too = src.chunk >= 0 && roles_.ch(src.chunk).kase == Case::Mo;
  for (int k = 0; k < pr.chunk && !too; ++k) {
    const std::string text = roles_.text_of(k);
    too = text.find("以外にも") != std::string::npos || text.find("に続き") != std::string::npos ||
          text.find("に続いて") != std::string::npos;
  }
  if (!too) return std::nullopt;
  const JointAct* act = discourse_.same_kind_act(pat.code, country_or_sector(src.codes.front()), s_.index);
  if (!act) return std::nullopt;
  for (const auto& code : src.codes)
    if (country_or_sector(code) == country_or_sector(act->b.code)) return std::nullopt;
  Actor a{{{act->b.code}, act->b.label, {"context:same_kind_act"}}, -1, -1};
  a.label.append(" (as in the act before)");
  return a;
}

// What an act is called, for a later この決議: the content noun its clause
// states (非難する決議を採択), the compound of its predicate (非難決議), the
// verbal noun of a light verb (抗議を行った).
std::vector<std::string> SentenceCoder::act_nouns(const Predicate& pr, const Candidate& cand) const {
  std::vector<std::string> nouns{pr.compound};
  if (int v = roles_.content_governor(pr.chunk); v >= 0) nouns.push_back(roles_.ch(roles_.head(pr.chunk)).noun);
  if (cand.from_obj) nouns.push_back(roles_.ch(pr.obj).noun);
  return nouns;
}

std::vector<std::pair<std::string, std::string>> SentenceCoder::dyads(const Pattern& pat, const Actor& src,
                                                                      const std::optional<Actor>& tgt) const {
  std::vector<std::pair<std::string, std::string>> out;
  std::vector<std::string> participants = src.codes;
  if (tgt)
    for (const auto& t : tgt->codes)
      if (std::find(participants.begin(), participants.end(), t) == participants.end()) participants.push_back(t);
  // 日印両国が協力を進めたい: countries that cooperate, with no one else named, do so with each other.
  // (Cooperation itself, 050 and 06: not support, recognition or aid, which a group gives others.)
  const bool cooperation = pat.code == "050" || pat.code.compare(0, 2, "06") == 0;
  const bool together = !tgt && cooperation && countries_in_order(src.codes).size() >= 2;
  if (pat.mutual || together) {
    // One participant per country, the most specific code (JPNMIL over JPN); every
    // pair, except two of a group named as the partner (日本は両国と会談した:
    // Japan with each, not the two with each other).
    std::vector<std::string> merged;
    std::vector<bool> partner;
    for (size_t i = 0; i < participants.size(); ++i) {
      const std::string& code = participants[i];
      auto same = std::find_if(merged.begin(), merged.end(),
                               [&](const std::string& m) { return country_or_sector(m) == country_or_sector(code); });
      if (same == merged.end()) {
        merged.push_back(code);
        partner.push_back(i >= src.codes.size());
      } else if (same->size() < code.size()) {
        *same = code;
      }
    }
    const bool group_partner = std::count(partner.begin(), partner.end(), true) >= 2 && src.codes.size() == 1;
    for (size_t a = 0; a < merged.size(); ++a)
      for (size_t b = a + 1; b < merged.size(); ++b)
        if (!(group_partner && partner[a] && partner[b])) out.emplace_back(merged[a], merged[b]);
  } else if (tgt) {
    for (const auto& a : src.codes)
      for (const auto& b : tgt->codes) out.emplace_back(a, b);
  }
  // Same-country pairs only when both carry an agent (JPNGOV → JPNOPP).
  std::erase_if(out, [](const auto& d) {
    return d.first == d.second ||
           (country_or_sector(d.first) == country_or_sector(d.second) && (d.first.size() <= 3 || d.second.size() <= 3));
  });
  return out;
}

// The discourse learns of the act (its first dyad): for a later この決議, and
// for a joint act, a later 両国.
void SentenceCoder::remember_act(const Predicate& pr, const Candidate& cand, const Event& e, const Actor* sa,
                                 const Actor* sb, size_t dyads) {
  const JointAct act{s_.index, e.code, e.intent, dyads, {e.source, sa ? sa->label : Label{}},
                     {e.target, sb ? sb->label : Label{}}, act_nouns(pr, cand)};
  if (cand.pat->mutual) discourse_.joint_act(act);
  discourse_.acted(act);
}

// A target no argument names, from the discourse: the addressee of the last
// meeting, the act referred to, the affair reacted to, the act answered or
// done too, the focus, the article's affair.
std::optional<Actor> SentenceCoder::implicit_target(const Predicate& pr, const Pattern& pat, const Actor& src) const {
  if (auto a = addressee(pr, pat, src)) return a;
  if (auto a = referred_act(pr, pat, src)) return a;
  if (auto a = affair_target(pr, pat, src)) return a;
  if (auto a = replied_to(pat, src)) return a;
  if (auto a = parallel_target(pr, pat, src)) return a;
  if (auto a = continued_target(pat, src)) return a;
  if (auto a = focus_target(pr, pat, src)) return a;
  if (auto a = addressed_group(pr, pat, src)) return a;
  return lead_target(pr, pat, src);
}

void SentenceCoder::emit(const Predicate& pr, const Candidate& cand, const std::string& where, std::vector<Event>& out) {
  const Pattern& pat = *cand.pat;
  const bool intent = pr.intent || (pr.light && res_.lexicon.has(Word::Intent, pr.lemma) && cand.from_obj);
  std::optional<Actor> src = forced_ ? forced_->first : source_of(pr, pat);
  std::optional<Actor> tgt = forced_ ? forced_->second : target_of(pr, cand, src);
  const std::string why = explain_ ? where + " → " + pat.id + " (" + pat.file + ":" + std::to_string(pat.line) + ")" : "";
  if (!src) return trace(why + ": no source actor, no event");
  if (pat.planned && !intent) return trace(why + ": planned only, not in a plan or wish form, no event");
  if (!tgt) tgt = implicit_target(pr, pat, *src);
  const auto pairs = dyads(pat, *src, tgt);
  if (pairs.empty()) {
    // Still an act a later これを拒否 can refer to (英国は引き渡しを要求したが、…).
    if (src->codes.size() == 1 && !pr.intent) {
      JointAct act;  // (no target: b stays empty)
      act.sentence = s_.index;
      act.code = pat.code;
      act.a = {src->codes.front(), src->label};
      act.nouns = act_nouns(pr, cand);
      discourse_.acted(act);
    }
    return trace(why + ": source " + src->label.text + ", no target actor, no event");
  }

  // 要求に応じない考えを示した: a negated predicate states what not= names.
  std::string code = roles_.ch(pr.chunk).negated && !pat.negated_code.empty() ? pat.negated_code : pat.code;
  if (intent)
    if (std::string ic = res_.codebook.intent_code(code); !ic.empty()) code = ic;
  const CodeInfo* info = res_.codebook.find(code);
  const std::string date = date_of(pr.chunk);
  // A person's code is the role held on the event's date (石破茂 before 2024-10-01 is not JPNGOV).
  auto at_date = [&](const std::optional<Actor>& a, const std::string& code) {
    if (!a || a->person < 0 || a->codes.size() != 1 || a->codes.front() != code || date.empty()) return code;
    std::string c = res_.actors.person_code(a->person, date);
    return c.empty() ? code : c;
  };
  // The actor that named a participant: the source when it is among its codes.
  auto named_by = [&](const std::string& code) -> const Actor* {
    if (std::find(src->codes.begin(), src->codes.end(), code) != src->codes.end()) return &*src;
    return tgt ? &*tgt : nullptr;
  };
  const Chunk& pc = roles_.ch(pr.chunk);
  // The span covers the predicate's content words, and the object noun too
  // when it stands right before it (制裁を科した).
  const int first = cand.from_obj && pr.obj == pr.chunk - 1 ? roles_.ch(pr.obj).first : pc.first;
  std::vector<std::string> ids = src->ids;
  if (tgt) ids.insert(ids.end(), tgt->ids.begin(), tgt->ids.end());
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  const size_t before = out.size();
  for (const auto& [a, b] : pairs) {
    Event e;
    e.sentence = s_.index;
    e.source = at_date(src, at_date(tgt, a));
    e.target = at_date(tgt, at_date(src, b));
    const Actor* sa = named_by(a);
    const Actor* sb = named_by(b);
    e.source_text = sa ? sa->label.text : "";
    e.target_text = sb ? sb->label.text : "";
    e.code = code;
    e.root_code = code.substr(0, 2);
    if (info) {
      e.plover = info->plover;
      e.quad_class = info->quad;
      e.goldstein = info->goldstein;
    }
    e.event_date = date;
    e.rule = pat.id;
    e.predicate = cand.from_obj ? roles_.ch(pr.obj).noun + "+" + pr.lemma : pr.compound;
    e.pred_begin = s_.tokens[static_cast<size_t>(first)].begin;
    e.pred_end = s_.tokens[static_cast<size_t>(pc.content_end - 1)].end;  // content_end > first always
    e.actor_ids = ids;
    e.quote = roles_.quote_of_chunk(pr.chunk);
    e.intent = intent;
    e.mutual = pat.mutual;
    out.push_back(std::move(e));
  }
  remember_act(pr, cand, out[before], named_by(pairs.front().first), named_by(pairs.front().second), pairs.size());
  trace(why + ": source " + src->label.text + (tgt ? ", target " + tgt->label.text : "") +
        (intent ? ", intent form" : "") + " → " + std::to_string(pairs.size()) + " event(s) " + code + " on " + date);
}

}  // namespace kizashi::ja

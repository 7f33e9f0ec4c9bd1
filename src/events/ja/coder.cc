// events/ja/coder — the run over a sentence's predicates and the choice of
// pattern for each (the contract is in coder.h).
#include "events/ja/coder.h"

#include <algorithm>

#include "events/ja/sentence_coder.h"

namespace kizashi::ja {

void code_sentence(Sentence& s, const std::string& doc_date, const CoderResources& res, Discourse& discourse,
                   bool explain, std::vector<Event>& out) {
  SentenceCoder(s, doc_date, res, discourse, explain).run(out);
}

SentenceCoder::SentenceCoder(Sentence& s, const std::string& doc_date, const CoderResources& res,
                             Discourse& discourse, bool explain)
    : s_(s), roles_(s, res.lexicon), doc_date_(doc_date), res_(res), discourse_(discourse), explain_(explain) {}

void SentenceCoder::run(std::vector<Event>& out) {
  assign_speakers();
  if (explain_) trace_structure();
  for (int p = 0; p < roles_.n(); ++p)
    if (s_.chunks[p].predicate && !s_.chunks[p].lemma.empty()) code_predicate(p, out);
    else {
      code_setting(p, out);
      code_nominal(p, out);
    }
  remember_texts();
  remember_affairs();
  remember_topic();
}

void SentenceCoder::trace(const std::string& line) {
  if (explain_) s_.trace.push_back(line);
}

// Speech quotations get their speaker: the subject of the verb of saying, or
// for a sentence that is a quotation only, the last speaker.
void SentenceCoder::assign_speakers() {
  for (auto& q : s_.quotes) {
    if (q.alone) {
      q.speaker_codes = discourse_.last_speaker().codes;
      q.speaker = discourse_.last_speaker().label;
    } else if (q.speech && q.closing >= 0) {
      const int verb = roles_.head(q.closing);
      std::optional<Actor> a = verb >= 0 ? roles_.subject(verb) : std::nullopt;
      if (!a && verb >= 0) a = continued_subject(verb);  // また「…」と述べた
      if (a) {
        q.speaker_codes = a->codes;
        q.speaker = a->label;
      }
    }
  }
  for (const auto& q : s_.quotes)
    if (q.speech && !q.speaker_codes.empty()) discourse_.heard(q.speaker_codes, q.speaker);
}

bool SentenceCoder::te_form(const Chunk& c) const {
  for (int i = c.last - 1; i >= c.first; --i) {
    const Token& t = s_.tokens[i];
    if (t.is(tag::Symbol)) continue;
    return t.surface == "て" && t.pos == "助詞";
  }
  return false;
}

bool SentenceCoder::aimed_elsewhere(int obj) const {
  for (const auto& m : s_.mentions)
    if (m.chunk == obj && !m.head && !m.codes.empty()) return true;
  for (int k : roles_.children(obj))
    if (const Case kase = roles_.ch(k).kase; (kase == Case::HeNo || kase == Case::NiTaishi) && roles_.chunk_actor(k))
      return true;
  return false;
}

Predicate SentenceCoder::read_predicate(int p) const {
  const Chunk& c = s_.chunks[p];
  const Lexicon& lx = res_.lexicon;
  Predicate pr{p, c.lemma, c.noun, roles_.object_chunk(p)};
  pr.intent = intent_form(p);
  // セルビアとの友好関係も保った: も in place of を, when a pattern names that
  // object; 米国の要求に応じた: so is に, for a verb whose pattern names the noun.
  if (pr.obj < 0 && c.verbal)
    for (int k : roles_.children(p))
      if ((roles_.ch(k).kase == Case::Mo || roles_.ch(k).kase == Case::Ni) && !roles_.ch(k).predicate &&
          !roles_.chunk_actor(k, false))
        for (const Pattern* pat : res_.patterns.candidates(pr.lemma, pr.compound))
          if (roles_.object_match(*pat, k) > 0) pr.obj = k;
  // A light verb in the passive (首脳会談が行われた) has its verbal noun as subject.
  if (pr.obj < 0 && c.passive && lx.has(Word::Light, pr.lemma))
    for (int k : roles_.children(p))
      if (roles_.ch(k).kase == Case::Ga || roles_.ch(k).kase == Case::Wa) {
        pr.obj = k;
        pr.passive_light = true;
      }
  // 中国が実施した軍事演習, 北朝鮮が行った核実験: a light verb in a relative
  // clause with no object of its own does the act its head noun names.
  if (pr.obj < 0 && c.adnominal && !c.passive && lx.has(Word::Light, pr.lemma) && roles_.head(p) > p &&
      !roles_.ch(roles_.head(p)).predicate && c.kase != Case::No)
    pr.obj = roles_.head(p);
  // Light verbs (行う, 実施, 検討...) hand the predicate to their verbal-noun object;
  // 支援に乗り出した, 制裁に踏み切った, 決定を遺憾に思う to the verbal noun in に (a を
  // object then stays an argument).
  pr.light = pr.obj >= 0 && (lx.has(Word::Light, pr.lemma) || lx.has(Word::Intent, pr.lemma));
  // 中国側から抗議があった, 北朝鮮より…との通告があった: the act its が noun names
  // came from the から/より actor (Roles::occurrence_agent).
  if (pr.obj < 0 && (roles_.occurrence_agent(p) || roles_.reaction_place(p)))
    for (int k : roles_.children(p))
      if (roles_.ch(k).kase == Case::Ga && !roles_.ch(k).predicate && !roles_.chunk_actor(k, false)) {
        pr.obj = k;
        pr.light = true;
      }
  // 大使の表敬を受けた, 米国から要請を受けた: the act of the verbal noun is done to the subject.
  // ロシアのウクライナ侵攻を受けて、…を申請した: 〜を受けて after an act aimed at
  // someone else is "in response to", not a receiving (中国の要請を受けて is).
  // So is …侵略を受けたもの ("it is a response to").
  const bool response = te_form(c) || c.conjunctive ||  // 〜を受けて, 〜を受け、
                        (c.adnominal && roles_.head(p) >= 0 && roles_.ch(roles_.head(p)).noun == "もの");
  if (pr.obj >= 0 && !c.passive && lx.has(Word::Receptive, pr.lemma) && !(response && aimed_elsewhere(pr.obj)))
    pr.light = pr.receptive = true;
  if (!pr.light && lx.has(Word::LightNi, pr.lemma))
    for (int k : roles_.children(p))
      if (roles_.ch(k).kase == Case::Ni && !roles_.ch(k).predicate && s_.tokens[roles_.ch(k).content_end - 1].is(tag::Noun)) {
        pr.obj = k;
        pr.light = true;
      }
  // For サ変 + する the compound ends at the verbal noun (電話会談|した).
  if (c.verbal && pr.lemma != s_.tokens[c.content_end - 1].base) {
    size_t at = pr.compound.rfind(pr.lemma);
    if (at != std::string::npos) pr.compound.resize(at + pr.lemma.size());
  }
  return pr;
}

// The patterns that fit the predicate, best first (Fit).
std::vector<Candidate> SentenceCoder::candidates(const Predicate& pr) const {
  std::vector<Candidate> out;
  for (const Pattern* pat : res_.patterns.candidates(pr.lemma, pr.compound)) {
    size_t objlen = roles_.object_match(*pat, pr.obj);
    if (!pat->objects.empty() && objlen == 0) continue;
    // A pattern that names its target case (to=を) fits better when an actor
    // fills it; an actor as the direct object is the strongest sign.
    uint8_t target_case = 0;
    for (int k : roles_.children(pr.chunk))
      for (Case want : pat->target_cases)
        if (roles_.ch(k).kase == want && roles_.chunk_actor(k))
          target_case = std::max<uint8_t>(target_case, want == Case::Wo ? 2 : 1);
    Fit::Source source = pat->objects.empty() ? Fit::Verb : Fit::VerbWithObject;
    out.push_back({pat, false, {source, target_case, pat->predicate.size(), objlen}});
  }
  // The imperative's own verb is what is demanded, not what the speaker does.
  if (imperative(pr.chunk)) {
    out.clear();
    for (const auto& demand : res_.lexicon.words(Word::Imperative))
      for (const Pattern* pat : res_.patterns.candidates(demand, demand)) {
        size_t objlen = 0;
        for (const auto& o : pat->objects)
          if (pr.lemma.ends_with(o)) objlen = std::max(objlen, o.size());
        if (!pat->objects.empty() && objlen == 0) continue;
        out.push_back({pat, false, {objlen ? Fit::VerbWithObject : Fit::Verb, 0, pat->predicate.size(), objlen}});
      }
  }
  if (pr.light) {
    const Chunk& obj = roles_.ch(pr.obj);
    const Token& tail = s_.tokens[obj.content_end - 1];
    for (const Pattern* pat : res_.patterns.candidates(tail.surface, obj.noun))
      if (pat->objects.empty()) out.push_back({pat, true, {Fit::VerbalNoun, 0, pat->predicate.size(), 0}});
  }
  std::stable_sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) { return a.fit > b.fit; });
  return out;
}

// 「…を今すぐ中断せよ」と, …撤回しろなどとした: a verb in the imperative that is
// reported speech (inside a quotation or a と-clause) is a demand.
bool SentenceCoder::imperative(int p) const {
  const Chunk& c = s_.chunks[p];
  if (!c.verbal || (c.quote_depth == 0 && c.kase != Case::Quote)) return false;
  for (int t = c.first; t < c.last; ++t)
    if (s_.tokens[t].is(tag::Verb) && s_.tokens[t].cform.rfind("命令", 0) == 0) return true;
  return false;
}

// Why the predicate states no act, or nullptr when it may.
// (A negated predicate is an act only of a pattern with not=.)
const char* SentenceCoder::blocked(int p, const Pattern* pat) const {
  if (s_.chunks[p].negated && (!pat || pat->negated_code.empty())) return ": negated, no event";
  if (int q = roles_.quote_of_chunk(p); q >= 0 && !s_.quotes[q].speech)
    return ": inside a quoted text that is nobody's speech (a headline, a title, a report), not an act; no event";
  // 「これは民主化への攻撃である」: a speaker's noun of force with a copula characterises, it is no act.
  if (pat && !s_.chunks[p].verbal && root_in(pat->code, {"18", "19", "20"}) && roles_.quote_of_chunk(p) >= 0)
    return ": a characterisation in a quotation (…への攻撃である), not an act; no event";
  if (conditional(p)) return ": a condition (〜すれば, 〜したら), not an act; no event";
  if (wished(p)) return ": a wish that someone would do it (〜てほしい), not an act; no event";
  if (whenever(p)) return ": a time in general (〜する際, 〜するたびに), not an act; no event";
  if (claimed(p)) return ": what another actor claims or is accused of (…したと非難/主張), not coded as an act";
  if (roles_.request_complement(p)) return ": what is asked for (〜よう求める), not an act; no event";
  return nullptr;
}

void SentenceCoder::code_predicate(int p, std::vector<Event>& out) {
  const Chunk& c = s_.chunks[p];
  // 支援を重ねて要請した: 重ねて is an adverb of the predicate after it.
  if (c.conjunctive && roles_.head(p) == p + 1 && res_.lexicon.has(Word::Adverbial, c.lemma)) return;
  const Predicate pr = read_predicate(p);
  const std::vector<Candidate> cands = candidates(pr);
  // Trace text is built only for --explain (this runs for every predicate).
  const std::string where =
      explain_ ? "predicate [" + std::to_string(p) + "] " + roles_.text_of(p) + " (" + pr.lemma + ")" : "";
  if (cands.empty()) {
    if (explain_ && (pr.light || roles_.head(p) < 0 || !res_.patterns.candidates(pr.lemma, pr.compound).empty()))
      trace(where + ": no pattern fits (predicate or object)");
    return;
  }
  if (const char* why = blocked(p, cands.front().pat)) {
    trace(where + why);
    return;
  }
  if (vehicle(pr, cands.front())) {
    trace(where + ": sends or issues a text whose clause is the act coded, no second event");
    return;
  }
  const size_t before = out.size();
  emit(pr, cands.front(), where, out);
  if (out.size() > before) acted_.push_back(p);
  code_gap(pr, cands.front(), where, out);
}

// 国連では、WFPがエルサルバドルに、ユニセフがコスタリカへの援助を開始した: the
// gapped clause (Roles::gap) is the same act by its が (or the では institution,
// when that names no actor) towards its aim.
void SentenceCoder::code_gap(const Predicate& pr, const Candidate& cand, const std::string& where,
                             std::vector<Event>& out) {
  const auto gap = roles_.gap(pr.chunk);
  if (!gap || cand.pat->mutual) return;
  std::optional<Actor> who = roles_.chunk_actor(gap->first, false);
  if (!who) who = roles_.institution_topic(pr.chunk);
  std::optional<Actor> aim = roles_.chunk_actor(gap->second, false);
  if (!who || !aim) return;
  forced_ = std::pair{*who, *aim};
  emit(pr, cand, where + " (gapped clause)", out);
  forced_.reset();
}

// 要請する書簡を送った, 非難する声明を出した: a statement (01) whose object is a
// content noun, when the clause modifying that noun was coded, only carries it;
// so does an agreement (lexicon: resolve) on a plan that was coded.
bool SentenceCoder::vehicle(const Predicate& pr, const Candidate& cand) const {
  auto coded = [&](int k) { return std::find(acted_.begin(), acted_.end(), k) != acted_.end(); };
  // 協力を強化することで一致した: the plan agreed on, coded as an intent, is the act.
  // (…協議する枠組みを立ち上げることで合意した: an act coded inside the plan counts
  // too; one chained before it, 会談し、…強化することで一致, is an act of its own.)
  auto coded_within = [&](int top) {
    for (int k : acted_)
      for (int up = k; up >= 0 && up <= top; up = roles_.head(up)) {
        if (up == top) return true;
        if (roles_.ch(up).conjunctive) break;
      }
    return false;
  };
  if (res_.lexicon.has(Word::Resolve, pr.lemma))
    for (int k : roles_.children(pr.chunk)) {
      if (coded_within(k) && roles_.text_of(k).ends_with("ことで")) return true;
      if (roles_.ch(k).noun == "こと")
        for (int j : roles_.children(k))
          if (coded(j)) return true;
    }
  if (cand.pat->code.compare(0, 2, "01") != 0 || pr.obj < 0) return false;
  if (!res_.lexicon.has(Word::Content, roles_.ch(pr.obj).noun)) return false;
  for (int k : roles_.children(pr.obj))
    if (roles_.ch(k).adnominal && std::find(acted_.begin(), acted_.end(), k) != acted_.end()) return true;
  return false;
}

}  // namespace kizashi::ja

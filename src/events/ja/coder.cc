#include "events/ja/coder.h"

#include <algorithm>
#include <optional>
#include <set>

#include "actors/ja/matcher.h"
#include "base/actor_code.h"
#include "events/ja/dates.h"
#include "events/ja/roles.h"
#include "text/ja/chunk.h"

namespace kizashi::ja {

using namespace std::literals;

namespace {

// Codes one sentence: Roles finds who did what to whom, this class decides
// which pattern fits each predicate and turns it into events.
class SentenceCoder : public Roles {
 public:
  SentenceCoder(Sentence& s, const std::string& doc_date, const CoderResources& res, EventContext& ctx, bool explain)
      : Roles(s, res, ctx), doc_date_(doc_date), explain_(explain) {}

  void run(std::vector<Event>& out) {
    assign_speakers();
    if (explain_) trace_structure();
    for (int p = 0; p < n(); ++p)
      if (s_.chunks[p].predicate && !s_.chunks[p].lemma.empty()) code_predicate(p, out);
  }

 private:
  void trace(const std::string& line) {
    if (explain_) s_.trace.push_back(line);
  }

  std::string date_of(int p) const {
    std::vector<int> heads{p};
    for (int h = ch(p).head, k = 0; h >= 0 && k < 3; h = ch(h).head, ++k) heads.push_back(h);
    for (int h : heads)
      for (int c : children_[h]) {
        if (ch(c).predicate) continue;
        std::string d = resolve_date(ch(c).noun, doc_date_);
        if (!d.empty()) return d;
      }
    for (int c = p - 1; c >= 0; --c)
      if (!ch(c).predicate && ch(c).quote_depth == ch(p).quote_depth) {
        std::string d = resolve_date(ch(c).noun, doc_date_);
        if (!d.empty()) return d;
      }
    return doc_date_;
  }

  // The content of an accusation or a claim (Yが…したと非難した / 主張した) is
  // not an act the coder can vouch for; the accusation itself is coded.
  bool claimed(int p) const {
    const Chunk& c = ch(p);
    if (c.kase != Case::Quote || c.head < 0 || !ch(c.head).predicate) return false;
    const Chunk& h = ch(c.head);
    if (res_.lexicon.has(Word::Claim, h.lemma)) return true;
    auto cands = res_.patterns.candidates(h.lemma, h.noun);
    if (cands.empty()) return false;
    return root_in(cands.front()->code, {"11", "12", "13"});
  }

  // 〜すれば / 〜したら / 〜するなら: the clause is a condition.
  bool conditional(int p) const {
    const Chunk& c = ch(p);
    for (int i = c.content_end; i < c.last; ++i) {
      const Token& t = s_.tokens[i];
      if ((t.is(tag::ConjParticle) && t.surface == "ば"sv) || t.cform == "仮定形"sv ||
          ((t.base == "た"sv || t.base == "だ"sv) && t.surface == "たら"sv) || t.surface == "なら"sv)
        return true;
    }
    for (int i = c.first; i < c.last; ++i)
      if (s_.tokens[i].cform == "仮定形"sv) return true;
    return false;
  }

  bool intent_form(int p) const {
    const Chunk& c = ch(p);
    for (int i = c.content_end; i < c.last; ++i)
      if (res_.lexicon.has(Word::Purpose, s_.tokens[i].surface)) return true;
    for (int i = c.first; i < c.content_end; ++i)
      if (s_.tokens[i].is(tag::Dependent) && res_.lexicon.has(Word::Purpose, s_.tokens[i].surface)) return true;
    if (c.head < 0) return false;
    const Chunk& h = ch(c.head);
    std::string first = s_.tokens[h.first].surface;
    if (c.adnominal && (res_.lexicon.has(Word::Intent, first) || res_.lexicon.has(Word::Purpose, first))) return true;
    bool koto = c.noun.size() >= 6 && c.noun.compare(c.noun.size() - 6, 6, "こと") == 0;
    if (koto && h.predicate && res_.lexicon.has(Word::Intent, h.lemma)) return true;
    return false;
  }

  void code_predicate(int p, std::vector<Event>& out) {
    const Chunk& c = ch(p);
    std::string lemma = c.lemma;
    std::string compound = c.noun;
    int obj = object_chunk(p);
    bool intent = intent_form(p);
    // A light verb in the passive (首脳会談が行われた) has its verbal noun as subject.
    bool passive_light = false;
    if (obj < 0 && c.passive && res_.lexicon.has(Word::Light, lemma))
      for (int k : children_[p])
        if (ch(k).kase == Case::Ga || ch(k).kase == Case::Wa) {
          obj = k;
          passive_light = true;
        }
    // Light verbs (行う, 実施, 検討...) hand the predicate to their verbal-noun object.
    bool light = obj >= 0 && (res_.lexicon.has(Word::Light, lemma) || res_.lexicon.has(Word::Intent, lemma));
    // For サ変 + する the compound ends at the verbal noun (電話会談|した).
    if (c.verbal && lemma != s_.tokens[c.content_end - 1].base) {
      size_t at = compound.rfind(lemma);
      if (at != std::string::npos) compound.resize(at + lemma.size());
    }
    // Candidates, most specific first: the verb with a matching object
    // (交渉を再開), then a light verb's verbal-noun object (会談を行う), then the
    // verb alone; longer predicates and longer object nouns first.
    struct Cand { const Pattern* pat; bool from_obj; size_t rank; };
    std::vector<Cand> cands;
    for (const Pattern* pat : res_.patterns.candidates(lemma, compound)) {
      size_t objlen = object_match(*pat, obj);
      if (!pat->objects.empty() && objlen == 0) continue;
      // A pattern that names its target case (to=を) fits better when that argument is there.
      size_t to_bonus = 0;
      for (int k : children_[p])
        for (Case want : pat->target_cases)
          if (ch(k).kase == want && chunk_actor(k))  // an actor as direct object is the strongest sign
            to_bonus = std::max<size_t>(to_bonus, want == Case::Wo ? 600000 : 500000);
      cands.push_back({pat, false,
                       (pat->objects.empty() ? 0 : 2000000) + to_bonus + pat->predicate.size() * 1000 + objlen});
    }
    if (light) {
      const Token& tail = s_.tokens[ch(obj).content_end - 1];
      for (const Pattern* pat : res_.patterns.candidates(tail.surface, ch(obj).noun))
        if (pat->objects.empty()) cands.push_back({pat, true, 1000000 + pat->predicate.size() * 1000});
    }
    std::stable_sort(cands.begin(), cands.end(), [](const Cand& a, const Cand& b) { return a.rank > b.rank; });
    // Trace text is built only for --explain (this runs for every predicate).
    std::string where = explain_ ? "predicate [" + std::to_string(p) + "] " + text_of(p) + " (" + lemma + ")" : "";
    if (cands.empty()) {
      if (explain_ && (light || c.head < 0 || !res_.patterns.candidates(lemma, compound).empty()))
        trace(where + ": no pattern fits (predicate or object)");
      return;
    }
    if (c.negated) {
      trace(where + ": negated, no event");
      return;
    }
    if (conditional(p)) {
      trace(where + ": a condition (〜すれば, 〜したら), not an act; no event");
      return;
    }
    if (claimed(p)) {
      trace(where + ": what another actor claims or is accused of (…したと非難/主張), not coded as an act");
      return;
    }
    if (request_complement(p)) {
      trace(where + ": what is asked for (〜よう求める), not an act; no event");
      return;
    }
    for (const auto& [pat, from_obj, rank] : cands) {
      int arg_obj = from_obj ? -1 : obj;
      if (light && res_.lexicon.has(Word::Intent, lemma) && from_obj) intent = true;
      auto src = passive_light ? std::nullopt : subject(p);
      // 米中首脳会談が行われた: the joint act's compound names its participants.
      if (!src && pat->mutual && obj >= 0)
        for (const auto& m : s_.mentions)
          if (m.chunk == obj && !m.quoted_term && m.codes.size() >= 2)
            if (auto a = from_mention(m, quote_of_chunk(obj))) {
              src = a;
              break;
            }
      std::optional<Actor> tgt;
      std::vector<std::string> src_codes = src ? src->codes : std::vector<std::string>{};
      if (c.passive && !passive_light) {
        // Passive: the subject suffered the act; the agent is marked に / によって / から.
        std::optional<Actor> agent;
        for (int k : children_[p])
          if (ch(k).kase == Case::Ni || ch(k).kase == Case::Kara)
            if ((agent = chunk_actor(k))) break;
        tgt = src;
        src = agent;
      } else if (!pat->fixed_target.empty()) {
        tgt = Actor{{pat->fixed_target}, c.noun, {"pattern:" + pat->id}, p, -1};  // 訪中 names China itself
      } else {
        tgt = target(p, pat, src_codes, from_obj ? obj : arg_obj);
      }
      if (from_obj && !tgt && src) {
        for (const auto& m : s_.mentions)
          if (m.chunk == obj && !m.head && !m.quoted_term)
            if (auto a = from_mention(m, quote_of_chunk(obj)))
              if (!excluded(*a, src->codes)) { tgt = a; break; }
      }
      std::string why = explain_ ? where + " → " + pat->id + " (" + pat->file + ":" + std::to_string(pat->line) + ")" : "";
      if (!src) {
        trace(why + ": no source actor, no event");
        return;
      }
      // An appeal, demand or offer without an addressee, made by one side of the
      // last meeting, is addressed to the other side (石破氏は…解放を求めた).
      bool addressed = root_in(pat->code, {"02", "03", "10"});
      if (!tgt && addressed && !pat->mutual && !ctx_.meeting_a.empty() && src->codes.size() == 1 &&
          s_.index - ctx_.meeting_sentence <= 3) {
        std::string_view me = country_or_sector(src->codes.front());
        if (me == country_or_sector(ctx_.meeting_a))
          tgt = Actor{{ctx_.meeting_b}, ctx_.meeting_b_text + " (last meeting)", {"context:last_meeting"}, -1, -1};
        else if (me == country_or_sector(ctx_.meeting_b))
          tgt = Actor{{ctx_.meeting_a}, ctx_.meeting_a_text + " (last meeting)", {"context:last_meeting"}, -1, -1};
      }
      std::vector<std::pair<std::string, std::string>> dyads;
      std::vector<std::string> participants = src->codes;
      if (tgt)
        for (const auto& t : tgt->codes)
          if (std::find(participants.begin(), participants.end(), t) == participants.end()) participants.push_back(t);
      if (pat->mutual) {
        // One participant per country, the most specific code (JPNMIL over JPN).
        std::vector<std::string> merged;
        for (const auto& code : participants) {
          auto same = std::find_if(merged.begin(), merged.end(),
                                   [&](const std::string& m) { return country_or_sector(m) == country_or_sector(code); });
          if (same == merged.end()) merged.push_back(code);
          else if (same->size() < code.size()) *same = code;
        }
        participants = merged;
        for (size_t a = 0; a < participants.size(); ++a)
          for (size_t b = a + 1; b < participants.size(); ++b) dyads.emplace_back(participants[a], participants[b]);
      } else if (tgt) {
        for (const auto& a : src->codes)
          for (const auto& b : tgt->codes) dyads.emplace_back(a, b);
      }
      std::erase_if(dyads, [](const auto& d) {
        return d.first == d.second || (country_or_sector(d.first) == country_or_sector(d.second) &&
                                       (d.first.size() <= 3 || d.second.size() <= 3));
      });
      if (dyads.empty()) {
        trace(why + ": source " + src->text + ", no target actor, no event");
        return;
      }
      std::string code = pat->code;
      if (intent) {
        std::string ic = res_.codebook.intent_code(code);
        if (!ic.empty()) code = ic;
      }
      const CodeInfo* info = res_.codebook.find(code);
      std::string date = date_of(p);
      int quote = quote_of_chunk(p);
      // A person's code is the role held on the event's date (石破茂 before 2024-10-01 is not JPNGOV).
      auto at_date = [&](const std::optional<Actor>& a, const std::string& code) {
        if (!a || a->person < 0 || a->codes.size() != 1 || a->codes.front() != code || date.empty()) return code;
        std::string c = res_.actors.person_code(a->person, date);
        return c.empty() ? code : c;
      };
      for (const auto& [a, b] : dyads) {
        Event e;
        e.sentence = s_.index;
        e.source = at_date(src, at_date(tgt, a));
        e.target = at_date(tgt, at_date(src, b));
        bool a_in_src = std::find(src->codes.begin(), src->codes.end(), a) != src->codes.end();
        bool b_in_src = std::find(src->codes.begin(), src->codes.end(), b) != src->codes.end();
        e.source_text = a_in_src ? src->text : (tgt ? tgt->text : "");
        e.target_text = b_in_src ? src->text : (tgt ? tgt->text : "");
        e.code = code;
        e.root_code = code.substr(0, 2);
        if (info) {
          e.plover = info->plover;
          e.quad_class = info->quad;
          e.goldstein = info->goldstein;
        }
        e.event_date = date;
        e.rule = pat->id;
        e.predicate = from_obj ? ch(obj).noun + "+" + lemma : compound;
        // The span covers the predicate's content words, and the object noun
        // too when it stands right before it (制裁を科した).
        const Chunk& pc = ch(p);
        int first = from_obj && obj == p - 1 ? ch(obj).first : pc.first;
        e.pred_begin = s_.tokens[static_cast<size_t>(first)].begin;
        e.pred_end = s_.tokens[static_cast<size_t>(pc.content_end - 1)].end;  // content_end > first always
        e.actor_ids = src->ids;
        if (tgt) e.actor_ids.insert(e.actor_ids.end(), tgt->ids.begin(), tgt->ids.end());
        std::sort(e.actor_ids.begin(), e.actor_ids.end());
        e.actor_ids.erase(std::unique(e.actor_ids.begin(), e.actor_ids.end()), e.actor_ids.end());
        e.quote = quote;
        e.intent = intent;
        e.mutual = pat->mutual;
        out.push_back(std::move(e));
      }
      if (pat->mutual && root_in(code, {"04"}) && !intent && dyads.size() == 1) {
        ctx_.meeting_a = dyads.front().first;
        ctx_.meeting_b = dyads.front().second;
        ctx_.meeting_a_text = src->text;
        ctx_.meeting_b_text = tgt ? tgt->text : src->text;
        ctx_.meeting_sentence = s_.index;
      }
      trace(why + ": source " + src->text + (tgt ? ", target " + tgt->text : "") + (intent ? ", intent form" : "") +
            " → " + std::to_string(dyads.size()) + " event(s) " + code + " on " + date);
      return;
    }
    trace(where + ": patterns need an object that is not there");
  }

  void trace_structure() {
    std::string line = "chunks:";
    for (int c = 0; c < n(); ++c) {
      line += " [" + std::to_string(c) + "]" + text_of(c);
      if (ch(c).kase != Case::None) line += std::string("(") + case_name(ch(c).kase) + ")";
      if (ch(c).predicate) line += "{" + ch(c).lemma + (ch(c).negated ? ",neg" : "") + (ch(c).passive ? ",pass" : "") + "}";
      line += "→" + std::to_string(ch(c).head);
    }
    trace(line);
    for (const auto& m : s_.mentions) {
      std::string codes;
      for (const auto& c : m.codes) codes += (codes.empty() ? "" : ",") + c;
      std::string ids;
      for (const auto& i : m.entry_ids) ids += (ids.empty() ? "" : " ") + i;
      trace("actor: " + m.text + " = " + (m.speaker_ref ? "speaker" : codes) + (m.head ? "" : " (modifier)") +
            (m.quoted_term ? " (quoted term, ignored)" : "") + (m.agent_only ? " (agent without country)" : "") +
            " [" + ids + "]");
    }
    for (const auto& q : s_.quotes)
      if (q.speech) trace("quote: 「" + q.text + "」 speaker " + (q.speaker_text.empty() ? "unknown" : q.speaker_text));
  }

  const std::string& doc_date_;
  bool explain_;
};

}  // namespace

void code_sentence(Sentence& s, const std::string& doc_date, const CoderResources& res, EventContext& ctx,
                   bool explain, std::vector<Event>& out) {
  SentenceCoder(s, doc_date, res, ctx, explain).run(out);
}

}  // namespace kizashi::ja

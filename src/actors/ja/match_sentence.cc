// actors/matcher — the sentence-level passes of ActorMatcher::match():
// coordination, agents' countries, and the context later sentences use.
#include <algorithm>
#include <set>

#include "actors/ja/matcher.h"
#include "base/actor_code.h"
#include "text/ja/chunk.h"

namespace kizashi::ja {

using namespace std::literals;

namespace {

// A proper noun in the chunk that the dictionary does not know (小泉純一郎首相):
// the title belongs to that unknown person, not to anyone named before.
bool unnamed_proper_noun(const Sentence& s, const Mention& m) {
  const Chunk& c = s.chunks[m.chunk];
  for (int t = c.first; t < c.content_end; ++t)
    if ((t < m.token_begin || t >= m.token_end) && s.tokens[t].is(tag::Proper)) return true;
  return false;
}

}  // namespace

void ActorMatcher::match(Sentence& s, const std::string& date, ActorContext& ctx) const {
  s.mentions.clear();
  for (int c = 0; c < static_cast<int>(s.chunks.size()); ++c) find_in_chunk(s, c, date, ctx);

  auto head_mention = [&](int chunk) -> Mention* {
    for (auto& m : s.mentions)
      if (m.chunk == chunk && m.head && !m.quoted_term) return &m;
    return nullptr;
  };
  // Coordination: 米国、日本、韓国は / 日本と韓国の / 米国と日本は. Run again after
  // agents got their countries (ロシアの大使とウクライナの大使が).
  auto coordinate = [&] {
    for (int c = 0; c + 1 < static_cast<int>(s.chunks.size()); ++c) {
      Chunk& a = s.chunks[c];
      bool coord_marker = (a.kase == Case::None && (a.comma || a.coord) && !a.predicate) || a.kase == Case::To;
      // XとYで (a place or time after と) is "with X, in Y", not "X and Y".
      Case next = s.chunks[c + 1].kase;
      bool list_goes_on = next == Case::None && (s.chunks[c + 1].comma || s.chunks[c + 1].coord);
      if (!coord_marker || next == Case::De || next == Case::Topic || (next == Case::None && !list_goes_on)) continue;
      Mention* ma = head_mention(c);
      Mention* mb = head_mention(c + 1);
      // ロシアの大使とウクライナの大使が: the second conjunct is the phrase headed by 大使が.
      int b = c + 1;
      if (ma && !ma->agent_only && ma->text.find("の") != std::string::npos && next == Case::No &&
          s.chunks[b].head > b) {
        b = s.chunks[b].head;
        mb = head_mention(b);
      }
      // フィリピンのマナロ外相、テオドロ国防相: a title in a list shares the country
      // of the official named before it.
      if (ma && mb && !ma->agent_only && mb->agent_only && !ma->speaker_ref && ma->codes.size() == 1 &&
          !intergovernmental(ma->codes.front())) {
        std::string agent = mb->codes.front();
        mb->codes = {std::string(country_or_sector(ma->codes.front())) + agent};
        mb->entry_ids.push_back("context:list");
        mb->agent_only = false;
      }
      if (!ma || !mb || ma->agent_only || mb->agent_only || ma->speaker_ref || mb->speaker_ref) continue;
      if (s.chunks[b].quote_depth != a.quote_depth) continue;
      std::vector<std::string> codes = ma->codes;
      for (const auto& x : mb->codes)
        if (std::find(codes.begin(), codes.end(), x) == codes.end()) codes.push_back(x);
      mb->codes = codes;
      mb->text = ma->text + (a.kase == Case::To ? "と" : "、") + mb->text;
      mb->span_begin = std::min(mb->span_begin, ma->span_begin);
      mb->entry_ids.insert(mb->entry_ids.begin(), ma->entry_ids.begin(), ma->entry_ids.end());
      a.coordinated = true;
      a.head = b;
      ma->head = false;
    }
  };
  coordinate();
  // Agents get their country from a の-modifier (日本の外相, 米国のナンバー2の外交官).
  for (auto& m : s.mentions) {
    if (!m.agent_only) continue;
    const Mention* country = nullptr;
    std::vector<int> frontier{m.chunk};
    for (int depth = 0; depth < 2 && !country; ++depth) {
      std::vector<int> next;
      for (int h : frontier)
        for (int c = h - 1; c >= 0 && !country; --c) {
          if (s.chunks[c].head != h || s.chunks[c].kase != Case::No) continue;
          next.push_back(c);
          for (const auto& x : s.mentions)
            if (x.chunk == c && x.head && !x.agent_only && !x.codes.empty() && !x.speaker_ref) {
              country = &x;
              break;
            }
        }
      frontier = next;
    }
    std::string agent = m.codes.front();
    if (country) {
      m.codes.clear();
      for (const auto& code : country->codes) m.codes.push_back(std::string(country_or_sector(code)) + agent);
      m.text = country->text + "の" + m.text;
      m.span_begin = std::min(m.span_begin, country->span_begin);
      m.entry_ids.insert(m.entry_ids.begin(), country->entry_ids.begin(), country->entry_ids.end());
      m.agent_only = false;
    } else if (m.head && (agent == "GOV"sv || agent == "MIL"sv) && ctx.last_by_agent.count(agent) &&
               !unnamed_proper_noun(s, m)) {
      // A bare title (報道官, 外相) is the side last named with that role.
      const auto& seen = ctx.last_by_agent.at(agent);
      m.codes = {std::string(country_or_sector(seen.codes.front())) + agent};
      m.entry_ids.push_back("context:last_" + agent);
      m.text += "=" + seen.text;
      m.reference = true;
      m.agent_only = false;
    }
  }

  coordinate();

  // Update the context for later sentences.
  for (const auto& m : s.mentions) {
    if (m.agent_only || m.codes.empty() || m.quoted_term || m.speaker_ref) continue;
    std::set<std::string> countries;
    for (const auto& code : m.codes) countries.emplace(country_or_sector(code));
    double w = m.head ? 1.0 : 0.5;
    if (m.head && (s.chunks[m.chunk].kase == Case::Wa || s.chunks[m.chunk].kase == Case::Ga)) w += 0.5;
    for (const auto& cc : countries) {
      if (cc == "IGO"sv) continue;
      if (!ctx.salience.count(cc)) ctx.first_seen.push_back(cc);
      ctx.salience[cc] += m.reference ? w / 2 : w;
    }
    ActorContext::Seen seen{m.codes, m.text, m.entry_ids};
    if (m.person) ctx.last_person = seen;
    if (m.person && !m.reference) ctx.people_seen.push_back(seen);
    if (m.head && countries.size() == 1 && m.codes.front().size() == 6)
      ctx.last_by_agent[m.codes.front().substr(3)] = seen;
    if (!m.person && countries.size() == 1 && !m.reference) ctx.last_country = seen;
    Case k = s.chunks[m.chunk].kase;
    bool subject = m.head && (k == Case::Wa || k == Case::Ga || k == Case::Mo);
    if (countries.size() >= 2 && !m.reference && subject) {
      seen.codes.assign(countries.begin(), countries.end());
      // Keep the order of mention, not the set order.
      seen.codes.clear();
      for (const auto& code : m.codes)
        if (std::find(seen.codes.begin(), seen.codes.end(), country_or_sector(code)) == seen.codes.end())
          seen.codes.emplace_back(country_or_sector(code));
      ctx.groups.push_back(seen);
    }
  }
}

}  // namespace kizashi::ja

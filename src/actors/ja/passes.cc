// actors/ja/passes — see passes.h.
#include "actors/ja/passes.h"

#include <algorithm>

#include "actors/ja/tokens.h"
#include "base/actor_code.h"

namespace kizashi::ja {

using namespace std::literals;

namespace {

// A proper noun in the chunk that the dictionary does not know (小泉純一郎首相):
// the title belongs to that unknown person, not to anyone named before.
// アブレ前大統領, ヨルダンのアブドラ国王: the title is some named (or former) holder's,
// not a bare reference back to the last one.
bool unnamed_proper_noun(const Sentence& s, const Mention& m) {
  const Chunk& c = s.chunks[m.chunk];
  for (int t = c.first; t < c.content_end; ++t) {
    if (t >= m.token_begin && t < m.token_end) continue;
    const Token& k = s.tokens[t];
    if (k.is(tag::Proper)) return true;
    if (t < m.token_begin && (katakana(k.surface) || k.surface == "前"sv || k.surface == "元"sv)) return true;
  }
  return false;
}

Prominence prominence_of(Case k) {
  if (k == Case::Wa || k == Case::Ga) return Prominence::Subject;
  return k == Case::Mo ? Prominence::Also : Prominence::Other;
}

}  // namespace

SentencePasses::SentencePasses(Sentence& s, Discourse& discourse, const Lexicon& lexicon)
    : s_(s), discourse_(discourse), lexicon_(lexicon) {}

Mention* SentencePasses::head_mention(int chunk) {
  for (auto& m : s_.mentions)
    if (m.chunk == chunk && m.head && !m.quoted_term) return &m;
  return nullptr;
}

// モロッコ生まれのイマーム、ブーリキ・ブチュタ氏, ロシア国籍のイワン・ペトロフさん:
// a name the dictionary does not know, before 氏 or さん, in a chunk that a
// modifier of origin depends on (Xの with X one country and an origin word:
// 生まれ, 出身, 国籍, 人) is a national of that country (XCVL), named in full
// for later references (ブチュタ氏 → Discourse::person_by_surname).
void SentencePasses::name_nationals() {
  for (int c = 0; c < static_cast<int>(s_.chunks.size()); ++c) {
    if (head_mention(c)) continue;
    const std::pair<int, int> name_span = honorific_name(c);  // (no structured binding: clang 14
    const int begin = name_span.first, end = name_span.second;  // cannot capture one in a lambda)
    if (begin < 0) continue;
    const Mention* origin = origin_modifier(c);
    if (!origin) continue;
    Mention m;
    m.chunk = c;
    m.token_begin = m.span_begin = begin;
    m.token_end = end;
    std::string words, name;
    for (int t = begin; t < end; ++t) words += s_.tokens[t].surface;
    for (int t = begin; t + 1 < end; ++t) name += s_.tokens[t].surface;
    m.label = Label::words(words);
    m.codes = {std::string(country_or_sector(origin->codes.front())) + "CVL"};
    m.ids = origin->ids;
    m.ids.push_back("context:national");
    m.person = true;
    m.person_name = name;
    auto at = std::find_if(s_.mentions.begin(), s_.mentions.end(), [&](const Mention& o) {
      return o.chunk > c || (o.chunk == c && o.token_begin > begin);
    });
    s_.mentions.insert(at, std::move(m));
  }
}

// The tokens [begin, end) of a name of name-like morphemes (katakana, 人名)
// closed by 氏 or さん in chunk c, the honorific included; {-1, -1} for none.
std::pair<int, int> SentencePasses::honorific_name(int c) const {
  const Chunk& ch = s_.chunks[c];
  for (int t = ch.first + 1; t < ch.content_end; ++t) {
    const Token& k = s_.tokens[t];
    if (!(k.surface == "氏"sv || k.surface == "さん"sv) || !k.is(tag::Suffix)) continue;
    int begin = t;
    while (begin > ch.first && name_like(s_.tokens[begin - 1])) --begin;
    while (begin < t && s_.tokens[begin].surface == "・"sv) ++begin;
    if (begin < t && s_.tokens[t - 1].surface != "・"sv) return {begin, t + 1};
  }
  return {-1, -1};
}

// The modifier of chunk c naming one country as a person's origin
// (モロッコ生まれの, ロシア出身の, 韓国人の), or nullptr.
const Mention* SentencePasses::origin_modifier(int c) const {
  for (const auto& m : s_.mentions) {
    const Chunk& k = s_.chunks[m.chunk];
    if (m.chunk >= c || head(m.chunk) != c || k.kase != Case::No || m.codes.size() != 1 || m.reference) continue;
    const std::string_view country = country_or_sector(m.codes.front());
    if (country.size() != 3 || intergovernmental(country) || organisation_sector(country)) continue;
    if (m.codes.front().size() != 3 && m.codes.front() != std::string(country) + "CVL") continue;
    std::string rest;
    for (int t = m.token_end; t < k.content_end; ++t) rest += s_.tokens[t].surface;
    if ((rest.empty() && m.codes.front().size() == 6) || lexicon_.has(Word::Origin, rest)) return &m;
  }
  return nullptr;
}

constexpr size_t kMaxGroupIds = 64;

// Coordination: 米国、日本、韓国は / 日本と韓国の / 米国と日本は. A conjunct's
// mention is merged into the next one's, which names the whole group.
void SentencePasses::coordinate() {
  const int n = static_cast<int>(s_.chunks.size());
  for (int c = 0; c + 1 < n; ++c) {
    const Chunk& a = s_.chunks[c];
    // エジプト|及び|米国の: a conjunction chunk between two conjuncts.
    const bool conjunction = c + 2 < n && is_conjunction(c + 1) && a.kase == Case::None && !a.predicate;
    const int nb = conjunction ? c + 2 : c + 1;
    bool coord_marker = (a.kase == Case::None && (a.comma || a.coord) && !a.predicate) ||
                        (a.kase == Case::To && !a.together) || conjunction;
    // XとYで (a place or time after と) is "with X, in Y", not "X and Y".
    Case next = s_.chunks[nb].kase;
    bool list_goes_on = next == Case::None && (s_.chunks[nb].comma || s_.chunks[nb].coord ||
                                               (nb + 2 < n && is_conjunction(nb + 1)));
    if (!coord_marker || next == Case::De || next == Case::Topic || (next == Case::None && !list_goes_on)) continue;
    Mention* ma = head_mention(c);
    Mention* mb = head_mention(nb);
    // ロシアの大使とウクライナの大使が, フランスのA大統領とドイツのB首相が: after an
    // official, the second conjunct is the phrase headed by 大使が (not 日本と中国の首脳).
    int b = nb;
    const bool official = ma && (ma->person || ma->label.text.find("の") != std::string::npos ||
                                 (ma->codes.size() == 1 && ma->codes.front().size() > 3));
    if (ma && !ma->agent_only && official && next == Case::No && head(b) > b) {
      b = head(b);
      mb = head_mention(b);
    }
    // フィリピンのマナロ外相、テオドロ国防相: a title in a list shares the country
    // of the official named before it.
    if (ma && mb && !ma->agent_only && mb->agent_only && !ma->speaker_ref && ma->codes.size() == 1 &&
        !intergovernmental(ma->codes.front())) {
      std::string agent = mb->codes.front();
      mb->codes = {std::string(country_or_sector(ma->codes.front())) + agent};
      mb->ids.push_back("context:list");
      mb->agent_only = false;
    }
    if (!ma || !mb || ma->agent_only || mb->agent_only || ma->speaker_ref || mb->speaker_ref) continue;
    if (s_.chunks[b].quote_depth != a.quote_depth) continue;
    // A list grows no group past kMaxGroupIds entries: each conjunct keeps the
    // whole group so far, so 日本、日本、… would cost memory quadratic in its length.
    if (ma->ids.size() + mb->ids.size() > kMaxGroupIds) continue;
    std::vector<std::string> codes = ma->codes;
    for (const auto& x : mb->codes)
      if (std::find(codes.begin(), codes.end(), x) == codes.end()) codes.push_back(x);
    mb->codes = codes;
    mb->label = Label::joined(ma->label, a.kase == Case::To ? "と" : "、", mb->label);
    mb->span_begin = std::min(mb->span_begin, ma->span_begin);
    mb->ids.insert(mb->ids.begin(), ma->ids.begin(), ma->ids.end());
    if (joined_.empty()) joined_.assign(s_.chunks.size(), -1);
    joined_[c] = b;
    ma->head = false;
  }
}

bool SentencePasses::is_conjunction(int c) const {
  const Chunk& k = s_.chunks[c];
  if (k.last - k.first != 1) return false;
  return lexicon_.has(Word::Conjunction, s_.tokens[k.first].surface);
}

// The mention of a country in a の-modifier of the agent's chunk, or of that
// modifier's own modifier (日本の外相, 米国のナンバー2の外交官).
const Mention* SentencePasses::country_modifier(const Mention& agent) const {
  std::vector<int> frontier{agent.chunk};
  for (int depth = 0; depth < 2; ++depth) {
    std::vector<int> next;
    for (int h : frontier)
      for (int c = h - 1; c >= 0; --c) {
        if (head(c) != h || s_.chunks[c].kase != Case::No) continue;
        next.push_back(c);
        for (const auto& x : s_.mentions)
          if (x.chunk == c && x.head && !x.agent_only && !x.codes.empty() && !x.speaker_ref) return &x;
      }
    frontier = next;
  }
  return nullptr;
}

// 外務省アジア大洋州局長, モンゴル国家大会議(国会)議員団: a role word ending a
// compound whose earlier words name a country (or a country's office) is
// that country's; the words between (a department, a gloss) do not matter.
const Mention* SentencePasses::country_in_compound(const Mention& agent) const {
  const Mention* found = nullptr;
  for (const auto& x : s_.mentions)
    if (x.chunk == agent.chunk && &x != &agent && x.token_end <= agent.token_begin && !x.agent_only &&
        !x.codes.empty() && !x.speaker_ref && !x.quoted_term && !x.person)
      found = &x;  // the nearest one before the role word
  return found;
}

// The last mention before m in this sentence of one country with m's agent
// (GOV or MIL), or nullptr. Institutions only: a title (前首相, 大統領) may be
// another holder's.
const Mention* SentencePasses::earlier_with_agent(const Mention& m, const std::string& agent) const {
  if ((agent != "GOV"sv && agent != "MIL"sv) || !lexicon_.has(Word::Institution, m.label.text)) return nullptr;
  const Mention* found = nullptr;
  for (const auto& x : s_.mentions)
    if (x.token_end <= m.token_begin && !x.agent_only && !x.speaker_ref && !x.quoted_term && x.codes.size() == 1 &&
        x.codes.front().size() == 6 && x.codes.front().compare(3, 3, agent) == 0)
      found = &x;
  return found;
}

// 中国外務省は…。外務省は: the last actor with the agent was named by this
// very title, so the title alone refers to it, not to its default country.
bool SentencePasses::same_office_named(const Mention& m, const std::string& agent) const {
  const Referent* last = discourse_.last_with_agent(agent);
  if (!last) return false;
  const std::string words = s_.text.substr(s_.tokens[m.token_begin].begin,
                                           s_.tokens[m.token_end - 1].end - s_.tokens[m.token_begin].begin);
  return last->label.text.find(words) != std::string::npos;
}

bool SentencePasses::japanese_surname(const Mention& m) const {
  const Chunk& c = s_.chunks[m.chunk];
  int t = m.token_begin;
  if (s_.tokens[t].pos2 != "人名"sv) --t;  // the surname just before the title
  // The surname is before the mention or inside it, with the title still after it.
  if (t < c.first || (t >= m.token_begin && t + 1 >= m.token_end)) return false;
  const Token& k = s_.tokens[t];
  // Two kanji at least: one-kanji surnames are as often Chinese or Korean (王, 李, 金).
  if (k.pos2 != "人名"sv || katakana(k.surface) || k.surface.size() < 6 ||
      (t > c.first && s_.tokens[t - 1].pos2 == "人名"sv))
    return false;
  // the title must not be preceded by anything else in the chunk (中国の王外相 has a country)
  return t == c.first || s_.tokens[t - 1].any(tag::Prefix | tag::Symbol);
}

// 丹羽宇一郎駐中国大使, 駐韓大使: a title posted abroad (駐 + a country other than
// Japan) with no country of its own is Japan's in Japanese news; a foreign one is
// named with its country (駐日中国大使, 中国の駐日大使).
bool SentencePasses::posted_abroad(const Mention& m) const {
  const int t = m.token_begin;
  if (t < 2 || s_.tokens[t - 2].surface != "駐"sv) return false;
  const std::string& where = s_.tokens[t - 1].surface;
  return where != "日"sv && where != "日本"sv && s_.tokens[t - 1].is(tag::Noun);
}

bool SentencePasses::armed_agent(std::string_view agent) {
  return agent == "MIL"sv || agent == "REB"sv || agent == "COP"sv || agent == "SPY"sv;
}

// The place a sentence sets its events in: the one country named as a place
// (トーゴで, シリア内戦で, カブール付近の, イラク南部に), or nullptr when none or several are.
const Mention* SentencePasses::setting(const Mention& agent) const {
  const Mention* found = nullptr;
  for (const auto& x : s_.mentions) {
    if (&x == &agent || x.agent_only || x.quoted_term || x.speaker_ref || x.person || x.codes.size() != 1) continue;
    if (x.chunk < 0 || intergovernmental(x.codes.front()) || organisation_sector(country_or_sector(x.codes.front()))) continue;
    const Chunk& ch = s_.chunks[x.chunk];
    // イラクとシリアで: a place coordinated with the one in で is a place too.
    const bool listed = (ch.kase == Case::To || ch.coord) && x.chunk + 1 < static_cast<int>(s_.chunks.size()) &&
                        s_.chunks[x.chunk + 1].kase == Case::De;
    const bool at = (ch.kase == Case::De || listed) && x.token_end <= ch.content_end;
    const bool near = x.token_end < ch.content_end && lexicon_.has(Word::Place, s_.tokens[x.token_end].surface);
    if (!at && !near) continue;
    if (found && country_or_sector(found->codes.front()) != country_or_sector(x.codes.front())) return nullptr;
    found = &x;
  }
  return found;
}

const Mention* SentencePasses::named_holder(const Mention& m) const {
  for (const auto& p : s_.mentions) {
    if (!p.person || p.chunk != m.chunk || p.token_end > m.token_begin || p.codes.empty()) continue;
    bool only_asides = true;
    for (int t = p.token_end; t < m.token_begin; ++t) only_asides = only_asides && s_.tokens[t].is(tag::Aside);
    if (only_asides) return &p;
  }
  return nullptr;
}

// An agent without a country takes it from a の-modifier, else a bare title
// (報道官, 外相) is the side last named with that role.
void SentencePasses::give_agents_countries() {
  for (auto& m : s_.mentions) {
    if (!m.agent_only) continue;
    // 反政府の団体, 反政府勢力: against a government, not one.
    if (m.token_begin > 0 && s_.tokens[m.token_begin - 1].surface == "反"sv) continue;
    // 各国政府, 各国首脳: every country's, no one's in particular.
    if (m.token_begin > 0 && (s_.tokens[m.token_begin - 1].surface == "各国"sv ||
                              s_.tokens[m.token_begin - 1].surface == "各"sv ||
                              s_.tokens[m.token_begin - 1].surface == "諸国"sv))
      continue;
    const std::string agent = m.codes.front();
    const Referent* last = nullptr;
    const Mention* country = country_modifier(m);
    const bool compound = !country && m.head && (country = country_in_compound(m));
    if (country) {
      m.codes.clear();
      // タリバンの報道担当者, 米軍の報道官: an official (GOV) of a body with a role of
      // its own speaks for that body.
      for (const auto& code : country->codes)
        m.codes.push_back(agent == "GOV"sv && code.size() >= 6 ? code : std::string(country_or_sector(code)) + agent);
      m.label = Label::joined(country->label, compound ? "" : "の", m.label);
      m.span_begin = std::min(m.span_begin, country->span_begin);
      m.ids.insert(m.ids.begin(), country->ids.begin(), country->ids.end());
      m.agent_only = false;
    } else if (const Mention* holder = named_holder(m)) {
      // タクシン・チナワット(元)首相: the title after a person's name (past an aside) is theirs.
      m.codes = holder->codes;
      m.person_index = holder->person_index;
      m.label = Label::joined(holder->label, "", m.label);
      m.ids.insert(m.ids.begin(), holder->ids.begin(), holder->ids.end());
      m.agent_only = false;
    } else if (japanese_surname(m)) {
      // 岸田外務大臣, 浜田防衛大臣: a kanji surname and a title with no country is a
      // Japanese official in Japanese text (a foreign one is named with the country).
      m.codes = {"JPN" + agent};
      m.ids.push_back("context:japanese_surname");
      m.agent_only = false;
    } else if (posted_abroad(m)) {
      m.codes = {"JPN" + agent};
      m.ids.push_back("context:posted_abroad");
      m.agent_only = false;
    } else if (!m.title_code.empty() && !(m.title_home && same_office_named(m, agent))) {
      m.codes = {m.title_code};  // ライス国務長官: the title names the country
      m.agent_only = false;
    } else if (const Mention* place = m.head && armed_agent(agent) ? setting(m) : nullptr) {
      // シリア内戦で政府軍が, カブール付近の施設が武装勢力に: armed forces and police named
      // without a country are those of the one country the sentence sets its events in.
      m.codes = {std::string(country_or_sector(place->codes.front())) + agent};
      m.ids.push_back("context:setting");
      m.label = Label::resolved(m.label, place->label);
      m.reference = true;
      m.agent_only = false;
    } else if (const Mention* same = m.head ? earlier_with_agent(m, agent) : nullptr) {
      // リビアのカダフィ政権が…政権側の施設を: the one named with that role earlier in the sentence.
      m.codes = same->codes;
      m.ids.push_back("context:same_sentence_" + agent);
      m.label = Label::resolved(m.label, same->label);
      m.reference = true;
      m.agent_only = false;
    } else if (m.head && (agent == "GOV"sv || agent == "MIL"sv) && (last = discourse_.last_with_agent(agent)) &&
               !unnamed_proper_noun(s_, m)) {
      m.codes = {std::string(country_or_sector(last->codes.front())) + agent};
      m.ids.push_back("context:last_" + agent);
      m.label = Label::resolved(m.label, last->label);
      m.reference = true;
      m.agent_only = false;
    } else if (m.head && agent == "GOV"sv && !discourse_.last_with_agent(agent) && !unnamed_proper_noun(s_, m)) {
      default_government(m);
    }
  }
}

// A bare government title before any government was named: 政府 alone is
// Japan's (Japanese news' usage); another (モンテネグロで…新首相は), in an article
// about one country (Discourse::focus), is that country's.
void SentencePasses::default_government(Mention& m) {
  if (m.label.text == "政府") {
    m.codes = {"JPNGOV"};
    m.ids.push_back("context:japanese_government");
    m.agent_only = false;
  } else if (const std::optional<std::string> focus = discourse_.focus("")) {
    m.codes = {*focus + "GOV"};
    m.ids.push_back("context:focus_GOV");
    m.label = Label::resolved(m.label, Label::words(*focus));
    m.reference = true;
    m.agent_only = false;
  }
}

void SentencePasses::publish_groups() { s_.joined = std::move(joined_); }

void SentencePasses::remember() {
  for (const auto& m : s_.mentions) {
    if (m.agent_only || m.codes.empty() || m.quoted_term || m.speaker_ref) continue;
    discourse_.remember({m, m.head, m.person, m.reference, prominence_of(s_.chunks[m.chunk].kase), m.person_name});
  }
}

}  // namespace kizashi::ja

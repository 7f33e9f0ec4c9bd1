// actors/ja/matcher — phase 2: a run of names in a chunk becomes one mention.
#include <algorithm>
#include <cctype>
#include <set>

#include "actors/ja/matcher.h"
#include "actors/ja/tokens.h"
#include "base/actor_code.h"
#include "text/ja/chunk.h"

namespace kizashi::ja {

namespace {

// A quotation whose content has no verb or adjective names a term, not speech.
bool term_quote(const Sentence& s, int tok) {
  int depth = s.tokens[tok].quote_depth;
  if (depth == 0) return false;
  int b = tok, e = tok;
  while (b > 0 && s.tokens[b - 1].quote_depth >= depth) --b;
  while (e + 1 < static_cast<int>(s.tokens.size()) && s.tokens[e + 1].quote_depth >= depth) ++e;
  return !has_predicate(s, static_cast<size_t>(b), static_cast<size_t>(e) + 1);
}

// 日中関係は…両国の: a group of n countries named earlier in the same sentence;
// else the names listed right before the reference word in `chunk` (in it or in
// the chunks just before, one after another) that together name exactly n
// (日本と英国、イタリアの3カ国, 日本とフィリピン両政府).
std::optional<Referent> group_in_sentence(const Sentence& s, size_t n, int chunk) {
  for (auto it = s.mentions.rbegin(); it != s.mentions.rend(); ++it) {
    if (it->reference || it->quoted_term || it->agent_only) continue;
    auto countries = countries_in_order(it->codes);
    if (countries.size() == n) return Referent{std::move(countries), it->label, it->ids};
  }
  std::vector<std::string> together;
  Referent group;
  int next = chunk;  // the chunk the next name back may be in (or the one before it)
  for (auto it = s.mentions.rbegin(); it != s.mentions.rend() && together.size() < n; ++it) {
    if (!it->head && it->chunk != chunk) continue;  // フィリピン of フィリピン両政府 counts
    if (it->reference || it->quoted_term || it->agent_only || it->chunk < next - 1 || it->chunk > chunk) break;
    next = it->chunk;
    for (auto& c : countries_in_order(it->codes))
      if (std::find(together.begin(), together.end(), c) == together.end()) together.insert(together.begin(), c);
    group.ids.insert(group.ids.end(), it->ids.begin(), it->ids.end());
    group.label = group.label.text.empty() ? it->label : Label::joined(it->label, "、", group.label);
  }
  if (together.size() != n) return std::nullopt;
  group.codes = std::move(together);
  return group;
}

// インドは、中国との国境で両軍が: the two countries named before `chunk` in the
// sentence as participants (は, が, も, と, との; each once) are the ones a pair
// word there means (not a place or a purpose: インド太平洋地域での中国の…).
std::optional<Referent> countries_before(const Sentence& s, int chunk) {
  Referent group;
  for (const auto& m : s.mentions) {
    if (m.chunk >= chunk || m.reference || m.quoted_term || m.agent_only || m.speaker_ref || !m.head) continue;
    const Case k = s.chunks[m.chunk].kase;
    if (k != Case::Wa && k != Case::Ga && k != Case::Mo && k != Case::To && k != Case::ToNo) continue;
    for (auto& c : countries_in_order(m.codes))
      if (std::find(group.codes.begin(), group.codes.end(), c) == group.codes.end()) group.codes.push_back(c);
    group.ids.insert(group.ids.end(), m.ids.begin(), m.ids.end());
    group.label = group.label.text.empty() ? m.label : Label::joined(group.label, "、", m.label);
  }
  if (group.codes.size() != 2) return std::nullopt;
  return group;
}

}  // namespace

void ActorMatcher::mentions_in_chunk(Sentence& s, int c, const std::string& date, const Discourse& d) const {
  const std::vector<Item> items = scan_chunk(s, c, date, d);
  // Consecutive items (with only suffix-like tokens between) form one mention;
  // a reference word always stands alone.
  size_t k = 0;
  int floor = s.chunks[c].first;  // where the previous run of names ended
  while (k < items.size()) {
    size_t e = k + 1;
    while (e < items.size() && glued(s, items[e - 1], items[e])) ++e;
    if (auto m = mention_of(s, c, &items[k], &items[e - 1], floor, date, d)) {
      // 両国外相, 3カ国首脳: a group word and the agent right after it are one mention.
      if (e < items.size() && agent_of_group(s, *m, items[k], items[e])) ++e;
      s.mentions.push_back(std::move(*m));
    }
    floor = items[e - 1].end;
    k = e;
  }
}

bool ActorMatcher::agent_of_group(const Sentence& s, Mention& m, const Item& group, const Item& agent) const {
  if ((group.ref != Ref::Pair && group.ref != Ref::Count) || agent.ref != Ref::None ||
      agent.kind != EntryKind::Agent || !agent.entry || agent.begin != group.end || m.codes.size() < 2)
    return false;
  for (auto& code : m.codes) code = std::string(country_or_sector(code)) + agent.entry->code;
  m.token_end = agent.end;
  m.ids.push_back(agent.entry->id);
  m.head = !modifies_a_noun(s, m, group);
  return true;
}

// Two names in a chunk belong to one mention when only suffixes or
// punctuation stand between them, or, before a title, a person's name
// (大韓民国・李明博大統領, 日本・高村外務大臣). A reference word stands alone.
bool ActorMatcher::glued(const Sentence& s, const Item& a, const Item& b) const {
  if (a.ref != Ref::None || b.ref != Ref::None) return false;
  bool plain = true, named = true;
  for (int t = a.end; t < b.begin; ++t) {
    const Token& tok = s.tokens[t];
    if (!(tok.is(tag::Suffix) || skip_token(tok))) plain = false;
    if (!name_like(tok)) named = false;
  }
  const bool title = b.kind == EntryKind::Agent || b.kind == EntryKind::Org;
  const bool country = a.kind == EntryKind::Country || a.kind == EntryKind::Capital || a.kind == EntryKind::Short ||
                       a.kind == EntryKind::Org;
  return plain || (named && title && country);
}

// A title with a person's name the dictionary does not know, before the title
// or inside the mention (ライス国務長官, 大韓民国・李明博大統領): the mention is
// that person, named for later references (李大統領, 同氏).
void ActorMatcher::name_the_person(const Sentence& s, Mention& m, const Item* first, const Item* last, int floor) const {
  if (!(last->kind == EntryKind::Agent || last->kind == EntryKind::Org) || last->ref != Ref::None) return;
  std::string name;
  int begin = first->begin;
  while (begin > floor && name_like(s.tokens[begin - 1])) --begin;
  for (int t = begin; t < first->begin; ++t) name += s.tokens[t].surface;
  for (const Item* it = first; it < last; ++it)
    for (int t = it->end; t < (it + 1)->begin; ++t)
      if (name_like(s.tokens[t])) name += s.tokens[t].surface;
  while (name.rfind("・", 0) == 0) name.erase(0, 3);
  while (name.size() >= 3 && name.compare(name.size() - 3, 3, "・") == 0) name.resize(name.size() - 3);
  if (name.empty()) return;
  m.person = true;
  m.person_name = name;
  m.token_begin = m.span_begin = std::min(m.token_begin, begin);
}

// Is anything but suffixes after the mention in its chunk? Then it modifies a
// noun (オーストラリア訪問). Place nouns (東部, 国境, 周辺) and organs (理事会,
// 事務局) keep the country or organisation the actor of the chunk, so does a
// word closing a list (韓国、北朝鮮他の代表), a title
// keeps a person (グテレス事務総長), and an aside is looked through (トーゴ(西アフリカ)).
bool ActorMatcher::modifies_a_noun(const Sentence& s, const Mention& m, const Item& first) const {
  const int end = s.chunks[m.chunk].content_end;
  for (int t = m.token_end; t < end; ++t) {
    const Token& tok = s.tokens[t];
    if (tok.is(tag::Suffix) || tok.is(tag::Aside) || skip_token(tok) || lx_.has(Word::Place, tok.surface) ||
        lx_.has(Word::Others, tok.surface) ||
        (first.kind == EntryKind::Person && title_at(s, t, end)))
      continue;
    return !organ_at(s, t, end) && !faction_at(s, t, end);
  }
  return false;
}

// 日本語, 日本海, 米国産, (UTC+9・日本時間=…): the compound the name begins
// ends in a noun that makes it no actor. The compound runs to the chunk's
// content end or to a symbol; a name inside an aside is read within the aside.
bool ActorMatcher::compound_is_no_actor(const Sentence& s, const Mention& m, int end) const {
  const bool in_aside = s.tokens[m.token_begin].is(tag::Aside);
  std::string rest;
  for (int t = m.token_end; t < end; ++t) {
    const Token& k = s.tokens[t];
    if (k.is(tag::Aside) != in_aside) {
      if (in_aside) break;
      continue;
    }
    const bool ascii_mark = k.surface.size() == 1 && !std::isalnum(static_cast<unsigned char>(k.surface[0]));
    if (k.pos == "記号" || k.pos1 == "数" || ascii_mark) break;  // = + ・ 9
    rest += k.surface;
  }
  return lx_.has(Word::NoActor, rest);
}

std::optional<Mention> ActorMatcher::mention_of(Sentence& s, int c, const Item* first, const Item* last, int floor,
                                                const std::string& date, const Discourse& d) const {
  const int end = s.chunks[c].content_end;
  Mention m;
  m.chunk = c;
  m.token_begin = m.span_begin = first->begin;
  m.token_end = last->end;
  // A name in an aside takes the aside's closing parenthesis (欧州連合(EU)).
  if (m.token_end < end && s.tokens[m.token_end].is(tag::Paren) && s.tokens[m.token_end - 1].is(tag::Aside) &&
      !s.tokens[m.token_begin].is(tag::Aside))
    ++m.token_end;
  const bool named_run = std::none_of(first, last + 1, [](const Item& it) {
    return it.ref != Ref::None || it.kind == EntryKind::Person;
  });
  if (named_run) name_the_person(s, m, first, last, floor);
  std::string words;
  for (int t = m.token_begin; t < m.token_end; ++t) words += s.tokens[t].surface;
  m.label = Label::words(words);
  m.head = !modifies_a_noun(s, m, *first);
  if (compound_is_no_actor(s, m, end)) return std::nullopt;  // 日本語, 日本海, (日本時間)
  m.quoted_term = term_quote(s, m.token_begin);

  const Item *person = nullptr, *org = nullptr, *agent = nullptr, *ref = nullptr;
  std::vector<const Item*> countries, agents;
  for (const Item* it = first; it <= last; ++it) {
    if (it->ref != Ref::None) {
      ref = it;
      continue;
    }
    switch (it->kind) {
      case EntryKind::Person:
        if (!person) person = it;
        break;
      case EntryKind::Org: org = it; break;
      case EntryKind::Agent:
        agent = it;
        agents.push_back(it);
        break;
      default: countries.push_back(it);
    }
    m.ids.push_back(it->entry->id);
  }
  if (ref) {
    if (!resolve_reference(s, m, *ref, d)) return std::nullopt;
  } else if (person) {
    std::string code = dict_.person_code(person->entry->person, date);
    if (code.empty()) return std::nullopt;
    m.codes.push_back(code);
    m.person = true;
    m.person_index = person->entry->person;
    m.person_name = written_name(s, person, last);
  } else if (org) {
    std::string code = org->entry->code;
    // ロンドン警視庁: a national institution's name after another country's name
    // is that country's institution of the same kind.
    if (!countries.empty() && code.size() >= 6 && !organisation_sector(country_or_sector(code)) &&
        country_or_sector(code) != countries.front()->entry->code)
      code = countries.front()->entry->code + code.substr(3);
    // 日・ASEAN首脳会議, 日EU: countries before an international organisation are
    // sides of their own (国連日本政府代表部, with the country after, is not).
    if (intergovernmental(country_or_sector(code)) && !countries.empty() && countries.front() < org)
      for (const Item* c : countries)
        if (c < org) m.codes.push_back(c->entry->code);
    m.codes.push_back(code);
  } else if (!countries.empty()) {
    // 韓国人 split as 韓国|人: the nationality suffix makes it the people (CVL).
    bool people = m.token_end < end && lx_.has(Word::Nationality, s.tokens[m.token_end].surface);
    m.codes = country_codes(countries, agent, people);
  } else if (agent) {
    m.agent_only = true;
    m.codes.push_back(agent->entry->code);
    read_title(s, agents, m);
  }
  return m;
}

// 国務長官, 官房長官: a title that names its country (data/verbs/ja.titles),
// unless a の-modifier names another (passes.cc); in a compound of roles the
// last one that does (防衛庁首脳: 防衛庁's).
void ActorMatcher::read_title(const Sentence& s, const std::vector<const Item*>& agents, Mention& m) const {
  for (auto it = agents.rbegin(); it != agents.rend() && m.title_code.empty(); ++it) {
    std::string title;
    for (int t = (*it)->begin; t < (*it)->end; ++t) title += s.tokens[t].surface;
    if (const std::string* code = titles_.code(title)) {
      m.title_code = *code;
      m.title_home = titles_.home(title);
    }
  }
}

// Each country of a mention once, with the agent of the mention or of the
// word (日本人 → CVL), the people (韓国人), or the government for a capital.
std::vector<std::string> ActorMatcher::country_codes(const std::vector<const Item*>& countries, const Item* agent,
                                                     bool people) const {
  std::vector<std::string> codes;
  std::set<std::string> seen;
  for (const Item* it : countries) {
    std::string code = it->entry->code;
    if (!seen.insert(code).second) continue;
    if (agent) code += agent->entry->code;
    else if (!it->agent.empty()) code += it->agent;
    else if (people) code += "CVL";
    else if (it->kind == EntryKind::Capital) code += "GOV";
    codes.push_back(code);
  }
  return codes;
}

// A reference word resolved from the sentence or the discourse; false when it
// refers to nothing (and names no speaker).
bool ActorMatcher::resolve_reference(Sentence& s, Mention& m, const Item& ref, const Discourse& d) const {
  const std::string words = m.label.text;
  m.reference = true;
  // The referent's codes and entries; its label after '=' (a person or
  // country named with no words, from no sentence yet, adds none).
  auto take = [&](const Referent& r, bool person, bool always_shown) {
    m.codes = r.codes;
    m.ids = r.ids;
    m.person = m.person || person;
    if (always_shown || !r.label.text.empty()) m.label = Label::resolved(m.label, r.label);
  };
  switch (ref.ref) {
    case Ref::Speaker:
      // 我が国は…を非難します outside any quotation: the text is a Japanese
      // government's own (a press release), so its country is Japan.
      if (s.tokens[m.token_begin].quote_depth == 0 && (m.label.text == "我が国" || m.label.text == "わが国")) {
        m.codes = {"JPN"};
        m.ids.push_back("context:japanese_text");
        break;
      }
      if (s.tokens[m.token_begin].quote_depth == 0 && (m.label.text == "我が政府" || m.label.text == "わが政府")) {
        m.codes = {"JPNGOV"};
        m.ids.push_back("context:japanese_text");
        break;
      }
      m.speaker_ref = true;
      m.ids.push_back("lexicon:speaker");
      break;
    case Ref::Surname:
      take(*ref.referent, true, true);
      break;
    case Ref::Person:
      // 上川外相はシュミハリ首相と会談し、同首相から…: a person named earlier in
      // this sentence comes before any of earlier sentences.
      if (const Mention* p = person_in_sentence(s, m.chunk)) {
        Referent r{p->codes, p->label, p->ids};
        take(r, true, true);
        m.person_index = p->person_index;
        break;
      }
      take(d.last_person(), true, false);
      break;
    case Ref::Place:
      take(d.last_country(), false, false);
      break;
    case Ref::Organ:
      take(d.last_organisation(), false, true);
      break;
    case Ref::Pair:
    case Ref::Count: {
      size_t n = ref.ref == Ref::Pair ? 2 : static_cast<size_t>(ref.count);
      std::optional<Referent> group = group_in_sentence(s, n, m.chunk);
      if (!group && n == 2) group = countries_before(s, m.chunk);
      if (!group)
        if (const Referent* g = d.group_of(n)) group = *g;
      if (!group) group = d.most_salient(n);
      if (group) take(*group, false, true);
      // 3首脳, 3外相: the group's governments (the agent the counted word names).
      if (const std::string agent = counted_agent(words); !agent.empty())
        for (auto& code : m.codes) code = std::string(country_or_sector(code)) + agent;
      if (!s.mentions.empty()) merge_pair_word(s, m, words);
      break;
    }
    case Ref::None:
      break;
  }
  return !m.codes.empty() || m.speaker_ref;
}

// ペニー・ウォン豪州外務大臣: a later ウォン大臣 matches the name, not the shown
// text; イ・ジェミョン(李在明)大統領: the name and the one in brackets are both the
// person's (a later イ大統領 or 李大統領), from the first to the last item naming them.
std::string ActorMatcher::written_name(const Sentence& s, const Item* person, const Item* last) const {
  const Item* end = person;
  for (const Item* it = person; it <= last; ++it)
    if (it->ref == Ref::None && it->kind == EntryKind::Person && it->entry->person == person->entry->person) end = it;
  std::string name;
  for (int t = person->begin; t < end->end; ++t) name += s.tokens[t].surface;
  return name;
}

// The last person named in full in the sentence before `chunk`, or nullptr.
const Mention* ActorMatcher::person_in_sentence(const Sentence& s, int chunk) const {
  for (auto it = s.mentions.rbegin(); it != s.mentions.rend(); ++it)
    if (it->person && !it->reference && !it->codes.empty() && it->chunk < chunk) return &*it;
  return nullptr;
}

// 日米両政府, 日韓両首脳: a pair or count word right after the countries in its
// chunk refers to those countries (their governments for 政府, 首脳, 外相).
void ActorMatcher::merge_pair_word(Sentence& s, Mention& m, const std::string& words) const {
  Mention& prev = s.mentions.back();
  if (prev.chunk != m.chunk || prev.token_end != m.token_begin || prev.codes.size() < 2 || prev.reference) return;
  const std::string& shown = m.label.text;
  std::string agent = shown.find("政府") != std::string::npos || shown.find("首脳") != std::string::npos ||
                              shown.find("外相") != std::string::npos
                          ? "GOV"
                          : "";
  // 両軍, 両首相, 両国防相: the agent the word after 両 (両国) names.
  for (std::string_view rest : {std::string_view(words).substr(std::min(words.size(), size_t{3})),
                                std::string_view(words).substr(std::min(words.size(), size_t{6}))})
    if (std::string a = agent_named(rest); !a.empty()) agent = a;
  m.codes.clear();
  for (const auto& code : prev.codes) m.codes.push_back(std::string(country_or_sector(code)) + agent);
  m.ids = prev.ids;
  m.label = Label::joined(prev.label, "", Label::words(words));
  m.span_begin = prev.span_begin;
  prev.head = false;
}

// The agent code a word names (首脳 → GOV, 国防相 → MIL), or "".
std::string ActorMatcher::agent_named(std::string_view word) const {
  if (const Name* n = names_.find(word); n && n->entries)
    for (const auto& e : *n->entries)
      if (e.kind == EntryKind::Agent) return e.code;
  return {};
}

// The agent of a counted group word after its number (3首脳 → GOV; 3カ国 → "").
std::string ActorMatcher::counted_agent(std::string_view words) const {
  size_t i = 0;
  while (i < words.size() && ((words[i] >= '0' && words[i] <= '9') || words[i] == ' ')) ++i;
  return agent_named(words.substr(i));
}

}  // namespace kizashi::ja

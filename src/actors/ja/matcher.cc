#include "actors/ja/matcher.h"

#include <algorithm>
#include <set>

#include "base/actor_code.h"
#include "text/ja/chunk.h"

namespace kizashi::ja {

using namespace std::literals;

namespace {

constexpr int kMaxTokens = 12;

bool skip_token(const Token& t) {
  return t.any(tag::BracketOpen | tag::BracketClose | tag::Comma | tag::Period);
}

struct Item {
  int begin, end;  // tokens
  EntryKind kind;
  const ActorEntry* entry = nullptr;
  Ref ref = Ref::None;
  int count = 0;
  std::string agent;  // agent implied by the word itself (日本人 → CVL)
};

// A quotation whose content has no verb or adjective names a term, not speech.
bool term_quote(const Sentence& s, int tok) {
  int depth = s.tokens[tok].quote_depth;
  if (depth == 0) return false;
  int b = tok, e = tok;
  while (b > 0 && s.tokens[b - 1].quote_depth >= depth) --b;
  while (e + 1 < static_cast<int>(s.tokens.size()) && s.tokens[e + 1].quote_depth >= depth) ++e;
  return !has_predicate(s, static_cast<size_t>(b), static_cast<size_t>(e) + 1);
}

std::vector<Mention> top_salient(const ActorContext& ctx, size_t n) {
  std::vector<std::pair<double, std::string>> v;
  for (size_t i = 0; i < ctx.first_seen.size(); ++i) {
    const auto& c = ctx.first_seen[i];
    v.emplace_back(ctx.salience.at(c) - 0.001 * static_cast<double>(i), c);
  }
  std::sort(v.rbegin(), v.rend());
  Mention m;
  for (size_t i = 0; i < v.size() && i < n; ++i) {
    m.codes.push_back(v[i].second);
    m.entry_ids.push_back("context:salience");
  }
  if (m.codes.size() < n) return {};
  return {m};
}


}  // namespace

// A title (事務総長, 議長) starting at token t and running to the chunk's content end.
bool ActorMatcher::title_at(const Sentence& s, int t, int end) const {
  std::string rest;
  for (int i = t; i < end; ++i) rest += s.tokens[i].surface;
  return lx_.has(Word::Title, rest);
}

ActorMatcher::ActorMatcher(const ActorDictionary& dict, const Lexicon& lexicon)
    : dict_(dict), lx_(lexicon), nationality_(lexicon.words(Word::Nationality)) {
  auto add = [&](const std::string& name) -> Name& {
    for (size_t i = 1; i < name.size(); ++i)
      if ((static_cast<unsigned char>(name[i]) & 0xC0) != 0x80) names_[std::string_view(name).substr(0, i)];
    return names_[name];
  };
  for (const auto& [name, kind] : dict_.names()) add(name).entries = dict_.find(name);
  for (auto [kind, ref] : {std::pair{Word::PersonRef, Ref::Person}, {Word::PlaceRef, Ref::Place},
                           {Word::PairRef, Ref::Pair}, {Word::Speaker, Ref::Speaker}})
    for (const auto& w : lx_.words(kind)) add(w).ref = ref;
}

void ActorMatcher::find_in_chunk(Sentence& s, int ci, const std::string& date, const ActorContext& ctx) const {
  const Chunk& c = s.chunks[ci];
  std::vector<Item> items;
  std::string cat;
  int i = c.first;
  int last_content = c.content_end;
  while (i < last_content) {
    if (skip_token(s.tokens[i])) {
      ++i;
      continue;
    }
    // Longest dictionary name starting at token i.
    cat.clear();
    int best_end = -1;
    const std::vector<ActorEntry>* best = nullptr;
    Ref best_ref = Ref::None;
    int count = 0;
    for (int j = i; j < last_content && j - i < kMaxTokens; ++j) {
      if (skip_token(s.tokens[j])) break;
      cat += s.tokens[j].surface;
      bool counter = s.tokens[i].is(tag::Number) && j - i <= 2;  // 3カ国, 3か国首脳
      const Name* name = names_.find(cat);
      if (name == nullptr && !counter) break;
      if (const auto* v = name == nullptr ? nullptr : name->entries) {
        bool only_short =
            std::all_of(v->begin(), v->end(), [](const ActorEntry& e) { return e.kind == EntryKind::Short; });
        if (!only_short || (j == i && s.tokens[i].is(tag::Proper))) {
          best = v;
          best_end = j + 1;
          best_ref = Ref::None;
        }
      }
      if (name != nullptr && name->ref != Ref::None) {
        best = nullptr;
        best_end = j + 1;
        best_ref = name->ref;
      }
      if (j > i && s.tokens[i].is(tag::Number) && lx_.has(Word::CountRef, cat.substr(s.tokens[i].surface.size()))) {
        try {
          count = std::stoi(s.tokens[i].surface);
        } catch (...) {
          count = 0;
        }
        if (count >= 2 && count <= 40) {
          best = nullptr;
          best_end = j + 1;
          best_ref = Ref::Count;
        }
      }
    }
    // A surname with 氏 or a title (王氏, 王外相) names a person given in full before.
    if (best_end < 0 && s.tokens[i].is(tag::Proper) && i + 1 < last_content &&
        (s.tokens[i + 1].is(tag::Suffix) || dict_.find(s.tokens[i + 1].surface))) {
      const std::string& surname = s.tokens[i].surface;
      for (int k = static_cast<int>(ctx.people_seen.size()) - 1; k >= 0; --k) {
        const std::string& full = ctx.people_seen[static_cast<size_t>(k)].text;
        if (full.size() > surname.size() && full.compare(0, surname.size(), surname) == 0) {
          items.push_back(Item{i, i + 1, EntryKind::Person, nullptr, Ref::Surname, k, ""});
          break;
        }
      }
      if (!items.empty() && items.back().begin == i) {
        ++i;
        continue;
      }
    }
    // ムセヴェニ・ウガンダ (one unknown token): a country after the dot is the country.
    if (best_end < 0 && s.tokens[i].surface.find("・") != std::string::npos) {
      const std::string& surf = s.tokens[i].surface;
      if (const auto* v = dict_.find(surf.substr(surf.rfind("・") + 3)))
        for (const auto& e : *v)
          if (e.kind == EntryKind::Country) {
            items.push_back(Item{i, i + 1, EntryKind::Country, &e, Ref::None, 0, ""});
            break;
          }
      if (!items.empty() && items.back().begin == i) {
        ++i;
        continue;
      }
    }
    // 習氏 as one unknown morpheme: a listed name with the honorific 氏.
    if (best_end < 0) {
      const std::string& surf = s.tokens[i].surface;
      static const std::string kShi = "氏";
      if (surf.size() > kShi.size() && surf.compare(surf.size() - kShi.size(), kShi.size(), kShi) == 0)
        if (const auto* v = dict_.find(surf.substr(0, surf.size() - kShi.size())))
          for (const auto& e : *v)
            if (e.kind == EntryKind::Person) {
              items.push_back(Item{i, i + 1, EntryKind::Person, &e, Ref::None, 0, ""});
              break;
            }
      if (!items.empty() && items.back().begin == i) { ++i; continue; }
    }
    // 日本人, 中国人: a nationality word is the country's people (CVL).
    if (best_end < 0) {
      const std::string& surf = s.tokens[i].surface;
      for (const auto& suffix : nationality_) {
        if (surf.size() <= suffix.size() || surf.compare(surf.size() - suffix.size(), suffix.size(), suffix) != 0)
          continue;
        if (const auto* v = dict_.find(surf.substr(0, surf.size() - suffix.size())))
          for (const auto& e : *v)
            if (e.kind == EntryKind::Country) {
              items.push_back(Item{i, i + 1, EntryKind::Country, &e, Ref::None, 0, "CVL"});
              break;
            }
      }
      ++i;
      continue;
    }
    Item it{i, best_end, EntryKind::Agent, nullptr, best_ref, count, ""};
    if (best) {
      const ActorEntry* pick = &best->front();
      for (const auto& e : *best)
        if (static_cast<int>(e.kind) < static_cast<int>(pick->kind)) pick = &e;
      if (pick->kind == EntryKind::Short && !s.tokens[i].is(tag::Proper)) {
        ++i;
        continue;
      }
      it.kind = pick->kind;
      it.entry = pick;
    }
    // 駐米日本大使, 在韓日本大使館: where someone is posted, not who they are.
    if (i > c.first && (s.tokens[i - 1].surface == "駐"sv || s.tokens[i - 1].surface == "在"sv) && it.ref == Ref::None) {
      i = best_end;
      continue;
    }
    // この日, 同日: a one-character abbreviation after a determiner is not a country.
    if (it.kind == EntryKind::Short && i > 0 &&
        (s.tokens[i - 1].is(tag::Adnominal) || s.tokens[i - 1].surface == "同"sv || s.tokens[i - 1].surface == "翌"sv)) {
      i = best_end;
      continue;
    }
    items.push_back(it);
    i = best_end;
  }
  if (items.empty()) return;

  // Consecutive items (with only suffix-like tokens between) form one mention.
  size_t k = 0;
  while (k < items.size()) {
    size_t e = k + 1;
    while (e < items.size()) {
      bool glued = true;
      for (int t = items[e - 1].end; t < items[e].begin; ++t)
        if (!(s.tokens[t].is(tag::Suffix) || skip_token(s.tokens[t]))) glued = false;
      if (!glued || items[e].ref != Ref::None || items[e - 1].ref != Ref::None) break;
      ++e;
    }
    Mention m;
    m.chunk = ci;
    m.token_begin = m.span_begin = items[k].begin;
    m.token_end = items[e - 1].end;
    for (int t = m.token_begin; t < m.token_end; ++t) m.text += s.tokens[t].surface;
    // Is anything but suffixes after the mention in this chunk? Then it modifies a noun.
    // Place nouns (東部, 国境, 周辺) keep the country the actor of the chunk.
    for (int t = m.token_end; t < last_content; ++t)
      if (!(s.tokens[t].is(tag::Suffix) || skip_token(s.tokens[t]) || lx_.has(Word::Place, s.tokens[t].surface) ||
            (items[k].kind == EntryKind::Person && title_at(s, t, last_content)))) {
        m.head = false;
        break;
      }
    if (lx_.has(Word::NoActor, [&] {
          std::string r;
          for (int t = m.token_end; t < last_content; ++t) r += s.tokens[t].surface;
          return r;
        }())) {
      k = e;
      continue;
    }
    m.quoted_term = term_quote(s, m.token_begin);

    const Item* person = nullptr;
    const Item* org = nullptr;
    const Item* agent = nullptr;
    const Item* ref = nullptr;
    std::vector<const Item*> countries;
    for (size_t x = k; x < e; ++x) {
      const Item& it = items[x];
      if (it.ref != Ref::None) {
        ref = &it;
        continue;
      }
      switch (it.kind) {
        case EntryKind::Person:
          person = &it;
          break;
        case EntryKind::Org:
          org = &it;
          break;
        case EntryKind::Agent:
          agent = &it;
          break;
        default:
          countries.push_back(&it);
      }
      m.entry_ids.push_back(it.entry->id);
    }
    if (ref) {
      m.reference = true;
      if (ref->ref == Ref::Speaker) {
        m.speaker_ref = true;
        m.entry_ids.push_back("lexicon:speaker");
      } else if (ref->ref == Ref::Surname) {
        const auto& seen = ctx.people_seen.at(static_cast<size_t>(ref->count));
        m.codes = seen.codes;
        m.entry_ids = seen.ids;
        m.person = true;
        m.text += "=" + seen.text;
      } else if (ref->ref == Ref::Person) {
        m.codes = ctx.last_person.codes;
        m.entry_ids = ctx.last_person.ids;
        m.person = true;
        if (!ctx.last_person.text.empty()) m.text += "=" + ctx.last_person.text;
      } else if (ref->ref == Ref::Place) {
        m.codes = ctx.last_country.codes;
        m.entry_ids = ctx.last_country.ids;
        if (!ctx.last_country.text.empty()) m.text += "=" + ctx.last_country.text;
      } else {
        size_t n = ref->ref == Ref::Pair ? 2 : static_cast<size_t>(ref->count);
        const ActorContext::Seen* g = nullptr;
        // 日中関係は…両国の: a group named earlier in the same sentence comes first.
        ActorContext::Seen here;
        for (auto it = s.mentions.rbegin(); it != s.mentions.rend() && !g; ++it) {
          if (it->reference || it->quoted_term || it->agent_only) continue;
          std::vector<std::string> cs;
          for (const auto& code : it->codes)
            if (std::find(cs.begin(), cs.end(), country_or_sector(code)) == cs.end()) cs.emplace_back(country_or_sector(code));
          if (cs.size() == n) {
            here = {cs, it->text, it->entry_ids};
            g = &here;
          }
        }
        for (auto it = ctx.groups.rbegin(); it != ctx.groups.rend() && !g; ++it)
          if (it->codes.size() == n) {
            g = &*it;
            break;
          }
        if (g) {
          m.codes = g->codes;
          m.entry_ids = g->ids;
          m.text += "=" + g->text;
        } else {
          auto top = top_salient(ctx, n);
          if (!top.empty()) {
            m.codes = top[0].codes;
            m.entry_ids = top[0].entry_ids;
            m.text += "=(salience)";
          }
        }
      }
      // 日米両政府, 日韓両首脳: the pair word refers to the countries just before it.
      if ((ref->ref == Ref::Pair || ref->ref == Ref::Count) && !s.mentions.empty()) {
        Mention& prev = s.mentions.back();
        if (prev.chunk == ci && prev.token_end == m.token_begin && prev.codes.size() >= 2 && !prev.reference) {
          bool gov = m.text.find("政府") != std::string::npos || m.text.find("首脳") != std::string::npos ||
                     m.text.find("外相") != std::string::npos;
          m.codes.clear();
          for (const auto& code : prev.codes) m.codes.push_back(std::string(country_or_sector(code)) + (gov ? "GOV" : ""));
          m.entry_ids = prev.entry_ids;
          m.text = prev.text + m.text.substr(0, m.text.find('='));
          m.span_begin = prev.span_begin;
          prev.head = false;
        }
      }
      if (m.codes.empty() && !m.speaker_ref) {
        k = e;
        continue;
      }
    } else if (person) {
      std::string code = dict_.person_code(person->entry->person, date);
      if (code.empty()) {
        k = e;
        continue;
      }
      m.codes.push_back(code);
      m.person = true;
      m.person_index = person->entry->person;
    } else if (org) {
      m.codes.push_back(org->entry->code);
    } else if (!countries.empty()) {
      std::set<std::string> seen;
      // 韓国人 split as 韓国|人: the nationality suffix makes it the people (CVL).
      bool people = m.token_end < last_content && lx_.has(Word::Nationality, s.tokens[m.token_end].surface);
      for (const Item* it : countries) {
        std::string code = it->entry->code;
        if (!seen.insert(code).second) continue;
        if (agent)
          code += agent->entry->code;
        else if (!it->agent.empty())
          code += it->agent;
        else if (people)
          code += "CVL";
        else if (it->kind == EntryKind::Capital)
          code += "GOV";
        m.codes.push_back(code);
      }
    } else if (agent) {
      m.agent_only = true;
      m.codes.push_back(agent->entry->code);
    }
    s.mentions.push_back(std::move(m));
    k = e;
  }
}

}  // namespace kizashi::ja

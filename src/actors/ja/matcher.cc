// actors/ja/matcher — the driver, and phase 1: the names in a chunk.
#include "actors/ja/matcher.h"

#include <cctype>

#include <algorithm>

#include "actors/ja/passes.h"
#include "actors/ja/tokens.h"

namespace kizashi::ja {

using namespace std::literals;

namespace {

constexpr int kMaxTokens = 12;  // the longest name, in morphemes

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() > suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The first entry of `kind` among the dictionary entries for `name`.
const ActorEntry* entry_of(const ActorDictionary& dict, std::string_view name, EntryKind kind) {
  if (const auto* v = dict.find(name))
    for (const auto& e : *v)
      if (e.kind == kind) return &e;
  return nullptr;
}

// 日印, 米印: right after a country's abbreviation MeCab may read the next one as a
// common noun (印 "seal").
bool after_country(const Sentence& s, int i) {
  return i > 0 && s.tokens[i - 1].is(tag::Proper) && s.tokens[i - 1].pos2 == "地域"sv && s.tokens[i - 1].pos3 == "国"sv;
}

}  // namespace

// The longest dictionary name or reference word starting at token i.
struct ActorMatcher::Longest {
  const std::vector<ActorEntry>* entries = nullptr;
  int end = -1;  // token after it; -1: none
  Ref ref = Ref::None;
  int count = 0;  // the number of a counter reference (3 in 3カ国)
};

ActorMatcher::ActorMatcher(const ActorDictionary& dict, const Lexicon& lexicon, const Titles& titles)
    : dict_(dict), lx_(lexicon), titles_(titles), nationality_(lexicon.words(Word::Nationality)) {
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

void ActorMatcher::match(Sentence& s, const std::string& date, Discourse& discourse) const {
  s.mentions.clear();
  s.joined.clear();
  for (int c = 0; c < static_cast<int>(s.chunks.size()); ++c) mentions_in_chunk(s, c, date, discourse);
  SentencePasses passes(s, discourse, lx_);
  passes.name_nationals();
  passes.coordinate();
  passes.give_agents_countries();
  passes.coordinate();  // again: ロシアの大使とウクライナの大使が, now that the agents have countries
  passes.publish_groups();
  passes.remember();
}

// A title (事務総長, 議長) starting at token t and running to the chunk's content end.
bool ActorMatcher::title_at(const Sentence& s, int t, int end) const {
  std::string rest;
  for (int i = t; i < end; ++i) rest += s.tokens[i].surface;
  return lx_.has(Word::Title, rest);
}

// `cat` is scratch space for the text of the morphemes tried (kept by the caller,
// so that no string is allocated per morpheme).
// An organ (理事会, 事務局) from token t to the chunk's content end, asides aside.
bool ActorMatcher::organ_at(const Sentence& s, int t, int end) const {
  std::string rest;
  for (int i = t; i < end; ++i)
    if (!s.tokens[i].is(tag::Aside)) rest += s.tokens[i].surface;
  return lx_.has(Word::Organ, rest);
}

bool ActorMatcher::faction_at(const Sentence& s, int t, int end) const {
  std::string rest;
  for (int i = t; i < end; ++i)
    if (!s.tokens[i].is(tag::Aside)) rest += s.tokens[i].surface;
  return lx_.has(Word::Faction, rest);
}

ActorMatcher::Longest ActorMatcher::longest_name(const Sentence& s, int i, int end, std::string& cat) const {
  Longest best;
  cat.clear();
  const Token& first = s.tokens[i];
  std::string bare;  // cat without middle dots: ポート・オブ・スペイン is ポートオブスペイン
  for (int j = i; j < end && j - i < kMaxTokens; ++j) {
    if (skip_token(s.tokens[j])) break;
    cat += s.tokens[j].surface;
    if (s.tokens[j].surface != "・"sv) bare += s.tokens[j].surface;
    bool counter = first.is(tag::Number) && j - i <= 2;  // 3カ国, 3か国首脳
    const Name* name = names_.find(cat);
    if (name == nullptr && bare.size() != cat.size()) name = names_.find(bare);
    if (name == nullptr && !counter) break;
    if (const auto* v = name == nullptr ? nullptr : name->entries) {
      // A one-kanji abbreviation (米, 日) counts alone only as a proper noun, or
      // before a title (ブッシュ米大統領: MeCab may read 米 as a suffix).
      bool only_short =
          std::all_of(v->begin(), v->end(), [](const ActorEntry& e) { return e.kind == EntryKind::Short; });
      if (!only_short || (j == i && (first.is(tag::Proper) || after_country(s, i) || title_follows(s, j + 1, end))))
        best = {v, j + 1, Ref::None, best.count};
    }
    if (name != nullptr && name->ref != Ref::None) best = {nullptr, j + 1, name->ref, best.count};
    if (j > i && first.is(tag::Number) && lx_.has(Word::CountRef, std::string_view(cat).substr(first.surface.size()))) {
      try {
        best.count = std::stoi(first.surface);
      } catch (...) {
        best.count = 0;
      }
      if (best.count >= 2 && best.count <= 40) best = {nullptr, j + 1, Ref::Count, best.count};
    }
  }
  return best;
}

int ActorMatcher::official_form_end(const Sentence& s, int from, int end) const {
  int k = from < end && s.tokens[from].surface == "・"sv ? from + 1 : from;
  std::string cat;
  for (int j = k; j < end && j < k + 4; ++j) {
    cat += s.tokens[j].surface;
    if (lx_.has(Word::Official, cat)) return j + 1;
  }
  return from;
}

// A name the dictionary does not list as such at token i: a surname naming a
// person given in full before (王氏, 王外相), a country after a dot in one
// unknown token (ムセヴェニ・ウガンダ), a listed name with the honorific 氏 (習氏).
std::optional<ActorMatcher::Item> ActorMatcher::unlisted_name(const Sentence& s, int i, int end,
                                                              const Discourse& d) const {
  const std::string& surf = s.tokens[i].surface;
  if (auto surname = surname_at(s, i, end, d)) return surname;
  if (size_t dot = surf.rfind("・"); dot != std::string::npos)
    if (const ActorEntry* e = entry_of(dict_, std::string_view(surf).substr(dot + 3), EntryKind::Country))
      return Item{i, i + 1, EntryKind::Country, e, Ref::None, 0, "", nullptr};
  static const std::string kShi = "氏";
  if (ends_with(surf, kShi))
    if (const ActorEntry* e = entry_of(dict_, std::string_view(surf).substr(0, surf.size() - kShi.size()), EntryKind::Person))
      return Item{i, i + 1, EntryKind::Person, e, Ref::None, 0, "", nullptr};
  return std::nullopt;
}

// A surname before 氏 or a title names the person given in full before: 王氏,
// 王外相, 李大統領, フリード副長官 (MeCab: フリー|ド|副|長官). The surname is a run
// of name-like morphemes (or one proper noun); a title is a dictionary word,
// or one after a prefix (副, 前, 元).
std::optional<ActorMatcher::Item> ActorMatcher::surname_at(const Sentence& s, int i, int end,
                                                           const Discourse& d) const {
  int k = i;
  std::string surname;
  while (k < end && (k == i ? s.tokens[k].is(tag::Proper) || name_like(s.tokens[k]) : name_like(s.tokens[k])) &&
         s.tokens[k].surface != "・") {
    surname += s.tokens[k].surface;
    ++k;
  }
  if (k == i || k >= end) return std::nullopt;
  // The title is part of the reference: 李大統領 is one person, not 李 and a president.
  const Token& next = s.tokens[k];
  int title_end = -1;
  std::string scratch;
  if (next.is(tag::Suffix)) {
    title_end = k + 1;
  } else {
    const int from = next.is(tag::Prefix) && k + 1 < end ? k + 1 : k;
    Longest title = longest_name(s, from, end, scratch);
    if (title.entries) title_end = title.end;
  }
  if (title_end < 0) return std::nullopt;
  if (const Referent* full = d.person_by_surname(surname))
    return Item{i, title_end, EntryKind::Person, nullptr, Ref::Surname, 0, "", full};
  return std::nullopt;
}

// Does a title (an agent word, or a minister's 相) start at token t?
bool ActorMatcher::title_follows(const Sentence& s, int t, int end) const {
  if (t >= end) return false;
  if (s.tokens[t].surface == "相"sv) return true;
  return entry_of(dict_, s.tokens[t].surface, EntryKind::Agent) != nullptr;
}

// 国際開発相, 統一相: nouns ending in the suffix 相 are a minister (GOV), from
// the first noun after `floor` that is no part of a name.
std::optional<ActorMatcher::Item> ActorMatcher::minister_at(const Sentence& s, int i, int floor) const {
  if (s.tokens[i].surface != "相"sv || !s.tokens[i].is(tag::Suffix)) return std::nullopt;
  int begin = i;
  while (begin > floor && s.tokens[begin - 1].any(tag::Noun | tag::Prefix) && !name_like(s.tokens[begin - 1])) --begin;
  if (begin == i) return std::nullopt;
  const ActorEntry* gov = entry_of(dict_, "大臣", EntryKind::Agent);
  if (!gov) return std::nullopt;
  return Item{begin, i + 1, EntryKind::Agent, gov, Ref::None, 0, "", nullptr};
}

// 日本人, 中国人: a nationality word is the country's people (CVL).
std::vector<ActorMatcher::Item> ActorMatcher::nationality_items(const Token& t, int i) const {
  std::vector<Item> out;
  for (const auto& suffix : nationality_)
    if (ends_with(t.surface, suffix))
      if (const ActorEntry* e = entry_of(dict_, std::string_view(t.surface).substr(0, t.surface.size() - suffix.size()),
                                         EntryKind::Country))
        out.push_back(Item{i, i + 1, EntryKind::Country, e, Ref::None, 0, "CVL", nullptr});
  return out;
}

// The most specific of a name's entries (a person over a country ...); of the
// people a shared name (~小泉) may mean, only the one holding a role on `date`.
const ActorEntry* ActorMatcher::most_specific(const std::vector<ActorEntry>& entries, const std::string& date) const {
  const ActorEntry* person = dict_.person_at(entries, date);
  const ActorEntry* pick = nullptr;
  for (const auto& e : entries) {
    if (e.kind == EntryKind::Person && &e != person) continue;
    if (!pick || static_cast<int>(e.kind) < static_cast<int>(pick->kind)) pick = &e;
  }
  return pick;
}

// この日, 米山豪憲, エア・ベルリン, 横浜市中区: a name that is part of another word here.
bool ActorMatcher::part_of_other_word(const Sentence& s, const Item& it, int end) const {
  const int i = it.begin;
  const int stop = it.end;
  const std::string_view before = i > 0 ? std::string_view(s.tokens[i - 1].surface) : std::string_view();
  // この日, 同日, 22日: a one-character abbreviation after a determiner or a number
  // is not a country.
  bool determined = it.kind == EntryKind::Short && i > 0 &&
                    (s.tokens[i - 1].is(tag::Adnominal) || s.tokens[i - 1].is(tag::Number) || before == "同"sv ||
                     before == "翌"sv);
  // 米山豪憲, 古市満朝, 豪憲君: a one-kanji word that is, follows or precedes a personal
  // name in kanji is part of it, unless a title follows (ブッシュ米大統領).
  auto kanji_name = [&](int k) {
    return k >= 0 && k < static_cast<int>(s.tokens.size()) && s.tokens[k].pos2 == "人名"sv &&
           !katakana(s.tokens[k].surface);
  };
  if (it.kind == EntryKind::Short && !title_follows(s, stop, end) &&
      (s.tokens[i].pos2 == "人名"sv || kanji_name(i - 1) || (stop < end && kanji_name(stop))))
    determined = true;
  // エア・ベルリン, ワシントン・ポスト: a capital joined by a dot to a katakana word is
  // part of a name (a company, a newspaper), not the government.
  auto dotted_kana = [&](int dot, int word) {
    return dot >= 0 && word >= 0 && word < static_cast<int>(s.tokens.size()) && s.tokens[dot].surface == "・"sv &&
           katakana(s.tokens[word].surface) && names_.find(s.tokens[word].surface) == nullptr;
  };
  if (it.kind == EntryKind::Capital &&
      (dotted_kana(i - 1, i - 2) || (stop + 1 < end && dotted_kana(stop, stop + 1))))
    determined = true;
  // 横浜市中区, 北区: before a place suffix (区, 市, 町) a one-kanji word is a place name.
  if (it.kind == EntryKind::Short && stop < end && s.tokens[stop].is(tag::Suffix) &&
      s.tokens[stop].pos2 == "地域"sv)
    determined = true;
  return determined;
}

bool ActorMatcher::abbreviation_of_unknown(const Sentence& s, int i, int first, const std::vector<Item>& items,
                                           const ActorEntry* pick) const {
  if (!s.tokens[i].is(tag::Aside)) return false;
  for (unsigned char ch : s.tokens[i].surface)  // Latin letters only: (カナダ) says whose it is
    if (!std::isalnum(ch)) return false;
  int open = i;
  while (open > first && s.tokens[open - 1].is(tag::Aside)) --open;
  if (open == i || open <= first || !s.tokens[open - 1].is(tag::Noun)) return false;
  if (items.empty() || items.back().end != open) return true;
  // ジャンジャウィード(RSF): the name before it says who; another entry's abbreviation is not a second actor.
  return pick && items.back().entry && items.back().entry->code != pick->code;
}

// 北が一方的に延期した: a chunk that is only a short name (lexicon: elliptic),
// as a subject, owner or addressee, in a document that named the country.
std::optional<ActorMatcher::Item> ActorMatcher::elliptic_name(const Sentence& s, int c, int i,
                                                               const Discourse& d) const {
  const Chunk& chunk = s.chunks[c];
  if (chunk.content_end != i + 1) return std::nullopt;
  for (int t = chunk.first; t < i; ++t)
    if (!s.tokens[t].is(tag::Symbol)) return std::nullopt;  // 「北が: a bracket before it is fine
  const Case k = chunk.kase;
  if (k != Case::Ga && k != Case::Wa && k != Case::No && k != Case::NiTaishi && k != Case::Mo) return std::nullopt;
  const std::string key = s.tokens[i].surface + "=";
  for (const auto& w : lx_.words(Word::Elliptic)) {
    if (w.compare(0, key.size(), key) != 0) continue;
    const ActorEntry* e = entry_of(dict_, std::string_view(w).substr(key.size()), EntryKind::Country);
    if (e && d.named(e->code)) return Item{i, i + 1, EntryKind::Country, e, Ref::None, 0, "", nullptr};
  }
  return std::nullopt;
}

std::vector<ActorMatcher::Item> ActorMatcher::scan_chunk(const Sentence& s, int c, const std::string& date,
                                                          const Discourse& d) const {
  const Chunk& chunk = s.chunks[c];
  const int end = chunk.content_end;
  std::vector<Item> items;
  std::string scratch;
  int i = chunk.first;
  while (i < end) {
    if (skip_token(s.tokens[i])) {
      ++i;
      continue;
    }
    Longest best = longest_name(s, i, end, scratch);
    const ActorEntry* pick = best.entries ? most_specific(*best.entries, date) : nullptr;
    if (best.entries && !pick) best.end = -1;  // a shared name nobody bears on this date
    if (best.end < 0) {
      // 理事会は, 同委員会は: a chunk that is an organ's name alone.
      if (i == chunk.first && (organ_at(s, i, end) || (s.tokens[i].surface == "同"sv && organ_at(s, i + 1, end)))) {
        items.push_back(Item{i, end, EntryKind::Agent, nullptr, Ref::Organ, 0, "", nullptr});
        break;
      }
      if (auto item = elliptic_name(s, c, i, d)) {
        items.push_back(std::move(*item));
        break;
      }
      if (auto item = unlisted_name(s, i, end, d)) {
        i = item->end;
        items.push_back(std::move(*item));
        continue;
      }
      if (auto minister = minister_at(s, i, items.empty() ? chunk.first : items.back().end)) {
        items.push_back(std::move(*minister));
      } else {
        for (auto& n : nationality_items(s.tokens[i], i)) items.push_back(std::move(n));
      }
      ++i;
      continue;
    }
    // 即応支援部隊(RSF): an abbreviation in an aside after a name the dictionary
    // does not know is that name's, not a listed body's that shares it.
    if (abbreviation_of_unknown(s, i, chunk.first, items, pick)) {
      i = best.end;
      continue;
    }
    Item it{i, best.end, EntryKind::Agent, nullptr, best.ref, best.count, "", nullptr};
    if (pick) {
      // A one-kanji abbreviation counts as a proper noun, or before a title
      // (ブッシュ米大統領, where MeCab reads 米 as a suffix).
      if (pick->kind == EntryKind::Short && !s.tokens[i].is(tag::Proper) && !after_country(s, i) &&
          !title_follows(s, best.end, end)) {
        ++i;
        continue;
      }
      it.kind = pick->kind;
      it.entry = pick;
    }
    const std::string_view before = i > 0 ? std::string_view(s.tokens[i - 1].surface) : std::string_view();
    // 駐米日本大使, 在韓日本大使館: where someone is posted, not who they are.
    bool posted = i > chunk.first && (before == "駐"sv || before == "在"sv) && it.ref == Ref::None;
    const bool determined = part_of_other_word(s, it, end);
    // パキスタン・イスラム共和国, サウジアラビア王国: the official form is the country.
    if (it.kind == EntryKind::Country) it.end = best.end = official_form_end(s, best.end, end);
    if (!posted && !determined) items.push_back(std::move(it));
    i = best.end;
  }
  return items;
}

}  // namespace kizashi::ja

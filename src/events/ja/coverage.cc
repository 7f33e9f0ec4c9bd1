// events/ja/coverage — two-actor predicates and their keys (contract in coverage.h).
#include "events/ja/coverage.h"

#include <algorithm>

#include "base/actor_code.h"
#include "text/ja/chunk.h"

namespace kizashi::ja {

namespace {

// The dependency tree read over the actor stage's group links: a conjunct
// (日本と in 日本と韓国は) hangs under its group's last chunk, not under its head.
struct Tree {
  explicit Tree(const Sentence& s)
      : s(s), children(s.chunks.size()), conjuncts(s.chunks.size()), mentions(s.chunks.size()) {
    for (int c = 0; c < n(); ++c) {
      if (coordinated(c)) conjuncts[s.joined[c]].push_back(c);
      else if (s.chunks[c].head >= 0) children[s.chunks[c].head].push_back(c);
    }
    for (const Mention& m : s.mentions)
      if (m.chunk >= 0 && m.chunk < n()) mentions[m.chunk].push_back(&m);
  }
  int n() const { return static_cast<int>(s.chunks.size()); }
  bool coordinated(int c) const { return !s.joined.empty() && s.joined[c] >= 0; }
  const Chunk& ch(int c) const { return s.chunks[c]; }

  const Sentence& s;
  std::vector<std::vector<int>> children, conjuncts;
  std::vector<std::vector<const Mention*>> mentions;
};

// The country keys named in one predicate's arguments, each once.
class ActorSet {
 public:
  explicit ActorSet(const Tree& t) : t_(t) {}
  // An argument: the chunk with its group, and the chunks modifying it with の/への/との.
  void argument(int a) {
    group(a);
    for (int k : t_.children[a])
      if (modifier_case(t_.ch(k)) && !t_.ch(k).predicate) group(k);
  }
  const std::vector<std::string>& countries() const { return countries_; }

 private:
  void group(int c) {
    for (const Mention* m : t_.mentions[c]) add(*m);
    for (int k : t_.conjuncts[c]) group(k);
  }
  void add(const Mention& m) {
    for (const auto& code : m.codes) {
      if (code.empty() || agent_code(country_or_sector(code))) continue;  // 政府 with no country yet
      std::string key = country_key(code);
      if (std::find(countries_.begin(), countries_.end(), key) == countries_.end()) countries_.push_back(key);
    }
  }
  const Tree& t_;
  std::vector<std::string> countries_;
};

// Places and means (北京で講演した), limits and quotations are not participants.
bool participant_case(Case c) { return c != Case::De && c != Case::Made && c != Case::Quote; }

bool subject_case(Case c) { return c == Case::Ga || c == Case::Wa || c == Case::Mo; }

// The nearest topic (は/も) before p at its quotation depth, as the coder reads a shared topic.
int nearest_topic(const Tree& t, int p) {
  const int depth = t.ch(p).quote_depth;
  for (int j = p - 1; j >= 0; --j) {
    if (t.ch(j).quote_depth < depth) return -1;
    if (t.ch(j).quote_depth == depth && (t.ch(j).kase == Case::Wa || t.ch(j).kase == Case::Mo) &&
        !t.coordinated(j))
      return j;
  }
  return -1;
}

std::vector<std::string> predicate_actors(const Tree& t, int p) {
  ActorSet actors(t);
  actors.argument(p);
  bool own_subject = false;
  for (int k : t.children[p]) {
    const Chunk& c = t.ch(k);
    if (c.predicate || !participant_case(c.kase)) continue;
    own_subject = own_subject || subject_case(c.kase);
    actors.argument(k);
  }
  if (t.ch(p).adnominal && t.ch(p).head >= 0) actors.argument(t.ch(p).head);
  if (!own_subject)
    if (int topic = nearest_topic(t, p); topic >= 0) actors.argument(topic);
  return actors.countries();
}

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

// The last content word of a chunk, past parenthesised asides and symbols.
std::string last_noun(const Sentence& s, const Chunk& c) {
  for (int i = c.content_end - 1; i >= c.first; --i)
    if (!s.tokens[i].is(tag::Aside) && !s.tokens[i].is(tag::Symbol)) return s.tokens[i].surface;
  return s.tokens[c.first].surface;
}

// A compound noun (電話会談, 日米首脳会談) by its longest suffix that is a
// pattern predicate, else by its last noun.
std::string noun_key(const Sentence& s, const Chunk& c, const PatternSet& patterns) {
  const std::string tail = last_noun(s, c);
  auto cands = patterns.candidates(tail, c.noun);
  return cands.empty() ? tail : cands.front()->predicate;
}

// The を-object of p (or, for a passive light verb, its subject: 会談が行われた).
int event_noun(const Tree& t, int p) {
  for (int k : t.children[p])
    if (t.ch(k).kase == Case::Wo && nominal_chunk(t.s, t.ch(k))) return k;
  if (t.ch(p).passive)
    for (int k : t.children[p])
      if ((t.ch(k).kase == Case::Ga || t.ch(k).kase == Case::Wa) && nominal_chunk(t.s, t.ch(k))) return k;
  return -1;
}

// A light verb and its event noun, in the coder's order of fit: the verb with
// an object it names (同盟を強化 → 強化), the noun's pattern (会談を行う → 会談),
// the verb's own pattern, else the noun.
std::string light_key(const Tree& t, const Chunk& verb, const Chunk& obj, const PatternSet& patterns) {
  bool plain = false;
  for (const Pattern* pat : patterns.candidates(verb.lemma, "")) {
    plain = plain || pat->objects.empty();
    for (const auto& o : pat->objects)
      if (ends_with(obj.noun, o)) return verb.lemma;
  }
  std::string noun = noun_key(t.s, obj, patterns);
  if (pattern_predicate(patterns, noun) || !plain) return noun;
  return verb.lemma;
}

std::string predicate_key(const Tree& t, int p, const Lexicon& lexicon, const PatternSet& patterns) {
  const Chunk& c = t.ch(p);
  if (lexicon.has(Word::Light, c.lemma) || lexicon.has(Word::Intent, c.lemma))
    if (int obj = event_noun(t, p); obj >= 0) return light_key(t, c, t.ch(obj), patterns);
  const std::string tail = last_noun(t.s, c);
  // A nominal predicate: a copula (同盟国だ) or a noun ending the sentence (首脳会談へ).
  if (!c.verbal && (c.lemma == c.noun || c.lemma == tail)) return noun_key(t.s, c, patterns);
  std::string compound = c.noun;
  // サ変 + する: the compound ends at the verbal noun (電話会談|した), as the coder reads it.
  if (c.verbal && c.lemma != t.s.tokens[c.content_end - 1].base) {
    size_t at = compound.rfind(c.lemma);
    if (at != std::string::npos) compound.resize(at + c.lemma.size());
  }
  auto cands = patterns.candidates(c.lemma, compound);
  return cands.empty() ? c.lemma : cands.front()->predicate;
}

// Does `key` hold a word character (a letter, a digit, kana, kanji)? A "predicate"
// of punctuation only is a heading or a citation line MeCab read as a noun ()。).
bool wordlike(std::string_view key) {
  for (size_t i = 0; i < key.size();) {
    const unsigned char c = static_cast<unsigned char>(key[i]);
    if (c < 0x80) {
      if ((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) return true;
      ++i;
      continue;
    }
    const size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    uint32_t cp = c & (len == 4 ? 0x07 : len == 3 ? 0x0F : 0x1F);
    for (size_t k = 1; k < len && i + k < key.size(); ++k) cp = cp << 6 | (key[i + k] & 0x3F);
    // Latin, Greek, Cyrillic letters; kana and kanji (not the CJK and fullwidth punctuation, not ・).
    if ((cp >= 0xC0 && cp < 0x530) || (cp >= 0x3040 && cp != 0x30FB && (cp < 0xFF00 || cp > 0xFF65))) return true;
    i += len;
  }
  return false;
}

// At most `chars` UTF-8 characters of `text`, ending a few characters after
// byte `at` (the predicate), with … where it was cut.
std::string excerpt(const std::string& text, size_t at, size_t chars) {
  std::vector<size_t> starts;  // the first byte of each character
  for (size_t i = 0; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) starts.push_back(i);
  const size_t n = starts.size();
  if (n <= chars) return text;
  size_t last = std::lower_bound(starts.begin(), starts.end(), at) - starts.begin();
  last = std::min(n, std::max(last + 4, chars));
  const size_t first = last - chars;
  std::string out = first > 0 ? "…" : "";
  out += text.substr(starts[first], (last < n ? starts[last] : text.size()) - starts[first]);
  return last < n ? out + "…" : out;
}

}  // namespace

std::vector<TwoActorPredicate> two_actor_predicates(const Sentence& s, const Lexicon& lexicon,
                                                    const PatternSet& patterns) {
  std::vector<TwoActorPredicate> out;
  const Tree t(s);
  for (int p = 0; p < t.n(); ++p) {
    if (!t.ch(p).predicate || t.ch(p).lemma.empty()) continue;
    std::vector<std::string> countries = predicate_actors(t, p);
    if (countries.size() < 2) continue;
    std::string key = predicate_key(t, p, lexicon, patterns);
    if (wordlike(key)) out.push_back({p, s.tokens[t.ch(p).last - 1].end, std::move(key), std::move(countries)});
  }
  return out;
}

const char* status_name(KeyStatus s) {
  switch (s) {
    case KeyStatus::Coded: return "coded";
    case KeyStatus::NonEvent: return "non-event";
    case KeyStatus::Open: break;
  }
  return "open";
}

KeyStatus key_status(const std::string& key, const PatternSet& patterns, const NonEvents& nonevents) {
  if (pattern_predicate(patterns, key)) return KeyStatus::Coded;
  if (nonevents.find(key)) return KeyStatus::NonEvent;
  return KeyStatus::Open;
}

void CoverageTally::add(const std::string& key, const std::string& sentence, size_t at) {
  Count& c = counts_[key];
  if (c.n++ == 0) c.example = excerpt(sentence, at, 60);
}

std::vector<CoverageRow> CoverageTally::rows(const PatternSet& patterns, const NonEvents& nonevents) const {
  std::vector<CoverageRow> out;
  out.reserve(counts_.size());
  for (const auto& [key, c] : counts_) out.push_back({key, c.n, key_status(key, patterns, nonevents), c.example});
  std::sort(out.begin(), out.end(), [](const CoverageRow& a, const CoverageRow& b) {
    return a.count != b.count ? a.count > b.count : a.key < b.key;
  });
  return out;
}

CoverageSummary CoverageTally::summarise(const std::vector<CoverageRow>& rows, size_t top) {
  CoverageSummary sum;
  sum.keys = rows.size();
  sum.top = std::min(top, rows.size());
  for (size_t i = 0; i < rows.size(); ++i) {
    const CoverageRow& r = rows[i];
    sum.occurrences += r.count;
    if (r.status != KeyStatus::Open) sum.covered_occurrences += r.count;
    if (i >= sum.top) continue;
    (r.status == KeyStatus::Coded ? sum.coded : r.status == KeyStatus::NonEvent ? sum.nonevent : sum.open)++;
  }
  return sum;
}

}  // namespace kizashi::ja

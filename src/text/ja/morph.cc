#include "text/ja/morph.h"

#include <mecab.h>
#include <sys/stat.h>

#include <atomic>
#include <cstring>
#include <stdexcept>
#include <unordered_map>

namespace kizashi::ja {

using namespace std::literals;

namespace {

bool exists(const std::string& p) {
  struct stat st {};
  return ::stat(p.c_str(), &st) == 0;
}

// Reads up to `n` comma-separated fields of a feature string into `out`
// ("*" as empty) and returns where the next field starts (nullptr when the
// string ended first; fields not reached stay empty).
const char* read_fields(const char* p, std::string_view* const* out, int n) {
  for (int k = 0; k < n; ++k) {
    const char* e = p;
    while (*e && *e != ',') ++e;
    *out[k] = (e - p == 1 && *p == '*') ? std::string_view() : std::string_view(p, static_cast<size_t>(e - p));
    if (!*e) return nullptr;
    p = e + 1;
  }
  return p;
}

}  // namespace

uint32_t pos_tags(std::string_view pos, std::string_view pos1, std::string_view pos2) {
  static const std::pair<std::string_view, uint32_t> kPos[] = {
      {"名詞", tag::Noun},       {"接頭詞", tag::Prefix},      {"動詞", tag::Verb},
      {"形容詞", tag::Adjective}, {"助詞", tag::Particle},      {"助動詞", tag::Auxiliary},
      {"記号", tag::Symbol},     {"副詞", tag::Adverb},        {"連体詞", tag::Adnominal},
      {"接続詞", tag::Conjunction}, {"感動詞", tag::Interjection}};
  static const std::pair<std::string_view, uint32_t> kPos1[] = {
      {"自立", tag::Independent}, {"非自立", tag::Dependent},   {"接尾", tag::Suffix},
      {"括弧開", tag::BracketOpen}, {"括弧閉", tag::BracketClose}, {"読点", tag::Comma},
      {"句点", tag::Period},      {"格助詞", tag::CaseParticle}, {"接続助詞", tag::ConjParticle},
      {"副助詞", tag::AdvParticle}, {"並立助詞", tag::Parallel},  {"固有名詞", tag::Proper},
      {"数", tag::Number},        {"形容動詞語幹", tag::AdjVerbStem}, {"副詞可能", tag::AdverbLike}};
  uint32_t t = 0;
  for (const auto& [name, bit] : kPos)
    if (pos == name) t |= bit;
  for (const auto& [name, bit] : kPos1)
    if (pos1 == name) t |= bit;
  if (pos2 == "副詞可能"sv) t |= tag::AdverbLike;
  if (pos2 == "引用"sv && (t & tag::CaseParticle)) t |= tag::Quotative;
  return t;
}

// The part of speech (first four feature fields) depends only on the node's
// left context id in IPADIC (left-id.def names each id by its full part of
// speech; a posid may stand for several, 名詞,固有名詞,地域,* for 国 and 一般).
// Each thread remembers, per context id, the first feature string
// seen (MeCab's mapped dictionary text, stable for the model's lifetime) and
// its tags; a later node reuses them when its features start with the same
// bytes, so a dictionary whose ids say less is still read correctly. An id whose
// first kVerified nodes all agreed is trusted without the comparison, and a
// known word of a part of speech that does not inflect (a noun, a particle, a
// symbol...: its base form is its surface, its conjugation fields empty) is then
// read without touching its feature text at all: reading it is a cache miss
// per morpheme, a fifth of what kizashi adds to MeCab's own time. A known word
// that inflects is read once per dictionary entry (its feature pointer) and
// then copied from what was read.
struct Morphology::PosCache {
  static constexpr int kVerified = 32;
  struct Entry {
    const char* prefix = nullptr;  // "名詞,固有名詞,地域,国," in the dictionary
    size_t len = 0;
    std::string_view pos, pos1, pos2, pos3;
    uint32_t tags = 0;
    int agreed = 0;          // nodes whose features matched the prefix
    bool mismatch = false;   // one did not: always compare
  };
  std::vector<Entry> by_id;
  struct Read {
    std::string_view pos, pos1, pos2, pos3, ctype, cform;
    std::string base;
    uint32_t tags = 0;
  };
  static constexpr size_t kMaxRead = size_t{1} << 16;  // entries kept; then forgotten
  std::unordered_map<const char*, Read> by_feature;     // inflecting words read, by dictionary entry

  static bool inflecting(std::string_view pos) {
    return pos == "動詞"sv || pos == "形容詞"sv || pos == "助動詞"sv;
  }

  void fill(const MeCab::Node* n, Token& t) {
    const unsigned id = n->lcAttr;
    Entry* e = id < by_id.size() ? &by_id[id] : nullptr;
    if (trusted(n, e, t) || remembered(n, t)) return;
    read(n, id, e, t);
  }

 private:
  // A known word that does not inflect, of an id verified often enough: its
  // fields without its feature text.
  static bool trusted(const MeCab::Node* n, const Entry* e, Token& t) {
    if (!e || !e->prefix || e->mismatch || e->agreed < kVerified || inflecting(e->pos) || n->stat != MECAB_NOR_NODE)
      return false;
    t.pos = e->pos, t.pos1 = e->pos1, t.pos2 = e->pos2, t.pos3 = e->pos3;
    t.tags = e->tags;
    t.ctype = t.cform = std::string_view();  // "*", read as empty
    t.base = t.surface;
    return true;
  }

  // An inflecting word whose dictionary entry was read before.
  bool remembered(const MeCab::Node* n, Token& t) const {
    if (n->stat != MECAB_NOR_NODE) return false;
    auto it = by_feature.find(n->feature);
    if (it == by_feature.end()) return false;
    const Read& r = it->second;
    t.pos = r.pos, t.pos1 = r.pos1, t.pos2 = r.pos2, t.pos3 = r.pos3, t.ctype = r.ctype, t.cform = r.cform;
    t.tags = r.tags;
    t.base = r.base;
    return true;
  }

  // The feature text itself: the part of speech from the id's entry when its
  // prefix matches (else read, and the id verified or marked), then the rest.
  void read(const MeCab::Node* n, unsigned id, Entry* e, Token& t) {
    const char* f = n->feature;
    const char* rest = nullptr;
    if (e && e->prefix && std::memcmp(f, e->prefix, e->len) == 0) {
      t.pos = e->pos, t.pos1 = e->pos1, t.pos2 = e->pos2, t.pos3 = e->pos3;
      t.tags = e->tags;
      rest = f + e->len;
      ++e->agreed;
    } else {
      std::string_view* head[] = {&t.pos, &t.pos1, &t.pos2, &t.pos3};
      rest = read_fields(f, head, 4);
      t.tags = pos_tags(t.pos, t.pos1, t.pos2);
      if (e && e->prefix) e->mismatch = true;
      if (rest && !(e && e->prefix)) {
        if (id >= by_id.size()) by_id.resize(id + 1u);
        by_id[id] = Entry{f, static_cast<size_t>(rest - f), t.pos, t.pos1, t.pos2, t.pos3, t.tags, 1, false};
      }
    }
    if (rest) {
      std::string_view base;
      std::string_view* tail[] = {&t.ctype, &t.cform, &base};
      read_fields(rest, tail, 3);
      t.base.assign(base);
    }
    if (t.base.empty()) t.base = t.surface;
    if (n->stat == MECAB_NOR_NODE && inflecting(t.pos)) {
      if (by_feature.size() >= kMaxRead) by_feature.clear();
      by_feature.emplace(f, Read{t.pos, t.pos1, t.pos2, t.pos3, t.ctype, t.cform, t.base, t.tags});
    }
  }
};

std::shared_ptr<Morphology> Morphology::open(const std::string& dicdir, const std::string& userdic) {
  if (!exists(dicdir + "/sys.dic"))
    throw std::runtime_error("MeCab dictionary not found: " + dicdir +
                             "/sys.dic (install mecab-ipadic-utf8)");
  std::string args = "-d " + dicdir;
  if (!userdic.empty()) {
    if (!exists(userdic)) throw std::runtime_error("MeCab user dictionary not found: " + userdic);
    args += " -u " + userdic;
  }
  MeCab::Model* model = MeCab::createModel(args.c_str());
  if (model == nullptr)
    throw std::runtime_error(std::string("MeCab cannot load ") + dicdir + ": " + MeCab::getLastError());
  std::shared_ptr<Morphology> m(new Morphology());
  m->model_ = model;
  return m;
}

struct Morphology::Worker {
  std::unique_ptr<MeCab::Tagger> tagger;
  std::unique_ptr<MeCab::Lattice> lattice;
  PosCache pos;
};

Morphology::Morphology() {
  static std::atomic<uint64_t> next{1};
  generation_ = next++;
}

Morphology::~Morphology() {
  workers_.clear();
  delete model_;
}

namespace {

// IPADIC groups a run of symbols into one unknown word, so the ASCII ')' that
// NFKC makes of '）' and a bracket after it (大場司)『総選挙) are one token, and
// neither the aside nor the quotation would open. Such a word is split into its
// parentheses (nouns, as IPADIC reads one alone), its brackets (symbols) and the
// rest. (MeCab's boundary constraints would do it too, at five times the cost
// of parsing the sentence.)
std::string_view bracket_at(std::string_view s, size_t i) {
  static constexpr std::string_view kOpen[] = {"「", "『", "【", "〈", "《"};
  static constexpr std::string_view kClose[] = {"」", "』", "】", "〉", "》"};
  for (std::string_view b : kOpen)
    if (s.compare(i, b.size(), b) == 0) return "括弧開"sv;
  for (std::string_view b : kClose)
    if (s.compare(i, b.size(), b) == 0) return "括弧閉"sv;
  return {};
}

// Appends a token with its quotation depth (「 and 『 open one, 」 and 』 close it).
void push_token(Token&& t, int& depth, std::vector<Token>& out) {
  bool open = false;
  if (t.tags & (tag::BracketOpen | tag::BracketClose)) {
    if (t.surface == "」"sv || t.surface == "』"sv) depth = depth > 0 ? depth - 1 : 0;
    open = t.surface == "「"sv || t.surface == "『"sv;
  }
  t.quote_depth = depth;
  if (open) ++depth;
  out.push_back(std::move(t));
}

void split_symbols(const Token& t, std::vector<Token>& pieces) {
  if (t.surface.size() < 2 || t.surface.find_first_of("()") == std::string::npos) {
    pieces.push_back(t);
    return;
  }
  const std::string_view w = t.surface;
  auto piece = [&](size_t from, size_t len) {
    Token p = t;
    p.surface = std::string(w.substr(from, len));
    p.base = p.surface;
    p.begin = t.begin + static_cast<uint32_t>(from);
    p.end = p.begin + static_cast<uint32_t>(len);
    return p;
  };
  size_t rest = 0;  // start of the current run of other characters
  for (size_t i = 0; i < w.size();) {
    const std::string_view bracket = bracket_at(w, i);
    const size_t len = bracket.empty() ? 1 : 3;
    if (bracket.empty() && w[i] != '(' && w[i] != ')') {
      ++i;
      continue;
    }
    if (rest < i) pieces.push_back(piece(rest, i - rest));
    Token p = piece(i, len);
    if (!bracket.empty()) {
      p.pos = "記号"sv, p.pos1 = bracket, p.pos2 = "*"sv, p.pos3 = "*"sv;
      p.tags = tag::Symbol | (bracket == "括弧開"sv ? tag::BracketOpen : tag::BracketClose);
    }
    pieces.push_back(std::move(p));
    i += len;
    rest = i;
  }
  if (rest < w.size()) pieces.push_back(piece(rest, w.size() - rest));
}

}  // namespace

std::vector<Token> Morphology::tokenize(const std::string& sentence) const {
  std::vector<Token> out;
  // One tagger and lattice per thread, created once and owned by this object
  // (so they die before the model); a generation number tells objects apart.
  thread_local uint64_t cached_gen = 0;
  thread_local Worker* cached = nullptr;
  if (cached_gen != generation_) {
    auto w = std::make_unique<Worker>();
    w->tagger.reset(model_->createTagger());
    w->lattice.reset(model_->createLattice());
    std::lock_guard<std::mutex> lock(mu_);
    workers_.push_back(std::move(w));
    cached = workers_.back().get();
    cached_gen = generation_;
  }
  MeCab::Tagger* tagger = cached->tagger.get();
  MeCab::Lattice* lattice = cached->lattice.get();
  lattice->set_sentence(sentence.c_str());
  if (!tagger->parse(lattice)) return out;
  const char* base = lattice->sentence();
  out.reserve(sentence.size() / 4 + 4);  // ~1 token per 1.5 characters of 3 bytes
  int depth = 0;
  thread_local std::vector<Token> pieces;
  for (const MeCab::Node* n = lattice->bos_node(); n; n = n->next) {
    if (n->stat == MECAB_BOS_NODE || n->stat == MECAB_EOS_NODE) continue;
    Token t;
    t.surface.assign(n->surface, n->length);
    t.begin = static_cast<uint32_t>(n->surface - base);
    t.end = t.begin + n->length;
    cached->pos.fill(n, t);
    if (n->stat == MECAB_UNK_NODE) {
      pieces.clear();
      split_symbols(t, pieces);
      for (auto& p : pieces) push_token(std::move(p), depth, out);
    } else {
      push_token(std::move(t), depth, out);
    }
  }
  mark_asides(out);
  return out;
}

// NFKC turns （） into ASCII parentheses, which IPADIC reads as nouns. A '('
// with its matching ')' in the same sentence opens an aside (an abbreviation,
// a reading, an age, a time zone, a source): both parentheses are Paren, they
// and everything between are Aside, so that later stages can look through it.
void mark_asides(std::vector<Token>& tokens) {
  std::vector<size_t> open;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (tokens[i].surface == "("sv) {
      open.push_back(i);
    } else if (tokens[i].surface == ")"sv && !open.empty()) {
      const size_t from = open.back();
      open.pop_back();
      tokens[from].tags |= tag::Paren;
      tokens[i].tags |= tag::Paren;
      for (size_t k = from; k <= i; ++k) tokens[k].tags |= tag::Aside;
    }
  }
}

}  // namespace kizashi::ja

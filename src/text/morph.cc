#include "text/morph.h"

#include <mecab.h>
#include <sys/stat.h>

#include <atomic>
#include <stdexcept>

namespace kizashi {

namespace {

bool exists(const std::string& p) {
  struct stat st {};
  return ::stat(p.c_str(), &st) == 0;
}

// Splits an IPADIC feature string (9 comma-separated fields) into the token:
// views into the dictionary's feature text (mapped for the model's lifetime),
// "*" as empty; the base form is copied.
void fill_features(const char* f, Token& t) {
  std::string_view* fields[] = {&t.pos, &t.pos1, &t.pos2, &t.pos3, &t.ctype, &t.cform};
  const char* p = f;
  bool more = true;
  for (std::string_view* field : fields) {
    const char* e = p;
    while (*e && *e != ',') ++e;
    *field = (e - p == 1 && *p == '*') ? std::string_view() : std::string_view(p, static_cast<size_t>(e - p));
    if (!*e) {
      more = false;
      break;
    }
    p = e + 1;
  }
  if (more) {
    const char* e = p;
    while (*e && *e != ',') ++e;
    if (!(e - p == 1 && *p == '*')) t.base.assign(p, static_cast<size_t>(e - p));
  }
  if (t.base.empty()) t.base = t.surface;
}

}  // namespace

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
};

Morphology::Morphology() {
  static std::atomic<uint64_t> next{1};
  generation_ = next++;
}

Morphology::~Morphology() {
  workers_.clear();
  delete model_;
}

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
  for (const MeCab::Node* n = lattice->bos_node(); n; n = n->next) {
    if (n->stat == MECAB_BOS_NODE || n->stat == MECAB_EOS_NODE) continue;
    Token t;
    t.surface.assign(n->surface, n->length);
    t.begin = static_cast<uint32_t>(n->surface - base);
    t.end = t.begin + n->length;
    fill_features(n->feature, t);
    if (t.surface == "」" || t.surface == "』") depth = depth > 0 ? depth - 1 : 0;
    t.quote_depth = depth;
    if (t.surface == "「" || t.surface == "『") ++depth;
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace kizashi

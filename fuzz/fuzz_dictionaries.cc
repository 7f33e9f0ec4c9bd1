// fuzz_dictionaries: the data-file parsers. The first input byte picks the
// parser ('0' + n, or any byte modulo 8), the rest is the file's content:
//   0 PatternSet::load (data/verbs/ja.verbs format, real codebook)
//   1 Lexicon::load (data/verbs/ja.lexicon)
//   2 Boilerplate::load (data/ingest/boilerplate.txt)
//   3..7 ActorDictionary::load on a copy of data/actors whose countries.tsv,
//        organizations.tsv, agents.tsv, people.tsv or offices.tsv is replaced
//        by the input.
// Contract: each loader returns or throws InputError whose one-line message
// names the file; what loads is then used (lookups, person codes, candidates).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "actors/dictionary.h"
#include "base/error.h"
#include "events/codebook.h"
#include "events/ja/patterns.h"
#include "fuzz_util.h"
#include "ingest/boilerplate.h"
#include "text/ja/lexicon.h"

namespace {

using kzfuzz::fs::path;

const char* const kActorFiles[] = {"countries.tsv", "organizations.tsv", "agents.tsv", "people.tsv", "offices.tsv"};

struct Fixture {
  kizashi::Codebook codebook = kizashi::Codebook::load(kzfuzz::kData + "/cameo");
  path file = kzfuzz::temp_dir() / "input.txt";
  path actors = kzfuzz::temp_dir() / "actors";
  std::vector<std::string> originals;
  Fixture() {
    kzfuzz::fs::create_directories(actors);
    for (const char* f : kActorFiles) {
      originals.push_back(kzfuzz::read_file(path(kzfuzz::kData) / "actors" / f));
      kzfuzz::write_file(actors / f, originals.back());
    }
  }
};

Fixture& fixture() {
  static Fixture f;
  return f;
}

void check_error(const kizashi::InputError& e, const std::string& file) {
  std::string msg = e.what();
  KZ_CHECK(msg.rfind(file + ":", 0) == 0, msg);
  KZ_CHECK(msg.find('\n') == std::string::npos, msg);
}

void use(const kizashi::ja::PatternSet& ps) {
  KZ_CHECK(!ps.all().empty(), "no patterns loaded");
  for (const auto& p : ps.all()) {
    auto c = ps.candidates(p.predicate, "x" + p.predicate);
    KZ_CHECK(!c.empty(), "pattern " + p.id + " is not a candidate for its own predicate");
  }
}

void use(const kizashi::ActorDictionary& d) {
  for (const auto& [name, kind] : d.names()) KZ_CHECK(d.find(name) != nullptr, name);
  for (size_t i = 0; i < d.people().size(); ++i) {
    KZ_CHECK(!d.people()[i].english.empty(), d.people()[i].id + " has no English name");
    for (const auto& r : d.people()[i].roles) (void)d.office_of(r.role);
    for (const char* date : {"", "2024", "2024-05", "2024-05-01", "0000-01-01", "9999-12-31"})
      (void)d.person_code(static_cast<int>(i), date);
  }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  fixture();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  Fixture& fx = fixture();
  const unsigned which = static_cast<uint8_t>(data[0] - '0') % 8u;
  const std::string content(reinterpret_cast<const char*>(data + 1), size - 1);
  if (which < 3) {
    kzfuzz::write_file(fx.file, content);
    const std::string file = fx.file.string();
    try {
      if (which == 0) {
        use(kizashi::ja::PatternSet::load(file, fx.codebook));
      } else if (which == 1) {
        kizashi::ja::Lexicon lx = kizashi::ja::Lexicon::load(file);
        for (size_t k = 0; k < kizashi::ja::kWordKinds; ++k) {
          const auto kind = static_cast<kizashi::ja::Word>(k);
          for (const auto& w : lx.words(kind)) KZ_CHECK(lx.has(kind, w), w);
        }
      } else {
        kizashi::Boilerplate b = kizashi::Boilerplate::load(file);
        std::vector<std::string> notes;
        (void)b.clean(content, notes);
      }
    } catch (const kizashi::InputError& e) {
      check_error(e, file);
    }
    return 0;
  }
  const size_t k = which - 3;
  const path replaced = fx.actors / kActorFiles[k];
  kzfuzz::write_file(replaced, content);
  try {
    use(kizashi::ActorDictionary::load(fx.actors.string()));
  } catch (const kizashi::InputError& e) {
    std::string msg = e.what();
    KZ_CHECK(msg.rfind(fx.actors.string() + "/", 0) == 0, msg);
    KZ_CHECK(msg.find('\n') == std::string::npos, msg);
  }
  kzfuzz::write_file(replaced, fx.originals[k]);
  return 0;
}

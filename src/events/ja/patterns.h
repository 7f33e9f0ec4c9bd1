// events/ja/patterns — the event pattern dictionary (data/verbs/ja.verbs).
//
// Contract: PatternSet::load() parses "CODE | PREDICATE | OPTIONS | EXAMPLE =>
// SRC TGT" lines (format in the file header), checks every code against the
// codebook, the options' syntax, the example's expected actors and that no
// two patterns share an id; it throws InputError naming file and line.
// candidates() returns the patterns whose predicate is `lemma` or a suffix
// of the compound noun `compound`, most specific (longest predicate) first.
#pragma once

#include <initializer_list>
#include <string>
#include <vector>

#include "base/string_hash.h"
#include "events/codebook.h"
#include "text/ja/sentence.h"

namespace kizashi::ja {

struct Pattern {
  std::string id;          // ja.CODE.PREDICATE[.OBJ]
  std::string code;
  std::string predicate;
  std::vector<std::string> objects;  // obj= nouns (suffix match)
  std::vector<Case> target_cases;    // to= ; empty = default order
  bool mutual = false;
  // A judgement (遺憾だ, 不当だ) stated in a quotation: the speaker judges what
  // the predicate's は/が argument names (「中国の決定は遺憾だ」と述べた).
  bool judged = false;
  // An answer to what was done to the source (拒否, 反論, 反発): with no target
  // named, the source of the newest act aimed at the source's country.
  bool reply = false;
  // planned : the predicate states an act only as a plan or wish (加盟を目指す,
  // 加盟したい); done (加盟した) it is no act of this code, so it fires only in
  // an intent form.
  bool planned = false;
  // not= : what the predicate negated states (要求を受け入れない → 124 refuse
  // to yield); without it a negated predicate states no act.
  std::string negated_code;
  std::string fixed_target;          // target= : the verb names its target (訪中 → CHN)
  std::string example, example_source, example_target;
  std::string file;
  int line = 0;
};

// Is the CAMEO root (first two digits) of `code` one of `roots`?
inline bool root_in(const std::string& code, std::initializer_list<const char*> roots) {
  for (const char* r : roots)
    if (code.compare(0, 2, r) == 0) return true;
  return false;
}

class PatternSet {
 public:
  static PatternSet load(const std::string& path, const Codebook& codebook);
  std::vector<const Pattern*> candidates(const std::string& lemma, const std::string& compound) const;
  const std::vector<Pattern>& all() const { return patterns_; }

 private:
  std::vector<Pattern> patterns_;
  StringTable<std::vector<size_t>> by_predicate_{size_t{1} << 14};
};

}  // namespace kizashi::ja

#include "events/ja/patterns.h"

#include <algorithm>
#include <unordered_set>

#include "base/datafile.h"
#include "base/error.h"

namespace kizashi::ja {

namespace {

bool parse_case(const std::string& s, Case& c) {
  static const std::pair<const char*, Case> kCases[] = {
      {"に", Case::Ni}, {"を", Case::Wo}, {"と", Case::To}, {"へ", Case::He}, {"から", Case::Kara},
      {"に対し", Case::NiTaishi}, {"への", Case::HeNo}, {"との", Case::ToNo}, {"が", Case::Ga}};
  for (const auto& [name, kase] : kCases)
    if (s == name) { c = kase; return true; }
  return false;
}

bool country_code(const std::string& s) {
  return s.size() == 3 && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

PatternSet PatternSet::load(const std::string& path, const Codebook& codebook) {
  DataFile file(path, "event patterns");
  PatternSet ps;
  std::unordered_set<std::string> ids;
  for (DataLine line; file.next(line);) {
    std::string t = trim(line.text);
    if (t.empty() || t[0] == '#') continue;
    std::string where = line.where() + ": ";
    const int n = line.number;
    auto f = split_trimmed(t, " | ");
    if (f.size() != 4) throw InputError(where + "expected 'CODE | PREDICATE | OPTIONS | EXAMPLE => SRC TGT'");
    Pattern p;
    p.file = path;
    p.line = n;
    p.code = f[0];
    if (!codebook.find(p.code)) throw InputError(where + "unknown CAMEO code '" + p.code + "'");
    p.predicate = f[1];
    if (p.predicate.empty() || p.predicate.find(' ') != std::string::npos)
      throw InputError(where + "predicate must be one word");
    if (f[2] != "-") {
      for (const auto& opt : split_trimmed(f[2], ",")) {
        if (opt == "judged") {
          p.judged = true;
        } else if (opt == "reply") {
          p.reply = true;
        } else if (opt.rfind("not=", 0) == 0) {
          p.negated_code = opt.substr(4);
          if (!codebook.find(p.negated_code))
            throw InputError(where + "unknown CAMEO code '" + p.negated_code + "' in not=");
        } else if (opt == "planned") {
          p.planned = true;
        } else if (opt == "mutual") {
          p.mutual = true;
        } else if (opt.rfind("target=", 0) == 0) {
          p.fixed_target = opt.substr(7);
          if (!country_code(p.fixed_target))
            throw InputError(where + "target= needs a 3-letter country code, got '" + p.fixed_target + "'");
        } else if (opt.rfind("obj=", 0) == 0) {
          for (const auto& o : split_trimmed(opt.substr(4), "/")) {
            if (o.empty()) throw InputError(where + "empty noun in obj=");
            p.objects.push_back(o);
          }
        } else if (opt.rfind("to=", 0) == 0) {
          for (const auto& c : split_trimmed(opt.substr(3), "/")) {
            Case kase;
            if (!parse_case(c, kase)) throw InputError(where + "unknown case '" + c + "' in to=");
            p.target_cases.push_back(kase);
          }
        } else {
          throw InputError(where + "unknown option '" + opt + "' (use obj=, to=, target=, not=, mutual, judged, reply, planned)");
        }
      }
    }
    auto ex = split_trimmed(f[3], "=>");
    if (ex.size() != 2) throw InputError(where + "example must end with '=> SRC TGT'");
    p.example = ex[0];
    auto actors = split_trimmed(ex[1], " ");
    actors.erase(std::remove(actors.begin(), actors.end(), ""), actors.end());
    if (actors.size() != 2 || !country_code(actors[0]) || !country_code(actors[1]))
      throw InputError(where + "example must end with '=> SRC TGT' (3-letter codes)");
    p.example_source = actors[0];
    p.example_target = actors[1];
    if (p.example.empty()) throw InputError(where + "empty example sentence");
    p.id = "ja." + p.code + "." + p.predicate + (p.objects.empty() ? "" : "." + p.objects.front());
    if (!ids.insert(p.id).second) throw InputError(where + "duplicate pattern " + p.id);
    ps.patterns_.push_back(std::move(p));
  }
  if (ps.patterns_.empty()) throw InputError(path + ": no patterns");
  for (size_t i = 0; i < ps.patterns_.size(); ++i) ps.by_predicate_[ps.patterns_[i].predicate].push_back(i);
  return ps;
}

std::vector<const Pattern*> PatternSet::candidates(const std::string& lemma, const std::string& compound) const {
  std::vector<const Pattern*> out;
  auto add = [&](std::string_view key) {
    const std::vector<size_t>* found = by_predicate_.find(key);
    if (found == nullptr) return;
    for (size_t i : *found)
      if (std::find(out.begin(), out.end(), &patterns_[i]) == out.end()) out.push_back(&patterns_[i]);
  };
  // Suffixes of the compound, longest first (character by character on UTF-8 boundaries).
  if (!compound.empty() && compound != lemma) {
    for (size_t i = 0; i < compound.size(); ++i) {
      if ((static_cast<unsigned char>(compound[i]) & 0xC0) == 0x80) continue;
      std::string_view suffix = std::string_view(compound).substr(i);
      if (suffix.size() < lemma.size()) break;
      if (suffix.substr(suffix.size() - lemma.size()) == lemma) add(suffix);
    }
  }
  add(lemma);
  return out;
}

}  // namespace kizashi::ja

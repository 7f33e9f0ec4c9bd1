#include "events/codebook.h"

#include <vector>

#include "base/datafile.h"
#include "base/error.h"

namespace kizashi {

namespace {

bool digits(const std::string& s) {
  if (s.size() < 2 || s.size() > 4) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

Codebook Codebook::load(const std::string& dir) {
  Codebook cb;
  DataFile codes(dir + "/codebook.tsv", "CAMEO codebook");
  for (DataLine line; codes.next(line);) {
    auto f = split_fields(line.text, "\t");
    std::string where = line.where() + ": ";
    if (f.size() < 4) throw InputError(where + "expected code, name, goldstein, quad[, plover]");
    if (!digits(f[0])) throw InputError(where + "bad CAMEO code '" + f[0] + "'");
    CodeInfo ci{f[0], f[1], f.size() > 4 ? f[4] : "", 0, 0};
    try {
      ci.goldstein = std::stod(f[2]);
      ci.quad = std::stoi(f[3]);
    } catch (...) {
      throw InputError(where + "bad Goldstein score or quad class");
    }
    if (ci.goldstein < -10 || ci.goldstein > 10 || ci.quad < 1 || ci.quad > 4)
      throw InputError(where + "Goldstein score or quad class out of range");
    if (!cb.codes_.emplace(ci.code, ci).second) throw InputError(where + "code " + ci.code + " listed twice");
  }
  DataFile intent(dir + "/intent.tsv", "intent table");
  for (DataLine line; intent.next(line);) {
    auto f = split_fields(line.text, "\t");
    std::string where = line.where() + ": ";
    if (f.size() != 2 || !cb.find(f[0]) || !cb.find(f[1]))
      throw InputError(where + "expected ROOT-or-CODE<TAB>CODE with known CAMEO codes");
    cb.intent_[f[0]] = f[1];
  }
  return cb;
}

const CodeInfo* Codebook::find(const std::string& code) const {
  auto it = codes_.find(code);
  return it == codes_.end() ? nullptr : &it->second;
}

std::string Codebook::intent_code(const std::string& code) const {
  auto it = intent_.find(code);  // a specific code first (045 → 039), then its root
  if (it != intent_.end()) return it->second;
  it = intent_.find(code.substr(0, 2));
  return it == intent_.end() ? "" : it->second;
}

}  // namespace kizashi

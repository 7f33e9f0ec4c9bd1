// events/codebook — CAMEO event codes with name, Goldstein, quad class, PLOVER.
//
// Contract: Codebook::load() reads data/cameo/codebook.tsv and intent.tsv and
// throws InputError naming file and line for a malformed row, an unknown
// code in intent.tsv, or a duplicate. find() returns nullptr for unknown codes.
#pragma once

#include <string>
#include <unordered_map>

namespace kizashi {

struct CodeInfo {
  std::string code, name, plover;
  double goldstein = 0;
  int quad = 0;
};

class Codebook {
 public:
  static Codebook load(const std::string& dir);
  const CodeInfo* find(const std::string& code) const;
  // Intent/plan form of an action code ("" when the code stays as it is).
  std::string intent_code(const std::string& code) const;
  size_t size() const { return codes_.size(); }

 private:
  std::unordered_map<std::string, CodeInfo> codes_;
  std::unordered_map<std::string, std::string> intent_;
};

}  // namespace kizashi

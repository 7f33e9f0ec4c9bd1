// actors/ja/titles — titles that name their country in Japanese news
// (data/verbs/ja.titles: 国務長官 is the US Secretary of State, 官房長官 Japan's
// Chief Cabinet Secretary, 国家主席 China's President).
//
// Contract: load() reads "TITLE<TAB>CODE[<TAB>home]" lines (CODE a CAMEO
// country + agent code such as USAGOV) through base/datafile.h and throws
// InputError naming the line of a malformed one or a title listed twice.
// code() is the code a title stands for, or nullptr; home() says the title is
// only the default reading (外務省 alone is Japan's ministry in Japanese news,
// unless the document last named another country's).
#pragma once

#include <string>
#include <string_view>

#include "base/string_hash.h"

namespace kizashi::ja {

class Titles {
 public:
  static Titles load(const std::string& path);
  const std::string* code(std::string_view title) const { return codes_.find(title); }
  bool home(std::string_view title) const { return homes_.find(title) != nullptr; }
  size_t size() const { return codes_.size(); }

 private:
  StringTable<std::string> codes_{size_t{1} << 10};
  StringTable<bool> homes_{size_t{1} << 6};
};

}  // namespace kizashi::ja

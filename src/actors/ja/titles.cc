#include "actors/ja/titles.h"

#include <algorithm>

#include "base/datafile.h"

namespace kizashi::ja {

Titles Titles::load(const std::string& path) {
  DataFile file(path, "titles");
  Titles t;
  for (DataLine line; file.next(line);) {
    auto f = split_trimmed(line.text, "\t");
    if (f.size() < 2 || f.size() > 3 || f[0].empty()) line.fail("expected TITLE<TAB>CODE[<TAB>home]");
    if (f.size() == 3 && f[2] != "home") line.fail("third column '" + f[2] + "' is not 'home'");
    const std::string& code = f[1];
    bool upper = std::all_of(code.begin(), code.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (!upper || code.size() != 6) line.fail("code '" + code + "' is not a country + agent code (USAGOV)");
    if (t.codes_.find(f[0])) line.fail("title '" + f[0] + "' listed twice");
    t.codes_[f[0]] = code;
    if (f.size() == 3) t.homes_[f[0]] = true;
  }
  return t;
}

}  // namespace kizashi::ja

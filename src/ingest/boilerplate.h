// ingest/boilerplate — removes what is on a web page but not in the article.
//
// Contract: Boilerplate::load() reads the rule file (data/ingest/
// boilerplate.txt; format in its header) and throws InputError naming the
// line of a bad rule. clean() returns the text with boilerplate lines, photo
// credits and repeated lines removed, one trimmed line per paragraph, and
// appends what it dropped to `notes`.
#pragma once

#include <string>
#include <vector>

namespace kizashi {

class Boilerplate {
 public:
  static Boilerplate load(const std::string& path);
  std::string clean(const std::string& text, std::vector<std::string>& notes) const;

 private:
  std::vector<std::string> lines_;    // lower-cased phrases
  std::vector<std::string> credits_;
};

}  // namespace kizashi

#include "actors/labels.h"

#include <fstream>
#include <vector>

namespace kizashi {

namespace {

void read_names(const std::string& path, size_t english_col, std::unordered_map<std::string, std::string>& out) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    size_t i = 0;
    for (;;) {
      size_t j = line.find('\t', i);
      cols.push_back(line.substr(i, j == std::string::npos ? std::string::npos : j - i));
      if (j == std::string::npos) break;
      i = j + 1;
    }
    if (cols.size() > english_col && !cols[0].empty() && cols[english_col] != "-") {
      std::string name = cols[english_col];
      auto paren = name.find(" (");
      if (paren != std::string::npos && paren > 0) name.resize(paren);
      out.emplace(cols[0], name);
    }
  }
}

}  // namespace

ActorLabels ActorLabels::load(const std::string& data_dir) {
  ActorLabels l;
  read_names(data_dir + "/actors/countries.tsv", 4, l.names_);
  read_names(data_dir + "/actors/organizations.tsv", 2, l.names_);
  return l;
}

std::string ActorLabels::label(const std::string& code) const {
  auto it = names_.find(code);
  if (it != names_.end()) return it->second;
  if (code.size() > 3) {
    auto c = names_.find(code.substr(0, 3));
    if (c != names_.end()) {
      std::string out = c->second;
      for (size_t i = 3; i < code.size(); i += 3) out += " " + code.substr(i, 3);
      return out;
    }
  }
  return code;
}

}  // namespace kizashi

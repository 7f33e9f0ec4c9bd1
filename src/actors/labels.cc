#include "actors/labels.h"

#include <vector>

#include "base/datafile.h"
#include "base/error.h"

namespace kizashi {

namespace {

void read_names(const std::string& path, size_t english_col, std::unordered_map<std::string, std::string>& out) {
  try {
    DataFile file(path, "actor names");
    for (DataLine line; file.next(line);) {
      auto cols = split_fields(line.text, "\t");
      if (cols.size() <= english_col || cols[0].empty() || cols[english_col] == "-") continue;
      std::string name = cols[english_col];
      auto paren = name.find(" (");
      if (paren != std::string::npos && paren > 0) name.resize(paren);
      out.emplace(cols[0], name);
    }
  } catch (const InputError&) {
    // Labels are decoration: a missing file leaves codes as they are.
  }
}

}  // namespace

ActorLabels ActorLabels::load(const std::string& data_dir) {
  ActorLabels l;
  read_names(data_dir + "/actors/countries.tsv", 4, l.countries_);
  l.names_ = l.countries_;
  read_names(data_dir + "/actors/organizations.tsv", 2, l.names_);
  return l;
}

std::string ActorLabels::name(const std::string& code) const {
  auto country = countries_.find(code.substr(0, 3));
  if (country != countries_.end()) return country->second;
  auto it = names_.find(code);
  if (it == names_.end() && code.size() > 3) it = names_.find(code.substr(0, 3));
  return it != names_.end() ? it->second : std::string();
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

#include "base/datafile.h"

#include <algorithm>

#include "base/error.h"

namespace kizashi {

std::string DataLine::where() const { return std::string(path) + ": line " + std::to_string(number); }

void DataLine::fail(const std::string& message) const { throw InputError(where() + ": " + message); }

DataFile::DataFile(std::string path, std::string_view what) : path_(std::move(path)), in_(path_) {
  if (!in_) throw InputError(path_ + ": cannot open " + std::string(what));
}

bool DataFile::next(DataLine& line) {
  std::string text;
  while (std::getline(in_, text)) {
    ++number_;
    if (!text.empty() && text.back() == '\r') text.pop_back();
    if (text.empty() || text[0] == '#') continue;
    line.path = path_;
    line.number = number_;
    line.text = std::move(text);
    return true;
  }
  return false;
}

Manifest::Manifest(const std::string& path, const std::vector<std::string>& keys) : file_(path) {
  size_t slash = path.rfind('/');
  dir_ = slash == std::string::npos ? "." : path.substr(0, slash);
  DataFile file(path, "data manifest");
  for (DataLine line; file.next(line);) {
    auto f = split_trimmed(line.text, "\t");
    if (f.size() != 2 || f[0].empty() || f[1].empty()) line.fail("expected KEY<TAB>PATH");
    if (std::find(keys.begin(), keys.end(), f[0]) == keys.end()) line.fail("unknown key '" + f[0] + "'");
    for (const auto& [k, v] : entries_)
      if (k == f[0]) line.fail("key '" + f[0] + "' given twice");
    entries_.emplace_back(f[0], f[1]);
  }
}

std::string Manifest::path(const std::string& key) const {
  for (const auto& [k, v] : entries_)
    if (k == key) return dir_ + "/" + v;
  throw InputError(file_ + ": no '" + key + "' file named");
}

std::string trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string_view::npos) return "";
  size_t e = s.find_last_not_of(" \t\r");
  return std::string(s.substr(b, e - b + 1));
}

std::vector<std::string> split_fields(std::string_view s, std::string_view sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    size_t at = s.find(sep, start);
    out.emplace_back(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) return out;
    start = at + sep.size();
  }
}

std::vector<std::string> split_trimmed(std::string_view s, std::string_view sep) {
  std::vector<std::string> out = split_fields(s, sep);
  for (auto& f : out) f = trim(f);
  return out;
}

std::vector<std::string> split_list(std::string_view s) {
  std::vector<std::string> out;
  if (s.empty() || s == "-") return out;
  for (auto& v : split_trimmed(s, "|"))
    if (!v.empty()) out.push_back(std::move(v));
  return out;
}

}  // namespace kizashi

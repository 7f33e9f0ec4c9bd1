// base/datafile — the one reader of kizashi's data files (data/).
//
// Contract: DataFile reads a UTF-8 text file line by line. next() skips blank
// lines and lines starting with '#' and strips a trailing '\r'; every line
// keeps its number, and DataLine::fail() throws InputError as
// "PATH: line N: MESSAGE", the one error shape every dictionary reports. The
// helpers split fields the way the file formats in data/ are written: columns
// by a separator, lists by '|', with '-' meaning "none".
#pragma once

#include <fstream>
#include <string>
#include <string_view>
#include <vector>

namespace kizashi {

struct DataLine {
  std::string path;
  int number = 0;
  std::string text;
  std::string where() const;  // "PATH: line N"
  [[noreturn]] void fail(const std::string& message) const;
};

class DataFile {
 public:
  // Opens `path`; throws InputError "PATH: cannot open WHAT" when it cannot.
  DataFile(std::string path, std::string_view what);
  bool next(DataLine& line);
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::ifstream in_;
  int number_ = 0;
};

// A data manifest: which file holds what, one "KEY<TAB>PATH" per line, paths
// relative to the manifest's folder. Every key must be one of `keys`, given
// once; path() of a key the file does not name throws InputError.
class Manifest {
 public:
  Manifest(const std::string& path, const std::vector<std::string>& keys);
  std::string path(const std::string& key) const;
  const std::string& file() const { return file_; }

 private:
  std::string file_, dir_;
  std::vector<std::pair<std::string, std::string>> entries_;
};

// Spaces, tabs and '\r' off both ends.
std::string trim(std::string_view s);
// Every field between separators, each as it is (n separators: n + 1 fields).
std::vector<std::string> split_fields(std::string_view s, std::string_view sep);
// Every field between separators, trimmed.
std::vector<std::string> split_trimmed(std::string_view s, std::string_view sep);
// A '|'-separated list: trimmed, empty entries dropped; "" or "-" is no entry.
std::vector<std::string> split_list(std::string_view s);

}  // namespace kizashi

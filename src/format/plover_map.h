// format/plover_map — PLOVER's mode and contexts of a CAMEO code
// (data/cameo/plover.tsv, from CAMEO2PLOVER), for the PLOVER export.
//
// Contract: load() reads the file and refuses, as "PATH: line N: ...", a line
// without four columns, a code that is not 2-4 digits or is given twice, an
// event type that is not upper case, a mode or context that is not lower-case
// ASCII (a-z, '_', '-'), and a file without its "version" line. find() gives
// the entry of a code or of its nearest listed parent (0311 -> 031 -> 03), or
// nullptr.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace kizashi {

struct PloverEntry {
  std::string event_type;            // AGREE, CONSULT, ...
  std::string mode;                  // "" when none
  std::vector<std::string> context;  // PLOVER contexts
};

class PloverMap {
 public:
  static PloverMap load(const std::string& path);
  const PloverEntry* find(const std::string& cameo_code) const;
  const std::string& version() const { return version_; }

 private:
  std::map<std::string, PloverEntry> entries_;
  std::string version_;
};

}  // namespace kizashi

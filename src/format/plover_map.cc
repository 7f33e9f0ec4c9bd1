// format/plover_map — see plover_map.h for the contract.
#include "format/plover_map.h"

#include "base/datafile.h"
#include "base/error.h"

namespace kizashi {

namespace {

bool all_of(const std::string& s, bool (*ok)(char)) {
  if (s.empty()) return false;
  for (char c : s)
    if (!ok(c)) return false;
  return true;
}

bool digit(char c) { return c >= '0' && c <= '9'; }
bool upper(char c) { return c >= 'A' && c <= 'Z'; }
bool lower(char c) { return (c >= 'a' && c <= 'z') || c == '_' || c == '-'; }

PloverEntry parse_entry(const DataLine& line, const std::vector<std::string>& cols) {
  if (cols[0].size() < 2 || cols[0].size() > 4 || !all_of(cols[0], digit))
    line.fail("'" + cols[0] + "' is not a CAMEO code (2-4 digits)");
  if (!all_of(cols[1], upper)) line.fail("'" + cols[1] + "' is not a PLOVER event type (upper case)");
  PloverEntry e{cols[1], cols[2] == "-" ? "" : cols[2], split_list(cols[3])};
  if (!e.mode.empty() && !all_of(e.mode, lower)) line.fail("mode '" + e.mode + "' is not lower-case ASCII");
  for (const auto& c : e.context)
    if (!all_of(c, lower)) line.fail("context '" + c + "' is not lower-case ASCII");
  return e;
}

}  // namespace

PloverMap PloverMap::load(const std::string& path) {
  PloverMap m;
  DataFile file(path, "PLOVER modes and contexts");
  for (DataLine line; file.next(line);) {
    auto cols = split_fields(line.text, "\t");
    if (cols.size() == 2 && cols[0] == "version") {
      m.version_ = cols[1];
      continue;
    }
    if (cols.size() != 4) line.fail("want 4 TAB-separated columns (code, event type, mode, contexts)");
    if (!m.entries_.emplace(cols[0], parse_entry(line, cols)).second) line.fail("code " + cols[0] + " given twice");
  }
  if (m.version_.empty()) throw InputError(path + ": no \"version\" line");
  return m;
}

const PloverEntry* PloverMap::find(const std::string& code) const {
  for (std::string c = code; c.size() >= 2; c.pop_back()) {
    auto it = entries_.find(c);
    if (it != entries_.end()) return &it->second;
  }
  return nullptr;
}

}  // namespace kizashi

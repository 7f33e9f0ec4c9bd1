#include "actors/dictionary.h"

#include <algorithm>
#include <fstream>

#include "ingest/input_error.h"

namespace kizashi {

namespace {

struct Row {
  int line;
  std::vector<std::string> cols;
};

std::string strip(std::string s) {
  size_t h = s.find("  #");
  if (h != std::string::npos) s.resize(h);
  size_t h2 = s.find("\t#");
  if (h2 != std::string::npos) s.resize(h2);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.pop_back();
  while (!s.empty() && s.front() == ' ') s.erase(0, 1);
  return s;
}

std::vector<Row> read_tsv(const std::string& path, size_t min_cols) {
  std::ifstream in(path);
  if (!in) throw InputError(path + ": cannot open actor dictionary");
  std::vector<Row> rows;
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    Row r{n, {}};
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      r.cols.push_back(strip(line.substr(start, tab == std::string::npos ? std::string::npos : tab - start)));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (r.cols.size() < min_cols)
      throw InputError(path + ": line " + std::to_string(n) + ": expected " + std::to_string(min_cols) +
                       " tab-separated columns, found " + std::to_string(r.cols.size()));
    rows.push_back(std::move(r));
  }
  return rows;
}

std::vector<std::string> split_bar(const std::string& s) {
  std::vector<std::string> out;
  if (s.empty() || s == "-") return out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t bar = s.find('|', start);
    if (bar == std::string::npos) bar = s.size();
    std::string v = strip(s.substr(start, bar - start));
    if (!v.empty()) out.push_back(v);
    start = bar + 1;
  }
  return out;
}

bool upper_code(const std::string& c, size_t min, size_t max) {
  if (c.size() < min || c.size() > max) return false;
  return std::all_of(c.begin(), c.end(), [](char ch) { return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'); });
}

}  // namespace

bool valid_date(const std::string& d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (d[i] < '0' || d[i] > '9') return false;
  int y = std::stoi(d.substr(0, 4)), mo = std::stoi(d.substr(5, 2)), da = std::stoi(d.substr(8, 2));
  if (mo < 1 || mo > 12 || da < 1) return false;
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int max = days[mo - 1] + (mo == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0));
  return da <= max;
}

void ActorDictionary::add(const std::string& name, ActorEntry e, const std::string& where) {
  auto& v = index_[name];
  for (const auto& x : v)
    if (x.kind == e.kind && x.id != e.id)
      throw InputError(where + ": name '" + name + "' already belongs to " + x.id);
    else if (x.kind == e.kind && x.id == e.id)
      throw InputError(where + ": name '" + name + "' listed twice for " + e.id);
  v.push_back(std::move(e));
}

ActorDictionary ActorDictionary::load(const std::string& dir) {
  ActorDictionary d;
  {
    std::string path = dir + "/countries.tsv";
    for (const auto& r : read_tsv(path, 4)) {
      std::string where = path + ": line " + std::to_string(r.line);
      const std::string& code = r.cols[0];
      if (!upper_code(code, 3, 3) || code.find_first_of("0123456789") != std::string::npos)
        throw InputError(where + ": country code '" + code + "' is not 3 capital letters");
      auto names = split_bar(r.cols[1]);
      if (names.empty()) throw InputError(where + ": country " + code + " has no name");
      for (const auto& n : names) d.add(n, {EntryKind::Country, "countries:" + code, code}, where);
      for (const auto& n : split_bar(r.cols[2])) d.add(n, {EntryKind::Short, "countries:" + code, code}, where);
      for (const auto& n : split_bar(r.cols[3])) d.add(n, {EntryKind::Capital, "countries:" + code, code}, where);
    }
  }
  {
    std::string path = dir + "/organizations.tsv";
    for (const auto& r : read_tsv(path, 2)) {
      std::string where = path + ": line " + std::to_string(r.line);
      const std::string& code = r.cols[0];
      if (!upper_code(code, 3, 12) || code.size() % 3 != 0)
        throw InputError(where + ": organisation code '" + code + "' is not 3, 6, 9 or 12 capital letters");
      auto names = split_bar(r.cols[1]);
      if (names.empty()) throw InputError(where + ": organisation " + code + " has no name");
      for (const auto& n : names) d.add(n, {EntryKind::Org, "organizations:" + names[0], code}, where);
    }
  }
  {
    std::string path = dir + "/agents.tsv";
    for (const auto& r : read_tsv(path, 2)) {
      std::string where = path + ": line " + std::to_string(r.line);
      const std::string& code = r.cols[0];
      if (!upper_code(code, 3, 3))
        throw InputError(where + ": agent code '" + code + "' is not 3 capital letters");
      for (const auto& n : split_bar(r.cols[1])) d.add(n, {EntryKind::Agent, "agents:" + code, code}, where);
    }
  }
  {
    std::string path = dir + "/people.tsv";
    std::unordered_map<std::string, int> ids;
    for (const auto& r : read_tsv(path, 5)) {
      std::string where = path + ": line " + std::to_string(r.line);
      const std::string& id = r.cols[0];
      if (id.empty() || !std::all_of(id.begin(), id.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
          }))
        throw InputError(where + ": person id '" + id + "' must be lower-case ASCII");
      PersonRole role{r.cols[2], r.cols[3] == "-" ? "" : r.cols[3], r.cols[4] == "-" ? "" : r.cols[4],
                      r.cols.size() > 5 ? r.cols[5] : ""};
      if (!upper_code(role.code, 6, 12) || role.code.size() % 3 != 0 ||
          role.code.find_first_of("0123456789") != std::string::npos)
        throw InputError(where + ": code '" + role.code +
                         "' is not a CAMEO actor code (country + agent such as JPNGOV, or an IGO code)");
      if (!role.from.empty() && !valid_date(role.from))
        throw InputError(where + ": bad date '" + role.from + "' (want YYYY-MM-DD)");
      if (!role.until.empty() && !valid_date(role.until))
        throw InputError(where + ": bad date '" + role.until + "' (want YYYY-MM-DD)");
      if (!role.from.empty() && !role.until.empty() && role.from >= role.until)
        throw InputError(where + ": role ends (" + role.until + ") before it starts (" + role.from + ")");
      auto it = ids.find(id);
      int idx;
      if (it == ids.end()) {
        idx = static_cast<int>(d.people_.size());
        ids[id] = idx;
        d.people_.push_back({id, split_bar(r.cols[1]), {}});
        if (d.people_.back().names.empty()) throw InputError(where + ": first row of " + id + " lists no name");
        for (const auto& n : d.people_.back().names)
          d.add(n, {EntryKind::Person, "people:" + id, "", idx}, where);
      } else {
        idx = it->second;
        if (r.cols[1] != "-" && !r.cols[1].empty())
          for (const auto& n : split_bar(r.cols[1])) d.add(n, {EntryKind::Person, "people:" + id, "", idx}, where);
      }
      for (const auto& o : d.people_[idx].roles) {
        std::string a0 = role.from.empty() ? "0000" : role.from, a1 = role.until.empty() ? "9999" : role.until;
        std::string b0 = o.from.empty() ? "0000" : o.from, b1 = o.until.empty() ? "9999" : o.until;
        if (a0 < b1 && b0 < a1)
          throw InputError(where + ": role period of " + id + " overlaps " + (o.from.empty() ? "-" : o.from) +
                           ".." + (o.until.empty() ? "-" : o.until));
      }
      d.people_[idx].roles.push_back(std::move(role));
    }
  }
  return d;
}

const std::vector<ActorEntry>* ActorDictionary::find(std::string_view name) const {
  return index_.find(name);
}

std::string ActorDictionary::person_code(int person, const std::string& date) const {
  const Person& p = people_.at(static_cast<size_t>(person));
  if (p.roles.empty()) return "";
  std::string day = date;
  if (day.size() == 4) day += "-07-01";
  else if (day.size() == 7) day += "-15";
  const PersonRole* nearest = &p.roles.front();
  for (const auto& r : p.roles) {
    bool after = r.from.empty() || r.from <= day;
    bool before = r.until.empty() || day < r.until;
    if (!day.empty() && after && before) return r.code;
    if (!day.empty() && after) nearest = &r;
  }
  if (day.empty()) {  // no date known: the person's latest office, not a later "former" status
    for (auto it = p.roles.rbegin(); it != p.roles.rend(); ++it)
      if (it->code.size() < 6 || it->code.compare(3, 3, "ELI") != 0) return it->code;
    return p.roles.back().code;
  }
  return nearest->code.substr(0, 3);
}

std::vector<std::pair<std::string, EntryKind>> ActorDictionary::names() const {
  std::vector<std::pair<std::string, EntryKind>> out;
  for (const auto& [name, entries] : index_) out.emplace_back(name, entries.front().kind);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace kizashi

#include "actors/dictionary.h"

#include <algorithm>

#include "base/calendar.h"
#include "base/datafile.h"
#include "base/error.h"

namespace kizashi {

namespace {

struct Row {
  DataLine line;
  std::vector<std::string> cols;
};

// A column of an actor TSV file: an inline comment ("  # ..." or "\t# ...")
// cut off, spaces trimmed.
std::string column(std::string s) {
  size_t h = s.find("  #");
  if (h != std::string::npos) s.resize(h);
  size_t h2 = s.find("\t#");
  if (h2 != std::string::npos) s.resize(h2);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.pop_back();
  while (!s.empty() && s.front() == ' ') s.erase(0, 1);
  return s;
}

std::vector<Row> read_tsv(const std::string& path, size_t min_cols) {
  DataFile file(path, "actor dictionary");
  std::vector<Row> rows;
  for (DataLine line; file.next(line);) {
    Row r{line, {}};
    for (auto& c : split_fields(line.text, "\t")) r.cols.push_back(column(std::move(c)));
    if (r.cols.size() < min_cols)
      line.fail("expected " + std::to_string(min_cols) + " tab-separated columns, found " +
                std::to_string(r.cols.size()));
    rows.push_back(std::move(r));
  }
  return rows;
}

bool upper_code(const std::string& c, size_t min, size_t max) {
  if (c.size() < min || c.size() > max) return false;
  return std::all_of(c.begin(), c.end(), [](char ch) { return (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9'); });
}

}  // namespace

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
  d.load_countries(dir + "/countries.tsv");
  d.load_organizations(dir + "/organizations.tsv");
  d.load_agents(dir + "/agents.tsv");
  d.load_people(dir + "/people.tsv");
  return d;
}

void ActorDictionary::load_countries(const std::string& path) {
  for (const auto& r : read_tsv(path, 4)) {
    const std::string where = r.line.where();
    const std::string& code = r.cols[0];
    if (!upper_code(code, 3, 3) || code.find_first_of("0123456789") != std::string::npos)
      r.line.fail("country code '" + code + "' is not 3 capital letters");
    auto names = split_list(r.cols[1]);
    if (names.empty()) r.line.fail("country " + code + " has no name");
    for (const auto& n : names) add(n, {EntryKind::Country, "countries:" + code, code}, where);
    for (const auto& n : split_list(r.cols[2])) add(n, {EntryKind::Short, "countries:" + code, code}, where);
    for (const auto& n : split_list(r.cols[3])) add(n, {EntryKind::Capital, "countries:" + code, code}, where);
  }
}

void ActorDictionary::load_organizations(const std::string& path) {
  for (const auto& r : read_tsv(path, 2)) {
    const std::string& code = r.cols[0];
    if (!upper_code(code, 3, 12) || code.size() % 3 != 0)
      r.line.fail("organisation code '" + code + "' is not 3, 6, 9 or 12 capital letters");
    auto names = split_list(r.cols[1]);
    if (names.empty()) r.line.fail("organisation " + code + " has no name");
    for (const auto& n : names) add(n, {EntryKind::Org, "organizations:" + names[0], code}, r.line.where());
  }
}

void ActorDictionary::load_agents(const std::string& path) {
  for (const auto& r : read_tsv(path, 2)) {
    const std::string& code = r.cols[0];
    if (!upper_code(code, 3, 3)) r.line.fail("agent code '" + code + "' is not 3 capital letters");
    for (const auto& n : split_list(r.cols[1])) add(n, {EntryKind::Agent, "agents:" + code, code}, r.line.where());
  }
}

namespace {

// One row of people.tsv as a role, checked: its code, its dates, their order.
PersonRole read_role(const Row& r) {
  PersonRole role{r.cols[2], r.cols[3] == "-" ? "" : r.cols[3], r.cols[4] == "-" ? "" : r.cols[4],
                  r.cols.size() > 5 ? r.cols[5] : ""};
  if (!upper_code(role.code, 6, 12) || role.code.size() % 3 != 0 ||
      role.code.find_first_of("0123456789") != std::string::npos)
    r.line.fail("code '" + role.code + "' is not a CAMEO actor code (country + agent such as JPNGOV, or an IGO code)");
  if (!role.from.empty() && !valid_date(role.from)) r.line.fail("bad date '" + role.from + "' (want YYYY-MM-DD)");
  if (!role.until.empty() && !valid_date(role.until)) r.line.fail("bad date '" + role.until + "' (want YYYY-MM-DD)");
  if (!role.from.empty() && !role.until.empty() && role.from >= role.until)
    r.line.fail("role ends (" + role.until + ") before it starts (" + role.from + ")");
  return role;
}

bool person_id(const std::string& id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
}

}  // namespace

// A person's rows: the first lists the names, later ones may add names; every
// row adds a role, and no two roles of one person overlap in time.
void ActorDictionary::load_people(const std::string& path) {
  std::unordered_map<std::string, int> ids;
  for (const auto& r : read_tsv(path, 5)) {
    const std::string where = r.line.where();
    const std::string& id = r.cols[0];
    if (!person_id(id)) r.line.fail("person id '" + id + "' must be lower-case ASCII");
    PersonRole role = read_role(r);
    auto [it, first] = ids.try_emplace(id, static_cast<int>(people_.size()));
    const int idx = it->second;
    if (first) {
      people_.push_back({id, split_list(r.cols[1]), {}});
      if (people_.back().names.empty()) r.line.fail("first row of " + id + " lists no name");
    }
    for (const auto& n : first ? people_.back().names : split_list(r.cols[1]))
      add(n, {EntryKind::Person, "people:" + id, "", idx}, where);
    for (const auto& o : people_[idx].roles) {
      std::string a0 = role.from.empty() ? "0000" : role.from, a1 = role.until.empty() ? "9999" : role.until;
      std::string b0 = o.from.empty() ? "0000" : o.from, b1 = o.until.empty() ? "9999" : o.until;
      if (a0 < b1 && b0 < a1)
        r.line.fail("role period of " + id + " overlaps " + (o.from.empty() ? "-" : o.from) + ".." +
                    (o.until.empty() ? "-" : o.until));
    }
    people_[idx].roles.push_back(std::move(role));
  }
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

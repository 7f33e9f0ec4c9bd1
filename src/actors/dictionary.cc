#include "actors/dictionary.h"

#include <algorithm>

#include "base/actor_code.h"
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
    if (x.kind == e.kind && x.id != e.id && x.shared != e.shared)
      throw InputError(where + ": name '" + name + "' is written ~" + name + " for " + (x.shared ? x.id : e.id) +
                       " but not for " + (x.shared ? e.id : x.id) + " (a shared name is shared by all who bear it)");
    else if (x.kind == e.kind && x.id != e.id && !e.shared)
      throw InputError(where + ": name '" + name + "' already belongs to " + x.id +
                       " (write ~" + name + " for both if the date tells them apart)");
    else if (x.kind == e.kind && x.id == e.id)
      throw InputError(where + ": name '" + name + "' listed twice for " + e.id);
  v.push_back(std::move(e));
}

ActorDictionary ActorDictionary::load(const std::string& dir) {
  ActorDictionary d;
  d.load_countries(dir + "/countries.tsv");
  d.load_organizations(dir + "/organizations.tsv");
  d.load_agents(dir + "/agents.tsv");
  d.load_offices(dir + "/offices.tsv");
  d.load_people(dir + "/people.tsv");
  return d;
}

void ActorDictionary::load_countries(const std::string& path) {
  for (const auto& r : read_tsv(path, 5)) {
    const std::string where = r.line.where();
    const std::string& code = r.cols[0];
    if (!upper_code(code, 3, 3) || code.find_first_of("0123456789") != std::string::npos)
      r.line.fail("country code '" + code + "' is not 3 capital letters");
    auto names = split_list(r.cols[1]);
    if (names.empty()) r.line.fail("country " + code + " has no name");
    if (r.cols[4].empty() || r.cols[4] == "-") r.line.fail("country " + code + " has no English name");
    for (const auto& n : names) add(n, {EntryKind::Country, "countries:" + code, code}, where);
    for (const auto& n : split_list(r.cols[2])) add(n, {EntryKind::Short, "countries:" + code, code}, where);
    for (const auto& n : split_list(r.cols[3])) add(n, {EntryKind::Capital, "countries:" + code, code}, where);
  }
}

void ActorDictionary::load_organizations(const std::string& path) {
  for (const auto& r : read_tsv(path, 3)) {
    const std::string& code = r.cols[0];
    if (!upper_code(code, 3, 12) || code.size() % 3 != 0)
      r.line.fail("organisation code '" + code + "' is not 3, 6, 9 or 12 capital letters");
    auto names = split_list(r.cols[1]);
    if (names.empty()) r.line.fail("organisation " + code + " has no name");
    if (r.cols[2].empty() || r.cols[2] == "-") r.line.fail("organisation " + code + " has no English name");
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

// offices.tsv: one row per title, "TITLE<TAB>OFFICE<TAB>english"; a title
// is listed once, and several titles may name one office.
void ActorDictionary::load_offices(const std::string& path) {
  for (const auto& r : read_tsv(path, 3)) {
    const std::string &title = r.cols[0], &office = r.cols[1];
    if (title.empty() || title == "-") r.line.fail("office title is empty");
    if (office.empty() || office == "-" || !std::all_of(office.begin(), office.end(), [](char c) {
          return (c >= 'a' && c <= 'z') || c == '_';
        }))
      r.line.fail("office '" + office + "' of title '" + title + "' must be lower-case ASCII letters and '_'");
    for (const auto& [t, o] : offices_)
      if (t == title) r.line.fail("office title '" + title + "' listed twice");
    offices_.emplace_back(title, office);
  }
}

std::string ActorDictionary::office_of(const std::string& role_title) const {
  for (const auto& [t, o] : offices_)
    if (t == role_title) return o;
  return "";
}

namespace {

// One row of people.tsv as a role, checked: its code, its dates, their order.
PersonRole read_role(const Row& r) {
  PersonRole role{r.cols[3], r.cols[4] == "-" ? "" : r.cols[4], r.cols[5] == "-" ? "" : r.cols[5], r.cols[6]};
  if (!upper_code(role.code, 6, 12) || role.code.size() % 3 != 0 ||
      role.code.find_first_of("0123456789") != std::string::npos)
    r.line.fail("code '" + role.code + "' is not a CAMEO actor code (country + agent such as JPNGOV, or an IGO code)");
  if (!role.from.empty() && !valid_date(role.from)) r.line.fail("bad date '" + role.from + "' (want YYYY-MM-DD)");
  if (!role.until.empty() && !valid_date(role.until)) r.line.fail("bad date '" + role.until + "' (want YYYY-MM-DD)");
  if (!role.from.empty() && !role.until.empty() && role.from >= role.until)
    r.line.fail("role ends (" + role.until + ") before it starts (" + role.from + ")");
  if (role.role.empty() || role.role == "-") r.line.fail("role has no description");
  return role;
}

bool person_id(const std::string& id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
  });
}

// [from, until) with open ends as the earliest and latest dates.
bool overlap(const PersonRole& a, const PersonRole& b) {
  std::string a0 = a.from.empty() ? "0000" : a.from, a1 = a.until.empty() ? "9999" : a.until;
  std::string b0 = b.from.empty() ? "0000" : b.from, b1 = b.until.empty() ? "9999" : b.until;
  return a0 < b1 && b0 < a1;
}

// YYYY or YYYY-MM as a day inside it, for comparison with role bounds.
std::string as_day(const std::string& date) {
  if (date.size() == 4) return date + "-07-01";
  if (date.size() == 7) return date + "-15";
  return date;
}

std::string period(const PersonRole& r) {
  return (r.from.empty() ? "-" : r.from) + ".." + (r.until.empty() ? "-" : r.until);
}

// One row holding a single-holder office, to check against later holders. Its
// scope is whose the office is: the country of a state's code (JPNGOV -> JPN),
// the whole code of an organisation (IGOUNO, IGOWSTNAT), as country_key().
struct Holding {
  std::string office, scope, id;
  PersonRole role;
  int line;
};

// A role title that is not an office but is one with a country or a remark
// glued on ("Prime Minister of Japan", "President (acting)"): the office's
// holder would escape the single-holder check, so the title must stand alone.
void check_title(const Row& r, const std::string& role,
                 const std::vector<std::pair<std::string, std::string>>& offices) {
  for (const auto& [t, o] : offices)
    if (t == role) return;
  for (const auto& [t, o] : offices)
    if (role.size() > t.size() && role.compare(0, t.size(), t) == 0 &&
        (role.compare(t.size(), 4, " of ") == 0 || role.compare(t.size(), 2, " (") == 0 ||
         role.compare(t.size(), 2, ", ") == 0))
      r.line.fail("role '" + role + "': write the office title '" + t +
                  "' alone (the country is the code's; a remark goes after '  # ')");
}

}  // namespace

// A person's rows: the first lists the names and the English name, later ones
// may add names; every row adds a role, no two roles of one person overlap in
// time, and no two people hold one single-holder office of one scope at once.
void ActorDictionary::load_people(const std::string& path) {
  std::unordered_map<std::string, int> ids;
  std::vector<Holding> holdings;
  for (const auto& r : read_tsv(path, 7)) {
    const std::string where = r.line.where();
    const std::string& id = r.cols[0];
    if (!person_id(id)) r.line.fail("person id '" + id + "' must be lower-case ASCII");
    PersonRole role = read_role(r);
    check_title(r, role.role, offices_);
    auto [it, first] = ids.try_emplace(id, static_cast<int>(people_.size()));
    const int idx = it->second;
    const std::string& english = r.cols[2];
    if (first) {
      people_.push_back({id, english, split_list(r.cols[1]), {}});
      if (people_.back().names.empty()) r.line.fail("first row of " + id + " lists no name");
      if (english.empty() || english == "-") r.line.fail("first row of " + id + " has no English name");
    } else if (!english.empty() && english != "-") {
      r.line.fail("English name of " + id + " given on a later row (only the first row names the person)");
    }
    for (auto& n : first ? people_.back().names : split_list(r.cols[1])) {
      const bool shared = n.size() > 1 && n[0] == '~';
      if (shared) n.erase(0, 1);
      add(n, {EntryKind::Person, "people:" + id, "", idx, shared}, where);
    }
    for (const auto& o : people_[idx].roles)
      if (overlap(role, o)) r.line.fail("role period of " + id + " overlaps " + period(o));
    if (std::string office = office_of(role.role); !office.empty()) {
      Holding h{office, country_key(role.code), id, role, r.line.number};
      for (const auto& o : holdings)
        if (o.office == h.office && o.scope == h.scope && overlap(o.role, h.role))
          r.line.fail(role.role + " of " + h.scope + " " + period(role) + " held by " + id + " overlaps " + o.id +
                      "'s " + o.role.role + " " + period(o.role) + " (line " + std::to_string(o.line) + ")");
      holdings.push_back(std::move(h));
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
  const std::string day = as_day(date);
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

// The role of the person covering `date`, or nullptr.
const PersonRole* ActorDictionary::role_at(int person, const std::string& date) const {
  const std::string day = as_day(date);
  if (day.empty()) return nullptr;
  for (const auto& r : people_.at(static_cast<size_t>(person)).roles)
    if ((r.from.empty() || r.from <= day) && (r.until.empty() || day < r.until)) return &r;
  return nullptr;
}

// Of the people a shared name may mean, the one in office on `date` (a former
// holder's ELI status counts only when nobody is in office).
const ActorEntry* ActorDictionary::person_at(const std::vector<ActorEntry>& entries, const std::string& date) const {
  const ActorEntry *in_office = nullptr, *holding = nullptr;
  int offices = 0, holders = 0;
  for (const auto& e : entries) {
    if (e.kind != EntryKind::Person) continue;
    if (!e.shared) return &e;
    const PersonRole* r = role_at(e.person, date);
    if (!r) continue;
    ++holders, holding = &e;
    if (r->code.size() < 6 || r->code.compare(3, 3, "ELI") != 0) ++offices, in_office = &e;
  }
  if (offices == 1) return in_office;
  return offices == 0 && holders == 1 ? holding : nullptr;
}

std::vector<std::pair<std::string, EntryKind>> ActorDictionary::names() const {
  std::vector<std::pair<std::string, EntryKind>> out;
  for (const auto& [name, entries] : index_) out.emplace_back(name, entries.front().kind);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace kizashi

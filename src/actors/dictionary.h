// actors/dictionary — the actor dictionaries in data/actors/, validated.
//
// Contract: ActorDictionary::load(dir) reads countries.tsv, organizations.tsv,
// agents.tsv, offices.tsv and people.tsv (formats in their header comments)
// and throws InputError naming file and line for a malformed code, a bad or
// inverted date, an overlapping role period, a missing column or English name,
// a name listed twice, or two people holding one single-holder office (an
// offices.tsv title) of one country or organisation at once (naming both lines).
// find() is an exact lookup of a normalised name; person_code() resolves a
// person's CAMEO code at a date (roles are half-open [from, until)). A
// people.tsv name written ~NAME (小泉 for Junichiro and Shinjiro Koizumi) may
// belong to several people; person_at() picks the one who holds a role on the
// document's date, or none.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/string_hash.h"

namespace kizashi {

enum class EntryKind : uint8_t { Person, Org, Country, Capital, Agent, Short };

struct ActorEntry {
  EntryKind kind;
  std::string id;     // "countries:USA", "people:kishida_fumio", "agents:GOV"
  std::string code;   // country code, full org code, agent code
  int person = -1;    // index into people() for kind Person
  bool shared = false;  // a people.tsv name written ~NAME: several people may bear it
};

struct PersonRole {
  std::string code, from, until, role;
};

struct Person {
  std::string id;
  std::string english;  // the person's name in English (first row's english column)
  std::vector<std::string> names;
  std::vector<PersonRole> roles;
};

class ActorDictionary {
 public:
  static ActorDictionary load(const std::string& dir);

  // Entries for exactly this name (several kinds may share a name).
  const std::vector<ActorEntry>* find(std::string_view name) const;
  // CAMEO code of the person at `date` (YYYY-MM-DD, or shorter); when no role
  // covers the date, the country of the nearest role; with no date, the latest
  // office held (not a later ELI status); "" if the person has none.
  std::string person_code(int person, const std::string& date) const;
  // The person among `entries` (a find() result) the name means at `date`:
  // the only unshared person entry, or of shared (~) ones the only one in
  // office that day (or, with nobody in office, the only one with a former
  // holder's ELI role); nullptr when none or several are.
  const ActorEntry* person_at(const std::vector<ActorEntry>& entries, const std::string& date) const;
  // The person's role covering `date` (YYYY, YYYY-MM or YYYY-MM-DD), or nullptr.
  const PersonRole* role_at(int person, const std::string& date) const;
  const std::vector<Person>& people() const { return people_; }
  // The office (offices.tsv's office column) a people.tsv role title names,
  // or "" if the title is not a single-holder office.
  std::string office_of(const std::string& role_title) const;
  // Every name with its entry kind, for the MeCab user dictionary.
  std::vector<std::pair<std::string, EntryKind>> names() const;
  size_t size() const { return index_.size(); }

 private:
  void load_countries(const std::string& path);
  void load_organizations(const std::string& path);
  void load_agents(const std::string& path);
  void load_offices(const std::string& path);
  void load_people(const std::string& path);
  void add(const std::string& name, ActorEntry e, const std::string& where);
  StringTable<std::vector<ActorEntry>> index_{size_t{1} << 15};
  std::vector<Person> people_;
  std::vector<std::pair<std::string, std::string>> offices_;  // title -> office, file order
};

}  // namespace kizashi

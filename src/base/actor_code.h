// base/actor_code — the parts of a CAMEO actor code, named in one place.
//
// A CAMEO actor code is a run of 3-letter parts: a country (JPN) followed by
// agent roles (JPNGOV, USAMIL, CHNGOVMIL), or an organisation sector (IGO, NGO,
// IMG, MNC) followed by the organisation (IGOUNO, IGOEUREU), or an agent alone
// (GOV) when no country is known.
//
// Contract: two keys, because two questions are asked of a code:
// - country_or_sector() is its first part: the country of a state actor, the
//   sector of an organisation ("USA" for USAGOV, "IGO" for IGOUNO, "GOV" for
//   GOV). The coder compares actors by it: two UN bodies are one side.
// - country_key() is what the store counts and groups actors under at country
//   level: the country of a state actor, but the whole code of an organisation
//   (IGOUNO and IGOEU are different nodes of the network). "" stays "".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kizashi {

inline std::string_view country_or_sector(std::string_view code) { return code.substr(0, 3); }

// An intergovernmental organisation (IGO...): never one side of a dyad of countries.
inline bool intergovernmental(std::string_view code) { return country_or_sector(code) == "IGO"; }

// IGO, NGO, IMG or MNC: the code names an organisation, not a state.
bool organisation_sector(std::string_view prefix);

// A CAMEO agent role (GOV, MIL, CVL ...) that can stand where a country would.
bool agent_code(std::string_view part);

std::string country_key(const std::string& code);

// The country_or_sector() of each code, each once, in the order of the codes
// (JPNGOV, KORGOV, JPNMIL → JPN, KOR).
std::vector<std::string> countries_in_order(const std::vector<std::string>& codes);

}  // namespace kizashi

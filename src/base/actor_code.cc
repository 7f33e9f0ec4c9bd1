#include "base/actor_code.h"

#include <algorithm>

namespace kizashi {

bool organisation_sector(std::string_view p) { return p == "IGO" || p == "NGO" || p == "IMG" || p == "MNC"; }

bool agent_code(std::string_view s) {
  static const char* const kAgents[] = {
      "GOV", "MIL", "LEG", "JUD", "COP", "OPP", "REB", "INS", "SEP", "UAF", "CVL", "BUS",
      "MED", "EDU", "HRI", "REF", "SPY", "LAB", "HLH", "AGR", "CRM", "ENV", "PTY", "ELI",
      "MOD", "RAD"};
  for (const char* a : kAgents)
    if (s == a) return true;
  return false;
}

std::vector<std::string> countries_in_order(const std::vector<std::string>& codes) {
  std::vector<std::string> out;
  for (const auto& code : codes)
    if (std::find(out.begin(), out.end(), country_or_sector(code)) == out.end())
      out.emplace_back(country_or_sector(code));
  return out;
}

std::string country_key(const std::string& code) {
  if (code.size() <= 3 || organisation_sector(country_or_sector(code))) return code;
  return code.substr(0, 3);
}

}  // namespace kizashi

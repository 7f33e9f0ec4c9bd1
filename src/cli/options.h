// cli/options — the one way an option that takes one of a set of names is
// declared: add_choice() binds it to an enumeration through its Names table
// (base/names.h): CLI11 checks the name against the table, the value is set
// from it, so the names are written in one place. A name not in the table is
// a usage error (exit 2). `value` must outlive the parse.
//
// The checks below make a malformed value a usage error too (exit 2, one
// line naming the option), before the command writes anything.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "base/names.h"

namespace kizashi {

template <class E>
CLI::Option* add_choice(CLI::App* cmd, const std::string& flag, E& value, const Names<E>& names,
                        const std::string& help) {
  std::vector<std::string> allowed;
  for (const auto& entry : names) allowed.push_back(entry.first);
  return cmd
      ->add_option_function<std::string>(
          flag, [&value, names](const std::string& name) { parse_name(names, name, &value); }, help)
      ->check(CLI::IsMember(allowed));
}

// "" when `code` has the shape of a CAMEO actor code (prefix): 3-letter parts
// in capitals (JPN, USAGOV, IGOUNO); else what is wrong with it.
std::string actor_code_problem(const std::string& code);

CLI::Validator date_check();        // YYYY-MM-DD, a day of the calendar
CLI::Validator actor_code_check();  // actor_code_problem()
CLI::Validator dyad_check();        // two actor codes joined by '-': USA-JPN
CLI::Validator event_code_check();  // 1-4 digits, or a prefix ending in '*' (11*)
// sqlite:PATH, a path, or postgresql:// (postgres://): another scheme
// (mysql://) is named as not supported.
CLI::Validator store_url_check();

}  // namespace kizashi

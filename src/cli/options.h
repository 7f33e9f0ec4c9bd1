// cli/options — the one way an option that takes one of a set of names is
// declared: add_choice() binds it to an enumeration through its Names table
// (base/names.h): CLI11 checks the name against the table, the value is set
// from it, so the names are written in one place. A name not in the table is
// a usage error (exit 2). `value` must outlive the parse.
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

}  // namespace kizashi

#include "cli/options.h"

#include "base/calendar.h"

namespace kizashi {

namespace {

bool upper_letters(const std::string& s) {
  for (char c : s)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

bool digits(const std::string& s) {
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

}  // namespace

std::string actor_code_problem(const std::string& code) {
  if (code.empty() || code.size() % 3 != 0 || !upper_letters(code))
    return "'" + code + "' is not a CAMEO actor code (3-letter parts in capitals: JPN, USAGOV, IGOUNO)";
  return "";
}

CLI::Validator date_check() {
  return CLI::Validator(
      [](std::string& s) { return valid_date(s) ? std::string() : "'" + s + "' is not a date (YYYY-MM-DD)"; },
      "YYYY-MM-DD");
}

CLI::Validator actor_code_check() {
  return CLI::Validator([](std::string& s) { return actor_code_problem(s); }, "CODE");
}

CLI::Validator dyad_check() {
  return CLI::Validator(
      [](std::string& s) {
        auto dash = s.find('-');
        if (dash == std::string::npos) return "'" + s + "' is not a dyad (two actor codes: USA-JPN)";
        std::string problem = actor_code_problem(s.substr(0, dash));
        return problem.empty() ? actor_code_problem(s.substr(dash + 1)) : problem;
      },
      "A-B");
}

CLI::Validator event_code_check() {
  return CLI::Validator(
      [](std::string& s) {
        std::string body = !s.empty() && s.back() == '*' ? s.substr(0, s.size() - 1) : s;
        if (body.empty() || body.size() > 4 || !digits(body))
          return "'" + s + "' is not a CAMEO event code (040, 111, or a prefix: 11*)";
        return std::string();
      },
      "CODE");
}

CLI::Validator store_url_check() {
  return CLI::Validator(
      [](std::string& s) {
        auto colon = s.find("://");
        if (colon == std::string::npos) return std::string();  // sqlite:PATH or a path
        std::string scheme = s.substr(0, colon);
        if (scheme == "postgresql" || scheme == "postgres" || scheme == "sqlite") return std::string();
        return "scheme '" + scheme + "' is not supported (sqlite:PATH, PATH or postgresql://...)";
      },
      "URL");
}

}  // namespace kizashi

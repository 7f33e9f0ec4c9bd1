// patterns: every pattern in data/verbs/ja.verbs must code its own example.
//
// For each pattern the example sentence is coded as a one-sentence document
// dated 2024-10-19; the test expects an event whose rule is the pattern's id
// and whose source and target match the example's country codes (first three
// letters), with the pattern's own event code (its intent code when the
// pattern is planned: its example states a plan). Every failure is reported with the file:line of the pattern and
// what was produced instead; the test fails if any pattern fails.
#include <gtest/gtest.h>

#include <set>
#include <sstream>

#include "test_util.h"

using namespace kizashi;
using namespace kizashi::ja;
using kztest::country;

TEST(Patterns, EveryExampleCodesToItsPattern) {
  const auto& patterns = kztest::japanese().patterns().all();
  ASSERT_GT(patterns.size(), 100u);
  std::ostringstream report;
  int failures = 0, rule_missing = 0, wrong_actors = 0;
  for (const Pattern& p : patterns) {
    ASSERT_FALSE(p.example.empty()) << p.file << ":" << p.line << ": pattern without an example";
    Document d = kztest::code_text(p.example, "2024-10-19", kztest::domestic_pipeline());  // protests are domestic
    const std::string code = p.planned ? kztest::pipeline().codebook().intent_code(p.code) : p.code;
    bool rule_fired = false, ok = false;
    for (const auto& e : d.events) {
      if (e.rule != p.id) continue;
      rule_fired = true;
      if (country(e.source) == p.example_source && country(e.target) == p.example_target && e.code == code &&
          e.intent == p.planned)
        ok = true;
    }
    if (ok) continue;
    ++failures;
    (rule_fired ? wrong_actors : rule_missing)++;
    report << p.file << ":" << p.line << ": " << p.id << ": " << p.example << " => " << p.example_source << " "
           << p.example_target << " " << code << "\n    got:";
    if (d.events.empty()) report << " (no events)";
    for (const auto& e : d.events) report << " [" << e.source << ">" << e.target << " " << e.code << " " << e.rule << "]";
    report << "\n";
    for (const auto& s : d.sentences)
      for (const auto& t : s.trace)
        if (t.rfind("predicate", 0) == 0 || t.find("predicate [") != std::string::npos) report << "    | " << t << "\n";
  }
  std::cout << "[ patterns ] " << patterns.size() - failures << "/" << patterns.size()
            << " pattern examples pass; " << failures << " fail (" << rule_missing << " rule did not fire, "
            << wrong_actors << " wrong source, target or code)\n";
  EXPECT_EQ(failures, 0) << failures << " of " << patterns.size() << " pattern examples fail:\n" << report.str();
}

TEST(Patterns, IdsAreUniqueAndWellFormed) {
  const auto& patterns = kztest::japanese().patterns().all();
  std::set<std::string> ids;
  for (const Pattern& p : patterns) {
    EXPECT_TRUE(ids.insert(p.id).second) << p.file << ":" << p.line << ": duplicate id " << p.id;
    EXPECT_EQ(p.id.rfind("ja." + p.code + ".", 0), 0u) << p.file << ":" << p.line << ": " << p.id;
    EXPECT_NE(kztest::pipeline().codebook().find(p.code), nullptr) << p.file << ":" << p.line;
    EXPECT_EQ(p.example_source.size(), 3u) << p.file << ":" << p.line;
    EXPECT_EQ(p.example_target.size(), 3u) << p.file << ":" << p.line;
  }
}

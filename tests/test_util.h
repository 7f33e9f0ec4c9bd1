// Shared helpers for the kizashi tests: paths passed in by tests/CMakeLists.txt
// and one Pipeline per test binary (loading MeCab and the dictionaries once).
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "model/document.h"
#include "pipeline/japanese.h"
#include "pipeline/pipeline.h"

namespace kztest {
using namespace kizashi;

inline const std::string kData = KIZASHI_TEST_DATA;
inline const std::string kUserDic = KIZASHI_TEST_USERDIC;
inline const std::string kMecabDic = KIZASHI_TEST_MECAB_DIC;

inline std::unique_ptr<Pipeline> open_test_pipeline(bool domestic) {
  PipelineOptions opt;
  opt.data_dir = kData;
  opt.mecab_dic = kMecabDic;
  opt.userdic = kUserDic;
  opt.explain = true;
  opt.domestic = domestic;
  return Pipeline::open(opt);
}

inline const Pipeline& pipeline() {
  static std::unique_ptr<Pipeline> p = open_test_pipeline(false);
  return *p;
}

// The pipeline with --domestic: events within one country are kept.
inline const Pipeline& domestic_pipeline() {
  static std::unique_ptr<Pipeline> p = open_test_pipeline(true);
  return *p;
}

// The Japanese front end of pipeline(), for tests of its stages.
inline const JapaneseFrontEnd& japanese() {
  return dynamic_cast<const JapaneseFrontEnd&>(*pipeline().front_end("ja"));
}

// Codes `text` as a document dated `date` and returns it.
inline Document code_text(const std::string& text, const std::string& date = "2024-10-19",
                          const Pipeline& with = pipeline()) {
  Document d;
  d.name = "t";
  d.lang = "ja";
  d.text = text;
  d.date = date;
  with.code(d);
  return d;
}

inline std::string country(const std::string& code) { return code.substr(0, 3); }

// The first event from `source` to `target` (country or IGO level, the scorer's) with this root, or nullptr.
inline const Event* find_event(const Document& d, const std::string& source, const std::string& target,
                               const std::string& root) {
  for (const auto& e : d.events)
    if (country(e.source) == source && country(e.target) == target && e.root_code == root) return &e;
  return nullptr;
}
inline bool has(const Document& d, const std::string& source, const std::string& target, const std::string& root) {
  return find_event(d, source, target, root) != nullptr;
}
inline bool any_from(const Document& d, const std::string& source) {
  for (const auto& e : d.events)
    if (country(e.source) == source) return true;
  return false;
}

// One line per event, for failure messages.
inline std::string describe(const Document& d) {
  std::string out;
  for (const auto& e : d.events)
    out += "  " + e.source + " -> " + e.target + " " + e.code + " (" + e.rule + ") date " + e.event_date + "\n";
  if (d.events.empty()) out += "  (no events)\n";
  for (const auto& s : d.sentences)
    for (const auto& t : s.trace) out += "    | " + t + "\n";
  return out;
}

}  // namespace kztest

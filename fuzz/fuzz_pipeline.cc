// fuzz_pipeline: the whole path of `kizashi code` on one document —
// make_document(), Pipeline::code() (sentences, MeCab, chunks, actors, events,
// dates) and write_jsonl(). Inputs over 4 KB are skipped to keep runs fast.
// An input starting with byte 0x01 carries a document date in its next 4 bytes
// (any valid YYYY-MM-DD from 0000 to 9999, as --date or a JSONL "date" gives);
// otherwise the date is found in the text, as `kizashi code` does without --date.
#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <sstream>
#include <string>

#include "actors/dictionary.h"
#include "base/calendar.h"
#include "base/error.h"
#include "format/coded.h"
#include "fuzz_util.h"
#include "ingest/encoding.h"
#include "ingest/reader.h"
#include "pipeline/pipeline.h"

namespace {

const kizashi::Pipeline& pipeline() {
  static const std::unique_ptr<kizashi::Pipeline> p = [] {
    kizashi::PipelineOptions opt;
    opt.data_dir = kzfuzz::kData;
    opt.mecab_dic = kzfuzz::kMecabDic;
    opt.userdic = kzfuzz::kUserDic;
    opt.explain = true;
    return kizashi::Pipeline::open(opt);
  }();
  return *p;
}

// A valid date from 4 bytes: year 0000-9999, month, and a day 1-31 that
// falls back to 28 where the month is shorter (the calendar is valid_date()'s).
std::string date_from(const uint8_t* b) {
  uint32_t v = uint32_t(b[0]) | uint32_t(b[1]) << 8 | uint32_t(b[2]) << 16 | uint32_t(b[3]) << 24;
  int y = static_cast<int>(v % 10000);
  v /= 10000;
  int m = static_cast<int>(v % 12) + 1;
  v /= 12;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, static_cast<int>(v % 31) + 1);
  if (!kizashi::valid_date(buf)) std::snprintf(buf, sizeof buf, "%04d-%02d-28", y, m);
  return buf;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  pipeline();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 4096) return 0;
  std::string date;
  if (size >= 5 && data[0] == 0x01) {
    date = date_from(data + 1);
    KZ_CHECK(kizashi::valid_date(date), date);
    data += 5;
    size -= 5;
  }
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  kizashi::Document doc;
  try {
    doc = kizashi::make_document("doc.txt", bytes, pipeline().boilerplate());
  } catch (const kizashi::InputError&) {
    return 0;
  }
  doc.date = date;
  pipeline().route(doc, "ja");  // any bytes, coded as Japanese
  pipeline().code(doc);
  KZ_CHECK(doc.date.empty() || kizashi::valid_date(doc.date), doc.date);

  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const kizashi::Sentence& s = doc.sentences[i];
    KZ_CHECK(s.index == static_cast<int>(i), "sentence index");
    for (const auto& m : s.mentions)
      KZ_CHECK(m.begin <= m.end && m.end <= s.text.size(), "mention span outside its sentence");
    for (const auto& q : s.quotes) {
      KZ_CHECK(q.begin <= q.end && q.end <= s.text.size(), "quote span outside its sentence");
      KZ_CHECK(s.text.compare(q.begin, q.end - q.begin, q.text) == 0, "quote text is not its span");
    }
  }
  for (const auto& e : doc.events) {
    KZ_CHECK(e.sentence >= 0 && static_cast<size_t>(e.sentence) < doc.sentences.size(), "event sentence");
    KZ_CHECK(!e.code.empty() && pipeline().codebook().find(e.code), "unknown event code " + e.code);
    const kizashi::Sentence& s = doc.sentences[static_cast<size_t>(e.sentence)];
    KZ_CHECK(e.pred_begin <= e.pred_end && e.pred_end <= s.text.size(), "predicate span outside its sentence");
    // YYYY, YYYY-MM or YYYY-MM-DD (years 0000 and 9999 may step out of four digits).
    if (doc.date > "0001" && doc.date < "9999")
      KZ_CHECK(e.event_date.empty() || e.event_date.size() == 4 || e.event_date.size() == 7 ||
                   e.event_date.size() == 10,
               "event date '" + e.event_date + "'");
  }

  std::ostringstream out;
  kizashi::write_jsonl(doc, out);
  std::istringstream lines(out.str());
  std::string line;
  size_t n = 0;
  while (std::getline(lines, line)) {
    auto j = nlohmann::json::parse(line, nullptr, false);
    KZ_CHECK(!j.is_discarded() && j.is_object(), "write_jsonl wrote a line that is not a JSON object");
    ++n;
  }
  KZ_CHECK(n == doc.events.size(), "one JSONL line per event");
  return 0;
}

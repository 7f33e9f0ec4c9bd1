// fuzz_jsonl: cli/ingest_inputs — the JSONL reader of `kizashi ingest` over a
// temporary *.jsonl file holding the input, then make_document() on each good
// item, named by its `where` as `kizashi ingest` does. Contract: next() throws
// nothing but InputError; a bad line yields an item whose one-line `error`
// names the file and line; a good item has a non-blank body and an empty or
// valid date, and the errors of make_document() name its file and line.
#include <cstddef>
#include <cstdint>
#include <string>

#include "actors/dictionary.h"
#include "base/calendar.h"
#include "base/error.h"
#include "cli/ingest_inputs.h"
#include "fuzz_util.h"
#include "ingest/boilerplate.h"
#include "ingest/reader.h"

namespace {
const kizashi::Boilerplate& rules() {
  static const kizashi::Boilerplate b = kizashi::Boilerplate::load(kzfuzz::kData + "/ingest/boilerplate.txt");
  return b;
}
const std::string& path() {
  static const std::string p = (kzfuzz::temp_dir() / "in.jsonl").string();
  return p;
}
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  rules();
  path();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  kzfuzz::write_file(path(), std::string(reinterpret_cast<const char*>(data), size));
  kizashi::IngestInputs inputs({path()});
  kizashi::IngestItem item;
  int64_t last_line = 0;
  uint64_t bytes = 0;
  while (inputs.next(item)) {
    KZ_CHECK(item.from_jsonl, item.name);
    bytes += item.bytes;
    if (!item.error.empty()) {
      const std::string prefix = path() + ": line ";
      KZ_CHECK(item.error.rfind(prefix, 0) == 0, item.error);
      KZ_CHECK(item.error.find('\n') == std::string::npos, item.error);
      int64_t line = std::stoll(item.error.substr(prefix.size()));
      KZ_CHECK(line > last_line, item.error);
      last_line = line;
      continue;
    }
    KZ_CHECK(!item.name.empty(), "item without a name");
    KZ_CHECK(item.body.find_first_not_of(" \t\r\n") != std::string::npos, "blank body");
    KZ_CHECK(item.date.empty() || kizashi::valid_date(item.date), item.date);
    KZ_CHECK(item.where.rfind(path() + ": line ", 0) == 0, item.where);
    try {
      kizashi::Document doc = kizashi::make_document(item.where, item.body, rules());
      KZ_CHECK(doc.name == item.where, doc.name);
    } catch (const kizashi::InputError& e) {
      // Errors name the record by "FILE: line N" (never by its id) and are one line.
      std::string msg = e.what();
      KZ_CHECK(msg.rfind(item.where + ": ", 0) == 0, msg);
      KZ_CHECK(msg.find('\n') == std::string::npos, msg);
    }
  }
  KZ_CHECK(bytes <= size + 1, "items account for more bytes than the input");
  return 0;
}

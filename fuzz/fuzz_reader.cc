// fuzz_reader: ingest/reader — make_document() on arbitrary bytes with the real
// boilerplate rules: decoding, HTML stripping, NFKC, boilerplate, limits.
// Contract: a Document with valid UTF-8 `raw` and non-blank `text`, or
// InputError naming the document on one line.
#include <cstddef>
#include <cstdint>
#include <string>

#include "base/error.h"
#include "fuzz_util.h"
#include "ingest/boilerplate.h"
#include "ingest/encoding.h"
#include "ingest/reader.h"

namespace {
const kizashi::Boilerplate& rules() {
  static const kizashi::Boilerplate b = kizashi::Boilerplate::load(kzfuzz::kData + "/ingest/boilerplate.txt");
  return b;
}
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  rules();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  kizashi::Document doc;
  try {
    doc = kizashi::make_document("doc.html", bytes, rules());
  } catch (const kizashi::InputError& e) {
    std::string msg = e.what();
    KZ_CHECK(msg.rfind("doc.html: ", 0) == 0, msg);
    KZ_CHECK(msg.find('\n') == std::string::npos, msg);
    return 0;
  }
  KZ_CHECK(doc.name == "doc.html", doc.name);
  KZ_CHECK(kizashi::find_invalid_utf8(doc.raw) == std::string::npos, "raw is not valid UTF-8");
  KZ_CHECK(kizashi::find_invalid_utf8(doc.text) == std::string::npos, "text is not valid UTF-8");
  KZ_CHECK(doc.text.find_first_not_of(" \t\r\n\f\v") != std::string::npos, "blank text");
  // One trimmed, non-empty line per paragraph.
  size_t start = 0;
  while (start < doc.text.size()) {
    size_t nl = doc.text.find('\n', start);
    KZ_CHECK(nl != std::string::npos, "text does not end with a newline");
    KZ_CHECK(nl > start, "empty line in text");
    start = nl + 1;
  }
  return 0;
}

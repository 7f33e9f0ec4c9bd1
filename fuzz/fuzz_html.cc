// fuzz_html: ingest/html — looks_like_html() and html_to_text() on arbitrary
// bytes. Contract: html_to_text() never throws; valid UTF-8 in gives valid
// UTF-8 out (markup is ASCII, entities are encoded as UTF-8).
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_util.h"
#include "ingest/encoding.h"
#include "ingest/html.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string html(reinterpret_cast<const char*>(data), size);
  (void)kizashi::looks_like_html(html);
  const std::string text = kizashi::html_to_text(html);
  if (kizashi::find_invalid_utf8(html) == std::string::npos)
    KZ_CHECK(kizashi::find_invalid_utf8(text) == std::string::npos, "invalid UTF-8 from valid input");
  return 0;
}

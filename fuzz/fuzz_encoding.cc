// fuzz_encoding: ingest/encoding — find_invalid_utf8() against ICU's UTF-8
// decoder, and to_utf8() on arbitrary bytes (UTF-8, Shift_JIS, EUC-JP,
// ISO-2022-JP or garbage). Contract: valid UTF-8 without a BOM, or InputError
// naming the file on one line; valid UTF-8 input comes back unchanged except
// 7-bit text with an ISO-2022-JP escape (ESC $ B, ESC $ @), which is decoded
// as ISO-2022-JP with a note.
#include <unicode/utf8.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "base/error.h"
#include "fuzz_util.h"
#include "ingest/encoding.h"

namespace {

// Offset of the first ill-formed sequence by ICU's U8_NEXT (Unicode's rules).
size_t icu_invalid_utf8(const std::string& s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return static_cast<size_t>(start);
  }
  return std::string::npos;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  const size_t bad = kizashi::find_invalid_utf8(bytes);
  KZ_CHECK(bad == icu_invalid_utf8(bytes), "find_invalid_utf8 " + std::to_string(bad) + " vs ICU " +
                                               std::to_string(icu_invalid_utf8(bytes)));

  std::vector<std::string> notes;
  std::string out;
  try {
    out = kizashi::to_utf8("in.txt", bytes, notes);
  } catch (const kizashi::InputError& e) {
    std::string msg = e.what();
    KZ_CHECK(msg.rfind("in.txt: ", 0) == 0, msg);
    KZ_CHECK(msg.find('\n') == std::string::npos, msg);
    return 0;
  }
  KZ_CHECK(kizashi::find_invalid_utf8(out) == std::string::npos, "output is not valid UTF-8");
  const bool seven_bit = std::all_of(bytes.begin(), bytes.end(), [](char c) { return (c & 0x80) == 0; });
  const bool iso2022 =
      seven_bit && (bytes.find("\x1B$B") != std::string::npos || bytes.find("\x1B$@") != std::string::npos);
  if (iso2022) {
    KZ_CHECK(notes.size() == 1 && notes[0] == "encoding: converted from ISO-2022-JP", "no ISO-2022-JP note");
  } else if (bad == std::string::npos) {
    // Valid UTF-8 passes through unchanged, less one leading BOM.
    std::string want = bytes.compare(0, 3, "\xEF\xBB\xBF") == 0 ? bytes.substr(3) : bytes;
    KZ_CHECK(out == want, "UTF-8 input changed");
    KZ_CHECK(notes.empty(), "notes for UTF-8 input");
  } else {
    KZ_CHECK(out.compare(0, 3, "\xEF\xBB\xBF") != 0, "converted output starts with a BOM");
    KZ_CHECK(notes.size() == 1 && notes[0].rfind("encoding: converted from ", 0) == 0, "no conversion note");
    KZ_CHECK(out.find('\0') == std::string::npos, "NUL in converted output");
  }
  return 0;
}

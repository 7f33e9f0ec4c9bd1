// tests/encode_util — test helper shared by the ingest tests.
#pragma once

#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <string>

namespace kztest {

// UTF-8 → a legacy encoding with ICU, so the test needs no literal legacy bytes.
inline std::string encode(const std::string& utf8, const char* charset) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  int32_t n = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                           static_cast<int32_t>(utf8.size()), &err);
  EXPECT_TRUE(U_SUCCESS(err)) << u_errorName(err);
  out.resize(static_cast<size_t>(n));
  return out;
}

}  // namespace kztest

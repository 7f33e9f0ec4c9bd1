#include "ingest/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/bytestream.h>
#include <unicode/stringpiece.h>

#include <stdexcept>

namespace kizashi {

std::string nfkc(const std::string& utf8) {
  UErrorCode err = U_ZERO_ERROR;
  static const icu::Normalizer2* norm = icu::Normalizer2::getNFKCInstance(err);
  if (U_FAILURE(err) || norm == nullptr) throw std::runtime_error("ICU NFKC normaliser unavailable");
  // Straight from UTF-8 to UTF-8 (ICU copies the already normalised spans).
  std::string out;
  out.reserve(utf8.size());
  icu::StringByteSink<std::string> sink(&out, static_cast<int32_t>(utf8.size()));
  norm->normalizeUTF8(0, icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())), sink, nullptr, err);
  if (U_FAILURE(err)) throw std::runtime_error("NFKC normalisation failed");
  return out;
}

}  // namespace kizashi

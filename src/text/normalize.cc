#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <stdexcept>

namespace kizashi {

std::string nfkc(const std::string& utf8) {
  UErrorCode err = U_ZERO_ERROR;
  static const icu::Normalizer2* norm = icu::Normalizer2::getNFKCInstance(err);
  if (U_FAILURE(err) || norm == nullptr) throw std::runtime_error("ICU NFKC normaliser unavailable");
  icu::UnicodeString src = icu::UnicodeString::fromUTF8(utf8);
  icu::UnicodeString dst = norm->normalize(src, err);
  if (U_FAILURE(err)) throw std::runtime_error("NFKC normalisation failed");
  std::string out;
  dst.toUTF8String(out);
  return out;
}

}  // namespace kizashi

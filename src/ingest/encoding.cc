#include "ingest/encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <memory>

#include "base/error.h"

namespace kizashi {

size_t find_invalid_utf8(const std::string& s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size(), i = 0;
  while (i < n) {
    unsigned c = p[i];
    if (c < 0x80) { ++i; continue; }
    // Most Japanese text: a 3-byte sequence led by E1-EC or EE-EF is valid
    // whenever both continuation bytes are (E0 and ED have narrower ranges).
    if (c >= 0xE1 && c <= 0xEF && c != 0xED && i + 2 < n && (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80) {
      i += 3;
      continue;
    }
    size_t len;
    unsigned min;
    if ((c & 0xE0) == 0xC0) { len = 2; min = 0x80; c &= 0x1F; }
    else if ((c & 0xF0) == 0xE0) { len = 3; min = 0x800; c &= 0x0F; }
    else if ((c & 0xF8) == 0xF0) { len = 4; min = 0x10000; c &= 0x07; }
    else return i;
    if (i + len > n) return i;
    for (size_t k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return i;
      c = (c << 6) | (p[i + k] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return i;
    i += len;
  }
  return std::string::npos;
}

namespace {

void check_binary(const std::string& name, const std::string& bytes) {
  size_t controls = 0;
  for (size_t i = 0; i < bytes.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c == 0)
      throw InputError(name + ": byte " + std::to_string(i) + ": binary data (NUL byte), not text");
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != 0x1B && c != '\f') ++controls;
  }
  if (controls * 20 > bytes.size() + 20)
    throw InputError(name + ": binary data (" + std::to_string(controls) + " control bytes), not text");
}

std::string convert(const std::string& name, const std::string& bytes, const char* charset) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> from(ucnv_open(charset, &err), ucnv_close);
  if (U_FAILURE(err)) throw InputError(name + ": cannot open converter for " + charset);
  ucnv_setToUCallBack(from.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
  std::unique_ptr<UConverter, void (*)(UConverter*)> to(ucnv_open("UTF-8", &err), ucnv_close);
  if (U_FAILURE(err)) throw InputError(name + ": cannot open UTF-8 converter");
  std::string out(bytes.size() * 3 + 16, '\0');
  char* target = out.data();
  const char* source = bytes.data();
  ucnv_convertEx(to.get(), from.get(), &target, out.data() + out.size(), &source,
                 bytes.data() + bytes.size(), nullptr, nullptr, nullptr, nullptr, true, true, &err);
  if (U_FAILURE(err))
    throw InputError(name + ": byte " + std::to_string(source - bytes.data()) +
                     ": invalid " + charset + " sequence");
  out.resize(static_cast<size_t>(target - out.data()));
  return out;
}

// ISO-2022-JP is 7-bit, so it passes the UTF-8 check: it is recognised by the
// escape sequences that switch to JIS X 0208 (ESC $ B, ESC $ @; ESC ( B
// switches back to ASCII) in otherwise 7-bit text.
bool looks_like_iso2022jp(const std::string& bytes) {
  for (unsigned char c : bytes)
    if (c >= 0x80) return false;
  return bytes.find("\x1B$B") != std::string::npos || bytes.find("\x1B$@") != std::string::npos;
}

}  // namespace

std::string to_utf8(const std::string& name, const std::string& bytes,
                    std::vector<std::string>& notes) {
  check_binary(name, bytes);
  if (looks_like_iso2022jp(bytes)) {
    std::string out = convert(name, bytes, "ISO-2022-JP");
    notes.push_back("encoding: converted from ISO-2022-JP");
    return out;
  }
  size_t bad = find_invalid_utf8(bytes);
  if (bad == std::string::npos) {
    if (bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) return bytes.substr(3);
    return bytes;
  }
  // Not UTF-8: ask ICU which Japanese legacy encoding it is.
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector*)> det(ucsdet_open(&err), ucsdet_close);
  if (U_FAILURE(err)) throw InputError(name + ": cannot open charset detector");
  ucsdet_setText(det.get(), bytes.data(), static_cast<int32_t>(bytes.size()), &err);
  int32_t found = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(det.get(), &found, &err);
  for (int32_t i = 0; U_SUCCESS(err) && i < found; ++i) {
    const char* cs = ucsdet_getName(matches[i], &err);
    int conf = ucsdet_getConfidence(matches[i], &err);
    std::string charset = cs ? cs : "";
    if (conf < 10) break;
    if (charset == "Shift_JIS" || charset == "EUC-JP" || charset == "ISO-2022-JP") {
      const char* icu_name = charset == "Shift_JIS" ? "windows-31j" : charset.c_str();
      try {
        std::string out = convert(name, bytes, icu_name);
        notes.push_back("encoding: converted from " + charset);
        return out;
      } catch (const InputError&) {
        continue;  // not that encoding after all: try the next guess
      }
    }
  }
  throw InputError(name + ": byte " + std::to_string(bad) +
                   ": invalid UTF-8 (and not Shift_JIS, EUC-JP or ISO-2022-JP)");
}

}  // namespace kizashi

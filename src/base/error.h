// base/error — the error every stage throws for bad user input.
//
// Contract: an InputError's message is one line that names the file and,
// where known, the position ("file: line 3: ..." or "file: byte 120: ..."),
// so that the command line can print it as it is and exit non-zero. Data
// files (data/) report theirs through DataLine::fail (base/datafile.h).
#pragma once

#include <stdexcept>
#include <string>

namespace kizashi {

class InputError : public std::runtime_error {
 public:
  explicit InputError(const std::string& msg) : std::runtime_error(msg) {}
};

// `s` as it may appear in a one-line message: control bytes (C0, DEL and the
// C1 controls U+0080-U+009F, which terminals also obey) shown as \xNN, so a
// newline or an ESC taken from the input can neither break the line nor send
// escape codes to a terminal.
inline std::string printable(const std::string& s) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  auto hex = [&](unsigned char c) {
    out += "\\x";
    out += kHex[c >> 4];
    out += kHex[c & 15];
  };
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    unsigned char next = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
    if (c < 0x20 || c == 0x7F) {
      hex(c);
    } else if (c == 0xC2 && next >= 0x80 && next <= 0x9F) {
      hex(c);
      hex(next);
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

}  // namespace kizashi

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

}  // namespace kizashi

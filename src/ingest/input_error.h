// Errors about user input: always one line, always naming the file and, where
// known, the position ("file: line 3: ..." or "file: byte 120: ...").
#pragma once

#include <stdexcept>
#include <string>

namespace kizashi {

class InputError : public std::runtime_error {
 public:
  explicit InputError(const std::string& msg) : std::runtime_error(msg) {}
};

}  // namespace kizashi

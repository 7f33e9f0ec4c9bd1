#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <stdexcept>

#include "cli/commands.h"

namespace kizashi {

Output::Output(const std::string& path) : path_(path) {
  if (path_.empty() || path_ == "-") return;
  tmp_ = path_ + ".tmp" + std::to_string(::getpid());
  auto f = std::make_unique<std::ofstream>(tmp_, std::ios::binary | std::ios::trunc);
  if (!*f) throw std::runtime_error(path_ + ": cannot write");
  file_ = std::move(f);
}

Output::~Output() {
  if (file_ && !finished_) {
    file_.reset();
    std::remove(tmp_.c_str());
  }
}

std::ostream& Output::stream() { return file_ ? *file_ : std::cout; }

void Output::finish() {
  stream().flush();
  if (!stream()) throw std::runtime_error((file_ ? path_ : std::string("stdout")) + ": write failed");
  if (!file_) return;
  file_.reset();
  if (std::rename(tmp_.c_str(), path_.c_str()) != 0) {
    std::remove(tmp_.c_str());
    throw std::runtime_error(path_ + ": cannot write");
  }
  finished_ = true;
}

}  // namespace kizashi

// cli/output_file — Output: stdout, or FILE written through a temporary file
// that mkstemp() creates (O_EXCL, mode 0600, a random name) in FILE's
// directory, so a name planted there beforehand (a symlink) is never opened;
// renamed onto FILE only when the command succeeds. Write errors keep their
// errno (EFBIG under `ulimit -f`, ENOSPC) for the one-line message.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <stdexcept>
#include <streambuf>

#include "cli/commands.h"

namespace kizashi {

namespace {

// A buffered streambuf over a file descriptor that remembers the first errno.
class FdBuf : public std::streambuf {
 public:
  explicit FdBuf(int fd, bool owned = true) : fd_(fd), owned_(owned) { setp(buf_, buf_ + sizeof buf_); }
  ~FdBuf() override {
    if (fd_ >= 0 && owned_) ::close(fd_);
  }
  int error() const { return error_; }
  // Flushes, syncs and closes; false (and error() set) when any write failed.
  bool close() {
    bool ok = drain() && ::fsync(fd_) == 0;
    if (!ok && !error_) error_ = errno;
    if (::close(fd_) != 0 && !error_) error_ = errno;
    fd_ = -1;
    return error_ == 0;
  }

 protected:
  int_type overflow(int_type c) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return drain() ? 0 : -1; }

 private:
  bool drain() {
    if (error_) return false;
    const char* p = pbase();
    while (p < pptr()) {
      ssize_t n = ::write(fd_, p, static_cast<size_t>(pptr() - p));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        error_ = n < 0 ? errno : EIO;
        return false;
      }
      p += n;
    }
    setp(buf_, buf_ + sizeof buf_);
    return true;
  }

  int fd_;
  bool owned_;
  int error_ = 0;
  char buf_[1 << 16];
};

FdBuf* g_stdout = nullptr;  // std::cout's buffer while a StdoutCheck lives

std::string directory_of(const std::string& path) {
  auto slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  return slash == 0 ? "/" : path.substr(0, slash);
}

std::string base_of(const std::string& path) {
  auto slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// The mode a plain open(O_CREAT, 0666) would have given under the umask.
mode_t default_mode() {
  mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

}  // namespace

struct Output::File {
  FdBuf buf;
  std::ostream stream;
  explicit File(int fd) : buf(fd), stream(&buf) {}
};

Output::Output(const std::string& path) : path_(path) {
  if (path_.empty() || path_ == "-") return;
  std::string tmpl = directory_of(path_) + "/." + base_of(path_) + ".XXXXXX";
  int fd = ::mkstemp(tmpl.data());
  if (fd < 0) throw std::runtime_error(path_ + ": cannot write: " + std::strerror(errno));
  tmp_ = tmpl;
  ::fchmod(fd, default_mode());
  file_ = std::make_unique<File>(fd);
}

Output::~Output() {
  if (file_ && !finished_) {
    file_.reset();
    ::unlink(tmp_.c_str());
  }
}

StdoutCheck::StdoutCheck() : buf_(std::make_unique<FdBuf>(STDOUT_FILENO, false)) {
  g_stdout = static_cast<FdBuf*>(buf_.get());
  old_ = std::cout.rdbuf(buf_.get());
}

StdoutCheck::~StdoutCheck() {
  std::cout.flush();
  std::cout.rdbuf(old_);
  g_stdout = nullptr;
}

bool stdout_ok() {
  static bool reported = false;
  std::cout.flush();
  if (std::cout) return true;
  if (!reported) {
    int err = g_stdout ? g_stdout->error() : 0;
    std::cerr << "kizashi: standard output: write failed" << (err ? std::string(": ") + std::strerror(err) : "")
              << '\n';
    reported = true;
  }
  return false;
}

std::ostream& Output::stream() { return file_ ? file_->stream : std::cout; }

void Output::finish() {
  if (!file_) {
    if (!stdout_ok()) throw OutputReported();
    return;
  }
  file_->stream.flush();
  bool ok = file_->buf.close();
  int err = file_->buf.error();
  file_.reset();
  if (!ok || ::rename(tmp_.c_str(), path_.c_str()) != 0) {
    if (ok) err = errno;
    ::unlink(tmp_.c_str());
    throw std::runtime_error(path_ + ": write failed: " + std::strerror(err));
  }
  finished_ = true;
}

}  // namespace kizashi

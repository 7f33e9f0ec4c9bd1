// Shared helpers for the libFuzzer targets in fuzz/: a private temporary
// directory (removed at exit), file writing, and CHECK for contract violations
// (printed, then abort(), which libFuzzer reports as a crash with the input).
#pragma once

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace kzfuzz {

namespace fs = std::filesystem;

inline const std::string kData = KIZASHI_FUZZ_DATA;
inline const std::string kUserDic = KIZASHI_FUZZ_USERDIC;
inline const std::string kMecabDic = KIZASHI_FUZZ_MECAB_DIC;

[[noreturn]] inline void fail(const char* file, int line, const char* what, const std::string& detail) {
  std::fprintf(stderr, "%s:%d: contract violated: %s %s\n", file, line, what, detail.c_str());
  std::fflush(stderr);
  std::abort();
}

#define KZ_CHECK(cond, detail) \
  do {                         \
    if (!(cond)) ::kzfuzz::fail(__FILE__, __LINE__, #cond, (detail)); \
  } while (0)

// One directory per fuzzing process under $TMPDIR (or /tmp).
inline const fs::path& temp_dir() {
  struct Dir {
    fs::path path;
    Dir() {
      const char* base = std::getenv("TMPDIR");
      std::string tmpl = std::string(base && *base ? base : "/tmp") + "/kizashi-fuzz-XXXXXX";
      if (!::mkdtemp(tmpl.data())) {
        std::perror("mkdtemp");
        std::abort();
      }
      path = tmpl;
    }
    ~Dir() {
      std::error_code ec;
      fs::remove_all(path, ec);
    }
  };
  static Dir dir;
  return dir.path;
}

inline void write_file(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) fail(__FILE__, __LINE__, "cannot write", path.string());
}

inline std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) fail(__FILE__, __LINE__, "cannot read", path.string());
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace kzfuzz

// base/provenance — see provenance.h for the contract.
#include "base/provenance.h"

#include <xxhash.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <vector>

#ifndef KIZASHI_VERSION
#define KIZASHI_VERSION "unknown"
#endif

namespace kizashi {

namespace fs = std::filesystem;

namespace {

// The regular files under dir, relative to it, sorted; hidden entries skipped.
std::vector<std::string> data_files(const fs::path& dir) {
  std::vector<std::string> out;
  fs::recursive_directory_iterator it(dir), end;
  for (; it != end; ++it) {
    if (it->path().filename().string().rfind('.', 0) == 0) {
      if (it->is_directory()) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file()) out.push_back(fs::relative(it->path(), dir).generic_string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

void add_file(XXH3_state_t* h, const fs::path& dir, const std::string& rel) {
  std::ifstream in(dir / rel, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string head = rel + '\0' + std::to_string(bytes.size()) + '\0';
  XXH3_64bits_update(h, head.data(), head.size());
  XXH3_64bits_update(h, bytes.data(), bytes.size());
}

}  // namespace

std::string coder_version() { return std::string("kizashi ") + KIZASHI_VERSION; }

std::string data_hash(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return "";
  XXH3_state_t* h = XXH3_createState();
  XXH3_64bits_reset(h);
  try {
    for (const auto& rel : data_files(dir)) add_file(h, dir, rel);
  } catch (const fs::filesystem_error&) {
    XXH3_freeState(h);
    return "";
  }
  char buf[20];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(XXH3_64bits_digest(h)));
  XXH3_freeState(h);
  return buf;
}

}  // namespace kizashi

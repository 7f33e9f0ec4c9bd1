// base/provenance — what coded an event: the program's version and a hash of
// the data files it read, so that events coded by different dictionaries can
// be told apart (and an archive re-coded when the dictionaries change).
//
// Contract: coder_version() is "kizashi X.Y.Z" (the CMake project version).
// data_hash(dir) is the XXH3-64 hash, 16 hex digits, of every regular file
// under `dir` (recursively; hidden entries left out), each as its path
// relative to `dir`, a NUL, its size and its bytes, in path order: the same
// files give the same hash on every machine, any edit, addition or removal
// changes it. A directory that cannot be read gives "" (unknown), never an
// error (the data files themselves are validated when they are loaded).
#pragma once

#include <string>

namespace kizashi {

std::string coder_version();
std::string data_hash(const std::string& dir);

}  // namespace kizashi

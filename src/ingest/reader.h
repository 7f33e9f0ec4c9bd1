// ingest/reader — turns a file (or stdin) into a decoded, cleaned Document.
//
// Contract: read_document() either returns a Document whose `raw` is valid
// UTF-8 and whose `text` has markup and boilerplate removed (one paragraph per
// line), or throws InputError with a one-line message naming the file and the
// position. Limits: files up to kMaxFileBytes, lines up to kMaxLineBytes.
#pragma once

#include <string>

#include "ingest/boilerplate.h"
#include "model/document.h"

namespace kizashi {

inline constexpr size_t kMaxFileBytes = 64u << 20;   // 64 MiB per document
inline constexpr size_t kMaxLineBytes = 1u << 20;    // 1 MiB per line

// Reads all bytes of `path` ("-" = standard input). Throws InputError.
std::string read_bytes(const std::string& path);

// Decodes, strips HTML and boilerplate. `name` is used in errors and notes.
Document make_document(const std::string& name, const std::string& bytes,
                       const Boilerplate& boilerplate);

}  // namespace kizashi

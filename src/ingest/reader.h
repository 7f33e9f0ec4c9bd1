// ingest/reader — turns a file (or stdin) into a decoded, cleaned Document.
//
// Contract: read_document() either returns a Document whose `raw` is valid
// UTF-8 and whose `text` has markup and boilerplate removed (one paragraph per
// line), or throws InputError with a one-line message naming the file and the
// position. Limits: documents up to `max_bytes` (kMaxFileBytes unless the
// caller, `--max-document-bytes`, says less), lines up to kMaxLineBytes; a
// larger document is refused before it is decoded ("NAME: document of N
// bytes, larger than the limit of M bytes (--max-document-bytes)").
#pragma once

#include <string>

#include "ingest/boilerplate.h"
#include "model/document.h"

namespace kizashi {

inline constexpr size_t kMaxFileBytes = 64u << 20;   // 64 MiB: the most a document may be
inline constexpr size_t kDefaultMaxDocumentBytes = 16u << 20;  // 16 MiB: --max-document-bytes default
inline constexpr size_t kMaxLineBytes = 1u << 20;    // 1 MiB per line

// Reads all bytes of `path` ("-" = standard input); more than `max_bytes` is
// an InputError (document_too_large), as is a read error.
std::string read_bytes(const std::string& path, size_t max_bytes = kMaxFileBytes);

// The one-line refusal of a document of `bytes` bytes over `max_bytes`.
std::string document_too_large(const std::string& name, size_t bytes, size_t max_bytes);

// Decodes, strips HTML and boilerplate. `name` is used in errors and notes.
// Refuses more than `max_bytes` of input before decoding it.
Document make_document(const std::string& name, const std::string& bytes,
                       const Boilerplate& boilerplate, size_t max_bytes = kMaxFileBytes);

}  // namespace kizashi

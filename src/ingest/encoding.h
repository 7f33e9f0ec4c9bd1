// ingest/encoding — bytes in any supported Japanese encoding to UTF-8.
//
// Contract: to_utf8() returns valid UTF-8 without a BOM, or throws InputError
// naming the file and the byte offset. Accepted: UTF-8, Shift_JIS (CP932),
// EUC-JP (detected with ICU) and ISO-2022-JP (recognised by its ESC $ B / ESC
// ( B escape sequences in 7-bit text); anything that looks binary (NUL
// or many control bytes) or that no accepted encoding decodes is refused.
#pragma once

#include <string>
#include <vector>

namespace kizashi {

// Offset of the first invalid UTF-8 byte, or npos when `s` is valid.
size_t find_invalid_utf8(const std::string& s);

std::string to_utf8(const std::string& name, const std::string& bytes,
                    std::vector<std::string>& notes);

}  // namespace kizashi

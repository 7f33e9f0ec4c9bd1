// ingest/normalize — Unicode NFKC (ICU) plus the few folds news text needs.
//
// Contract: input and output are valid UTF-8. Full-width ASCII becomes ASCII,
// half-width katakana becomes full-width; ideographic spaces become ASCII
// spaces; line breaks are preserved. Never throws on valid UTF-8.
#pragma once

#include <string>

namespace kizashi {

std::string nfkc(const std::string& utf8);

}  // namespace kizashi

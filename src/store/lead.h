// store/lead — which sentences of a document are its lead: GDELT's
// IsRootEvent ("the lead paragraph of the document").
//
// Contract: the cleaned text has one paragraph a line (ingest/reader.h; a JSONL
// title is its own paragraph). The lead is
//   - the headline: the first paragraph, when the document has more than one;
//   - the lead paragraph: the first later paragraph that holds a sentence end
//     (。．！？ or . ! ?), which skips a dateline (2025年3月4日 東京) or a byline;
//   - a document of one paragraph: its first two sentences.
// lead_sentences() returns one flag per Document::sentences entry. A sentence
// is placed in its paragraph by finding its text in Document::text, in order;
// a sentence that cannot be found takes the paragraph of the one before it.
#pragma once

#include <vector>

#include "model/document.h"

namespace kizashi {

std::vector<bool> lead_sentences(const Document& doc);

}  // namespace kizashi

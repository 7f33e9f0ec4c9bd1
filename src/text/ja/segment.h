// text/ja/segment — Japanese sentences from normalised text.
//
// Contract: splits at 。 ! ? and line ends, but never inside 「…」, 『…』 or (…)
// (a quotation with several sentences stays whole, with the words that
// introduce it). A line end always closes a sentence, so an unbalanced
// bracket cannot swallow the rest of a document, and a run-on longer than
// kMaxSentenceBytes is cut. In a headline (a line without 。) a colon between
// words also ends a sentence. Returns trimmed, non-empty sentences in order.
#pragma once

#include <string>
#include <vector>

namespace kizashi::ja {

// Longest sentence handed on; longer run-ons are cut (after a 、 where possible).
inline constexpr size_t kMaxSentenceBytes = 3000;

std::vector<std::string> split_sentences(const std::string& text);

}  // namespace kizashi::ja

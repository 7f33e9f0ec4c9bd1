// text/ja/chunk — bunsetsu chunks and head-final dependencies from morphemes.
//
// Contract: chunk_sentence() fills Sentence::chunks from Sentence::tokens:
// each chunk is content words followed by function words; Chunk::kase is the
// case particle (compound particles such as に対し, について, をめぐり, によって
// are recognised); predicates get a lemma (verb base form, or the verbal noun
// of サ変 + する) and flags (negated, passive, adnominal, conjunctive).
// Heads follow the usual rules for Japanese: every chunk depends on a later
// one, the last chunk is the root, and a chunk inside 「…」 depends on a chunk
// of the same quotation unless it closes it.
#pragma once

#include "text/ja/sentence.h"
#include "text/ja/lexicon.h"

namespace kizashi::ja {

void chunk_sentence(Sentence& s, const Lexicon& lexicon);

// True for a chunk whose content is nominal (ends in a noun).
bool nominal_chunk(const Sentence& s, const Chunk& c);

// The modifier cases: の, への, との, and adnominal compound particles.
bool modifier_case(const Chunk& c);

// Does tokens [begin, end) hold a predicate (a verb, adjective or auxiliary)?
// A quotation without one names a term (「第一」), one with one is speech.
bool has_predicate(const Sentence& s, size_t begin, size_t end);

}  // namespace kizashi::ja

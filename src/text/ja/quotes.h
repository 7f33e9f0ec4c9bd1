// text/ja/quotes — the quotations of a chunked sentence.
//
// Contract: find_quotes() fills Sentence::quotes with every 「…」 or 『…』 at
// depth 0 that is speech or holds a predicate, in order: its bytes and text;
// `speech` when the chunk that closes it is a quotative と governed by a
// predicate (「…」と述べた) and the quotation holds a predicate or that verb is
// a speech verb (lexicon: speech), or when the sentence is this quotation
// only (`alone`: it continues the last speaker). `closing` is that chunk. One
// closed by という/との before a citation noun (「…」という見出し; lexicon:
// citation) is a `citation`, not speech. A
// quotation without a predicate that is not quoted speech (a scare-quoted
// term, 「アジア版NATO」) is not listed. Speakers are left to the events stage.
#pragma once

#include "text/ja/lexicon.h"
#include "text/ja/sentence.h"

namespace kizashi::ja {

void find_quotes(Sentence& s, const Lexicon& lexicon);

}  // namespace kizashi::ja

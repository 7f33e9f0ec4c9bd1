// format/actor_text — the words that named an actor, apart from how the coder
// resolved them.
//
// Contract: the coder shows an actor as its words with each reference resolved
// from context written WORDS=REFERENT (同氏=石破茂首相, 両首脳=石破茂首相/マルコス大統領,
// 4カ国=(salience); model/referent.h), and some with a note after them
// (" (shared with 会談)"). split_actor_text() gives back `words`, the words as
// the sentence has them (同氏, 両首脳, 4カ国), and `resolution`, the coder's whole
// text when it resolved or noted something ("" otherwise). Trailing " (...)"
// notes are dropped, then each referent: the shortest stretch after '=' that
// leaves words the sentence holds (the words before '=' when none does). An
// actor the predicate implies (来日し: the target is Japan) was named by no
// words of its own: when `shown` lies inside `predicate` (the predicate's words
// in the sentence) or starts with it, words is "" and resolution the shown
// text. Text that is in the sentence as it is, or that has no '=' and no note,
// comes back unchanged. Nothing here throws.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kizashi {

struct ActorText {
  std::string words;       // what the text says
  std::string resolution;  // the coder's WORDS=REFERENT trace, "" when nothing was resolved
};

ActorText split_actor_text(std::string_view shown, std::string_view sentence, std::string_view predicate = {});

// The predicate's words in `sentence` (bytes [begin, end)); the predicate's
// lemma when the span is unknown (0, 0) or does not fit.
std::string_view predicate_words(std::string_view sentence, uint64_t begin, uint64_t end, std::string_view lemma);

}  // namespace kizashi

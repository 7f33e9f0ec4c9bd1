// events/ja/coder — predicates, roles and CAMEO events for one sentence.
//
// Contract: code_sentence() reads a chunked sentence with its quotations and
// mentions and appends to `out` one Event per dyad for every predicate that
// matches a pattern: source from the が/は subject (or the relative clause
// head, the sentence topic, a conjoined predicate, the quote's speaker),
// target from the に対し/に/を/と arguments or the object noun's modifiers;
// mutual patterns pair every participant. Negated predicates give no event,
// plan forms and purpose clauses take the intent code, passives swap roles.
// It sets the speakers of Sentence::quotes and, when `explain` is set, fills
// Sentence::trace. From the Discourse it reads the last speaker and the last
// meeting; it tells it each speaker and each joint act it codes.
#pragma once

#include <string>
#include <vector>

#include "actors/dictionary.h"
#include "discourse/discourse.h"
#include "events/codebook.h"
#include "events/ja/patterns.h"
#include "text/ja/lexicon.h"
#include "text/ja/sentence.h"

namespace kizashi::ja {

struct CoderResources {
  const ActorDictionary& actors;  // people are re-resolved at the event's date
  const Lexicon& lexicon;
  const PatternSet& patterns;
  const Codebook& codebook;
};

void code_sentence(Sentence& s, const std::string& doc_date, const CoderResources& res, Discourse& discourse,
                   bool explain, std::vector<Event>& out);

}  // namespace kizashi::ja

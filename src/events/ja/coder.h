// events/ja/coder — predicates, roles and CAMEO events for one sentence.
//
// Contract: code_sentence() reads a chunked sentence with its mentions and
// appends to `out` one Event per dyad for every predicate that matches a
// pattern: source from the が/は subject (or the relative clause head, the
// sentence topic, a conjoined predicate, the quote's speaker), target from the
// に対し/に/を/と arguments or the object noun's modifiers; mutual patterns pair
// every participant. Negated predicates give no event, plan forms and purpose
// clauses take the intent code, passives swap roles. It fills
// Sentence::quotes and, when `explain` is set, Sentence::trace.
#pragma once

#include <string>
#include <vector>

#include "actors/dictionary.h"
#include "events/codebook.h"
#include "events/ja/patterns.h"
#include "text/ja/sentence.h"
#include "text/ja/lexicon.h"

namespace kizashi::ja {

struct EventContext {
  std::vector<std::string> last_speaker_codes;
  std::string last_speaker_text;
  // The two sides of the last meeting (CAMEO 04, joint): an appeal or demand
  // made without naming anyone is addressed to the other side.
  std::string meeting_a, meeting_b, meeting_a_text, meeting_b_text;
  int meeting_sentence = -100;  // only the next few sentences can refer back to it
};

struct CoderResources {
  const ActorDictionary& actors;  // people are re-resolved at the event's date
  const Lexicon& lexicon;
  const PatternSet& patterns;
  const Codebook& codebook;
};

void code_sentence(Sentence& s, const std::string& doc_date, const CoderResources& res, EventContext& ctx,
                   bool explain, std::vector<Event>& out);

}  // namespace kizashi::ja

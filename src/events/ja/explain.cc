// events/ja/explain — the --explain lines for a sentence's structure: its
// chunks (case, predicate, head), actors and quotations (sentence_coder.h).
#include "events/ja/sentence_coder.h"

namespace kizashi::ja {

void SentenceCoder::trace_structure() {
  std::string line = "chunks:";
  for (int c = 0; c < roles_.n(); ++c) {
    const Chunk& k = roles_.ch(c);
    line += " [" + std::to_string(c) + "]" + roles_.text_of(c);
    if (k.kase != Case::None) line += std::string("(") + case_name(k.kase) + ")";
    if (k.predicate) line += "{" + k.lemma + (k.negated ? ",neg" : "") + (k.passive ? ",pass" : "") + "}";
    line += "→" + std::to_string(roles_.head(c));
  }
  trace(line);
  for (const auto& m : s_.mentions) {
    std::string codes;
    for (const auto& c : m.codes) codes += (codes.empty() ? "" : ",") + c;
    std::string ids;
    for (const auto& i : m.ids) ids += (ids.empty() ? "" : " ") + i;
    trace("actor: " + m.label.text + " = " + (m.speaker_ref ? "speaker" : codes) + (m.head ? "" : " (modifier)") +
          (m.quoted_term ? " (quoted term, ignored)" : "") + (m.agent_only ? " (agent without country)" : "") +
          " [" + ids + "]");
  }
  for (const auto& q : s_.quotes)
    if (q.speech)
      trace("quote: 「" + q.text + "」 speaker " + (q.speaker.text.empty() ? "unknown" : q.speaker.text));
}

}  // namespace kizashi::ja

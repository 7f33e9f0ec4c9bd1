// format/actor_text — see actor_text.h for the contract.
#include "format/actor_text.h"

namespace kizashi {

namespace {

// The byte after the UTF-8 character that starts at s[i].
size_t next_char(std::string_view s, size_t i) {
  ++i;
  while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xc0) == 0x80) ++i;
  return i;
}

bool in_sentence(std::string_view sentence, const std::string& words) {
  return !words.empty() && sentence.find(words) != std::string_view::npos;
}

// text[0, eq) + text[k, end) for the smallest k after `eq` that the sentence
// holds; the words before '=' alone when none does.
std::string drop_referent(const std::string& text, size_t eq, std::string_view sentence) {
  const std::string head = text.substr(0, eq);
  for (size_t k = next_char(text, eq); k < text.size(); k = next_char(text, k)) {
    std::string words = head + text.substr(k);
    if (in_sentence(sentence, words)) return words;
  }
  return head;
}

// The text without the notes the coder puts after it (" (shared with 会談)",
// " (last meeting)"): each trailing " (...)".
std::string drop_notes(std::string text) {
  while (!text.empty() && text.back() == ')') {
    const size_t open = text.rfind(" (");
    if (open == std::string::npos || open == 0) break;
    text.resize(open);
  }
  return text;
}

}  // namespace

std::string_view predicate_words(std::string_view sentence, uint64_t begin, uint64_t end, std::string_view lemma) {
  if (begin < end && end <= sentence.size()) return sentence.substr(begin, end - begin);
  return lemma;
}

ActorText split_actor_text(std::string_view shown, std::string_view sentence, std::string_view predicate) {
  ActorText out;
  out.words = std::string(shown);
  if (out.words.empty()) return out;
  const bool implied = !predicate.empty() && (predicate.find(shown) != std::string_view::npos ||
                                              shown.substr(0, predicate.size()) == predicate);
  if (implied) {
    out.resolution = std::move(out.words);  // implied by the predicate, named by no words
    out.words.clear();
    return out;
  }
  if (in_sentence(sentence, out.words)) return out;
  out.words = drop_notes(std::move(out.words));
  for (size_t eq = out.words.find('='); eq != std::string::npos; eq = out.words.find('='))
    out.words = drop_referent(out.words, eq, sentence);
  if (out.words != shown) out.resolution = std::string(shown);
  return out;
}

}  // namespace kizashi

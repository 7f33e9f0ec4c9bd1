// model/referent — an actor as the stages pass it between them: its codes,
// its dictionary entries, and its Label (how it is shown, and the name a later
// reference repeats).
//
// Contract (Label): `text` is what the output shows for an actor (source_text,
// Mention::text): the words that named it, with each reference resolved from
// context written WORDS=REFERENT (同氏=王毅外相, 両国=日本/フィリピン). `name` is
// the referent at the end of that chain (王毅外相): what 両国 or 同氏 in a
// later sentence repeats. `linked` says whether `text` holds a resolution.
// The operations keep `name` in step with `text` as labels are built, so no
// stage ever has to take a shown text apart to find the name again.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kizashi {

struct Label {
  std::string text;
  std::string name;
  bool linked = false;

  // Plain words: shown and named as written.
  static Label words(std::string w) {
    Label l{w, std::move(w), false};  // braced initialisers run in order: copy, then move
    return l;
  }
  // `words` resolved to `referent`: WORDS=REFERENT, named as the referent is.
  static Label resolved(const Label& words, const Label& referent) {
    return {words.text + "=" + referent.text, referent.name, true};
  }
  // Two labels run together (日本と韓国, 中国の外相): named by the last
  // resolution in the text, or by both names when neither is resolved.
  static Label joined(const Label& a, std::string_view sep, const Label& b) {
    std::string text = a.text;
    text.append(sep).append(b.text);
    std::string name = b.linked ? b.name : a.name + std::string(sep) + b.name;
    return {std::move(text), std::move(name), a.linked || b.linked};
  }
  // A note after the text (" (shared with 会談)") belongs to the name too.
  void append(std::string_view suffix) {
    text.append(suffix);
    name.append(suffix);
  }
};

// What an actor is, wherever it was named: a mention, a group, the speaker.
struct Referent {
  std::vector<std::string> codes;  // CAMEO actor codes (country codes for a group of countries)
  Label label;                     // how it was shown
  std::vector<std::string> ids;    // dictionary entries (and context: rules) behind it
};

}  // namespace kizashi

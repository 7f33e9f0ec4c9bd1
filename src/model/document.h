// kizashi document model — what flows out of a language front end into the
// store, the formats and the server.
//
// Contract: ingest fills Document::{name, raw, text, notes}; the pipeline's
// router sets Document::lang and, when no date was given, Document::date; the
// front end of that language fills Document::sentences (text, mentions,
// quotes, trace) and Document::events. Nothing here is language-specific:
// every language's front end produces this model from its own annotations
// (the Japanese ones are in text/ja/sentence.h), so that the store, formats
// and server never need to know the language. Byte offsets are into
// Sentence::text (UTF-8, NFKC-normalised). Later stages never rewrite what an
// earlier stage produced.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kizashi {

// A reference to an actor in a sentence.
struct Mention {
  uint32_t begin = 0, end = 0;         // bytes of the words that name it ({0, 0}: unknown)
  std::string text;                    // those words; a resolved reference as WORDS=REFERENT (同氏=王毅外相)
  std::vector<std::string> codes;      // CAMEO actor codes (several for groups)
  std::vector<std::string> entry_ids;  // dictionary entries (and context: rules) behind it
  bool reference = false;              // 同氏, 両国, 我々 ... resolved from context
  bool person = false;
};

struct Quote {
  uint32_t begin = 0, end = 0;  // bytes of the quoted text (without brackets)
  std::string text;
  std::string speaker_text;
  std::vector<std::string> speaker_codes;
  bool speech = false;          // introduced by a speech verb (or a speaker)
};

struct Event {
  int sentence = -1;
  std::string source, target;
  std::string source_text, target_text;
  std::string code, root_code, plover;
  int quad_class = 0;
  double goldstein = 0;
  std::string event_date;
  std::string rule;
  std::string predicate;          // the predicate words that fired
  uint32_t pred_begin = 0, pred_end = 0;  // bytes of those words in Sentence::text (0, 0 = unknown)
  std::vector<std::string> actor_ids;
  int quote = -1;                 // index into Sentence::quotes
  bool intent = false;
  bool mutual = false;            // a joint act (the pattern is symmetric)
};

struct Sentence {
  int index = 0;
  std::string text;
  std::vector<Mention> mentions;
  std::vector<Quote> quotes;
  std::vector<std::string> trace;   // why events were or were not emitted (--explain)
};

struct Document {
  std::string name;                 // file name or "-"
  std::string lang;                 // "ja", "en"
  std::string date;                 // document date YYYY-MM-DD ("" if unknown)
  std::string raw;                  // decoded UTF-8 text as read
  std::string text;                 // cleaned, normalised text
  std::vector<std::string> notes;   // what ingest did (encoding, dropped lines)
  bool explain = false;             // keep every sentence's trace for this document (as --explain does)
  std::vector<Sentence> sentences;
  std::vector<Event> events;
};

}  // namespace kizashi

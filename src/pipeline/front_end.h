// pipeline/front_end — what a language brings to the pipeline.
//
// Contract: a FrontEnd codes documents of one language (lang(), "ja"). It is
// built once from its data manifest (data/LANG.manifest, which names its
// files) and the shared resources, and is then read-only: code() may run on
// several threads at once. document_date() finds the date a text states, in
// the language's own writing ("" when none). code() fills doc.sentences and
// doc.events of a document whose lang and date the router has set; memory
// across the document's sentences lives in one Discourse (discourse/) per
// call. Front ends throw InputError for a bad data file when built. A front
// end charges what code() keeps for each sentence (its published sentence and
// the events it added) to an AnalysisBudget, which throws InputError naming
// the document when the document outgrows kAnalysisBytesPerByte bytes per
// byte of its text plus kAnalysisSlackBytes: a text dense with actors or
// events (日本、日本、… or one event every 30 bytes) is refused instead of
// taking tens of bytes of memory for each byte of input.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "actors/dictionary.h"
#include "events/codebook.h"
#include "model/document.h"

namespace kizashi {

inline constexpr size_t kAnalysisBytesPerByte = 6;
inline constexpr size_t kEventCharge = 2;  // an event costs twice what it keeps: its output line too
inline constexpr size_t kAnalysisSlackBytes = size_t{32} << 20;  // what any document may use beyond that

// The memory a document's analysis keeps, estimated from its strings and
// vectors, against its allowance.
class AnalysisBudget {
 public:
  explicit AnalysisBudget(const Document& doc);
  // Charges `s` and events[first_event..]; throws InputError over the allowance.
  void charge(const Sentence& s, const std::vector<Event>& events, size_t first_event);
  size_t used() const { return used_; }

 private:
  const std::string& name_;
  size_t allowance_ = 0, used_ = 0;
};

// Resources every language shares: the actor dictionary and the codebook.
struct SharedResources {
  const ActorDictionary& actors;
  const Codebook& codebook;
};

struct FrontEndOptions {
  std::string data_dir;
  std::string manifest;   // data/LANG.manifest
  std::string mecab_dic;  // Japanese: the IPADIC UTF-8 system dictionary
  std::string userdic;    // Japanese: kizashi's MeCab user dictionary ("" = none)
  bool explain = false;   // keep the --explain trace of every sentence
};

class FrontEnd {
 public:
  virtual ~FrontEnd() = default;
  virtual const char* lang() const = 0;
  virtual std::string document_date(const std::string& text) const = 0;
  virtual void code(Document& doc) const = 0;
};

// The front end for `lang` ("ja"), or nullptr when this build has none.
std::unique_ptr<FrontEnd> make_front_end(const std::string& lang, const FrontEndOptions& opt,
                                         const SharedResources& shared);
// The languages this build has front ends for, in the router's order.
const std::vector<std::string>& front_end_languages();

}  // namespace kizashi

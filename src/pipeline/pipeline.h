// pipeline — loads every resource once and runs the stages over a Document.
//
// Contract: Pipeline::open() loads the boilerplate rules, lexicon, actor
// dictionaries, codebook and patterns from `data_dir`, and MeCab with the
// dictionary at `mecab_dic` plus the user dictionary (if it exists); it throws
// InputError for a bad data file and std::runtime_error when MeCab cannot be
// loaded. code() runs text → actors → events on one Document; it is const
// and may be called from several threads.
#pragma once

#include <memory>
#include <string>

#include "actors/dictionary.h"
#include "actors/matcher.h"
#include "events/codebook.h"
#include "events/patterns.h"
#include "ingest/boilerplate.h"
#include "model/document.h"
#include "text/lexicon.h"
#include "text/morph.h"

namespace kizashi {

struct PipelineOptions {
  std::string data_dir;
  std::string mecab_dic = kDefaultMecabDic;
  std::string userdic;   // "" = none
  bool explain = false;
};

class Pipeline {
 public:
  static std::unique_ptr<Pipeline> open(const PipelineOptions& opt);
  // Reads and cleans a file ("-" = stdin). Throws InputError.
  Document read(const std::string& path) const;
  // Codes a document whose date (if any) is already set; fills sentences and events.
  void code(Document& doc) const;
  const Boilerplate& boilerplate() const { return boilerplate_; }
  const ActorDictionary& actors() const { return actors_; }
  const PatternSet& patterns() const { return patterns_; }
  const Codebook& codebook() const { return codebook_; }
  const Morphology& morphology() const { return *morph_; }
  const Lexicon& lexicon() const { return lexicon_; }
  const ActorMatcher& matcher() const { return *matcher_; }

 private:
  Pipeline() = default;
  PipelineOptions opt_;
  Boilerplate boilerplate_;
  Lexicon lexicon_;
  ActorDictionary actors_;
  Codebook codebook_;
  PatternSet patterns_;
  std::shared_ptr<Morphology> morph_;
  std::unique_ptr<ActorMatcher> matcher_;
};

}  // namespace kizashi

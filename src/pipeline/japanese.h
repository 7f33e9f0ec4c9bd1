// pipeline/japanese — the Japanese front end: MeCab morphology, bunsetsu
// chunks, the actor matcher and the event patterns, over ja::Sentence.
//
// Contract: built from data/ja.manifest (lexicon, patterns) with the shared
// actor dictionary and codebook, MeCab's IPADIC (`mecab_dic`) and kizashi's
// user dictionary; throws InputError for a bad data file and
// std::runtime_error when MeCab cannot be loaded. code() runs, per sentence:
// split (text/ja/segment) → tokenize (text/ja/morph) → chunk (text/ja/chunk)
// → quotations (text/ja/quotes) → actors (actors/ja) → events (events/ja),
// and publishes each sentence to the language-neutral model, charging what it
// keeps to the document's AnalysisBudget (front_end.h: a document too dense
// to code within its memory allowance is an InputError). The stages are
// exposed for tests and benchmarks. The code() with an observer does the same
// and shows it every analysed ja::Sentence (tokens, chunks, mentions) before
// it is published: what `kizashi coverage` reads. The non-events list
// (events/ja/nonevents.h) is loaded and checked against the patterns here,
// though the coder never reads it.
#pragma once

#include <functional>
#include <memory>

#include "actors/ja/matcher.h"
#include "events/ja/nonevents.h"
#include "events/ja/patterns.h"
#include "pipeline/front_end.h"
#include "text/ja/lexicon.h"
#include "text/ja/morph.h"

namespace kizashi {

class JapaneseFrontEnd : public FrontEnd {
 public:
  using SentenceObserver = std::function<void(const ja::Sentence&)>;

  JapaneseFrontEnd(const FrontEndOptions& opt, const SharedResources& shared);
  const char* lang() const override { return "ja"; }
  std::string document_date(const std::string& text) const override;
  void code(Document& doc) const override;
  void code(Document& doc, const SentenceObserver& observe) const;

  const ja::Morphology& morphology() const { return *morph_; }
  const ja::Lexicon& lexicon() const { return lexicon_; }
  const ja::PatternSet& patterns() const { return patterns_; }
  const ja::NonEvents& nonevents() const { return nonevents_; }
  const ja::ActorMatcher& matcher() const { return *matcher_; }

 private:
  SharedResources shared_;
  bool explain_;
  ja::Lexicon lexicon_;
  ja::PatternSet patterns_;
  ja::NonEvents nonevents_;
  ja::Titles titles_;
  std::shared_ptr<ja::Morphology> morph_;
  std::unique_ptr<ja::ActorMatcher> matcher_;
};

}  // namespace kizashi

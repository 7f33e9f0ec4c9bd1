#include "pipeline/japanese.h"

#include "base/datafile.h"
#include "discourse/discourse.h"
#include "events/ja/coder.h"
#include "events/ja/dates.h"
#include "text/ja/chunk.h"
#include "text/ja/quotes.h"
#include "text/ja/segment.h"

namespace kizashi {

JapaneseFrontEnd::JapaneseFrontEnd(const FrontEndOptions& opt, const SharedResources& shared)
    : shared_(shared), explain_(opt.explain) {
  Manifest manifest(opt.manifest, {"lexicon", "patterns", "titles", "nonevents"});
  lexicon_ = ja::Lexicon::load(manifest.path("lexicon"));
  patterns_ = ja::PatternSet::load(manifest.path("patterns"), shared.codebook);
  titles_ = ja::Titles::load(manifest.path("titles"));
  nonevents_ = ja::NonEvents::load(manifest.path("nonevents"), patterns_);
  morph_ = ja::Morphology::open(opt.mecab_dic, opt.userdic);
  matcher_ = std::make_unique<ja::ActorMatcher>(shared.actors, lexicon_, titles_);
}

std::string JapaneseFrontEnd::document_date(const std::string& text) const { return ja::find_document_date(text); }

void JapaneseFrontEnd::code(Document& doc) const { code(doc, {}); }

void JapaneseFrontEnd::code(Document& doc, const SentenceObserver& observe) const {
  doc.sentences.clear();
  doc.events.clear();
  Discourse discourse;
  const ja::CoderResources res{shared_.actors, lexicon_, patterns_, shared_.codebook};
  AnalysisBudget budget(doc);
  int index = 0;
  for (auto& text : ja::split_sentences(doc.text)) {
    const size_t first_event = doc.events.size();
    ja::Sentence s;
    s.index = index++;
    s.text = std::move(text);
    s.tokens = morph_->tokenize(s.text);
    ja::chunk_sentence(s, lexicon_);
    ja::find_quotes(s, lexicon_);
    matcher_->match(s, doc.date, discourse);
    ja::code_sentence(s, doc.date, res, discourse, explain_ || doc.explain, doc.events);
    if (observe) observe(s);
    doc.sentences.push_back(ja::publish(std::move(s)));
    budget.charge(doc.sentences.back(), doc.events, first_event);
  }
}

}  // namespace kizashi

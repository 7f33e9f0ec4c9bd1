#include "pipeline/japanese.h"

#include "base/actor_code.h"
#include "base/datafile.h"
#include "events/ja/coder.h"
#include "events/ja/dates.h"
#include "text/ja/chunk.h"
#include "text/ja/quotes.h"
#include "text/ja/segment.h"

namespace kizashi {

JapaneseFrontEnd::JapaneseFrontEnd(const FrontEndOptions& opt, const SharedResources& shared)
    : shared_(shared), explain_(opt.explain) {
  Manifest manifest(opt.manifest, {"lexicon", "patterns"});
  lexicon_ = ja::Lexicon::load(manifest.path("lexicon"));
  patterns_ = ja::PatternSet::load(manifest.path("patterns"), shared.codebook);
  morph_ = ja::Morphology::open(opt.mecab_dic, opt.userdic);
  matcher_ = std::make_unique<ja::ActorMatcher>(shared.actors, lexicon_);
}

std::string JapaneseFrontEnd::document_date(const std::string& text) const { return ja::find_document_date(text); }

void JapaneseFrontEnd::code(Document& doc) const {
  doc.sentences.clear();
  doc.events.clear();
  ja::ActorContext actors;
  ja::EventContext events;
  ja::CoderResources res{shared_.actors, lexicon_, patterns_, shared_.codebook};
  int index = 0;
  for (auto& text : ja::split_sentences(doc.text)) {
    ja::Sentence s;
    s.index = index++;
    s.text = std::move(text);
    s.tokens = morph_->tokenize(s.text);
    ja::chunk_sentence(s, lexicon_);
    ja::find_quotes(s, lexicon_);
    matcher_->match(s, doc.date, actors);
    size_t before = doc.events.size();
    ja::code_sentence(s, doc.date, res, events, explain_, doc.events);
    // The sides of a joint act (a meeting, an agreement) are what a later 両国 or
    // 両首脳 refers to.
    for (size_t i = before; i < doc.events.size(); ++i) {
      const Event& e = doc.events[i];
      if (!e.mutual || e.intent) continue;
      std::string a(country_or_sector(e.source)), b(country_or_sector(e.target));
      if (a != b && a != "IGO" && b != "IGO") {
        // Name the sides by the words that named them, without earlier reference chains.
        auto plain = [](const std::string& t) {
          size_t eq = t.rfind('=');
          return eq == std::string::npos ? t : t.substr(eq + 1);
        };
        std::string sa = plain(e.source_text), sb = plain(e.target_text);
        actors.groups.push_back({{a, b}, sa == sb ? sa : sa + "/" + sb, {"context:last_event"}});
      }
      break;
    }
    doc.sentences.push_back(ja::publish(std::move(s)));
  }
}

}  // namespace kizashi

#include "pipeline/pipeline.h"

#include "base/actor_code.h"
#include "events/coder.h"
#include "events/dates.h"
#include "ingest/reader.h"
#include "text/chunk.h"
#include "text/segment.h"

namespace kizashi {

std::unique_ptr<Pipeline> Pipeline::open(const PipelineOptions& opt) {
  std::unique_ptr<Pipeline> p(new Pipeline());
  p->opt_ = opt;
  const std::string& d = opt.data_dir;
  p->boilerplate_ = Boilerplate::load(d + "/ingest/boilerplate.txt");
  p->lexicon_ = Lexicon::load(d + "/verbs/ja.lexicon");
  p->actors_ = ActorDictionary::load(d + "/actors");
  p->codebook_ = Codebook::load(d + "/cameo");
  p->patterns_ = PatternSet::load(d + "/verbs/ja.verbs", p->codebook_);
  p->morph_ = Morphology::open(opt.mecab_dic, opt.userdic);
  p->matcher_ = std::make_unique<ActorMatcher>(p->actors_, p->lexicon_);
  return p;
}

Document Pipeline::read(const std::string& path) const {
  return make_document(path, read_bytes(path), boilerplate_);
}

void Pipeline::code(Document& doc) const {
  if (doc.date.empty()) doc.date = find_document_date(doc.text);
  if (doc.lang.empty()) doc.lang = "ja";
  doc.sentences.clear();
  doc.events.clear();
  ActorContext actors;
  EventContext events;
  CoderResources res{actors_, lexicon_, patterns_, codebook_};
  int index = 0;
  for (auto& text : split_sentences(doc.text)) {
    Sentence s;
    s.index = index++;
    s.text = std::move(text);
    s.tokens = morph_->tokenize(s.text);
    chunk_sentence(s, lexicon_);
    matcher_->match(s, doc.date, actors);
    size_t before = doc.events.size();
    code_sentence(s, doc.date, res, events, opt_.explain, doc.events);
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
    doc.sentences.push_back(std::move(s));
  }
}

}  // namespace kizashi

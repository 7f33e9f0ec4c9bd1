#include "pipeline/pipeline.h"

#include <algorithm>

#include "base/error.h"
#include "base/script.h"
#include "ingest/reader.h"

namespace kizashi {

std::unique_ptr<Pipeline> Pipeline::open(const PipelineOptions& opt) {
  std::unique_ptr<Pipeline> p(new Pipeline());
  const std::string& d = opt.data_dir;
  p->boilerplate_ = Boilerplate::load(d + "/ingest/boilerplate.txt");
  p->actors_ = ActorDictionary::load(d + "/actors");
  p->codebook_ = Codebook::load(d + "/cameo");
  const SharedResources shared{p->actors_, p->codebook_};
  for (const auto& lang : front_end_languages()) {
    FrontEndOptions fo{d, d + "/" + lang + ".manifest", opt.mecab_dic, opt.userdic, opt.explain};
    p->front_ends_.push_back(make_front_end(lang, fo, shared));
  }
  return p;
}

bool Pipeline::codes(const std::string& lang) {
  const auto& langs = front_end_languages();
  return std::find(langs.begin(), langs.end(), lang) != langs.end();
}

std::string Pipeline::language_names() {
  std::string out;
  for (const auto& lang : front_end_languages()) out += (out.empty() ? "" : ", ") + language_name(lang);
  return out;
}

Document Pipeline::read(const std::string& path) const {
  return make_document(path, read_bytes(path), boilerplate_);
}

const FrontEnd* Pipeline::front_end(const std::string& lang) const {
  for (const auto& f : front_ends_)
    if (f->lang() == lang) return f.get();
  return nullptr;
}

void Pipeline::route(Document& doc, const std::string& requested) const {
  std::string lang = requested == "auto" ? detect_language(doc.text) : requested;
  if (!front_end(lang))
    throw InputError(doc.name + ": " + language_name(lang) + " text; this build codes " + language_names() +
                     " only");
  doc.lang = lang;
}

void Pipeline::code(Document& doc) const {
  if (doc.lang.empty()) route(doc);
  const FrontEnd* fe = front_end(doc.lang);
  if (!fe) throw InputError(doc.name + ": this build does not code " + language_name(doc.lang));
  if (doc.date.empty()) doc.date = fe->document_date(doc.text);
  fe->code(doc);
}

}  // namespace kizashi

#include "pipeline/pipeline.h"

#include <algorithm>

#include "base/actor_code.h"
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
  p->domestic_ = opt.domestic;
  p->explain_ = opt.explain;
  p->max_document_bytes_ = opt.max_document_bytes;
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
  return make_document(path, read_bytes(path, max_document_bytes_), boilerplate_, max_document_bytes_);
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
  std::string().swap(doc.raw);  // read by nothing after ingest: its memory is given back before coding
  fe->code(doc);
  if (!domestic_) leave_out_domestic(doc);
}

void Pipeline::leave_out_domestic(Document& doc) const {
  std::erase_if(doc.events, [&](const Event& e) {
    const std::string_view a = country_or_sector(e.source), b = country_or_sector(e.target);
    if (a != b || intergovernmental(a)) return false;
    if ((explain_ || doc.explain) && e.sentence >= 0 && static_cast<size_t>(e.sentence) < doc.sentences.size())
      doc.sentences[static_cast<size_t>(e.sentence)].trace.push_back(
          "left out: " + e.source + " → " + e.target + " " + e.code + " (" + e.rule +
          ") is within one country (--domestic keeps it)");
    return true;
  });
}

}  // namespace kizashi

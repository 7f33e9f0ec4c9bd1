#include "pipeline/front_end.h"

#include "base/error.h"
#include "pipeline/japanese.h"

namespace kizashi {

namespace {

// Heap bytes of a string (beyond its own object): none when it fits in place.
size_t heap(const std::string& s) { return s.capacity() > 15 ? s.capacity() + 17 : 0; }
size_t heap(const std::vector<std::string>& v) {
  size_t n = v.capacity() ? v.capacity() * sizeof(std::string) + 16 : 0;
  for (const auto& s : v) n += heap(s);
  return n;
}

size_t kept(const Sentence& s) {
  // 1.5 times the object: the document's vector of sentences grows by doubling.
  size_t n = sizeof(Sentence) * 3 / 2 + heap(s.text) + heap(s.trace);
  n += s.mentions.capacity() * sizeof(Mention) + 16;
  for (const auto& m : s.mentions) n += heap(m.text) + heap(m.codes) + heap(m.entry_ids);
  n += s.quotes.capacity() * sizeof(Quote) + 16;
  for (const auto& q : s.quotes) n += heap(q.text) + heap(q.speaker_text) + heap(q.speaker_codes);
  return n;
}

size_t kept(const Event& e) {
  size_t n = sizeof(Event) * 3 / 2 + heap(e.actor_ids);
  for (const std::string* s : {&e.source, &e.target, &e.source_text, &e.target_text, &e.code, &e.root_code,
                               &e.plover, &e.event_date, &e.rule, &e.predicate})
    n += heap(*s);
  return n;
}

}  // namespace

AnalysisBudget::AnalysisBudget(const Document& doc)
    : name_(doc.name), allowance_(kAnalysisBytesPerByte * doc.text.size() + kAnalysisSlackBytes) {}

void AnalysisBudget::charge(const Sentence& s, const std::vector<Event>& events, size_t first_event) {
  used_ += kept(s);
  for (size_t i = first_event; i < events.size(); ++i) used_ += kEventCharge * kept(events[i]);
  if (used_ > allowance_)
    throw InputError(name_ + ": too dense to code: its actors and events would take more than " +
                     std::to_string(allowance_) + " bytes (" + std::to_string(kAnalysisBytesPerByte) +
                     " per byte of text + " + std::to_string(kAnalysisSlackBytes >> 20) +
                     " MiB) by sentence " + std::to_string(s.index + 1) + "; split it; not coded");
}

// The registry of front ends: a language is added here, with its files.
const std::vector<std::string>& front_end_languages() {
  static const std::vector<std::string> kLanguages{"ja"};
  return kLanguages;
}

std::unique_ptr<FrontEnd> make_front_end(const std::string& lang, const FrontEndOptions& opt,
                                         const SharedResources& shared) {
  if (lang == "ja") return std::make_unique<JapaneseFrontEnd>(opt, shared);
  return nullptr;
}

}  // namespace kizashi

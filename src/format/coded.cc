#include "format/coded.h"

#include "format/event_json.h"

namespace kizashi {

namespace {

std::string clean(std::string s) {
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
}

}  // namespace

const Names<CodedFormat>& coded_formats() {
  static const Names<CodedFormat> kNames{{"jsonl", CodedFormat::Jsonl}, {"tsv", CodedFormat::Tsv}};
  return kNames;
}

ordered_json event_json(const Document& doc, const Event& e) {
  const Sentence& s = doc.sentences.at(static_cast<size_t>(e.sentence));
  ordered_json j;
  j["doc"] = doc.name;
  j["sentence_index"] = e.sentence;
  j["sentence"] = s.text;
  j["doc_date"] = string_or_null(doc.date);
  j["event_date"] = string_or_null(e.event_date);
  put_event_fields(j, e, s.text);
  if (e.quote >= 0 && e.quote < static_cast<int>(s.quotes.size())) {
    const Quote& q = s.quotes[static_cast<size_t>(e.quote)];
    ordered_json qj;
    qj["text"] = q.text;
    qj["speaker"] = q.speaker_text;
    qj["speaker_codes"] = q.speaker_codes;
    j["quote"] = qj;
  } else {
    j["quote"] = nullptr;
  }
  j["lang"] = doc.lang;
  return j;
}

ordered_json coded_document_json(const Document& doc) {
  ordered_json out = {{"date", doc.date}, {"sentences", ordered_json::array()}, {"events", ordered_json::array()}};
  for (const auto& s : doc.sentences) {
    ordered_json sj = {{"index", s.index}, {"text", s.text}, {"mentions", ordered_json::array()}};
    for (const auto& m : s.mentions) {
      if (m.codes.empty()) continue;
      sj["mentions"].push_back({{"begin", m.begin}, {"end", m.end}, {"text", m.text}, {"codes", m.codes}});
    }
    if (!s.trace.empty()) sj["trace"] = s.trace;
    out["sentences"].push_back(sj);
  }
  for (const auto& e : doc.events) out["events"].push_back(event_json(doc, e));
  return out;
}

void write_jsonl(const Document& doc, std::ostream& out) {
  for (const auto& e : doc.events)
    out << json_text(event_json(doc, e)) << '\n';
}

void write_tsv_header(std::ostream& out) {
  out << "doc\tsentence_index\tevent_date\tsource\ttarget\tcode\tquad\tgoldstein\tplover\trule\tsource_text\ttarget_text\tsentence_text\tsource_resolution\ttarget_resolution\n";
}

void write_tsv(const Document& doc, std::ostream& out) {
  for (const auto& e : doc.events) {
    const Sentence& s = doc.sentences.at(static_cast<size_t>(e.sentence));
    const auto [source, target] = actor_texts(e, s.text);
    out << clean(doc.name) << '\t' << e.sentence << '\t' << e.event_date << '\t' << e.source << '\t' << e.target
        << '\t' << e.code << '\t' << e.quad_class << '\t' << e.goldstein << '\t' << e.plover << '\t' << e.rule
        << '\t' << clean(source.words) << '\t' << clean(target.words) << '\t' << clean(s.text) << '\t'
        << clean(source.resolution) << '\t' << clean(target.resolution) << '\n';
  }
}

void write_sentence_trace(const Document& doc, const Sentence& s, const std::string& indent, std::ostream& out) {
  for (const auto& t : s.trace) out << indent << t << '\n';
  for (const auto& e : doc.events)
    if (e.sentence == s.index)
      out << indent << "EVENT " << e.source << " → " << e.target << "  " << e.code << " (" << e.plover << ", quad "
          << e.quad_class << ", goldstein " << e.goldstein << ")  date " << e.event_date << "  rule " << e.rule
          << '\n';
}

void write_explain(const Document& doc, std::ostream& out) {
  out << "# " << doc.name << "  date " << (doc.date.empty() ? "unknown" : doc.date) << "  lang " << doc.lang << '\n';
  for (const auto& n : doc.notes) out << "  ingest: " << n << '\n';
  for (const auto& s : doc.sentences) {
    out << "\n[" << s.index << "] " << s.text << '\n';
    write_sentence_trace(doc, s, "    ", out);
  }
  out << "\n" << doc.events.size() << " event(s)\n";
}

}  // namespace kizashi

// pipeline — the router: loads the shared resources and one front end per
// language once, and sends each document to the front end of its language.
//
// Contract: Pipeline::open() loads the boilerplate rules, the actor
// dictionaries and the codebook from `data_dir`, and the front end of every
// language this build has (front_end.h) from its manifest data/LANG.manifest;
// it throws InputError for a bad data file and std::runtime_error when a front
// end's own tools (MeCab) cannot be loaded. route() sets Document::lang: the
// requested language, or with "auto" the one detect_language() reads in the
// text; a document in a language without a front end is an InputError naming
// it. code() routes a document without a language, sets its date from the text
// when it has none, releases Document::raw (nothing after ingest reads it) and
// has the front end fill its sentences and events; it is
// const and may be called from several threads. kizashi codes international
// relations: an event whose two sides are of one country (not two
// international organisations) is left out, with a trace line, unless
// PipelineOptions::domestic. Memory: read() refuses a document over
// PipelineOptions::max_document_bytes (InputError naming it), and code()
// refuses one whose analysis (sentences, mentions, events kept for the
// document) outgrows kAnalysisBytesPerByte times its text plus
// kAnalysisSlackBytes, so that coding one document stays within about 8 times
// its size plus a fixed base (bench/README.md, "Memory").
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "actors/dictionary.h"
#include "events/codebook.h"
#include "ingest/boilerplate.h"
#include "ingest/reader.h"
#include "model/document.h"
#include "pipeline/front_end.h"

namespace kizashi {

inline constexpr const char* kDefaultMecabDic = "/var/lib/mecab/dic/ipadic-utf8";

struct PipelineOptions {
  std::string data_dir;
  std::string mecab_dic = kDefaultMecabDic;
  std::string userdic;   // "" = none
  bool explain = false;
  bool domestic = false;  // keep events between two actors of one country (JPNGOV → JPNOPP)
  size_t max_document_bytes = kDefaultMaxDocumentBytes;  // larger inputs are refused (--max-document-bytes)
};

class Pipeline {
 public:
  static std::unique_ptr<Pipeline> open(const PipelineOptions& opt);
  // Does this build code `lang`? And the names of the languages it codes ("Japanese").
  static bool codes(const std::string& lang);
  static std::string language_names();

  // Reads and cleans a file ("-" = stdin). Throws InputError.
  Document read(const std::string& path) const;
  void route(Document& doc, const std::string& requested = "auto") const;
  void code(Document& doc) const;

  const Boilerplate& boilerplate() const { return boilerplate_; }
  const ActorDictionary& actors() const { return actors_; }
  const Codebook& codebook() const { return codebook_; }
  size_t max_document_bytes() const { return max_document_bytes_; }
  // The front end of `lang`, or nullptr.
  const FrontEnd* front_end(const std::string& lang) const;

 private:
  Pipeline() = default;
  void leave_out_domestic(Document& doc) const;
  bool domestic_ = false, explain_ = false;
  size_t max_document_bytes_ = kDefaultMaxDocumentBytes;
  Boilerplate boilerplate_;
  ActorDictionary actors_;
  Codebook codebook_;
  std::vector<std::unique_ptr<FrontEnd>> front_ends_;
};

}  // namespace kizashi

// format/coded — a freshly coded Document, as `kizashi code` writes it and
// POST /api/code answers it.
//
// Contract: event_json() is one event as the JSONL line of the command-line
// contract (README.md: doc, sentence_index, sentence, doc_date, event_date,
// source ... quote, lang); write_jsonl() writes one such line per event,
// write_tsv() one row per event (after write_tsv_header()), write_explain()
// the --explain trace of every sentence (write_sentence_trace() one sentence's
// lines); each writes the whole document and
// nothing else. coded_document_json() is the /api/code answer: the date, every
// sentence with its actor mentions (bytes, text, codes) and, when the document
// was coded with its trace, the trace lines ("trace"), and the events as
// event_json() gives them.
#pragma once

#include <ostream>
#include <string>

#include "base/names.h"
#include "format/common.h"
#include "model/document.h"

namespace kizashi {

enum class CodedFormat { Jsonl, Tsv };
// "jsonl", "tsv".
const Names<CodedFormat>& coded_formats();

ordered_json event_json(const Document& doc, const Event& e);
ordered_json coded_document_json(const Document& doc);

void write_jsonl(const Document& doc, std::ostream& out);
void write_tsv_header(std::ostream& out);
void write_tsv(const Document& doc, std::ostream& out);
void write_explain(const Document& doc, std::ostream& out);
// One sentence's trace lines and EVENT lines, each after `indent` (write_explain's body).
void write_sentence_trace(const Document& doc, const Sentence& s, const std::string& indent, std::ostream& out);

}  // namespace kizashi

// cli/output — writes coded documents as JSONL, TSV or an explanation.
//
// Contract: each function writes the whole document's output to `out` and
// nothing else; the JSONL fields are the command-line contract documented in
// README.md (doc, sentence_index, sentence, doc_date, event_date, source,
// target, source_text, target_text, code, root_code, quad_class, goldstein,
// plover, quote, rule, actor_ids, ...).
#pragma once

#include <ostream>

#include "model/document.h"

namespace kizashi {

void write_jsonl(const Document& doc, std::ostream& out);
void write_tsv_header(std::ostream& out);
void write_tsv(const Document& doc, std::ostream& out);
void write_explain(const Document& doc, std::ostream& out);

}  // namespace kizashi

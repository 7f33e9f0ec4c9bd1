// cli/cmd_validate — `kizashi validate --gold FILE`: codes every document of a
// gold file in-process and scores the events as ../shared/eval/score_events.py
// scores `kizashi code --date {date} --lang {lang} --format jsonl {file}`
// (cli/validate.h has the rules), with the script's figures and last line.
//
// Contract: each document is read from its path relative to the gold file's
// folder, dated with the gold `date` (none: from the text) and routed to the
// gold `lang`. A document that `kizashi code` would refuse (a language this
// build does not code, a bad date, an unreadable text) has no predictions and
// one error, worded as the script records the failed command ("exit 2:
// kizashi: ..."). --verbose prints the script's lines for each document and,
// under each miss and false positive, the sentence with its --explain trace;
// --by-root the script's table per gold root and the root confusion of the
// missed events; --json one JSON object (totals and per document) instead of
// the text. Exit: 0 when scoring ran, 1 when the gold file cannot be read or a
// document file is missing (one line naming it) or, with --min-f1 X, when F1
// is below X or a document had an error (as the script); 2 usage error or a
// pipeline that cannot be opened.
#include <algorithm>
#include <filesystem>
#include <iostream>
#include <set>

#include "base/calendar.h"
#include "base/error.h"
#include "cli/commands.h"
#include "cli/validate.h"
#include "format/coded.h"
#include "format/common.h"
#include "pipeline/pipeline.h"

namespace kizashi {

namespace {

using namespace validate;

struct ValidateArgs {
  std::string gold;
  bool verbose = false, by_root = false, json = false;
  double min_f1 = -1;  // < 0: none
};

// One gold document coded as `kizashi code` codes it, and the errors the
// script would record for that command.
struct CodedDoc {
  Document doc;
  std::vector<std::string> errors;
};

CodedDoc code_gold_document(const Pipeline& pipe, const GoldDoc& g) {
  CodedDoc c;
  auto refuse = [&](int rc, const std::string& msg) {
    c.errors.push_back("exit " + std::to_string(rc) + ": " + prefix("kizashi: " + msg, 300));
  };
  if (!g.date.empty() && !valid_date(g.date)) {
    refuse(2, "--date: '" + g.date + "' is not a date (YYYY-MM-DD)");
  } else if (g.lang != "auto" && !Pipeline::codes(g.lang)) {
    refuse(2, "--lang " + g.lang + ": this build codes " + Pipeline::language_names() + " only");
  } else {
    try {
      c.doc = pipe.read(g.path);
      c.doc.date = g.date;
      pipe.route(c.doc, g.lang);
      pipe.code(c.doc);
    } catch (const InputError& e) {
      refuse(1, e.what());
    } catch (const std::exception& e) {
      refuse(1, g.path + ": " + e.what());
    }
  }
  if (!c.errors.empty()) c.doc.events.clear();
  return c;
}

// Sentence `index` with its --explain trace and events (as format/coded's
// write_explain prints them), indented under a miss or false positive; a
// sentence shown before in this document is named only.
void print_sentence(const Document& doc, int index, std::set<int>& shown, std::ostream& out) {
  if (index < 0 || index >= static_cast<int>(doc.sentences.size())) {
    out << "      (no sentence of the document has this anchor)\n";
    return;
  }
  const Sentence& s = doc.sentences[static_cast<size_t>(index)];
  if (!shown.insert(index).second) {
    out << "      [" << s.index << "] (trace above)\n";
    return;
  }
  out << "      [" << s.index << "] " << s.text << '\n';
  write_sentence_trace(doc, s, "          ", out);
}

// The first sentence whose normalised text holds the anchor, or -1.
int anchor_sentence(const Document& doc, const GoldEvent& g) {
  for (size_t i = 0; i < doc.sentences.size(); ++i)
    if (norm(doc.sentences[i].text).find(g.anchor_norm) != std::string::npos) return static_cast<int>(i);
  return -1;
}

void print_document(const DocScore& d, const Document& doc, std::ostream& out) {
  std::set<int> shown;
  out << doc_header(d) << '\n';
  for (const auto& e : d.errors) out << error_line(e) << '\n';
  for (const GoldEvent* g : d.missed) {
    out << missed_line(*g) << '\n';
    if (d.errors.empty()) print_sentence(doc, anchor_sentence(doc, *g), shown, out);
  }
  for (int i : d.false_positives) {
    const Prediction& p = d.preds[static_cast<size_t>(i)];
    out << false_positive_line(p) << '\n';
    print_sentence(doc, p.sentence_index, shown, out);
  }
}

ordered_json document_json(const DocScore& d, bool verbose) {
  ordered_json j = {{"file", d.file},
                    {"required", d.required.size()},
                    {"hit", d.hit},
                    {"predicted", d.preds.size()},
                    {"optional_hit", d.optional_hit},
                    {"fp", d.false_positives.size()},
                    {"dated", d.dated},
                    {"date_ok", d.date_ok},
                    {"errors", d.errors}};
  if (!verbose) return j;
  j["missed"] = ordered_json::array();
  for (const GoldEvent* g : d.missed)
    j["missed"].push_back({{"source", g->source}, {"target", g->target}, {"root", g->roots}, {"anchor", g->anchor}});
  j["false_positives"] = ordered_json::array();
  for (int i : d.false_positives) {
    const Prediction& p = d.preds[static_cast<size_t>(i)];
    j["false_positives"].push_back(
        {{"source", p.source}, {"target", p.target}, {"code", p.code}, {"sentence", p.sentence}});
  }
  return j;
}

// The script's --json object (its rounded P/R/F1), and the tables of --by-root.
ordered_json totals_json(const Totals& t, bool by_root) {
  ordered_json j = {{"required", t.required}, {"hit", t.hit},         {"predicted", t.predicted},
                    {"optional_hit", t.optional_hit}, {"fp", t.fp}, {"dated", t.dated},
                    {"date_ok", t.date_ok}, {"errors", t.errors},   {"precision", round3(t.precision())},
                    {"recall", round3(t.recall())},    {"f1", round3(t.f1())}};
  if (!by_root) return j;
  j["by_root"] = ordered_json::array();
  for (const auto& [k, r] : t.by_root)
    j["by_root"].push_back({{"root", k}, {"required", r.required}, {"hit", r.hit}, {"fp", r.fp}});
  j["confusion"] = ordered_json::array();
  for (const auto& [k, n] : t.confusion)
    j["confusion"].push_back({{"gold", k.first}, {"predicted", k.second}, {"missed", n}});
  return j;
}

// Reads the gold file and checks that every document file is there (exit 1 otherwise).
bool load_gold(const std::string& path, std::vector<GoldDoc>& docs) {
  try {
    docs = read_gold(path);
  } catch (const InputError& e) {
    std::cerr << "kizashi: " << e.what() << '\n';
    return false;
  }
  for (size_t i = 0; i < docs.size(); ++i) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(docs[i].path, ec)) continue;
    std::cerr << "kizashi: " << docs[i].path << ": no such document file (document " << i + 1 << " of " << path
              << ")\n";
    return false;
  }
  return true;
}

int run_validate(const ValidateArgs& a, const GlobalOptions& g) {
  std::vector<GoldDoc> docs;
  if (!load_gold(a.gold, docs)) return 1;
  std::unique_ptr<Pipeline> pipe;
  try {
    pipe = open_pipeline(g, a.verbose);
  } catch (const std::exception& e) {
    std::cerr << "kizashi: " << e.what() << '\n';
    return 2;
  }
  Totals totals;
  ordered_json per_doc = ordered_json::array();
  for (const auto& gd : docs) {
    CodedDoc c = code_gold_document(*pipe, gd);
    DocScore d = score_document(gd, predictions(c.doc), c.errors);
    totals.add(d);
    if (a.json) per_doc.push_back(document_json(d, a.verbose));
    else if (a.verbose) print_document(d, c.doc, std::cout);
  }
  if (a.json) {
    ordered_json out = {{"gold", a.gold}, {"totals", totals_json(totals, a.by_root)}, {"documents", per_doc}};
    std::cout << json_text(out) << '\n';
  } else {
    if (a.by_root) std::cout << by_root_table(totals) << confusion_table(totals);
    std::cout << totals_line(totals) << '\n';
  }
  std::cout.flush();
  if (a.min_f1 < 0 || (totals.f1() >= a.min_f1 && totals.errors == 0)) return 0;
  std::cerr << "kizashi: validate: F1 " << fixed(totals.f1(), 3) << ", " << totals.errors
            << " error(s); --min-f1 " << a.min_f1 << " requires F1 >= " << a.min_f1 << " and no errors\n";
  return 1;
}

}  // namespace

void register_validate(CLI::App& app, const GlobalOptions& g, int& rc) {
  auto a = std::make_shared<ValidateArgs>();
  auto* cmd = app.add_subcommand("validate", "code the documents of a gold file and score the events "
                                             "(as ../shared/eval/score_events.py)");
  cmd->add_option("--gold", a->gold, "gold file (../shared/README.md, Gold format)")->required();
  cmd->add_flag("--verbose", a->verbose, "each document's score, misses and false positives with their traces");
  cmd->add_flag("--by-root", a->by_root, "recall and false positives per gold root, and the root confusion");
  cmd->add_flag("--json", a->json, "the totals and per-document figures as one JSON object");
  cmd->add_option("--min-f1", a->min_f1, "exit 1 when F1 is below X or a document could not be coded")
      ->check(CLI::Range(0.0, 1.0));
  cmd->callback([a, &g, &rc] { rc = run_validate(*a, g); });
}

}  // namespace kizashi

// cli/validate — scoring coded events against a gold file, exactly as
// ../shared/eval/score_events.py does, for `kizashi validate`. Pure
// functions: nothing here codes a document, so all of it is testable
// without MeCab.
//
// Contract: read_gold() reads the gold format of ../shared/README.md and
// throws InputError naming the file for one it cannot read. Anchors and
// sentences are compared NFKC-normalised with ASCII and ideographic spaces
// removed (norm()); actors by country (country(): the first three letters),
// codes by root (root(): the first two digits, a 1–2 digit code zero-filled
// to three first). predictions() keeps the dyadic events of a coded
// Document and drops those of a sentence whose countries and root an earlier
// one already had (a mutual event also stands for its reverse). A
// prediction fits a gold event when the anchor is in its sentence, its root
// is among the gold roots and its countries agree (either way round for a
// symmetric gold event); match() is the script's maximum bipartite matching
// (augmenting paths, predictions and gold events in their order), so every
// gold event matches at most one prediction. score_document() matches the
// required gold events first, then the remaining predictions against the
// optional ones, which are neither credited nor penalised; every other
// prediction is a false positive. Dates are compared for the matched
// required events with a date: the prediction's event date must start with
// it. A document that could not be coded has no predictions and one error.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "model/document.h"

namespace kizashi::validate {

struct GoldEvent {
  std::string anchor, anchor_norm;   // as written, and norm(anchor)
  std::string source, target;        // country codes, compared as written
  std::vector<std::string> roots;    // accepted roots ("04"); never empty
  bool symmetric = false, required = true, has_date = false;
  std::string date;
};

struct GoldDoc {
  std::string file;   // as in the gold file
  std::string path;   // resolved against the gold file's folder
  std::string date, lang;
  std::vector<GoldEvent> events;
};

std::vector<GoldDoc> read_gold(const std::string& path);

struct Prediction {
  std::string source, target, code, sentence, sentence_norm, event_date;
  bool mutual = false;
  int sentence_index = -1;
};

std::string norm(const std::string& s);
std::string country(const std::string& code);
std::string root(const std::string& code);
// The first `n` characters (code points) of UTF-8 text, as Python's s[:n].
std::string prefix(const std::string& utf8, size_t n);

// The dyadic events of `doc` as scored predictions (deduplicated as above).
std::vector<Prediction> predictions(const Document& doc);
// `preds` without the non-dyadic ones and the repeats of a sentence's root-level event.
std::vector<Prediction> dedup(const std::vector<Prediction>& preds);
bool fits(const Prediction& p, const GoldEvent& g);
// For each prediction the index of the gold event it matches, or -1.
std::vector<int> match(const std::vector<Prediction>& preds, const std::vector<const GoldEvent*>& golds);

struct DocScore {
  std::string file;
  std::vector<Prediction> preds;
  std::vector<std::string> errors;
  std::vector<const GoldEvent*> required;    // in gold order
  std::vector<int> matched;                  // per required gold event: the prediction, or -1
  std::vector<const GoldEvent*> missed;      // required and unmatched
  std::vector<int> false_positives;          // indices into preds
  int hit = 0, optional_hit = 0, dated = 0, date_ok = 0;
};

// The result points into `doc`, which must outlive it.
DocScore score_document(const GoldDoc& doc, std::vector<Prediction> preds, std::vector<std::string> errors);

struct RootRow {
  int required = 0, hit = 0, fp = 0;
};

struct Totals {
  int required = 0, hit = 0, predicted = 0, optional_hit = 0, fp = 0, dated = 0, date_ok = 0, errors = 0;
  std::map<std::string, RootRow> by_root;                       // gold root of required events; fp by predicted root
  std::map<std::pair<std::string, std::string>, int> confusion;  // (gold root, predicted root) → missed events
  void add(const DocScore& d);
  double precision() const;
  double recall() const;
  double f1() const;
};

// The predicted roots of a missed required gold event: the root, when it is not
// a gold root, of every prediction whose sentence has the anchor and whose
// countries agree (as fits() reads them), each once.
std::vector<std::string> confused_roots(const DocScore& d, const GoldEvent& g);

// The script's output: a document's --verbose lines (header, errors, misses,
// false positives), its --by-root table, and its last line.
std::string doc_header(const DocScore& d);
std::string error_line(const std::string& e);
std::string missed_line(const GoldEvent& g);
std::string false_positive_line(const Prediction& p);
std::string by_root_table(const Totals& t);
std::string confusion_table(const Totals& t);
std::string totals_line(const Totals& t);
// x rounded to 3 decimals as Python's round(x, 3).
double round3(double x);

}  // namespace kizashi::validate

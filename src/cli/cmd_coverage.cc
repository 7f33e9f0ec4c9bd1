// cli/cmd_coverage — `kizashi coverage [--top N] [--list] FILES...`: the
// predicates that take two actors in the given Japanese documents, with
// counts, and how many of them the pattern dictionary codes (issue 12).
//
// Contract: every file is read and coded as `kizashi code` codes it (the
// document date from the text unless --date is given); each analysed sentence
// goes through events/ja/coverage's two_actor_predicates() (the rules are in
// its header). Output: one row per key of the top N (rank, count, key,
// status coded / non-event / open, the first sentence it was found in, cut
// to about 60 characters ending at the predicate), then the summary line "two-actor predicates: N occurrences, K
// keys; top N keys: coded X, non-event Y, open Z (Q% of them covered);
// occurrences covered: P%" (covered = coded or listed in data/verbs/
// ja.nonevents, as a share of all two-actor predicate occurrences). --list
// prints only the open keys of the top N (rank, count, key, example), no
// summary. Files run on --threads threads; the result is the same for any
// number. Exit: 0 ok; 1 a file could not be read or is not Japanese (one line
// on stderr naming it; the others are still counted); 2 usage error or a
// pipeline that cannot be opened.
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <thread>

#include "base/calendar.h"
#include "base/error.h"
#include "cli/commands.h"
#include "events/ja/coverage.h"
#include "pipeline/japanese.h"
#include "pipeline/ordered_pool.h"
#include "pipeline/pipeline.h"

namespace kizashi {

namespace {

struct CoverageArgs {
  std::vector<std::string> files;
  std::string date;
  size_t top = 1000;
  bool list = false;
  int threads = 0;  // 0: one per core
};

// One document's two-actor predicates, in text order.
struct Occurrence {
  std::string key, sentence;
  size_t end = 0;  // the byte after the predicate in the sentence
};
struct Found {
  std::vector<Occurrence> predicates;
  std::string error;
};

Found find_predicates(const Pipeline& pipe, const JapaneseFrontEnd& ja, const std::string& file,
                      const std::string& date) {
  Found found;
  try {
    Document doc = pipe.read(file);
    doc.date = date;
    pipe.route(doc, "auto");
    if (doc.lang != ja.lang()) throw InputError(file + ": not Japanese text");
    if (doc.date.empty()) doc.date = ja.document_date(doc.text);
    ja.code(doc, [&](const ja::Sentence& s) {
      for (auto& p : ja::two_actor_predicates(s, ja.lexicon(), ja.patterns()))
        found.predicates.push_back({std::move(p.key), s.text, p.end});
    });
  } catch (const InputError& e) {
    found.error = e.what();
  } catch (const std::exception& e) {
    found.error = file + ": " + e.what();
  }
  return found;
}

// Columns a terminal gives `s`: one per ASCII character, two per other character.
size_t display_width(const std::string& s) {
  size_t w = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) w += c < 0x80 ? 1 : 2;
  return w;
}

std::string padded(const std::string& s, size_t width) {
  size_t w = display_width(s);
  return w >= width ? s : s + std::string(width - w, ' ');
}

void print_row(size_t rank, const ja::CoverageRow& r, bool with_status, std::ostream& out) {
  char head[48];
  std::snprintf(head, sizeof head, "%5zu %7ld  ", rank, r.count);
  out << head << padded(r.key, 14) << "  ";
  if (with_status) out << padded(ja::status_name(r.status), 9) << "  ";
  out << r.example << '\n';
}

void print_summary(const ja::CoverageSummary& s, size_t top, std::ostream& out) {
  char line[400];
  std::snprintf(line, sizeof line,
                "two-actor predicates: %ld occurrences, %zu keys; top %zu keys: coded %zu, non-event %zu, "
                "open %zu (%.1f%% of them covered); occurrences covered: %.1f%%",
                s.occurrences, s.keys, top, s.coded, s.nonevent, s.open, s.top_share(), s.occurrence_share());
  out << line << '\n';
}

void print_report(const std::vector<ja::CoverageRow>& rows, const CoverageArgs& a, std::ostream& out) {
  const ja::CoverageSummary sum = ja::CoverageTally::summarise(rows, a.top);
  if (!a.list) out << " rank   count  " << padded("key", 14) << "  " << padded("status", 9) << "  example\n";
  for (size_t i = 0; i < sum.top; ++i)
    if (!a.list || rows[i].status == ja::KeyStatus::Open) print_row(i + 1, rows[i], !a.list, out);
  if (!a.list) print_summary(sum, a.top, out);
}

int run_coverage(const CoverageArgs& a, const GlobalOptions& g) {
  if (!a.date.empty() && !valid_date(a.date)) {
    std::cerr << "kizashi: --date: '" << a.date << "' is not a date (YYYY-MM-DD)\n";
    return 2;
  }
  std::unique_ptr<Pipeline> pipe;
  try {
    pipe = open_pipeline(g, false);
  } catch (const std::exception& e) {
    std::cerr << "kizashi: " << e.what() << '\n';
    return 2;
  }
  const auto* ja = dynamic_cast<const JapaneseFrontEnd*>(pipe->front_end("ja"));
  if (!ja) {
    std::cerr << "kizashi: this build has no Japanese front end\n";
    return 2;
  }
  int rc = 0;
  ja::CoverageTally tally;
  size_t i = 0;
  int threads = a.threads > 0 ? a.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  run_ordered<std::string, Found>(
      a.files.size() > 1 ? threads : 1,
      [&](std::string& f) {
        if (i >= a.files.size()) return false;
        f = a.files[i++];
        return true;
      },
      [&](std::string& f) { return find_predicates(*pipe, *ja, f, a.date); },
      [&](Found& found) {
        if (!found.error.empty()) {
          std::cerr << "kizashi: " << found.error << '\n';
          rc = 1;
        }
        for (const auto& o : found.predicates) tally.add(o.key, o.sentence, o.end);
      });
  print_report(tally.rows(ja->patterns(), ja->nonevents()), a, std::cout);
  return rc;
}

}  // namespace

void register_coverage(CLI::App& app, const GlobalOptions& g, int& rc) {
  auto a = std::make_shared<CoverageArgs>();
  auto* cmd = app.add_subcommand(
      "coverage", "list the predicates that take two actors, with counts, and the share the patterns cover");
  cmd->add_option("--top", a->top, "rows shown and keys summarised: the N most frequent (default 1000)")
      ->check(CLI::PositiveNumber);
  cmd->add_flag("--list", a->list, "print only the open keys of the top N (neither coded nor listed as non-events)");
  cmd->add_option("--date", a->date, "document date YYYY-MM-DD (default: first date in the text)");
  cmd->add_option("--threads", a->threads, "files read at once (default: one per core)")->check(CLI::Range(1, 256));
  cmd->add_option("files", a->files, "Japanese text or HTML files")->required();
  cmd->callback([a, &g, &rc] { rc = run_coverage(*a, g); });
}

}  // namespace kizashi

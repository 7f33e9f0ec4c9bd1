// cli/cmd_ingest — `kizashi ingest`: code files, directories and JSONL into a
// store. Documents are coded on --threads threads and stored in input order,
// each in its own transaction; documents already in the store are skipped
// before coding, so an interrupted ingest resumes where it stopped.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <iostream>
#include <mutex>
#include <thread>
#include <unordered_set>

#include "base/calendar.h"
#include "base/error.h"
#include "base/provenance.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "cli/ingest_inputs.h"
#include "ingest/boilerplate.h"
#include "ingest/reader.h"
#include "pipeline/ordered_pool.h"
#include "pipeline/pipeline.h"

namespace kizashi {

namespace {

struct IngestArgs {
  std::vector<std::string> paths;
  std::string db, date;
  int threads = 0;
  bool strict = false, quiet = false;
};

struct Coded {
  IngestItem item;
  Document doc;
  std::string error;
  std::string hash;  // Store::content_hash of the cleaned text, computed once
  bool known = false;
};

// Identities already in the store (shared by the coding threads).
class KnownSet {
 public:
  bool has(const std::string& key) const {
    std::lock_guard<std::mutex> l(mu_);
    return keys_.count(key) > 0;
  }
  void add(const std::string& key) {
    if (key.empty()) return;
    std::lock_guard<std::mutex> l(mu_);
    keys_.insert(key);
  }

 private:
  mutable std::mutex mu_;
  std::unordered_set<std::string> keys_;
};

struct Counts {
  int64_t stored = 0, known = 0, duplicates = 0, skipped = 0, events = 0;
  uint64_t bytes = 0;
};

std::string clock_text(double seconds) {
  long s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, s / 60 % 60, s % 60);
  else std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
  return buf;
}

class Progress {
 public:
  Progress(bool on, uint64_t total) : on_(on), total_(total), start_(Clock::now()), last_(start_) {}
  double elapsed() const { return std::chrono::duration<double>(Clock::now() - start_).count(); }
  void update(const Counts& c, bool force = false) {
    if (!on_) return;
    auto now = Clock::now();
    if (!force && now - last_ < std::chrono::milliseconds(200)) return;
    last_ = now;
    double t = elapsed();
    int64_t docs = c.stored + c.known + c.duplicates + c.skipped;
    std::string bar, eta = "--:--";
    if (total_) {
      double f = std::min(1.0, static_cast<double>(c.bytes) / static_cast<double>(total_));
      int w = static_cast<int>(f * 24);
      bar = "[" + std::string(static_cast<size_t>(w), '#') + std::string(static_cast<size_t>(24 - w), '.') + "] " +
            std::to_string(static_cast<int>(f * 100)) + "%  ";
      if (f > 0) eta = clock_text(t / f - t);
    }
    std::fprintf(stderr, "\r\033[K%s%lld docs  %.1f docs/s  %lld events  ETA %s", bar.c_str(),
                 static_cast<long long>(docs), t > 0 ? static_cast<double>(docs) / t : 0.0,
                 static_cast<long long>(c.events), eta.c_str());
  }
  void end() {
    if (on_) std::fprintf(stderr, "\r\033[K");
  }

 private:
  using Clock = std::chrono::steady_clock;
  bool on_;
  uint64_t total_;
  Clock::time_point start_, last_;
};

struct Fatal {};

// One `kizashi ingest` run: the inputs, the store, the pipeline and the counts.
class IngestRun {
 public:
  explicit IngestRun(const IngestArgs& a) : a_(a) {}
  // Opens inputs, store and pipeline; the exit code when one cannot be (0: all open).
  int open(const GlobalOptions& g);
  int run();

 private:
  Coded work(IngestItem& item) const;
  void consume(Coded& r);
  void summary() const;

  const IngestArgs& a_;
  std::unique_ptr<IngestInputs> inputs_;
  std::unique_ptr<Store> store_;
  std::unique_ptr<Pipeline> pipe_;
  KnownSet known_;
  Counts c_;
  std::unique_ptr<Progress> progress_;
  std::string coder_, data_hash_;  // stored with every document (base/provenance.h)
};

int IngestRun::open(const GlobalOptions& g) {
  if (!a_.date.empty() && !valid_date(a_.date)) {
    std::cerr << "kizashi: --date: '" << a_.date << "' is not a date (YYYY-MM-DD)\n";
    return 2;
  }
  try {  // the pipeline first: a setup that cannot run creates no store
    pipe_ = open_pipeline(g, false);
    coder_ = coder_version();
    data_hash_ = data_hash(g.data_dir);
  } catch (const std::exception& e) {
    std::cerr << "kizashi: " << e.what() << '\n';
    return 2;
  }
  try {
    inputs_ = std::make_unique<IngestInputs>(a_.paths.empty() ? std::vector<std::string>{"-"} : a_.paths);
    store_ = Store::open(a_.db);
  } catch (const std::exception& e) {
    std::cerr << "kizashi: " << e.what() << '\n';
    return 1;
  }
  store_->for_each_identity([&](const std::string& hash, const std::string& ext) {
    known_.add("h:" + hash);
    if (!ext.empty()) known_.add("x:" + ext);
  });
  progress_ = std::make_unique<Progress>(!a_.quiet && ::isatty(STDERR_FILENO), inputs_->total_bytes());
  return 0;
}

// Reads, routes and codes one input (on a worker thread); a document already
// in the store is recognised before it is coded.
Coded IngestRun::work(IngestItem& item) const {
  Coded out;
  out.item = std::move(item);
  if (!out.item.error.empty()) {
    out.error = out.item.error;
    return out;
  }
  const DocumentMeta& m = out.item.meta;
  if (!m.ext_id.empty() && known_.has("x:" + m.ext_id)) {
    out.known = true;
    return out;
  }
  // Until it is coded the document is named by `where` ("FILE: line N" for a
  // JSONL record), so that every error names the file and line, not the id.
  const std::string& where = out.item.where;
  try {
    out.doc = out.item.from_jsonl ? make_document(where, out.item.body, pipe_->boilerplate(), pipe_->max_document_bytes())
                                  : pipe_->read(out.item.path);
    out.doc.name = where;
    pipe_->route(out.doc);
    out.doc.date = out.item.date.empty() ? a_.date : out.item.date;
    out.hash = Store::content_hash(out.doc.text);
    if (m.ext_id.empty() && known_.has("h:" + out.hash)) {
      out.known = true;
      return out;
    }
    pipe_->code(out.doc);
    out.doc.name = out.item.name;
  } catch (const InputError& e) {
    out.error = e.what();
  } catch (const std::exception& e) {
    out.error = where + ": " + e.what();
  }
  return out;
}

// Stores one coded input (on the calling thread, in input order).
void IngestRun::consume(Coded& r) {
  c_.bytes += r.item.bytes;
  if (!r.error.empty()) {
    progress_->end();
    std::cerr << "kizashi: " << printable(r.error) << (a_.strict ? "" : " (skipped)") << '\n';
    ++c_.skipped;
    if (a_.strict) throw Fatal{};
  } else if (r.known) {
    ++c_.known;
  } else {
    r.item.meta.coder = coder_;
    r.item.meta.data_hash = data_hash_;
    AddResult res = store_->add(r.doc, r.item.meta);
    if (res.outcome == AddOutcome::Known) ++c_.known;
    else if (res.outcome == AddOutcome::Duplicate) ++c_.duplicates;
    else ++c_.stored;
    c_.events += res.events;
    known_.add("h:" + r.hash);
    if (!r.item.meta.ext_id.empty()) known_.add("x:" + r.item.meta.ext_id);
  }
  progress_->update(c_);
}

void IngestRun::summary() const {
  double t = progress_->elapsed();
  int64_t docs = c_.stored + c_.known + c_.duplicates + c_.skipped;
  std::fprintf(stderr,
               "kizashi ingest: %lld stored, %lld already stored, %lld near-duplicates, %lld skipped; %lld events; "
               "%.1f docs/s, %.1f events/s; store %s\n",
               static_cast<long long>(c_.stored), static_cast<long long>(c_.known),
               static_cast<long long>(c_.duplicates), static_cast<long long>(c_.skipped),
               static_cast<long long>(c_.events), t > 0 ? static_cast<double>(docs) / t : 0.0,
               t > 0 ? static_cast<double>(c_.events) / t : 0.0, store_->where().c_str());
}

int IngestRun::run() {
  int threads = a_.threads > 0 ? a_.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  int rc = 0;
  try {
    run_ordered<IngestItem, Coded>(
        threads, [&](IngestItem& item) { return inputs_->next(item); }, [&](IngestItem& item) { return work(item); },
        [&](Coded& r) { consume(r); });
  } catch (const Fatal&) {
    rc = 1;
  } catch (const std::exception& e) {
    progress_->end();
    std::cerr << "kizashi: " << e.what() << '\n';
    rc = 1;
  }
  progress_->end();
  summary();
  if (c_.skipped && rc == 0) rc = 1;
  return rc;
}

int run_ingest(const IngestArgs& a, const GlobalOptions& g) {
  IngestRun run(a);
  if (int rc = run.open(g)) return rc;
  return run.run();
}

}  // namespace

void register_ingest(CLI::App& app, const GlobalOptions& g, int& rc) {
  auto a = std::make_shared<IngestArgs>();
  auto* cmd = app.add_subcommand("ingest", "code text/HTML files, directories and JSONL articles into the store");
  cmd->add_option("--db", a->db, "store: sqlite:PATH or PATH (default ./kizashi.db), or postgresql://...")
      ->check(store_url_check());
  cmd->add_option("--date", a->date, "document date YYYY-MM-DD for inputs without one (default: from the text)");
  cmd->add_option("--threads", a->threads, "coding threads (default: all cores)")->check(CLI::Range(0, 256));
  cmd->add_flag("--strict", a->strict, "stop at the first bad input (default: report it, skip it, exit 1 at the end)");
  cmd->add_flag("--quiet", a->quiet, "no progress bar");
  cmd->add_option("paths", a->paths, "files, directories or JSONL (*.jsonl, *.ndjson); '-' or nothing reads stdin");
  cmd->callback([a, &g, &rc] { rc = run_ingest(*a, g); });
}

}  // namespace kizashi

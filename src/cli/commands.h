// cli/commands — the kizashi subcommands. Each register_*() adds one CLI11
// subcommand whose callback stores its exit code in `rc`.
//
// Exit codes: 0 ok; 1 an input or the store failed (one line on stderr
// naming the file and position); 2 usage error or a setup that cannot run.
#pragma once

#include <CLI/CLI.hpp>

#include <memory>
#include <ostream>
#include <stdexcept>
#include <streambuf>
#include <string>

namespace kizashi {

struct GlobalOptions {
  std::string data_dir, mecab_dic, userdic;
  std::string default_userdic;  // the built-in --userdic (build/kizashi-user.dic, or the installed one)
  std::string web_dir;          // serve --web default: $KIZASHI_WEB, the installed or the built dashboard
  bool domestic = false;  // --domestic: keep events within one country
  size_t max_document_bytes = 0;  // --max-document-bytes (main sets the default, kDefaultMaxDocumentBytes)
};

// Opens the coding pipeline. A user dictionary named by --userdic or
// $KIZASHI_USERDIC that cannot be read is an error naming it; only the
// built-in default may be missing (then none is used).
std::unique_ptr<class Pipeline> open_pipeline(const GlobalOptions& g, bool explain);

void register_code(CLI::App& app, const GlobalOptions& g, int& rc);
void register_ingest(CLI::App& app, const GlobalOptions& g, int& rc);
void register_queries(CLI::App& app, const GlobalOptions& g, int& rc);
void register_serve(CLI::App& app, const GlobalOptions& g, int& rc);
void register_validate(CLI::App& app, const GlobalOptions& g, int& rc);
void register_coverage(CLI::App& app, const GlobalOptions& g, int& rc);

// Routes std::cout, while it lives, through a buffer that keeps the errno of
// a failed write (EFBIG past `ulimit -f`, ENOSPC, EIO); main() holds one.
class StdoutCheck {
 public:
  StdoutCheck();
  ~StdoutCheck();

 private:
  std::unique_ptr<std::streambuf> buf_;
  std::streambuf* old_ = nullptr;
};

// Flushes std::cout; false when a write to it failed, after printing one line
// ("kizashi: standard output: write failed: REASON") the first time.
bool stdout_ok();

// Thrown once a failed write has been reported: the caller exits 1 quietly.
struct OutputReported : std::runtime_error {
  OutputReported() : std::runtime_error("output failed (reported)") {}
};

// Output to stdout, or to a file written through a temporary file that
// mkstemp() creates next to it (never a predictable name, never through a
// symlink) and renamed only when the command succeeds (a failed command
// leaves no half-written file).
class Output {
 public:
  explicit Output(const std::string& path);
  ~Output();
  std::ostream& stream();
  // Flushes and renames; throws std::runtime_error on a write error.
  void finish();

 private:
  struct File;
  std::string path_, tmp_;
  std::unique_ptr<File> file_;
  bool finished_ = false;
};

}  // namespace kizashi

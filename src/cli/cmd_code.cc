// cli/cmd_code — `kizashi code`: code files to JSONL/TSV on stdout (nothing stored).
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <sstream>
#include <thread>

#include "base/calendar.h"
#include "base/error.h"
#include "base/script.h"
#include "cli/commands.h"
#include "cli/ingest_inputs.h"
#include "cli/options.h"
#include "format/coded.h"
#include "pipeline/ordered_pool.h"
#include "pipeline/pipeline.h"

namespace kizashi {

namespace {

struct CodeArgs {
  std::vector<std::string> files;
  std::string date, lang = "auto";
  CodedFormat format = CodedFormat::Jsonl;
  bool explain = false;
  int threads = 0;  // 0: one per core
};

// One input's output text and error line (empty when it went well).
struct Coded {
  std::string out, error;
};

// Codes `inputs` on `threads` threads and writes each one's output in input
// order; rc becomes 1 when an input fails. Throws when stdout cannot be written.
using Input = IngestInputs::Input;

// The documents the arguments name: files as given, directories walked as
// `ingest` walks them (recursively, sorted, hidden entries skipped); what
// cannot be read, and a directory without files, keeps its error.
std::vector<Input> expand(const std::vector<std::string>& args) {
  std::vector<Input> out;
  for (const auto& a : args) {
    std::error_code ec;
    if (a == "-" || !std::filesystem::is_directory(a, ec)) {
      out.push_back({a, ""});
      continue;
    }
    IngestInputs dir({a});
    const auto& found = dir.files();
    if (found.empty()) out.push_back({a, a + ": no files in this directory"});
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

template <typename Work>
void code_all(int threads, const std::vector<Input>& inputs, Work& work, int& rc) {
  size_t i = 0;
  run_ordered<Input, Coded>(
      threads,
      [&](Input& f) {
        if (i >= inputs.size()) return false;
        f = inputs[i++];
        return true;
      },
      work,
      [&](Coded& c) {
        if (!c.error.empty()) {
          std::cerr << "kizashi: " << printable(c.error) << '\n';
          rc = 1;
        }
        std::cout << c.out;
        if (!stdout_ok()) throw OutputReported();  // stops the run
      });
}

int run_code(const CodeArgs& a, const GlobalOptions& g) {
  if (!a.date.empty() && !valid_date(a.date)) {
    std::cerr << "kizashi: --date: '" << a.date << "' is not a date (YYYY-MM-DD)\n";
    return 2;
  }
  if (a.lang != "auto" && !Pipeline::codes(a.lang)) {
    std::cerr << "kizashi: --lang " << a.lang << ": this build codes " << Pipeline::language_names() << " only\n";
    return 2;
  }
  std::unique_ptr<Pipeline> pipe;
  try {
    pipe = open_pipeline(g, a.explain);
  } catch (const std::exception& e) {
    std::cerr << "kizashi: " << e.what() << '\n';
    return 2;
  }
  std::vector<Input> inputs = expand(a.files.empty() ? std::vector<std::string>{"-"} : a.files);
  int rc = 0;
  if (a.format == CodedFormat::Tsv && !a.explain) write_tsv_header(std::cout);
  // Files are read and coded on `threads` threads; output keeps the input order.
  auto work = [&](const Input& in) {
    Coded c;
    const std::string& f = in.path;
    if (!in.error.empty()) {
      c.error = in.error;
      return c;
    }
    try {
      Document doc = pipe->read(f);
      doc.date = a.date;
      pipe->route(doc, a.lang);
      pipe->code(doc);
      std::ostringstream out;
      if (a.explain) write_explain(doc, out);
      else if (a.format == CodedFormat::Tsv) write_tsv(doc, out);
      else write_jsonl(doc, out);
      c.out = std::move(out).str();
    } catch (const InputError& e) {
      c.error = e.what();
    } catch (const std::exception& e) {
      c.error = f + ": " + e.what();
    }
    return c;
  };
  int threads = a.threads > 0 ? a.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  if (inputs.size() == 1) threads = 1;
  try {
    code_all(threads, inputs, work, rc);
  } catch (const OutputReported&) {
    return 1;
  }
  return rc;
}

}  // namespace

std::unique_ptr<Pipeline> open_pipeline(const GlobalOptions& g, bool explain) {
  std::string userdic = g.userdic;
  if (!userdic.empty() && ::access(userdic.c_str(), R_OK) != 0) {
    // Only the built-in default may be missing (a source tree not built yet);
    // a dictionary the user named is never dropped without a word.
    const char* env = std::getenv("KIZASHI_USERDIC");
    if (userdic != g.default_userdic || (env && *env))
      throw std::runtime_error("user dictionary " + printable(userdic) + " (--userdic, $KIZASHI_USERDIC): cannot read: " +
                               std::strerror(errno));
    userdic.clear();
  }
  return Pipeline::open({g.data_dir, g.mecab_dic, userdic, explain, g.domestic, g.max_document_bytes});
}

void register_code(CLI::App& app, const GlobalOptions& g, int& rc) {
  auto a = std::make_shared<CodeArgs>();
  auto* code = app.add_subcommand("code", "code news articles into CAMEO events (JSONL/TSV on stdout, nothing stored)");
  code->add_option("--date", a->date, "document date YYYY-MM-DD (default: first date in the text)");
  std::vector<std::string> langs{"auto"};
  langs.insert(langs.end(), known_languages().begin(), known_languages().end());
  code->add_option("--lang", a->lang, "language of the input (auto: read from the text; this build codes " +
                                          Pipeline::language_names() + ")")
      ->check(CLI::IsMember(langs));
  add_choice(code, "--format", a->format, coded_formats(), "output format");
  code->add_flag("--explain", a->explain, "print chunks, actors, predicates and why each event was (not) emitted");
  code->add_option("--threads", a->threads, "files coded at once (default: one per core); output keeps the input order")
      ->check(CLI::Range(1, 256));
  code->add_option("files", a->files, "text or HTML files, directories (read recursively); '-' or nothing reads standard input");
  code->callback([a, &g, &rc] { rc = run_code(*a, g); });
}

}  // namespace kizashi

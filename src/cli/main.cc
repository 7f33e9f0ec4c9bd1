// kizashi command line: `code` (the coder contract, see README.md), `ingest`
// (code into a store), the store queries `events`, `series`, `network`,
// `export`, `stats`, `validate` (score against a gold file) and `coverage`
// (the two-actor predicates and the share the patterns cover). Exit codes:
// 0 ok, 1 an input or the store failed, 2 usage error or a setup that cannot run.
#include <CLI/CLI.hpp>

#include <malloc.h>

#include <unistd.h>

#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "pipeline/pipeline.h"

#ifndef KIZASHI_DATA_DIR
#define KIZASHI_DATA_DIR "data"
#endif
#ifndef KIZASHI_USERDIC
#define KIZASHI_USERDIC ""
#endif
#ifndef KIZASHI_WEB_DIR
#define KIZASHI_WEB_DIR "web/dist"
#endif
#ifndef KIZASHI_VERSION
#define KIZASHI_VERSION "unknown"
#endif

namespace {

std::string env_or(const char* name, const std::string& fallback) {
  const char* v = std::getenv(name);
  return v && *v ? v : fallback;
}

// Where a file of the build is found: beside an installed binary
// (PREFIX/bin/kizashi reads PREFIX/share/kizashi/NAME, what `cmake --install`
// puts there) when it is there, else in the source or build tree the binary
// was built from.
std::string installed_or(const std::string& name, const std::string& built) {
  std::error_code ec;
  std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return built;
  std::filesystem::path installed = exe.parent_path().parent_path() / "share" / "kizashi" / name;
  return std::filesystem::exists(installed, ec) ? installed.string() : built;
}

}  // namespace

int main(int argc, char** argv) {
  // Past `ulimit -f` write() then fails with EFBIG, which every output reports
  // in one line, instead of the process dying of SIGXFSZ without a word.
  std::signal(SIGXFSZ, SIG_IGN);
  // A fixed mmap threshold: large buffers (a document's text, its copies) go
  // back to the system when freed, instead of glibc raising the threshold to
  // their size and keeping later ones of that size in the heap.
  mallopt(M_MMAP_THRESHOLD, 256 * 1024);
  kizashi::StdoutCheck stdout_check;
  CLI::App app{"kizashi — political event coder for Japanese news (CAMEO / PLOVER)"};
  app.require_subcommand(1);
  kizashi::GlobalOptions g;
  g.data_dir = env_or("KIZASHI_DATA", installed_or("data", KIZASHI_DATA_DIR));
  g.mecab_dic = env_or("KIZASHI_MECAB_DIC", kizashi::kDefaultMecabDic);
  g.default_userdic = installed_or("kizashi-user.dic", KIZASHI_USERDIC);
  g.userdic = env_or("KIZASHI_USERDIC", g.default_userdic);
  g.web_dir = env_or("KIZASHI_WEB", installed_or("web", KIZASHI_WEB_DIR));
  app.set_version_flag("--version", std::string("kizashi ") + KIZASHI_VERSION + " (data: " + g.data_dir + ")",
                       "print the version and the data directory, and exit");
  g.max_document_bytes = kizashi::kDefaultMaxDocumentBytes;
  app.add_option("--data", g.data_dir, "data directory (dictionaries, patterns, codebook)");
  app.add_option("--mecab-dic", g.mecab_dic, "MeCab system dictionary directory (IPADIC UTF-8)");
  app.add_option("--userdic", g.userdic, "MeCab user dictionary built from the actor dictionary");
  app.add_flag("--domestic", g.domestic,
               "keep events between two actors of one country (JPNGOV -> JPNOPP); left out by default");
  app.add_option("--max-document-bytes", g.max_document_bytes,
                 "refuse (name, count as skipped) a document larger than this; default 16 MiB, at most 64 MiB")
      ->check(CLI::Range(size_t{1}, kizashi::kMaxFileBytes));
  int rc = 0;
  kizashi::register_code(app, g, rc);
  kizashi::register_ingest(app, g, rc);
  kizashi::register_queries(app, g, rc);
  kizashi::register_serve(app, g, rc);
  kizashi::register_validate(app, g, rc);
  kizashi::register_coverage(app, g, rc);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::string msg = e.what();
    std::cerr << "kizashi: " << msg.substr(0, msg.find('\n')) << " (see kizashi --help)\n";
    return 2;
  }
  // What a command wrote to stdout and could not deliver (a full disk, a file
  // size limit) is an error even when the command itself did not notice.
  if (!kizashi::stdout_ok()) return rc ? rc : 1;
  return rc;
}

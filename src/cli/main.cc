// kizashi command line. `kizashi code` is the contract other tools rely on:
// see README.md. Exit codes: 0 ok, 1 a document could not be read or coded,
// 2 usage error or a setup that cannot code the requested language.
#include <CLI/CLI.hpp>

#include <cstdlib>
#include <iostream>
#include <sstream>
#include <sys/stat.h>

#include "actors/dictionary.h"
#include "cli/output.h"
#include "ingest/boilerplate.h"
#include "ingest/input_error.h"
#include "pipeline/pipeline.h"

#ifndef KIZASHI_DATA_DIR
#define KIZASHI_DATA_DIR "data"
#endif
#ifndef KIZASHI_USERDIC
#define KIZASHI_USERDIC ""
#endif

namespace {

bool exists(const std::string& p) {
  struct stat st {};
  return !p.empty() && ::stat(p.c_str(), &st) == 0;
}

std::string env_or(const char* name, const std::string& fallback) {
  const char* v = std::getenv(name);
  return v && *v ? v : fallback;
}

int run_code(const std::vector<std::string>& files, const std::string& date, const std::string& lang,
             const std::string& format, bool explain, const std::string& data_dir, const std::string& mecab_dic,
             const std::string& userdic) {
  using namespace kizashi;
  if (!date.empty() && !valid_date(date)) {
    std::cerr << "kizashi: --date: '" << date << "' is not a date (YYYY-MM-DD)\n";
    return 2;
  }
  if (lang == "en") {
    std::cerr << "kizashi: --lang en: this build codes Japanese only (English coder not built yet)\n";
    return 2;
  }
  std::unique_ptr<Pipeline> pipe;
  try {
    PipelineOptions opt;
    opt.data_dir = data_dir;
    opt.mecab_dic = mecab_dic;
    opt.userdic = userdic;
    opt.explain = explain;
    pipe = Pipeline::open(opt);
  } catch (const std::exception& e) {
    std::cerr << "kizashi: " << e.what() << '\n';
    return 2;
  }
  std::vector<std::string> inputs = files.empty() ? std::vector<std::string>{"-"} : files;
  int rc = 0;
  if (format == "tsv" && !explain) write_tsv_header(std::cout);
  for (const auto& f : inputs) {
    try {
      Document doc = pipe->read(f);
      doc.date = date;
      if (lang == "auto" && !has_japanese(doc.text))
        throw InputError(f + ": not Japanese text (English coding is not built yet)");
      doc.lang = "ja";
      pipe->code(doc);
      std::ostringstream out;
      if (explain) write_explain(doc, out);
      else if (format == "tsv") write_tsv(doc, out);
      else write_jsonl(doc, out);
      std::cout << out.str();
      std::cout.flush();
    } catch (const InputError& e) {
      std::cerr << "kizashi: " << e.what() << '\n';
      rc = 1;
    } catch (const std::exception& e) {
      std::cerr << "kizashi: " << f << ": " << e.what() << '\n';
      rc = 1;
    }
  }
  return rc;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"kizashi — political event coder for Japanese news (CAMEO / PLOVER)"};
  app.require_subcommand(1);
  std::string data_dir = env_or("KIZASHI_DATA", KIZASHI_DATA_DIR);
  std::string mecab_dic = env_or("KIZASHI_MECAB_DIC", kizashi::kDefaultMecabDic);
  std::string userdic = env_or("KIZASHI_USERDIC", KIZASHI_USERDIC);
  app.add_option("--data", data_dir, "data directory (dictionaries, patterns, codebook)");
  app.add_option("--mecab-dic", mecab_dic, "MeCab system dictionary directory (IPADIC UTF-8)");
  app.add_option("--userdic", userdic, "MeCab user dictionary built from the actor dictionary");

  auto* code = app.add_subcommand("code", "code news articles into CAMEO events");
  std::vector<std::string> files;
  std::string date, lang = "auto", format = "jsonl";
  bool explain = false;
  code->add_option("--date", date, "document date YYYY-MM-DD (default: first date in the text)");
  code->add_option("--lang", lang, "language of the input")->check(CLI::IsMember({"ja", "en", "auto"}));
  code->add_option("--format", format, "output format")->check(CLI::IsMember({"jsonl", "tsv"}));
  code->add_flag("--explain", explain, "print chunks, actors, predicates and why each event was (not) emitted");
  code->add_option("files", files, "text or HTML files; '-' or nothing reads standard input");

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::string msg = e.what();
    std::cerr << "kizashi: " << msg.substr(0, msg.find('\n')) << " (see kizashi --help)\n";
    return 2;
  }
  if (!exists(userdic)) userdic.clear();
  if (*code) return run_code(files, date, lang, format, explain, data_dir, mecab_dic, userdic);
  return 0;
}

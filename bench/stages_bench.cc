// bench/stages_bench — Google Benchmark micro-benchmarks of the pipeline
// stages the profile shows matter (bench/README.md): reading and cleaning,
// sentence splitting, MeCab tokenisation (with the copy into tokens), chunking,
// actor matching and event coding, each on its own prepared input. The text is
// the example articles in examples/ (written for kizashi), or the files named
// by $KIZASHI_BENCH_TEXT (space-separated paths).
//
//   build/bench/stages_bench [--benchmark_filter=Chunk] [--benchmark_min_time=2]
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "events/ja/coder.h"
#include "ingest/reader.h"
#include "pipeline/japanese.h"
#include "pipeline/pipeline.h"
#include "text/ja/chunk.h"
#include "text/ja/quotes.h"
#include "text/ja/segment.h"

using namespace kizashi;


namespace {

// The pipeline (every resource, loaded once by Pipeline::open) and the
// example text at each stage.
struct Fixture {
  std::unique_ptr<Pipeline> pipe;
  const JapaneseFrontEnd* ja = nullptr;
  std::vector<std::string> raw;         // file bytes
  std::vector<std::string> texts;       // cleaned document text
  std::vector<std::string> sentences;   // split
  std::vector<ja::Sentence> tokenized;      // tokens only
  std::vector<ja::Sentence> chunked;        // tokens + chunks
  std::vector<ja::Sentence> matched;        // + actor mentions
  size_t bytes = 0;

  Fixture() : pipe(Pipeline::open({KIZASHI_DATA_DIR, kDefaultMecabDic, KIZASHI_USERDIC, false})) {
    ja = dynamic_cast<const JapaneseFrontEnd*>(pipe->front_end("ja"));
    std::vector<std::string> files;
    if (const char* env = std::getenv("KIZASHI_BENCH_TEXT")) {
      std::istringstream in(env);
      for (std::string f; in >> f;) files.push_back(f);
    } else {
      for (const auto& e : std::filesystem::directory_iterator(KIZASHI_EXAMPLES_DIR))
        if (e.path().extension() == ".txt") files.push_back(e.path().string());
    }
    for (const auto& f : files) {
      raw.push_back(read_bytes(f));
      bytes += raw.back().size();
      Document d = make_document(f, raw.back(), pipe->boilerplate());
      texts.push_back(d.text);
      for (auto& s : ja::split_sentences(d.text)) sentences.push_back(std::move(s));
    }
    Discourse ctx;
    for (size_t i = 0; i < sentences.size(); ++i) {
      ja::Sentence s;
      s.index = static_cast<int>(i);
      s.text = sentences[i];
      s.tokens = ja->morphology().tokenize(s.text);
      tokenized.push_back(s);
      ja::chunk_sentence(s, ja->lexicon());
      ja::find_quotes(s, ja->lexicon());
      chunked.push_back(s);
      ja->matcher().match(s, "2025-03-04", ctx);
      matched.push_back(s);
    }
  }
};

Fixture& fx() {
  static Fixture f;
  return f;
}

// Times stage(work) on a fresh copy of `input` per iteration (the copy is not timed).
template <typename Stage>
void on_copies(benchmark::State& state, const std::vector<ja::Sentence>& input, Stage stage) {
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<ja::Sentence> work = input;
    state.ResumeTiming();
    stage(work);
    benchmark::DoNotOptimize(work);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * input.size()));
}

void BM_ReadAndClean(benchmark::State& state) {
  auto& f = fx();
  for (auto _ : state)
    for (size_t i = 0; i < f.raw.size(); ++i) benchmark::DoNotOptimize(make_document("bench", f.raw[i], f.pipe->boilerplate()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * f.bytes));
}
BENCHMARK(BM_ReadAndClean);

void BM_SplitSentences(benchmark::State& state) {
  auto& f = fx();
  for (auto _ : state)
    for (const auto& t : f.texts) benchmark::DoNotOptimize(ja::split_sentences(t));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * f.sentences.size()));
}
BENCHMARK(BM_SplitSentences);

void BM_Tokenize(benchmark::State& state) {
  auto& f = fx();
  for (auto _ : state)
    for (const auto& s : f.sentences) benchmark::DoNotOptimize(f.ja->morphology().tokenize(s));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * f.sentences.size()));
}
BENCHMARK(BM_Tokenize);

void BM_Chunk(benchmark::State& state) {
  auto& f = fx();
  on_copies(state, f.tokenized, [&](std::vector<ja::Sentence>& work) {
    for (auto& s : work) ja::chunk_sentence(s, f.ja->lexicon());
  });
}
BENCHMARK(BM_Chunk);

void BM_MatchActors(benchmark::State& state) {
  auto& f = fx();
  on_copies(state, f.chunked, [&](std::vector<ja::Sentence>& work) {
    Discourse ctx;
    for (auto& s : work) f.ja->matcher().match(s, "2025-03-04", ctx);
  });
}
BENCHMARK(BM_MatchActors);

void BM_CodeEvents(benchmark::State& state) {
  auto& f = fx();
  ja::CoderResources res{f.pipe->actors(), f.ja->lexicon(), f.ja->patterns(), f.pipe->codebook()};
  size_t events = 0;
  on_copies(state, f.matched, [&](std::vector<ja::Sentence>& work) {
    Discourse ctx;
    std::vector<Event> out;
    for (auto& s : work) ja::code_sentence(s, "2025-03-04", res, ctx, false, out);
    events = out.size();
  });
  state.counters["events"] = static_cast<double>(events);
}
BENCHMARK(BM_CodeEvents);

}  // namespace

BENCHMARK_MAIN();

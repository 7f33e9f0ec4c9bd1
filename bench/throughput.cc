// bench/throughput — issue 5: in one run on one corpus, (a) MeCab alone
// tokenising every sentence with kizashi's dictionary and options, and (b)
// `kizashi code` end to end (decode, clean, NFKC, segment, MeCab, chunks,
// actors, events, JSONL), at 1 thread and at N threads. Prints sentences/s and
// MB/s for each, the ratio b/a, the thread speed-up, the start-up time, the
// peak RSS and the allocator linked (CMake option KIZASHI_JEMALLOC).
//
//   throughput --corpus ../shared/corpus/ja-wikinews.tsv.gz [--data DIR]
//              [--userdic FILE] [--threads N] [--repeat R] [--limit N]
//
// The corpus is a gzipped TSV with a header and the columns id, headline,
// article. (a) and (b) run alternately R times each (default 5) and each
// one's fastest run counts, by wall time and (1 thread) by CPU time.
#include <mecab.h>
#include <sys/resource.h>
#include <zlib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "format/coded.h"
#include "ingest/reader.h"
#include "pipeline/pipeline.h"

using namespace kizashi;
using Clock = std::chrono::steady_clock;

namespace {

struct Article {
  std::string name, text;
};

std::vector<Article> read_corpus(const std::string& path, size_t limit) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) throw std::runtime_error(path + ": cannot open");
  std::string data;
  char buf[1 << 16];
  int n = 0;
  while ((n = gzread(f, buf, sizeof buf)) > 0) data.append(buf, static_cast<size_t>(n));
  gzclose(f);
  if (n < 0) throw std::runtime_error(path + ": not a readable gzip file");
  std::vector<Article> out;
  std::istringstream in(data);
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line) && out.size() < limit) {
    size_t a = line.find('\t'), b = a == std::string::npos ? a : line.find('\t', a + 1);
    if (b == std::string::npos) continue;
    out.push_back({"corpus:" + line.substr(0, a), line.substr(a + 1, b - a - 1) + "\n" + line.substr(b + 1)});
  }
  return out;
}

// Runs fn(worker, i) for i in [0, n) on `threads` threads (work stealing by
// counter); worker in [0, threads) names the calling thread.
void parallel_for(size_t n, int threads, const std::function<void(int, size_t)>& fn) {
  std::atomic<size_t> next{0};
  auto run = [&](int worker) {
    for (size_t i = next++; i < n; i = next++) fn(worker, i);
  };
  std::vector<std::thread> ts;
  for (int t = 1; t < threads; ++t) ts.emplace_back(run, t);
  run(0);
  for (auto& t : ts) t.join();
}

// Runs a and b alternately `repeat` times and keeps each one's fastest run,
// so that a slow spell of a shared machine hits both sides alike. Wall time
// and the process's CPU time are kept apart: on a virtual machine whose host
// takes the processor away for a while, CPU time does not count the wait.
struct Best {
  double wall = 1e100, cpu = 1e100;
};
std::pair<Best, Best> best_of_alternating(const std::function<void()>& a, const std::function<void()>& b,
                                          int repeat) {
  Best best_a, best_b;
  auto cpu_seconds = [] {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
  };
  auto time = [&](const std::function<void()>& fn, Best& best) {
    auto t0 = Clock::now();
    double c0 = cpu_seconds();
    fn();
    best.cpu = std::min(best.cpu, cpu_seconds() - c0);
    best.wall = std::min(best.wall, std::chrono::duration<double>(Clock::now() - t0).count());
  };
  for (int r = 0; r < repeat; ++r) {
    time(a, best_a);
    time(b, best_b);
  }
  return {best_a, best_b};
}

std::string arg(int argc, char** argv, const char* name, const std::string& fallback) {
  for (int i = 1; i + 1 < argc; ++i)
    if (std::strcmp(argv[i], name) == 0) return argv[i + 1];
  return fallback;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string corpus = arg(argc, argv, "--corpus", "../shared/corpus/ja-wikinews.tsv.gz");
  const std::string data = arg(argc, argv, "--data", KIZASHI_DATA_DIR);
  const std::string userdic = arg(argc, argv, "--userdic", KIZASHI_USERDIC);
  const int threads = std::stoi(arg(argc, argv, "--threads", std::to_string(std::max(1u, std::thread::hardware_concurrency()))));
  const int repeat = std::stoi(arg(argc, argv, "--repeat", "5"));
  const size_t limit = std::stoul(arg(argc, argv, "--limit", "1000000000"));
  try {
    std::vector<Article> docs = read_corpus(corpus, limit);
    size_t bytes = 0;
    for (const auto& d : docs) bytes += d.text.size();

    auto t0 = Clock::now();
    auto pipe = Pipeline::open({data, kDefaultMecabDic, userdic, false});
    const double load_ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();

    // The sentences kizashi hands to MeCab, collected by one untimed pass.
    std::vector<std::string> sentences;
    size_t events = 0;
    for (const auto& a : docs) {
      Document d = make_document(a.name, a.text, pipe->boilerplate());
      d.lang = "ja";
      pipe->code(d);
      events += d.events.size();
      for (auto& s : d.sentences) sentences.push_back(std::move(s.text));
    }
    size_t sentence_bytes = 0;
    for (const auto& s : sentences) sentence_bytes += s.size();

    // (a) MeCab alone: the same system and user dictionary, one tagger and
    // lattice per thread, every node's surface and features touched.
    std::string args = std::string("-d ") + kDefaultMecabDic + (userdic.empty() ? "" : " -u " + userdic);
    MeCab::Model* model = MeCab::createModel(args.c_str());
    if (!model) throw std::runtime_error(std::string("MeCab: ") + MeCab::getLastError());
    std::atomic<size_t> nodes{0};
    struct alignas(64) Slot {  // one per thread, on its own cache line
      MeCab::Tagger* tagger = nullptr;
      MeCab::Lattice* lattice = nullptr;
      size_t count = 0;
    };
    auto mecab_alone = [&](int n) {
      std::vector<Slot> slots(static_cast<size_t>(n));
      for (auto& slot : slots) {
        slot.tagger = model->createTagger();
        slot.lattice = model->createLattice();
      }
      parallel_for(sentences.size(), n, [&](int worker, size_t i) {
        Slot& slot = slots[static_cast<size_t>(worker)];
        slot.lattice->set_sentence(sentences[i].c_str());
        slot.tagger->parse(slot.lattice);
        for (const MeCab::Node* nd = slot.lattice->bos_node(); nd; nd = nd->next)
          slot.count += nd->length + (nd->feature[0] != 0);
      });
      for (auto& slot : slots) {
        nodes += slot.count;
        delete slot.tagger;
        delete slot.lattice;
      }
    };
    // (b) kizashi code end to end, JSONL rendered (and dropped).
    std::atomic<size_t> out_bytes{0};
    auto kizashi_code = [&](int n) {
      parallel_for(docs.size(), n, [&](int, size_t i) {
        Document d = make_document(docs[i].name, docs[i].text, pipe->boilerplate());
        d.lang = "ja";
        pipe->code(d);
        std::ostringstream out;
        write_jsonl(d, out);
        out_bytes += out.str().size();
      });
    };

    const auto [a1_best, b1_best] = best_of_alternating([&] { mecab_alone(1); }, [&] { kizashi_code(1); }, repeat);
    const auto [an_best, bn_best] =
        best_of_alternating([&] { mecab_alone(threads); }, [&] { kizashi_code(threads); }, repeat);
    const double a1 = a1_best.wall, b1 = b1_best.wall, an = an_best.wall, bn = bn_best.wall;
    delete model;

    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    const double mb = static_cast<double>(bytes) / 1e6, smb = static_cast<double>(sentence_bytes) / 1e6;
    const double ns = static_cast<double>(sentences.size());
    std::printf("corpus: %zu articles, %.2f MB (%zu sentences, %.2f MB after cleaning); %zu events; %d repeat(s), best run\n",
                docs.size(), mb, sentences.size(), smb, events, repeat);
    std::printf("| what | threads | seconds | sentences/s | MB/s |\n|---|---:|---:|---:|---:|\n");
    std::printf("| (a) MeCab alone | 1 | %.2f | %.0f | %.2f |\n", a1, ns / a1, smb / a1);
    std::printf("| (b) kizashi code | 1 | %.2f | %.0f | %.2f |\n", b1, ns / b1, mb / b1);
    std::printf("| (a) MeCab alone | %d | %.2f | %.0f | %.2f |\n", threads, an, ns / an, smb / an);
    std::printf("| (b) kizashi code | %d | %.2f | %.0f | %.2f |\n", threads, bn, ns / bn, mb / bn);
    std::printf("ratio b/a (sentences/s, 1 thread): %.2f; at %d threads: %.2f\n", a1 / b1, threads, an / bn);
    std::printf("ratio b/a by CPU time (1 thread: %.2f s vs %.2f s): %.2f\n", a1_best.cpu, b1_best.cpu,
                a1_best.cpu / b1_best.cpu);
    std::printf("speed-up of kizashi code at %d threads: %.2fx (MeCab alone: %.2fx)\n", threads, b1 / bn, a1 / an);
    std::printf("start-up (dictionaries, patterns, MeCab): %.0f ms; peak RSS: %.0f MB; allocator: %s\n", load_ms,
                static_cast<double>(ru.ru_maxrss) / 1024.0, KIZASHI_ALLOCATOR);
    if (nodes == 0 || out_bytes == 0) return 1;
  } catch (const std::exception& e) {
    std::cerr << "throughput: " << e.what() << '\n';
    return 1;
  }
  return 0;
}

// bench/store_bench — insert throughput and query latency of the event store.
//
//   store_bench --db URL --events N [--per-doc K] [--queries R] [--seed S]
//
// Generates N synthetic events through the real insert path (Store::add, one
// transaction per document): K events per document between ~40 actor codes,
// CAMEO codes with their codebook quad class and Goldstein score, dates spread
// over 2022-01-01 .. 2024-12-31, and a distinct short Japanese sentence text per
// document (under kMinSimhashChars characters, so no document is taken for a
// near-duplicate of another; the program checks that every one is stored).
// Documents are numbered and each is drawn from its own seeded generator, so
// the data is the same on every run and an interrupted or smaller store is
// topped up rather than rebuilt; a store that already holds >= N events is
// only queried. Then runs R repetitions of each query and prints min / median /
// p95 latency in milliseconds.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "base/calendar.h"
#include "store/simhash.h"
#include "store/store.h"

using namespace kizashi;

namespace {

using Clock = std::chrono::steady_clock;

double since_ms(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

struct Actor {
  const char* code;
  const char* name;  // Japanese name as it would appear in the text
  int weight;        // relative frequency
};

// ~40 actors, Japan-centred news: Japan, the US and China are the most frequent.
const Actor kActors[] = {
    {"JPNGOV", "日本政府", 40}, {"JPN", "日本", 25},        {"JPNMIL", "自衛隊", 8},     {"JPNLEG", "国会", 6},
    {"JPNOPP", "野党", 4},      {"JPNBUS", "経団連", 3},    {"USAGOV", "米政府", 30},    {"USA", "米国", 15},
    {"USAMIL", "米軍", 10},     {"USALEG", "米議会", 4},    {"CHNGOV", "中国政府", 25},  {"CHN", "中国", 12},
    {"CHNMIL", "人民解放軍", 8}, {"KORGOV", "韓国政府", 15}, {"KOR", "韓国", 6},          {"KORMIL", "韓国軍", 3},
    {"PRK", "北朝鮮", 12},      {"PRKMIL", "朝鮮人民軍", 4}, {"RUSGOV", "ロシア政府", 12}, {"RUSMIL", "ロシア軍", 6},
    {"TWNGOV", "台湾当局", 6},  {"UKRGOV", "ウクライナ政府", 6}, {"UKRMIL", "ウクライナ軍", 3},
    {"GBRGOV", "英政府", 4},    {"FRAGOV", "仏政府", 3},    {"DEUGOV", "独政府", 3},     {"INDGOV", "インド政府", 4},
    {"AUSGOV", "豪政府", 4},    {"PHLGOV", "フィリピン政府", 3}, {"VNMGOV", "ベトナム政府", 2},
    {"IRNGOV", "イラン政府", 3}, {"ISRGOV", "イスラエル政府", 3}, {"ISRMIL", "イスラエル軍", 2},
    {"PSE", "パレスチナ", 2},   {"SAUGOV", "サウジ政府", 2}, {"IDNGOV", "インドネシア政府", 2},
    {"IGOUNO", "国連", 6},      {"IGOUNOSCR", "安保理", 3}, {"IGOEUREEC", "EU", 3},      {"IGOASN", "ASEAN", 2},
    {"IGOG7", "G7", 2},         {"NGOAMN", "アムネスティ", 1},
};

struct Code {
  const char* code;
  double goldstein;
  int quad;
  const char* plover;
  const char* verb;  // predicate as it would appear
  int weight;
};

// Common CAMEO codes with the Goldstein score and quad class of data/cameo/codebook.tsv.
const Code kCodes[] = {
    {"010", 0, 1, "", "表明した", 20},           {"012", -0.4, 1, "", "懸念を示した", 6},
    {"013", 0.4, 1, "", "期待を示した", 4},       {"018", 3.4, 1, "", "哀悼の意を表した", 1},
    {"020", 3, 1, "REQUEST", "要請した", 6},      {"022", 3.4, 1, "REQUEST", "支持を求めた", 3},
    {"030", 4, 1, "AGREE", "協力する方針", 4},   {"0311", 5.2, 1, "AGREE", "経済協力を表明した", 2},
    {"0312", 5.2, 1, "AGREE", "防衛協力を表明した", 2}, {"036", 4, 1, "AGREE", "会談を調整している", 3},
    {"040", 1, 1, "CONSULT", "協議した", 12},     {"042", 1.9, 1, "CONSULT", "訪問した", 6},
    {"043", 2.8, 1, "CONSULT", "迎えた", 3},     {"046", 7, 1, "CONSULT", "交渉した", 3},
    {"050", 3.5, 2, "SUPPORT", "連携した", 3},   {"051", 3.4, 2, "SUPPORT", "評価した", 3},
    {"057", 8, 2, "SUPPORT", "協定に署名した", 2}, {"060", 6, 2, "COOPERATE", "協力した", 2},
    {"061", 6.4, 2, "COOPERATE", "経済協力を進めた", 2}, {"071", 7.4, 2, "AID", "支援を供与した", 2},
    {"080", 5, 2, "CONCEDE", "譲歩した", 1},     {"090", -2, 3, "ACCUSE", "調査した", 1},
    {"100", -5, 3, "REQUEST", "要求した", 3},    {"110", -2, 3, "ACCUSE", "反発した", 3},
    {"111", -2, 3, "ACCUSE", "非難した", 8},     {"112", -2, 3, "ACCUSE", "批判した", 4},
    {"1121", -2, 3, "ACCUSE", "告発した", 1},    {"113", -2, 3, "ACCUSE", "反対を呼びかけた", 1},
    {"120", -4, 3, "REJECT", "拒否した", 2},     {"125", -5, 3, "REJECT", "会談を拒んだ", 1},
    {"130", -4.4, 3, "THREATEN", "警告した", 2}, {"138", -7, 3, "THREATEN", "武力行使を示唆した", 1},
    {"140", -6.5, 4, "PROTEST", "抗議した", 2},  {"141", -6.5, 4, "PROTEST", "デモを行った", 1},
    {"150", -7.2, 4, "MOBILIZE", "演習を行った", 3}, {"160", -4, 4, "SANCTION", "関係を縮小した", 1},
    {"163", -8, 4, "COERCE", "制裁を科した", 2},  {"172", -5, 4, "COERCE", "措置を講じた", 1},
    {"173", -5, 4, "COERCE", "拘束した", 1},     {"180", -9, 4, "ASSAULT", "攻撃した", 1},
    {"190", -10, 4, "ASSAULT", "軍事攻撃した", 1}, {"193", -10, 4, "ASSAULT", "交戦した", 1},
    {"195", -10, 4, "ASSAULT", "空爆した", 1},
};

// Picks from a weighted table.
template <typename T, size_t N>
class Weighted {
 public:
  explicit Weighted(const T (&items)[N]) : items_(items) {
    std::vector<double> w;
    for (const auto& it : items) w.push_back(it.weight);
    dist_ = std::discrete_distribution<int>(w.begin(), w.end());
  }
  const T& pick(std::mt19937_64& rng) { return items_[dist_(rng)]; }

 private:
  const T (&items_)[N];
  std::discrete_distribution<int> dist_;
};

const char* kDigits[] = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

// A number in kanji digits (一二三四五): Japanese-looking and distinct per document.
std::string kanji_number(int64_t n) {
  std::string s;
  do {
    s.insert(0, kDigits[n % 10]);
    n /= 10;
  } while (n > 0);
  return s;
}

std::string root_of(const std::string& code) { return code.substr(0, 2); }

struct Generator {
  uint64_t seed;
  int per_doc;
  int64_t day0 = 0, days = 0;
  Weighted<Actor, std::size(kActors)> actors{kActors};
  Weighted<Code, std::size(kCodes)> codes{kCodes};

  Generator(uint64_t s, int k) : seed(s), per_doc(k) {
    int64_t d1 = 0;
    day_number("2022-01-01", &day0);
    day_number("2024-12-31", &d1);
    days = d1 - day0 + 1;
  }

  // Document number `n` (0-based), always the same for the same seed.
  void make(int64_t n, Document* doc, DocumentMeta* meta) {
    std::mt19937_64 rng(seed * 0x9E3779B97F4A7C15ull + static_cast<uint64_t>(n));
    *doc = Document{};
    *meta = DocumentMeta{};
    doc->name = "bench-" + std::to_string(n);
    doc->lang = "ja";
    doc->date = day_string(day0 + static_cast<int64_t>(rng() % static_cast<uint64_t>(days)));
    meta->ext_id = doc->name;
    meta->url = "https://example.org/bench/" + std::to_string(n);
    meta->title = "記事" + kanji_number(n);
    const int nsent = per_doc >= 2 ? 2 : 1;
    for (int i = 0; i < nsent; ++i) {
      Sentence s;
      s.index = i;
      doc->sentences.push_back(std::move(s));
    }
    std::vector<std::string> verbs(static_cast<size_t>(nsent));
    std::vector<std::pair<const Actor*, const Actor*>> first_dyad(static_cast<size_t>(nsent), {nullptr, nullptr});
    for (int k = 0; k < per_doc; ++k) {
      const Actor* a = &actors.pick(rng);
      const Actor* b = &actors.pick(rng);
      for (int tries = 0; std::strcmp(a->code, b->code) == 0 && tries < 8; ++tries) b = &actors.pick(rng);
      const Code& c = codes.pick(rng);
      Event e;
      e.sentence = k % nsent;
      e.source = a->code;
      e.target = b->code;
      e.source_text = a->name;
      e.target_text = b->name;
      e.code = c.code;
      e.root_code = root_of(c.code);
      e.plover = c.plover;
      e.quad_class = c.quad;
      e.goldstein = c.goldstein;
      // One event in eight carries its own date (a few days before the document).
      if (rng() % 8 == 0) {
        int64_t d = 0;
        day_number(doc->date, &d);
        e.event_date = day_string(d - static_cast<int64_t>(rng() % 5));
      }
      e.rule = std::string("bench.") + c.code;
      e.predicate = c.verb;
      e.actor_ids = {std::string("bench:") + a->code, std::string("bench:") + b->code};
      auto& s = doc->sentences[static_cast<size_t>(e.sentence)];
      if (!first_dyad[static_cast<size_t>(e.sentence)].first) {
        first_dyad[static_cast<size_t>(e.sentence)] = {a, b};
        verbs[static_cast<size_t>(e.sentence)] = c.verb;
      }
      for (const Actor* x : {a, b}) {
        Mention m;
        m.text = x->name;
        m.codes = {x->code};
        m.entry_ids = {std::string("bench:") + x->code};
        s.mentions.push_back(std::move(m));
      }
      doc->events.push_back(std::move(e));
    }
    // Sentence texts: "<A>は<B>に<verb>(第<n>報)。" then "<A>は<B>に<verb>。" — under 70
    // characters together, and distinct through the document number.
    for (int i = 0; i < nsent; ++i) {
      auto& s = doc->sentences[static_cast<size_t>(i)];
      auto [a, b] = first_dyad[static_cast<size_t>(i)];
      if (!a) continue;
      s.text = std::string(a->name) + "は" + b->name + "に" + verbs[static_cast<size_t>(i)] +
               (i ? std::string("。") : "(第" + kanji_number(n) + "報)。");
      if (!doc->text.empty()) doc->text += ' ';
      doc->text += s.text;
    }
    doc->raw = doc->text;
  }
};

struct Args {
  std::string db;
  int64_t events = 0;
  int per_doc = 5;
  int queries = 10;
  uint64_t seed = 20241126;
};

[[noreturn]] void usage(const char* msg) {
  if (msg) std::fprintf(stderr, "store_bench: %s\n", msg);
  std::fprintf(stderr,
               "usage: store_bench --db URL --events N [--per-doc K (5)] [--queries R (10)] [--seed S]\n"
               "  URL: sqlite:PATH or postgresql://...\n");
  std::exit(2);
}

Args parse(int argc, char** argv) {
  Args a;
  for (int i = 1; i < argc; ++i) {
    std::string k = argv[i];
    auto val = [&]() -> std::string {
      if (i + 1 >= argc) usage((k + " needs a value").c_str());
      return argv[++i];
    };
    try {
      if (k == "--db") a.db = val();
      else if (k == "--events") a.events = std::stoll(val());
      else if (k == "--per-doc") a.per_doc = std::stoi(val());
      else if (k == "--queries") a.queries = std::stoi(val());
      else if (k == "--seed") a.seed = std::stoull(val());
      else if (k == "-h" || k == "--help") usage(nullptr);
      else usage(("unknown option " + k).c_str());
    } catch (const std::logic_error&) {
      usage(("bad number for " + k).c_str());
    }
  }
  if (a.db.empty()) usage("--db is required");
  if (a.events < 0 || a.per_doc < 1 || a.queries < 0) usage("--events >= 0, --per-doc >= 1, --queries >= 0");
  return a;
}

struct Latency {
  std::string name;
  std::vector<double> ms;
  int64_t result = 0;  // rows / edges / events returned (sanity check)
};

double percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  if (v.empty()) return 0;
  double idx = p * static_cast<double>(v.size() - 1);
  size_t lo = static_cast<size_t>(idx);
  size_t hi = std::min(lo + 1, v.size() - 1);
  return v[lo] + (v[hi] - v[lo]) * (idx - static_cast<double>(lo));
}

}  // namespace

int main(int argc, char** argv) {
  Args a = parse(argc, argv);
  try {
    auto t_open = Clock::now();
    auto store = Store::open(a.db);
    std::printf("store_bench: %s (%s), open %.1f ms\n", store->where().c_str(),
                store->db().dialect() == Dialect::Sqlite ? "SQLite" : "PostgreSQL", since_ms(t_open));
    int64_t have_events = query_int(store->db(), "SELECT COUNT(*) FROM events", {});
    int64_t have_bench_docs =
        query_int(store->db(), "SELECT COUNT(*) FROM documents WHERE ext_id >= 'bench-' AND ext_id < 'bench.'", {});

    // --- insert ---------------------------------------------------------
    if (have_events >= a.events) {
      std::printf("insert: skipped, the store already has %lld events (>= %lld)\n",
                  static_cast<long long>(have_events), static_cast<long long>(a.events));
    } else {
      Generator gen(a.seed, a.per_doc);
      const int64_t need = a.events - have_events;
      std::printf("insert: %lld events to add (%d per document) to the %lld already stored\n",
                  static_cast<long long>(need), a.per_doc, static_cast<long long>(have_events));
      int64_t docs = 0, events = 0, not_stored = 0, n = have_bench_docs, max_chars = 0;
      Document doc;
      DocumentMeta meta;
      auto t0 = Clock::now(), last = t0;
      std::vector<double> doc_ms;  // per-document add() latency, sampled
      while (events < need) {
        gen.make(n++, &doc, &meta);
        size_t chars = 0;
        simhash(doc.text, &chars);
        max_chars = std::max<int64_t>(max_chars, static_cast<int64_t>(chars));
        auto td = Clock::now();
        AddResult r = store->add(doc, meta);
        if (docs % 64 == 0) doc_ms.push_back(since_ms(td));
        ++docs;
        events += r.events;
        if (r.outcome != AddOutcome::Stored) ++not_stored;
        if (since_ms(last) > 10000) {
          last = Clock::now();
          double s = since_ms(t0) / 1000;
          std::fprintf(stderr, "  ... %lld events, %lld docs, %.0f events/s\n", static_cast<long long>(events),
                       static_cast<long long>(docs), static_cast<double>(events) / s);
        }
      }
      double s = since_ms(t0) / 1000;
      std::printf("insert: %lld documents, %lld events in %.1f s: %.0f docs/s, %.0f events/s; "
                  "add() per document median %.2f ms, p95 %.2f ms\n",
                  static_cast<long long>(docs), static_cast<long long>(events), s, static_cast<double>(docs) / s,
                  static_cast<double>(events) / s, percentile(doc_ms, 0.5), percentile(doc_ms, 0.95));
      std::printf("insert: longest document text %lld characters (SimHash needs %zu); not stored: %lld\n",
                  static_cast<long long>(max_chars), kMinSimhashChars, static_cast<long long>(not_stored));
      if (not_stored) {
        std::fprintf(stderr, "store_bench: %lld documents were not stored (known or near-duplicates)\n",
                     static_cast<long long>(not_stored));
        return 1;
      }
    }
    int64_t total = query_int(store->db(), "SELECT COUNT(*) FROM events", {});
    int64_t total_docs = query_int(store->db(), "SELECT COUNT(*) FROM documents", {});
    std::printf("store: %lld documents, %lld events, %.1f MiB\n", static_cast<long long>(total_docs),
                static_cast<long long>(total), static_cast<double>(store->db().size_bytes()) / 1048576.0);

    // --- queries --------------------------------------------------------
    if (a.queries == 0) return 0;
    std::vector<Latency> lat;
    auto run = [&](const std::string& name, const std::function<int64_t()>& fn) {
      Latency l;
      l.name = name;
      for (int i = 0; i < a.queries; ++i) {
        auto t0 = Clock::now();
        l.result = fn();
        l.ms.push_back(since_ms(t0));
      }
      lat.push_back(std::move(l));
      const Latency& x = lat.back();
      std::fprintf(stderr, "  %s: median %.1f ms\n", x.name.c_str(), percentile(x.ms, 0.5));
    };
    run("series USA-JPN --by week", [&] {
      SeriesQuery q;
      q.a = "USA";
      q.b = "JPN";
      q.by = Period::Week;
      return static_cast<int64_t>(store->series(q).size());
    });
    run("series CHN-JPN --by month --directed", [&] {
      SeriesQuery q;
      q.a = "CHN";
      q.b = "JPN";
      q.by = Period::Month;
      q.directed = true;
      return static_cast<int64_t>(store->series(q).size());
    });
    run("network --level country", [&] {
      NetworkQuery q;
      return static_cast<int64_t>(store->network(q).edges.size());
    });
    run("network --level actor --min-events 5", [&] {
      NetworkQuery q;
      q.actor_level = true;
      q.min_events = 5;
      return static_cast<int64_t>(store->network(q).edges.size());
    });
    run("events --code '11*' --limit 100", [&] {
      EventQuery q;
      q.code = "11*";
      q.limit = 100;
      int64_t n = 0;
      store->events(q, [&](const StoredEvent&) { ++n; });
      return n;
    });
    run("events --actor PRK --since 2024-06-01 --limit 100", [&] {
      EventQuery q;
      q.actor = "PRK";
      q.since = "2024-06-01";
      q.limit = 100;
      int64_t n = 0;
      store->events(q, [&](const StoredEvent&) { ++n; });
      return n;
    });
    run("stats", [&] { return store->stats(10).events; });

    std::printf("\n%d repetitions, %lld events, %s\n", a.queries, static_cast<long long>(total),
                store->db().dialect() == Dialect::Sqlite ? "SQLite" : "PostgreSQL");
    std::printf("| query | rows | min ms | median ms | p95 ms |\n|---|---:|---:|---:|---:|\n");
    for (const auto& l : lat)
      std::printf("| `%s` | %lld | %.1f | %.1f | %.1f |\n", l.name.c_str(), static_cast<long long>(l.result),
                  percentile(l.ms, 0), percentile(l.ms, 0.5), percentile(l.ms, 0.95));
  } catch (const std::exception& e) {
    std::fprintf(stderr, "store_bench: %s\n", e.what());
    return 1;
  }
  return 0;
}

// pipeline: the router, the language front ends and their data manifests, and
// the contract that no Japanese stage rewrites what an earlier one produced.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "base/error.h"
#include "events/ja/coder.h"
#include "pipeline/japanese.h"
#include "test_util.h"
#include "text/ja/chunk.h"
#include "text/ja/quotes.h"

using namespace kizashi;
namespace fs = std::filesystem;

namespace {

Document text_document(const std::string& name, const std::string& text) {
  Document d;
  d.name = name;
  d.text = text;
  return d;
}

std::string route_error(const std::string& text, const std::string& lang) {
  Document d = text_document("news.txt", text);
  try {
    kztest::pipeline().route(d, lang);
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST(Router, DetectsTheLanguageOrTakesTheOneAsked) {
  Document ja = text_document("a.txt", "日本政府は中国を非難した。");
  kztest::pipeline().route(ja);
  EXPECT_EQ(ja.lang, "ja");
  Document forced = text_document("b.txt", "Japan criticised China.");
  kztest::pipeline().route(forced, "ja");  // asked for: coded as Japanese whatever it holds
  EXPECT_EQ(forced.lang, "ja");
  EXPECT_TRUE(Pipeline::codes("ja"));
  EXPECT_FALSE(Pipeline::codes("en"));
  EXPECT_EQ(Pipeline::language_names(), "Japanese");
}

TEST(Router, ADocumentInALanguageWithoutAFrontEndIsNamed) {
  EXPECT_EQ(route_error("The foreign minister met his counterpart.", "auto"),
            "news.txt: English text; this build codes Japanese only");
  EXPECT_EQ(route_error("日本政府は中国を非難した。", "en"), "news.txt: English text; this build codes Japanese only");
  EXPECT_EQ(route_error("日本政府は中国を非難した。", "auto"), "");
}

TEST(Router, CodeRoutesADocumentWithoutALanguageAndDatesIt) {
  Document d = text_document("c.txt", "2025年3月4日\n日本政府は中国を非難した。");
  kztest::pipeline().code(d);
  EXPECT_EQ(d.lang, "ja");
  EXPECT_EQ(d.date, "2025-03-04");
  ASSERT_EQ(d.events.size(), 1u);
  EXPECT_EQ(d.events[0].source, "JPNGOV");
  EXPECT_EQ(d.events[0].target, "CHN");
}

TEST(Router, EventsWithinOneCountryAreLeftOutUnlessAsked) {
  const std::string text = "ロシアの反体制派はロシア政府に抗議した。ロシア政府は英国を非難した。";
  Document d = kztest::code_text(text);
  ASSERT_EQ(d.events.size(), 1u) << kztest::describe(d);
  EXPECT_EQ(d.events[0].target.substr(0, 3), "GBR");
  bool traced = false;
  for (const auto& line : d.sentences[0].trace) traced = traced || line.find("--domestic") != std::string::npos;
  EXPECT_TRUE(traced) << kztest::describe(d);
  Document kept = kztest::code_text(text, "2024-10-19", kztest::domestic_pipeline());
  EXPECT_EQ(kept.events.size(), 2u) << kztest::describe(kept);
  // Two international organisations are two sides.
  Document igo = kztest::code_text("欧州連合は国連を批判した。");
  EXPECT_EQ(igo.events.size(), 1u) << kztest::describe(igo);
}

// A copy of data/ whose Japanese manifest can be replaced.
struct TempData {
  fs::path dir;
  TempData() {
    dir = fs::temp_directory_path() / ("kizashi-data-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::copy(kztest::kData, dir, fs::copy_options::recursive);
  }
  ~TempData() { fs::remove_all(dir); }
  std::string open_error(const std::string& manifest) const {
    std::ofstream(dir / "ja.manifest") << manifest;
    try {
      Pipeline::open({dir.string(), kztest::kMecabDic, kztest::kUserDic, false});
    } catch (const InputError& e) {
      return e.what();
    }
    return "";
  }
};

TEST(FrontEnd, TheManifestNamesTheFilesOfALanguage) {
  TempData t;
  const std::string manifest = (t.dir / "ja.manifest").string();
  fs::rename(t.dir / "verbs" / "ja.verbs", t.dir / "verbs" / "moved.verbs");
  const std::string others = "titles\tverbs/ja.titles\nnonevents\tverbs/ja.nonevents\n";
  EXPECT_EQ(t.open_error("lexicon\tverbs/ja.lexicon\npatterns\tverbs/moved.verbs\n" + others), "");
  EXPECT_EQ(t.open_error("lexicon\tverbs/ja.lexicon\npatterns\tverbs/ja.verbs\n" + others),
            (t.dir / "verbs" / "ja.verbs").string() + ": cannot open event patterns");
  EXPECT_EQ(t.open_error("lexicon\tverbs/ja.lexicon\n"), manifest + ": no 'patterns' file named");
  EXPECT_EQ(t.open_error("# the Japanese files\nlexicon\tverbs/ja.lexicon\nverbs\tverbs/moved.verbs\n"),
            manifest + ": line 3: unknown key 'verbs'");
  fs::remove(t.dir / "ja.manifest");
  try {
    Pipeline::open({t.dir.string(), kztest::kMecabDic, kztest::kUserDic, false});
    FAIL() << "opened without a manifest";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()), manifest + ": cannot open data manifest");
  }
}

// Every Japanese stage adds its own part of ja::Sentence and leaves the
// earlier parts as they were: the actor stage records groups as links, it
// does not rewrite the chunks' heads.
TEST(FrontEnd, NoStageRewritesAnEarlierStagesOutput) {
  const JapaneseFrontEnd& ja = kztest::japanese();
  ja::Sentence s;
  s.text = "日本と韓国は、北朝鮮のミサイル発射を強く非難した。";
  s.tokens = ja.morphology().tokenize(s.text);
  ja::chunk_sentence(s, ja.lexicon());
  ja::find_quotes(s, ja.lexicon());
  const std::vector<ja::Token> tokens = s.tokens;
  std::vector<int> heads;
  for (const auto& c : s.chunks) heads.push_back(c.head);
  Discourse discourse;
  ja.matcher().match(s, "2025-03-04", discourse);
  std::vector<Event> events;
  ja::code_sentence(s, "2025-03-04", {kztest::pipeline().actors(), ja.lexicon(), ja.patterns(),
                                      kztest::pipeline().codebook()}, discourse, false, events);
  ASSERT_EQ(s.tokens.size(), tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) EXPECT_EQ(s.tokens[i].surface, tokens[i].surface);
  for (size_t c = 0; c < s.chunks.size(); ++c) EXPECT_EQ(s.chunks[c].head, heads[c]) << "chunk " << c;
  // The group 日本と韓国 is a link from 日本と to 韓国は, and both are coded.
  ASSERT_EQ(s.joined.size(), s.chunks.size());
  EXPECT_EQ(s.joined[0], 1);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].source, "JPN");
  EXPECT_EQ(events[1].source, "KOR");
  EXPECT_EQ(events[0].target, "PRK");
  EXPECT_EQ(events[0].source_text, "日本と韓国");
}

// What leaves the front end: each mention's bytes are the words it shows, or
// cover the words written for it (the shown text then adds its resolution).
TEST(FrontEnd, PublishedMentionsCarryTheirBytes) {
  Document d = kztest::code_text("王毅外相は米国を批判した。\n同氏は「我々は対話を求める」と述べた。\n");
  ASSERT_EQ(d.sentences.size(), 2u);
  for (const Sentence& s : d.sentences)
    for (const auto& m : s.mentions) {
      ASSERT_LT(m.begin, m.end) << m.text;
      ASSERT_LE(m.end, s.text.size());
      const std::string words = s.text.substr(m.begin, m.end - m.begin);
      EXPECT_EQ(m.text.substr(0, words.size()), words) << m.text;
    }
  const auto& second = d.sentences[1];
  ASSERT_FALSE(second.mentions.empty());
  EXPECT_EQ(second.mentions[0].text, "同氏=王毅外相");
  EXPECT_TRUE(second.mentions[0].reference);
  ASSERT_EQ(second.quotes.size(), 1u);
  EXPECT_EQ(second.quotes[0].text, "我々は対話を求める");
  EXPECT_EQ(second.quotes[0].speaker_text, "同氏=王毅外相");
}

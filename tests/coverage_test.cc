// coverage: the two-actor predicates of events/ja/coverage (which predicates
// take two actors, and their keys), the tally, and the loader of
// data/verbs/ja.nonevents with its file:line errors.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <unistd.h>

#include "base/error.h"
#include "events/ja/coverage.h"
#include "test_util.h"

using namespace kizashi;
using namespace kizashi::ja;

namespace {

// The two-actor predicates of every sentence of `text`, as "KEY:C1,C2" (countries sorted).
std::vector<std::string> found(const std::string& text) {
  const JapaneseFrontEnd& ja = kztest::japanese();
  Document d;
  d.name = "t";
  d.lang = "ja";
  d.text = text;
  d.date = "2024-10-19";
  std::vector<std::string> out;
  ja.code(d, [&](const ja::Sentence& s) {
    for (const auto& p : two_actor_predicates(s, ja.lexicon(), ja.patterns())) {
      std::string line = p.key + ":";
      std::vector<std::string> countries = p.countries;
      std::sort(countries.begin(), countries.end());
      for (size_t i = 0; i < countries.size(); ++i) line += (i ? "," : "") + countries[i];
      out.push_back(line);
    }
  });
  return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST(Coverage, AVerbOrVerbalNounBetweenTwoCountries) {
  EXPECT_EQ(found("日本は中国に抗議した。"), V{"抗議:CHN,JPN"});
  EXPECT_EQ(found("米国は日本に早期の決断を求めた。"), V{"求める:JPN,USA"});
}

TEST(Coverage, ALightVerbIsKeyedByItsEventNoun) {
  EXPECT_EQ(found("日本と中国は会談を行った。"), V{"会談:CHN,JPN"});
  // Passive light verb: the event noun is the subject; a compound by its pattern suffix.
  EXPECT_EQ(found("日本と韓国の首脳会談が行われた。"), V{"会談:JPN,KOR"});
  // A light verb with an object its own pattern names is keyed by the verb (強化 obj=同盟).
  EXPECT_EQ(found("日本はフィリピンとの同盟を強化した。"), V{"強化:JPN,PHL"});
}

TEST(Coverage, OneActorOrAPlaceIsNotTwoActors) {
  EXPECT_EQ(found("日本の首相は北京で講演した。"), V{});
  EXPECT_EQ(found("日本政府は新たな方針を決めた。"), V{});
}

TEST(Coverage, TheTopicAndARelativeClauseHeadAreArguments) {
  // 訪問し has no subject of its own: the topic 韓国は is its subject.
  EXPECT_EQ(found("韓国は中国を訪問し、首脳と懇談した。"), V{"訪問:CHN,KOR"});
  // The relative clause 中国を訪問した has the noun it modifies as an argument.
  EXPECT_EQ(found("中国を訪問した韓国の大統領は帰国した。"), V{"訪問:CHN,KOR"});
}

TEST(Coverage, AKeyWithoutAPatternIsItsLastNoun) {
  EXPECT_EQ(found("日本とブラジルが対戦した。"), V{"対戦:BRA,JPN"});
}

TEST(Coverage, KeysAreCodedNonEventsOrOpen) {
  const JapaneseFrontEnd& ja = kztest::japanese();
  EXPECT_EQ(key_status("抗議", ja.patterns(), ja.nonevents()), KeyStatus::Coded);
  EXPECT_EQ(key_status("示す", ja.patterns(), ja.nonevents()), KeyStatus::Coded);  // obj= patterns only
  ASSERT_FALSE(ja.nonevents().all().empty());
  const std::string listed = ja.nonevents().all().front().key;
  EXPECT_EQ(key_status(listed, ja.patterns(), ja.nonevents()), KeyStatus::NonEvent);
  EXPECT_EQ(key_status("ぴょんぴょこ", ja.patterns(), ja.nonevents()), KeyStatus::Open);
}

TEST(Coverage, TheTallySortsByCountAndSharesCountOccurrences) {
  const JapaneseFrontEnd& ja = kztest::japanese();
  CoverageTally t;
  for (int i = 0; i < 3; ++i) t.add("抗議", "日本は中国に抗議した。", 30);
  for (int i = 0; i < 2; ++i) t.add("ぴょんぴょこ", "x", 1);
  t.add(ja.nonevents().all().front().key, "y", 1);
  auto rows = t.rows(ja.patterns(), ja.nonevents());
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].key, "抗議");
  EXPECT_EQ(rows[0].count, 3);
  EXPECT_EQ(rows[0].example, "日本は中国に抗議した。");
  EXPECT_EQ(rows[1].status, KeyStatus::Open);
  CoverageSummary all = CoverageTally::summarise(rows, 1000);
  EXPECT_EQ(all.occurrences, 6);
  EXPECT_EQ(all.keys, 3u);
  EXPECT_EQ(all.top, 3u);
  EXPECT_EQ(all.coded, 1u);
  EXPECT_EQ(all.nonevent, 1u);
  EXPECT_EQ(all.open, 1u);
  EXPECT_DOUBLE_EQ(all.occurrence_share(), 100.0 * 4 / 6);
  CoverageSummary top1 = CoverageTally::summarise(rows, 1);
  EXPECT_EQ(top1.top, 1u);
  EXPECT_EQ(top1.coded, 1u);
  EXPECT_EQ(top1.open, 0u);
  EXPECT_EQ(top1.covered_occurrences, 4);  // the share covers every key, not the top N only
}

TEST(Coverage, TheExampleIsCutAroundThePredicate) {
  const JapaneseFrontEnd& ja = kztest::japanese();
  std::string pre, post;
  for (int i = 0; i < 20; ++i) pre += "前置き";    // 60 characters before
  for (int i = 0; i < 10; ++i) post += "後の文";   // 30 after
  const std::string sentence = pre + "日本は中国に抗議し" + post + "。";
  CoverageTally t;
  t.add("抗議", sentence, pre.size() + std::string("日本は中国に抗議し").size());
  const auto rows = t.rows(ja.patterns(), ja.nonevents());
  ASSERT_EQ(rows.size(), 1u);
  const std::string& ex = rows[0].example;
  EXPECT_EQ(ex.rfind("…", 0), 0u) << ex;                      // cut before
  EXPECT_NE(ex.find("日本は中国に抗議し後の文後"), std::string::npos) << ex;  // the predicate and a little after
  EXPECT_EQ(ex.substr(ex.size() - 3), "…") << ex;             // cut after
}

// The non-events loader: every error names file and line.
class NonEventsFile : public ::testing::Test {
 protected:
  std::string write(const std::string& text) {
    std::ofstream(path_) << text;
    return path_;
  }
  std::string error(const std::string& text) {
    try {
      NonEvents::load(write(text), kztest::japanese().patterns());
    } catch (const InputError& e) {
      return e.what();
    }
    return "";
  }
  void TearDown() override { std::filesystem::remove(path_); }
  std::string path_ = (std::filesystem::temp_directory_path() /
                       ("kizashi-nonevents-" + std::to_string(::getpid()) + ".txt")).string();
};

TEST_F(NonEventsFile, LoadsKeysClassesAndNotes) {
  NonEvents ne = NonEvents::load(write("# header\n\n参加 | attend | take part\nある | state | -\n"),
                                 kztest::japanese().patterns());
  ASSERT_EQ(ne.all().size(), 2u);
  ASSERT_NE(ne.find("参加"), nullptr);
  EXPECT_EQ(ne.find("参加")->reason, "attend");
  EXPECT_EQ(ne.find("ある")->line, 4);
  EXPECT_EQ(ne.find("会談"), nullptr);
}

TEST_F(NonEventsFile, RejectsAMalformedLineNamingFileAndLine) {
  EXPECT_EQ(error("# c\n参加 | attend\n"), path_ + ": line 2: expected 'KEY | CLASS | NOTE' (NOTE may be '-')");
  EXPECT_EQ(error("参加 | | x\n"), path_ + ": line 1: expected 'KEY | CLASS | NOTE' (NOTE may be '-')");
  EXPECT_EQ(error("参加 | dancing | x\n"), path_ + ": line 1: unknown class 'dancing' (see the file's header)");
}

TEST_F(NonEventsFile, RejectsADuplicate) {
  EXPECT_EQ(error("参加 | attend | x\nある | state | -\n参加 | vague | y\n"),
            path_ + ": line 3: '参加' listed twice (first on line 1)");
}

TEST_F(NonEventsFile, RejectsAKeyThatIsAlsoAPattern) {
  EXPECT_EQ(error("参加 | attend | x\n抗議 | speech | -\n"),
            path_ + ": line 2: '抗議' is the predicate of a pattern in the event patterns; a predicate is coded "
                    "or not an event, not both");
}

TEST(NonEvents, TheShippedListLoadsAndHasNoPatternPredicate) {
  const JapaneseFrontEnd& ja = kztest::japanese();
  for (const auto& e : ja.nonevents().all()) EXPECT_FALSE(pattern_predicate(ja.patterns(), e.key)) << e.key;
}

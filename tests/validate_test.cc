// validate: the matching and scoring of `kizashi validate` (cli/validate.h)
// on small gold and prediction sets, expectations worked out by hand from
// the rules of ../shared/eval/score_events.py. No MeCab needed.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "base/error.h"
#include "cli/validate.h"

using namespace kizashi;
using namespace kizashi::validate;

namespace {

GoldEvent gold(const std::string& anchor, const std::string& s, const std::string& t,
               std::vector<std::string> roots, bool symmetric = false, bool required = true) {
  GoldEvent g;
  g.anchor = anchor;
  g.anchor_norm = norm(anchor);
  g.source = s;
  g.target = t;
  g.roots = std::move(roots);
  g.symmetric = symmetric;
  g.required = required;
  return g;
}

Prediction pred(const std::string& sentence, const std::string& s, const std::string& t, const std::string& code,
                bool mutual = false, const std::string& date = "") {
  Prediction p;
  p.source = s;
  p.target = t;
  p.code = code;
  p.sentence = sentence;
  p.sentence_norm = norm(sentence);
  p.mutual = mutual;
  p.event_date = date;
  return p;
}

GoldDoc doc_of(std::vector<GoldEvent> events) {
  GoldDoc d;
  d.file = "a.txt";
  d.events = std::move(events);
  return d;
}

const std::string kS1 = "米国と日本の首脳が東京で会談した。";
const std::string kS2 = "中国は米国を非難した。";

}  // namespace

TEST(Validate, NormalisesNfkcAndRemovesSpaces) {
  EXPECT_EQ(norm("ＡＢＣ　１２３"), "ABC123");      // full-width letters, digits, U+3000
  EXPECT_EQ(norm("日米 首脳\u3000会談"), "日米首脳会談");
  EXPECT_EQ(norm("ｶﾀｶﾅ"), "カタカナ");              // half-width katakana
  EXPECT_EQ(norm("a\tb"), "a\tb");                   // only spaces are removed
  // An anchor written with full-width characters and spaces fits a sentence without them.
  GoldEvent g = gold("米国と日本の 首脳が　東京で", "USA", "JPN", {"04"});
  EXPECT_TRUE(fits(pred(kS1, "USAGOV", "JPNGOV", "040"), g));
  EXPECT_TRUE(fits(pred("ＵＳＡ と JPN", "USA", "JPN", "040"), gold("USAとJPN", "USA", "JPN", {"04"})));
}

TEST(Validate, CountryAndRoot) {
  EXPECT_EQ(country("usagov"), "USA");
  EXPECT_EQ(country(" JPNGOV "), "JPN");
  EXPECT_EQ(country("US"), "US");
  EXPECT_EQ(root("0231"), "02");
  EXPECT_EQ(root("111"), "11");
  EXPECT_EQ(root("1011"), "10");
  // One or two digits are a code that lost its leading zero: 42 is 042, 7 is 007, 10 is 010.
  EXPECT_EQ(root("42"), "04");
  EXPECT_EQ(root("7"), "00");
  EXPECT_EQ(root("10"), "01");
  EXPECT_EQ(root(" 36 "), "03");
  EXPECT_EQ(root("abc"), "ab");
  EXPECT_EQ(root(""), "");
  EXPECT_EQ(prefix("日本語abc", 2), "日本");
  EXPECT_EQ(prefix("日本語abc", 4), "日本語a");
  EXPECT_EQ(prefix("ab", 60), "ab");
}

TEST(Validate, SymmetricGoldFitsEitherDirection) {
  GoldEvent sym = gold("首脳が東京で会談", "USA", "JPN", {"04"}, true);
  GoldEvent one = gold("首脳が東京で会談", "USA", "JPN", {"04"}, false);
  Prediction reverse = pred(kS1, "JPNGOV", "USAGOV", "042");
  EXPECT_TRUE(fits(reverse, sym));
  EXPECT_FALSE(fits(reverse, one));
  EXPECT_TRUE(fits(pred(kS1, "USA", "JPN", "042"), one));
  EXPECT_FALSE(fits(pred(kS1, "USA", "JPN", "051"), one));   // root not accepted
  EXPECT_FALSE(fits(pred(kS2, "USA", "JPN", "042"), one));   // anchor not in the sentence
}

TEST(Validate, DedupOneRootLevelEventPerSentence) {
  // A visit 042 and a meeting 040 of the same pair in one sentence count once.
  auto same = dedup({pred(kS1, "USA", "JPN", "042"), pred(kS1, "USAGOV", "JPNMIL", "040")});
  ASSERT_EQ(same.size(), 1u);
  EXPECT_EQ(same[0].code, "042");
  // Another sentence, another root, or the other direction are other events.
  EXPECT_EQ(dedup({pred(kS1, "USA", "JPN", "042"), pred(kS2, "USA", "JPN", "042")}).size(), 2u);
  EXPECT_EQ(dedup({pred(kS1, "USA", "JPN", "042"), pred(kS1, "USA", "JPN", "051")}).size(), 2u);
  EXPECT_EQ(dedup({pred(kS1, "USA", "JPN", "042"), pred(kS1, "JPN", "USA", "042")}).size(), 2u);
  // Only dyadic events are scored.
  EXPECT_EQ(dedup({pred(kS1, "USA", "", "042"), pred(kS1, "", "JPN", "042")}).size(), 0u);
}

TEST(Validate, MutualPredictionEqualsItsReverse) {
  EXPECT_EQ(dedup({pred(kS1, "USA", "JPN", "040", true), pred(kS1, "JPN", "USA", "042")}).size(), 1u);
  EXPECT_EQ(dedup({pred(kS1, "JPN", "USA", "042"), pred(kS1, "USA", "JPN", "040", true)}).size(), 1u);
  EXPECT_EQ(dedup({pred(kS1, "USA", "JPN", "040", true), pred(kS1, "JPN", "USA", "040", true)}).size(), 1u);
}

TEST(Validate, OptionalGoldNeitherCreditedNorPenalised) {
  GoldDoc d = doc_of({gold("首脳が東京で会談", "USA", "JPN", {"04"}, true),
                      gold("米国を非難", "CHN", "USA", {"11"}, false, false)});
  DocScore s = score_document(d, {pred(kS1, "USA", "JPN", "040"), pred(kS2, "CHN", "USA", "111"),
                                  pred(kS2, "CHN", "JPN", "111")}, {});
  EXPECT_EQ(s.required.size(), 1u);
  EXPECT_EQ(s.hit, 1);
  EXPECT_EQ(s.optional_hit, 1);
  ASSERT_EQ(s.false_positives.size(), 1u);
  EXPECT_EQ(s.false_positives[0], 2);
  Totals t;
  t.add(s);
  // P = hit / (predicted - optional hits) = 1 / (3 - 1); R = 1 / 1.
  EXPECT_DOUBLE_EQ(t.precision(), 0.5);
  EXPECT_DOUBLE_EQ(t.recall(), 1.0);
  EXPECT_EQ(totals_line(t), "required=1 hit=1 fp=1 errors=0 dates=0/0 P=0.500 R=1.000 F1=0.667");
  // Without a prediction for it, the optional event is no miss either.
  DocScore none = score_document(d, {}, {});
  EXPECT_EQ(none.missed.size(), 1u);
  EXPECT_EQ(none.missed[0]->source, "USA");
}

TEST(Validate, GoldMatchedAtMostOnce) {
  GoldDoc d = doc_of({gold("首脳が東京で会談", "USA", "JPN", {"04"}, true)});
  // Both directions are kept by dedup (neither is mutual) and both fit; one is credited.
  DocScore s = score_document(d, dedup({pred(kS1, "USA", "JPN", "040"), pred(kS1, "JPN", "USA", "040")}), {});
  EXPECT_EQ(s.preds.size(), 2u);
  EXPECT_EQ(s.hit, 1);
  ASSERT_EQ(s.false_positives.size(), 1u);
  EXPECT_EQ(s.false_positives[0], 1);
  EXPECT_EQ(s.matched, std::vector<int>({0}));
}

TEST(Validate, BipartiteMatchingMatchesMore) {
  // g0 accepts 04 or 05, g1 only 04. p0 (04) fits both, p1 (05) only g0: a
  // greedy first fit gives p0 g0 and leaves p1 unmatched; the augmenting path
  // moves p0 to g1 and gives g0 to p1.
  GoldEvent g0 = gold("首脳が東京で会談", "USA", "JPN", {"04", "05"});
  GoldEvent g1 = gold("東京で会談した", "USA", "JPN", {"04"});
  std::vector<Prediction> preds{pred(kS1, "USA", "JPN", "040"), pred(kS1, "USA", "JPN", "057")};
  EXPECT_EQ(match(preds, {&g0, &g1}), std::vector<int>({1, 0}));
  DocScore s = score_document(doc_of({g0, g1}), preds, {});
  EXPECT_EQ(s.hit, 2);
  EXPECT_TRUE(s.false_positives.empty());
}

TEST(Validate, DatesOfMatchedRequiredEvents) {
  GoldEvent dated = gold("首脳が東京で会談", "USA", "JPN", {"04"});
  dated.has_date = true;
  dated.date = "2024-10-16";
  GoldEvent undated = gold("米国を非難", "CHN", "USA", {"11"});
  GoldDoc d = doc_of({dated, undated});
  DocScore ok = score_document(d, {pred(kS1, "USA", "JPN", "040", false, "2024-10-16"),
                                   pred(kS2, "CHN", "USA", "111", false, "2024-10-17")}, {});
  EXPECT_EQ(ok.dated, 1);
  EXPECT_EQ(ok.date_ok, 1);
  DocScore none = score_document(d, {pred(kS1, "USA", "JPN", "040")}, {});
  EXPECT_EQ(none.dated, 1);
  EXPECT_EQ(none.date_ok, 0);  // a prediction without a date does not agree
  DocScore wrong = score_document(d, {pred(kS1, "USA", "JPN", "040", false, "2024-10-15")}, {});
  EXPECT_EQ(wrong.date_ok, 0);
}

TEST(Validate, ByRootTableAndConfusion) {
  GoldDoc d = doc_of({gold("首脳が東京で会談", "USA", "JPN", {"04"}, true), gold("米国を非難", "CHN", "USA", {"11", "12"})});
  // The meeting is coded with the countries reversed but root 05: a miss, a false positive, 04 × 05.
  DocScore s = score_document(d, {pred(kS1, "JPN", "USA", "051"), pred(kS2, "CHN", "USA", "120")}, {"exit 1: x"});
  Totals t;
  t.add(s);
  EXPECT_EQ(t.errors, 1);
  EXPECT_EQ(by_root_table(t),
            "root  required  hit  recall  false+\n"
            "  04         1    0    0.00       0\n"
            "  05         0    0    0.00       1\n"
            "  11         1    1    1.00       0\n");
  ASSERT_EQ(t.confusion.size(), 1u);
  EXPECT_EQ((t.confusion[{"04", "05"}]), 1);
  EXPECT_EQ(confusion_table(t), "gold root  predicted root  missed\n       04              05       1\n");
  EXPECT_EQ(doc_header(s), "== a.txt: 1/2 required, 1 false positives");
  EXPECT_EQ(missed_line(*s.missed[0]), "  missed: USA-JPN 04  [首脳が東京で会談]");
  EXPECT_EQ(false_positive_line(s.preds[0]), "  false+: JPN-USA 051  [" + kS1 + "]");
  EXPECT_EQ(false_positive_line(pred(std::string(70, 'x'), "A", "B", "01")),
            "  false+: A-B 01  [" + std::string(60, 'x') + "]");
}

TEST(Validate, PredictionsFromACodedDocument) {
  Document doc;
  doc.sentences.resize(2);
  doc.sentences[0].text = kS1;
  doc.sentences[1].text = kS2;
  Event meet;
  meet.sentence = 0;
  meet.source = "USAGOV";
  meet.target = "JPNGOV";
  meet.code = "040";
  meet.mutual = true;
  Event visit = meet;
  visit.source = "JPNGOV";
  visit.target = "USAGOV";
  visit.code = "042";
  visit.mutual = false;
  Event alone = meet;
  alone.sentence = 1;
  alone.target = "";
  doc.events = {meet, visit, alone};
  auto p = predictions(doc);
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].sentence, kS1);
  EXPECT_EQ(p[0].sentence_index, 0);
  EXPECT_TRUE(p[0].mutual);
}

TEST(Validate, ReadsGoldRelativeToItsFolder) {
  auto dir = std::filesystem::temp_directory_path() / ("kizashi_validate_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir / "sub");
  std::ofstream(dir / "sub" / "g.json")
      << R"({"docs": [{"file": "../a.txt", "date": "2024-10-16", "lang": "ja", "events": [)"
      << R"({"anchor": "会談", "source": "USA", "target": "JPN", "root": ["04"], "symmetric": true},)"
      << R"({"anchor": "非難", "source": "CHN", "target": "USA", "root": ["11"], "required": false, "date": "2024-10-01"}]}]})";
  auto docs = read_gold((dir / "sub" / "g.json").string());
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].file, "../a.txt");
  EXPECT_EQ(docs[0].path, (dir / "a.txt").string());
  ASSERT_EQ(docs[0].events.size(), 2u);
  EXPECT_TRUE(docs[0].events[0].required && docs[0].events[0].symmetric && !docs[0].events[0].has_date);
  EXPECT_TRUE(!docs[0].events[1].required && docs[0].events[1].has_date);
  std::ofstream(dir / "bad.json") << R"({"docs": [{"file": "a.txt", "events": [{"anchor": "x"}]}]})";
  try {
    read_gold((dir / "bad.json").string());
    ADD_FAILURE() << "no error";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("bad.json"), std::string::npos) << e.what();
  }
  EXPECT_THROW(read_gold((dir / "none.json").string()), InputError);
  std::filesystem::remove_all(dir);
}

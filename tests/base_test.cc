// base and model: the calendar, data files and manifests, name tables, labels.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "base/calendar.h"
#include "base/provenance.h"
#include "base/datafile.h"
#include "base/error.h"
#include "base/names.h"
#include "base/script.h"
#include "model/referent.h"

using namespace kizashi;
namespace fs = std::filesystem;

namespace {

// A file of our own in a fresh temporary folder, removed with the fixture.
struct TempDir {
  fs::path dir;
  TempDir() {
    dir = fs::temp_directory_path() / ("kizashi-base-" + std::to_string(::getpid()) + "-" +
                                       ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir);
  }
  ~TempDir() { fs::remove_all(dir); }
  std::string write(const std::string& name, const std::string& body) const {
    std::ofstream(dir / name, std::ios::binary) << body;
    return (dir / name).string();
  }
};

std::string error_of(const std::function<void()>& fn) {
  try {
    fn();
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST(Calendar, AcceptsOnlyRealDaysWrittenInFull) {
  EXPECT_TRUE(valid_date("2024-02-29"));   // a leap year
  EXPECT_FALSE(valid_date("2023-02-29"));
  EXPECT_FALSE(valid_date("1900-02-29"));  // divisible by 100, not by 400
  EXPECT_TRUE(valid_date("2000-02-29"));   // divisible by 400
  EXPECT_FALSE(valid_date("2024-04-31"));
  EXPECT_FALSE(valid_date("2024-13-01"));
  EXPECT_FALSE(valid_date("2024-00-10"));
  EXPECT_FALSE(valid_date("2024-1-01"));
  EXPECT_FALSE(valid_date("+202-01-01"));
  EXPECT_FALSE(valid_date("2024-01-01T00"));
  EXPECT_FALSE(valid_date("yesterday"));
  EXPECT_FALSE(valid_date(""));
}

TEST(Calendar, DayNumbersCountFromTheEpoch) {
  int64_t d = -1;
  ASSERT_TRUE(day_number("1970-01-01", &d));
  EXPECT_EQ(d, 0);
  ASSERT_TRUE(day_number("2000-03-01", &d));
  EXPECT_EQ(d, 11017);  // 30 years and 59 days, 7 of them leap days
  ASSERT_TRUE(day_number("1969-12-31", &d));
  EXPECT_EQ(d, -1);
  EXPECT_FALSE(day_number("2023-02-29", &d));
  EXPECT_EQ(d, -1);  // untouched
  EXPECT_EQ(day_string(19782), "2024-02-29");
  EXPECT_EQ(day_string(0), "1970-01-01");
}

TEST(Calendar, ShiftsWeekdaysAndDaysOfTheYear) {
  Date d = *parse_date("2024-10-19");
  EXPECT_EQ(weekday_from_monday(d), 5u);  // a Saturday
  EXPECT_EQ(date_string(add_days(d, -19)), "2024-09-30");
  EXPECT_EQ(date_string(add_days(*parse_date("2024-12-31"), 1)), "2025-01-01");
  EXPECT_EQ(day_of_year(*parse_date("2024-12-31")), 366u);
  EXPECT_EQ(day_of_year(*parse_date("2025-01-01")), 1u);
  EXPECT_EQ(days_in_month(2023, 2), 28u);
  EXPECT_EQ(days_in_month(2024, 2), 29u);
  EXPECT_EQ(month_string(2025, 3), "2025-03");
  EXPECT_EQ(year_string(987), "0987");
}

// Issue 14 item 1: event dates of month or year precision (先月, 昨年).
TEST(Calendar, PartialDatesKeepTheirPrecisionAndStartOnTheirFirstDay) {
  auto m = parse_partial_date("2025-02");
  ASSERT_TRUE(m);
  EXPECT_EQ(date_string(m->first), "2025-02-01");
  EXPECT_STREQ(precision_name(m->precision), "month");
  auto y = parse_partial_date("2024");
  ASSERT_TRUE(y);
  EXPECT_EQ(date_string(y->first), "2024-01-01");
  EXPECT_STREQ(precision_name(y->precision), "year");
  auto d = parse_partial_date("2024-02-29");
  ASSERT_TRUE(d);
  EXPECT_STREQ(precision_name(d->precision), "day");
  for (const char* bad : {"2025-13", "2025-2", "202", "2023-02-29", "2025/02", "", "20250", "2025-02-"})
    EXPECT_FALSE(parse_partial_date(bad)) << bad;
}

// Issue 14 item 6: the version and the data files that coded an event.
TEST(Provenance, DataHashFollowsEveryDataFileAndNothingElse) {
  EXPECT_EQ(coder_version(), "kizashi 0.1.0");
  TempDir t;
  const std::string a = (t.dir / "a").string(), b = (t.dir / "b").string();
  for (const std::string& d : {a, b}) fs::create_directories(d + "/verbs");
  auto put = [](const std::string& path, const std::string& body) { std::ofstream(path, std::ios::binary) << body; };
  for (const std::string& d : {a, b}) {
    put(d + "/countries.tsv", "JPN\t日本\n");
    put(d + "/verbs/ja.verbs", "会談\t040\n");
  }
  const std::string h = data_hash(a);
  EXPECT_EQ(h.size(), 16u);
  EXPECT_EQ(h, data_hash(b));  // the same files: the same hash, wherever they are
  put(b + "/.hidden", "editor state");
  EXPECT_EQ(h, data_hash(b));
  put(b + "/verbs/ja.verbs", "会談\t041\n");
  EXPECT_NE(h, data_hash(b));
  put(b + "/verbs/ja.verbs", "会談\t040\n");
  EXPECT_EQ(h, data_hash(b));
  put(b + "/verbs/extra.tsv", "");
  EXPECT_NE(h, data_hash(b));
  EXPECT_EQ(data_hash(a + "/none"), "");
}

TEST(DataFile, SkipsCommentsAndBlankLinesAndKeepsLineNumbers) {
  TempDir t;
  std::string path = t.write("list.tsv", "# header\n\nfirst\tone\r\n  # an indented line is content\nsecond\n");
  DataFile file(path, "test list");
  DataLine line;
  ASSERT_TRUE(file.next(line));
  EXPECT_EQ(line.number, 3);
  EXPECT_EQ(line.text, "first\tone");  // the CR is gone
  ASSERT_TRUE(file.next(line));
  EXPECT_EQ(line.number, 4);
  ASSERT_TRUE(file.next(line));
  EXPECT_EQ(line.text, "second");
  EXPECT_EQ(line.number, 5);
  EXPECT_FALSE(file.next(line));
  EXPECT_EQ(error_of([&] { line.fail("bad column"); }), path + ": line 5: bad column");
}

TEST(DataFile, AMissingFileNamesItself) {
  EXPECT_EQ(error_of([] { DataFile("/nonexistent/kizashi.tsv", "test list"); }),
            "/nonexistent/kizashi.tsv: cannot open test list");
}

TEST(DataFile, FieldsAndLists) {
  EXPECT_EQ(split_fields("a\t\tb\t", "\t"), (std::vector<std::string>{"a", "", "b", ""}));
  EXPECT_EQ(split_trimmed(" x | y |z ", "|"), (std::vector<std::string>{"x", "y", "z"}));
  EXPECT_EQ(split_list("日本| 日本国 ||"), (std::vector<std::string>{"日本", "日本国"}));
  EXPECT_TRUE(split_list("-").empty());
  EXPECT_TRUE(split_list("").empty());
  EXPECT_EQ(trim(" \t x y \r"), "x y");
}

TEST(Manifest, NamesFilesRelativeToItsFolder) {
  TempDir t;
  std::string path = t.write("xx.manifest", "# test\nlexicon\tverbs/xx.lexicon\npatterns\tverbs/xx.verbs\n");
  Manifest m(path, {"lexicon", "patterns"});
  EXPECT_EQ(m.path("lexicon"), t.dir.string() + "/verbs/xx.lexicon");
  EXPECT_EQ(m.path("patterns"), t.dir.string() + "/verbs/xx.verbs");
}

TEST(Manifest, RefusesUnknownRepeatedAndMissingKeys) {
  TempDir t;
  std::string unknown = t.write("a.manifest", "lexicon\tx\nverbs\ty\n");
  EXPECT_EQ(error_of([&] { Manifest(unknown, {"lexicon"}); }), unknown + ": line 2: unknown key 'verbs'");
  std::string twice = t.write("b.manifest", "lexicon\tx\nlexicon\ty\n");
  EXPECT_EQ(error_of([&] { Manifest(twice, {"lexicon"}); }), twice + ": line 2: key 'lexicon' given twice");
  std::string shape = t.write("c.manifest", "lexicon x\n");
  EXPECT_EQ(error_of([&] { Manifest(shape, {"lexicon"}); }), shape + ": line 1: expected KEY<TAB>PATH");
  std::string partial = t.write("d.manifest", "lexicon\tx\n");
  EXPECT_EQ(error_of([&] { Manifest(partial, {"lexicon", "patterns"}).path("patterns"); }),
            partial + ": no 'patterns' file named");
}

TEST(Names, ParseListAndSubset) {
  enum class Fruit { Apple, Pear, Plum };
  const Names<Fruit> fruit{{"apple", Fruit::Apple}, {"pear", Fruit::Pear}, {"plum", Fruit::Plum}};
  Fruit f = Fruit::Apple;
  EXPECT_TRUE(parse_name(fruit, "plum", &f));
  EXPECT_EQ(f, Fruit::Plum);
  EXPECT_FALSE(parse_name(fruit, "Plum", &f));
  EXPECT_EQ(f, Fruit::Plum);  // untouched
  EXPECT_EQ(name_list(fruit), "apple, pear or plum");
  auto two = only(fruit, {"plum", "apple"});
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[0].first, "plum");
  EXPECT_EQ(name_list(two), "plum or apple");
  EXPECT_EQ(name_list(only(fruit, {"pear"})), "pear");
}

TEST(Script, JapaneseIsDetectedByItsScript) {
  EXPECT_TRUE(has_japanese("ひらがな"));
  EXPECT_TRUE(has_japanese("カタカナ"));
  EXPECT_TRUE(has_japanese("漢字"));
  EXPECT_FALSE(has_japanese("The minister met her counterpart."));
  EXPECT_FALSE(has_japanese("Ünïcödé ½"));
  EXPECT_EQ(detect_language("首相は会談した。"), "ja");
  EXPECT_EQ(detect_language("The prime minister met the president."), "en");
  EXPECT_EQ(language_name("ja"), "Japanese");
  EXPECT_EQ(language_name("xx"), "xx");
}

// A reference's label keeps the name at the end of its chain, however labels
// are built from each other, so that a later 両国 repeats names, not chains.
TEST(Label, ChainsKeepTheNameAtTheirEnd) {
  Label wang = Label::words("王毅外相");
  Label he = Label::resolved(Label::words("同氏"), wang);
  EXPECT_EQ(he.text, "同氏=王毅外相");
  EXPECT_EQ(he.name, "王毅外相");
  Label again = Label::resolved(Label::words("同氏"), he);
  EXPECT_EQ(again.text, "同氏=同氏=王毅外相");
  EXPECT_EQ(again.name, "王毅外相");
  EXPECT_TRUE(again.linked);
}

TEST(Label, JoinedLabelsAreNamedByTheirLastResolution) {
  Label japan = Label::words("日本"), korea = Label::words("韓国");
  Label both = Label::joined(japan, "と", korea);
  EXPECT_EQ(both.text, "日本と韓国");
  EXPECT_EQ(both.name, "日本と韓国");
  EXPECT_FALSE(both.linked);
  Label that = Label::resolved(Label::words("同国"), Label::words("中国"));
  Label first = Label::joined(that, "と", japan);  // 同国=中国と日本
  EXPECT_EQ(first.text, "同国=中国と日本");
  EXPECT_EQ(first.name, "中国と日本");
  Label second = Label::joined(japan, "と", that);  // 日本と同国=中国
  EXPECT_EQ(second.name, "中国");
  Label shared = both;
  shared.append(" (shared with 会談)");
  EXPECT_EQ(shared.text, "日本と韓国 (shared with 会談)");
  EXPECT_EQ(shared.name, "日本と韓国 (shared with 会談)");
}

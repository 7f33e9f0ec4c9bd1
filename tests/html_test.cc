// ingest/html on saved pages of our own in the shapes news sites use
// (tests/data/html: article/header/time/figure/aside/nav/table, a Shift_JIS
// page): the text make_document() gives is compared with the hand-written
// .txt next to each page.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "encode_util.h"
#include "ingest/boilerplate.h"
#include "ingest/html.h"
#include "ingest/reader.h"
#include "test_util.h"

using namespace kizashi;

using kztest::encode;

namespace {

const std::string kPages = KIZASHI_TEST_PAGES;

const Boilerplate& rules() {
  static Boilerplate b = Boilerplate::load(kztest::kData + "/ingest/boilerplate.txt");
  return b;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << path;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

Document page(const std::string& name, const std::string& bytes) {
  return make_document(name, bytes, rules());
}

}  // namespace

// The article's header keeps the headline and the date; the site's banner,
// nav, aside, share buttons and footer go; the caption is its own line
// without the photo credit; &yen; &times; &hellip; &nbsp; are decoded; ruby
// readings are left out.
TEST(Html, NewsArticleWithHeaderFigureAside) {
  Document d = page("article.html", slurp(kPages + "/article.html"));
  EXPECT_EQ(d.text, slurp(kPages + "/article.txt"));
}

// Table cells are separated, one row per line; an empty <time> gives its
// datetime; the aside outside the article goes.
TEST(Html, TableCellsSeparated) {
  Document d = page("table.html", slurp(kPages + "/table.html"));
  EXPECT_EQ(d.text, slurp(kPages + "/table.txt"));
}

// A page in Shift_JIS that declares it: decoded once (by ingest/encoding), not
// a second time by the parser reading the <meta>.
TEST(Html, ShiftJisPageDeclaringItsCharset) {
  Document d = page("shift_jis.html", encode(slurp(kPages + "/shift_jis.html"), "windows-31j"));
  EXPECT_EQ(d.text, slurp(kPages + "/shift_jis.txt"));
  bool converted = false;
  for (const auto& n : d.notes) converted |= n == "encoding: converted from Shift_JIS";
  EXPECT_TRUE(converted);
}

// A UTF-8 page whose <meta> says Shift_JIS (a common mistake of CMSs): the
// bytes are what counts.
TEST(Html, WrongMetaCharsetIgnored) {
  std::string html = "<html><head><meta charset=\"Shift_JIS\"></head><body><p>首相は会見で協力を表明した。</p></body></html>";
  EXPECT_EQ(html_to_text(html).find("首相は会見で協力を表明した。") != std::string::npos, true) << html_to_text(html);
}

// Every named entity of HTML is decoded, not only a dozen.
TEST(Html, NamedEntities) {
  EXPECT_EQ(html_to_text("<p>&yen;100&times;3&plusmn;&deg;&rarr;&sect;&eacute;</p>"), "\n¥100×3±°→§é\n");
}

// A headline in the page's banner is not read; with no <h1> elsewhere the
// <title> is the headline.
TEST(Html, TitleOnlyWithoutHeadline) {
  std::string text = html_to_text(
      "<html><head><title>首相が訪米へ</title></head><body><header><h1>兆し新報</h1></header>"
      "<div><p>首相は来月、米国を訪問する。</p></div></body></html>");
  EXPECT_NE(text.find("首相が訪米へ"), std::string::npos) << text;
  EXPECT_EQ(text.find("兆し新報"), std::string::npos) << text;
}

// A deeply nested page is walked without recursion.
TEST(Html, DeepNesting) {
  std::string html = "<html><body>";
  for (int i = 0; i < 20000; ++i) html += "<div>";
  html += "首相は会談した。";
  EXPECT_NE(html_to_text(html).find("首相は会談した。"), std::string::npos);
}

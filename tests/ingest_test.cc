// ingest: bytes → decoded, cleaned Document (encoding, HTML, boilerplate, limits).
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "base/error.h"
#include "encode_util.h"
#include "cli/ingest_inputs.h"
#include "ingest/boilerplate.h"
#include "ingest/encoding.h"
#include "ingest/html.h"
#include "ingest/reader.h"
#include "test_util.h"

using namespace kizashi;

using kztest::encode;

namespace {

const Boilerplate& rules() {
  static Boilerplate b = Boilerplate::load(kztest::kData + "/ingest/boilerplate.txt");
  return b;
}

// A few lines of our own Japanese text, long enough for charset detection.
const std::string kArticle =
    "東京で開かれた会合で、両国の外相は港湾の安全について意見を交わした。\n"
    "政府関係者によると、次回の協議は来月にも予定されているという。\n"
    "会合の後、外相は記者団に対し、地域の安定のために協力を続けると語った。\n";

// Runs `f`, expecting InputError; returns its message.
template <class F>
std::string input_error(F f) {
  try {
    f();
  } catch (const InputError& e) {
    return e.what();
  }
  ADD_FAILURE() << "no InputError thrown";
  return "";
}

}  // namespace

TEST(Ingest, Utf8PassesThrough) {
  std::vector<std::string> notes;
  EXPECT_EQ(to_utf8("a.txt", kArticle, notes), kArticle);
  EXPECT_EQ(to_utf8("a.txt", "\xEF\xBB\xBF" + kArticle, notes), kArticle) << "BOM is dropped";
  Document d = make_document("a.txt", kArticle, rules());
  EXPECT_EQ(d.raw, kArticle);
  EXPECT_NE(d.text.find("港湾の安全"), std::string::npos);
}

TEST(Ingest, ShiftJisConverted) {
  std::string sjis = encode(kArticle, "windows-31j");
  ASSERT_NE(sjis, kArticle);
  ASSERT_NE(find_invalid_utf8(sjis), std::string::npos);
  std::vector<std::string> notes;
  EXPECT_EQ(to_utf8("sjis.txt", sjis, notes), kArticle);
  ASSERT_FALSE(notes.empty());
  EXPECT_NE(notes.back().find("Shift_JIS"), std::string::npos) << notes.back();
}

TEST(Ingest, EucJpConverted) {
  std::string euc = encode(kArticle, "EUC-JP");
  ASSERT_NE(find_invalid_utf8(euc), std::string::npos);
  std::vector<std::string> notes;
  EXPECT_EQ(to_utf8("euc.txt", euc, notes), kArticle);
  ASSERT_FALSE(notes.empty());
  EXPECT_NE(notes.back().find("EUC-JP"), std::string::npos) << notes.back();
}

TEST(Ingest, EmptyInputRejected) {
  std::string msg = input_error([] { make_document("empty.txt", "", rules()); });
  EXPECT_NE(msg.find("empty.txt"), std::string::npos) << msg;
}

TEST(Ingest, NulByteRejectedWithPosition) {
  std::string bytes = "日本語のテキスト";
  size_t pos = bytes.size();
  bytes += std::string("\0\x01\x02", 3) + "続き";
  std::string msg = input_error([&] { make_document("bin.dat", bytes, rules()); });
  EXPECT_NE(msg.find("bin.dat"), std::string::npos) << msg;
  EXPECT_NE(msg.find("byte " + std::to_string(pos)), std::string::npos) << msg;
}

TEST(Ingest, BinaryGarbageRejected) {
  std::string bytes;
  for (int i = 0; i < 2000; ++i) bytes.push_back(static_cast<char>((i * 7919 + 13) % 256));
  std::string msg = input_error([&] { make_document("noise.bin", bytes, rules()); });
  EXPECT_EQ(msg.rfind("noise.bin", 0), 0u) << msg;
}

TEST(Ingest, InvalidUtf8RejectedWithPosition) {
  std::string bytes = "abc日本\xFF\xFE";
  EXPECT_EQ(find_invalid_utf8(bytes), 9u);
  std::string msg = input_error([&] { make_document("bad.txt", bytes, rules()); });
  EXPECT_NE(msg.find("bad.txt"), std::string::npos) << msg;
  // No legacy encoding decodes it either: the message names the first bad UTF-8 byte.
  EXPECT_NE(msg.find(": byte 9: invalid UTF-8"), std::string::npos) << msg;
}

TEST(Ingest, OverlongLineRejected) {
  std::string bytes = "一行目\n" + std::string(kMaxLineBytes + 10, 'a') + "\n";
  std::string msg = input_error([&] { make_document("long.txt", bytes, rules()); });
  EXPECT_NE(msg.find("long.txt"), std::string::npos) << msg;
  EXPECT_NE(msg.find("line 2"), std::string::npos) << msg;
}

TEST(Ingest, MissingFileRejected) {
  std::string msg = input_error([] { read_bytes("/nonexistent/kizashi-test.txt"); });
  EXPECT_NE(msg.find("/nonexistent/kizashi-test.txt"), std::string::npos) << msg;
}

TEST(Ingest, HtmlStripped) {
  const std::string html =
      "<!DOCTYPE html><html><head><title>t</title><script>var x = '隠すべき';</script>"
      "<style>p{color:red}</style></head><body>"
      "<nav><ul><li>ホーム</li><li>政治メニュー</li></ul></nav>"
      "<p>外相は&quot;協力&quot;を呼びかけた&amp;強調した。</p>"
      "<form><input name=q><button>検索ボタン</button></form>"
      "<div>二段落目&#x3042;&#12354;</div></body></html>";
  ASSERT_TRUE(looks_like_html(html));
  std::string text = html_to_text(html);
  EXPECT_EQ(text.find("隠すべき"), std::string::npos) << text;
  EXPECT_EQ(text.find("color"), std::string::npos) << text;
  EXPECT_EQ(text.find("政治メニュー"), std::string::npos) << text;
  EXPECT_EQ(text.find("検索ボタン"), std::string::npos) << text;
  EXPECT_EQ(text.find('<'), std::string::npos) << text;
  EXPECT_NE(text.find("外相は\"協力\"を呼びかけた&強調した。"), std::string::npos) << text;
  EXPECT_NE(text.find("二段落目ああ"), std::string::npos) << text;
  EXPECT_FALSE(looks_like_html(kArticle));
}

TEST(Ingest, BoilerplateDropped) {
  const std::string page =
      "首相は記者会見で、近隣諸国との対話を続ける考えを示した。\n"
      "会見に臨む首相 写真:ABC通信\n"
      "会見に臨む首相 写真:ABC通信\n"
      "Related Posts\n"
      "Leave a Reply\n"
      "メールアドレスが公開されることはありません。 * が付いている欄は必須項目です\n"
      "コメントを残す\n"
      "政府は来週にも具体策をまとめる方針だ。\n";
  std::vector<std::string> notes;
  std::string text = rules().clean(page, notes);
  EXPECT_NE(text.find("近隣諸国との対話"), std::string::npos) << text;
  EXPECT_NE(text.find("具体策をまとめる方針だ"), std::string::npos) << text;
  EXPECT_EQ(text.find("Related"), std::string::npos) << text;
  EXPECT_EQ(text.find("Leave a Reply"), std::string::npos) << text;
  EXPECT_EQ(text.find("メールアドレス"), std::string::npos) << text;
  EXPECT_EQ(text.find("コメントを残す"), std::string::npos) << text;
  EXPECT_EQ(text.find("写真"), std::string::npos) << "credit removed: " << text;
  EXPECT_EQ(text.find("ABC通信"), std::string::npos) << text;
  size_t first = text.find("会見に臨む首相");
  ASSERT_NE(first, std::string::npos) << "caption kept once: " << text;
  EXPECT_EQ(text.find("会見に臨む首相", first + 1), std::string::npos) << "caption duplicated: " << text;
  EXPECT_FALSE(notes.empty());
}

TEST(Ingest, MakeDocumentNormalisesAndCleans) {
  const std::string html =
      "<html><body><p>２０２５年３月４日　東京</p><p>外相は協議を行った。</p>"
      "<p>Related Posts</p></body></html>";
  Document d = make_document("page.html", html, rules());
  EXPECT_NE(d.text.find("2025年3月4日"), std::string::npos) << d.text;
  EXPECT_EQ(d.text.find("Related"), std::string::npos) << d.text;
  EXPECT_EQ(d.text.find('<'), std::string::npos) << d.text;
}

TEST(Ingest, OnlyBoilerplateIsAnError) {
  std::string msg = input_error([] { make_document("menu.txt", "Related Posts\nLeave a Reply\n", rules()); });
  EXPECT_NE(msg.find("menu.txt"), std::string::npos) << msg;
}

// fuzz/regressions/fuzz_jsonl/date_with_newline.jsonl (fuzz_jsonl): a bad
// "date" is echoed in the line's error; its newline was echoed as is and broke
// the one-line error. Control bytes are now shown escaped.
TEST(IngestJsonl, BadDateWithNewlineGivesOneLineError) {
  namespace fs = std::filesystem;
  const fs::path path = fs::temp_directory_path() / ("kizashi-ingest-" + std::to_string(::getpid()) + ".jsonl");
  std::ofstream(path, std::ios::binary) << "{\"text\":\"x\",\"date\":\"2024-02-30\\n\"}\n";
  IngestInputs inputs({path.string()});
  IngestItem item;
  ASSERT_TRUE(inputs.next(item));
  EXPECT_EQ(item.error, path.string() + ": line 1: \"date\" '2024-02-30\\x0A' is not a date (YYYY-MM-DD or an ISO 8601 date and time)");
  EXPECT_FALSE(inputs.next(item));
  fs::remove(path);
}

// Issue 13 item 10: ISO-2022-JP is 7-bit and passed the UTF-8 check as it was,
// then was refused as "not Japanese". It is now recognised by ESC $ B.
TEST(Ingest, Iso2022JpConverted) {
  std::string jis = encode(kArticle, "ISO-2022-JP");
  ASSERT_EQ(find_invalid_utf8(jis), std::string::npos) << "7-bit: valid UTF-8 as bytes";
  ASSERT_NE(jis.find("\x1B$B"), std::string::npos);
  std::vector<std::string> notes;
  EXPECT_EQ(to_utf8("jis.txt", jis, notes), kArticle);
  ASSERT_FALSE(notes.empty());
  EXPECT_EQ(notes.back(), "encoding: converted from ISO-2022-JP");
  Document d = make_document("jis.txt", jis, rules());
  EXPECT_NE(d.text.find("港湾の安全"), std::string::npos);
}

TEST(Ingest, BrokenIso2022JpRejectedWithPosition) {
  // ESC $ B, then "日" as the two JIS bytes 0x46 0x7C, then a lone byte 0x21 before the ESC ( B.
  std::string bad = "ab\x1B$BF|!\x1B(B\n";
  std::vector<std::string> notes;
  std::string msg = input_error([&] { to_utf8("broken.txt", bad, notes); });
  EXPECT_EQ(msg.rfind("broken.txt: byte ", 0), 0u) << msg;
  EXPECT_NE(msg.find("invalid ISO-2022-JP sequence"), std::string::npos) << msg;
}

namespace {

// The items of a JSONL file written with `lines`.
std::vector<IngestItem> jsonl_items(const std::string& lines, std::string& path) {
  namespace fs = std::filesystem;
  path = (fs::temp_directory_path() / ("kizashi-items-" + std::to_string(::getpid()) + ".jsonl")).string();
  std::ofstream(path, std::ios::binary) << lines;
  IngestInputs inputs({path});
  std::vector<IngestItem> items;
  IngestItem item;
  while (inputs.next(item)) items.push_back(item);
  fs::remove(path);
  return items;
}

}  // namespace

// Issue 13 item 11: "2024-10-19Tjunk" was taken as 2024-10-19.
TEST(IngestJsonl, DatesWithATimeAreCheckedWhole) {
  std::string path;
  auto items = jsonl_items(
      "{\"text\":\"x\",\"date\":\"2024-10-19\"}\n"
      "{\"text\":\"x\",\"date\":\"2024-10-19T08:00:00Z\"}\n"
      "{\"text\":\"x\",\"date\":\"2024-10-19 08:00\"}\n"
      "{\"text\":\"x\",\"date\":\"2024-10-19T23:59:60.125+09:00\"}\n"
      "{\"text\":\"x\",\"date\":\"2024-10-19T08:00-0500\"}\n"
      "{\"text\":\"x\",\"date\":\"2024-10-19Tjunk\"}\n"
      "{\"text\":\"x\",\"date\":\"2024-10-19T\"}\n"
      "{\"text\":\"x\",\"date\":\"2024-10-19T24:00\"}\n"
      "{\"text\":\"x\",\"date\":\"2024-10-19x\"}\n"
      "{\"text\":\"x\",\"date\":\"2024-10-19T08:00Zjunk\"}\n",
      path);
  ASSERT_EQ(items.size(), 10u);
  for (size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(items[i].error, "") << "line " << i + 1;
    EXPECT_EQ(items[i].date, "2024-10-19") << "line " << i + 1;
  }
  const char* bad[] = {"2024-10-19Tjunk", "2024-10-19T", "2024-10-19T24:00", "2024-10-19x", "2024-10-19T08:00Zjunk"};
  for (size_t i = 5; i < 10; ++i)
    EXPECT_EQ(items[i].error, path + ": line " + std::to_string(i + 1) + ": \"date\" '" + bad[i - 5] +
                                  "' is not a date (YYYY-MM-DD or an ISO 8601 date and time)");
}

// Errors name the record by file and line; its id is the document name only.
TEST(IngestJsonl, RecordsAreNamedByFileAndLine) {
  std::string path;
  auto items = jsonl_items("\n{\"id\":\"a\\nb\",\"text\":\"x\"}\n", path);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].where, path + ": line 2");
  EXPECT_EQ(items[0].name, "a\nb");
  EXPECT_EQ(items[0].meta.ext_id, "a\nb");
}

TEST(Printable, ControlBytesAreEscapedAndTextKept) {
  EXPECT_EQ(printable("id\n2\x1B[31mred\x7F"), "id\\x0A2\\x1B[31mred\\x7F");
  EXPECT_EQ(printable("\xC2\x9B" "2J"), "\\xC2\\x9B2J") << "C1 CSI (U+009B)";
  EXPECT_EQ(printable("日本\xC2\xA0ok\t"), "日本\xC2\xA0ok\\x09") << "U+00A0 is not a control";
}

// text: NFKC normalisation, sentence splitting, MeCab morphology, bunsetsu chunks.
#include <gtest/gtest.h>

#include <set>
#include <cstdio>
#include <sstream>
#include <fstream>

#include "base/string_hash.h"
#include "test_util.h"
#include "text/ja/chunk.h"
#include "text/ja/lexicon.h"
#include "text/ja/morph.h"
#include "ingest/normalize.h"
#include "text/ja/segment.h"

// The Japanese text stages are tested in their own namespace.
namespace kizashi::ja {

namespace {

const Morphology& morph() {
  static std::shared_ptr<Morphology> m = Morphology::open(kztest::kMecabDic, kztest::kUserDic);
  return *m;
}

const Lexicon& lexicon() {
  static Lexicon l = Lexicon::load(kztest::kData + "/verbs/ja.lexicon");
  return l;
}

Sentence chunked(const std::string& text) {
  Sentence s;
  s.text = text;
  s.tokens = morph().tokenize(text);
  chunk_sentence(s, lexicon());
  return s;
}

std::string chunk_text(const Sentence& s, const Chunk& c) {
  return s.text.substr(s.tokens[c.first].begin, s.tokens[c.last - 1].end - s.tokens[c.first].begin);
}

// Index of the chunk whose text starts with `prefix`, -1 if none.
int find_chunk(const Sentence& s, const std::string& prefix) {
  for (size_t i = 0; i < s.chunks.size(); ++i)
    if (chunk_text(s, s.chunks[i]).rfind(prefix, 0) == 0) return static_cast<int>(i);
  return -1;
}

std::string dump(const Sentence& s) {
  std::string out;
  for (size_t i = 0; i < s.chunks.size(); ++i) {
    const Chunk& c = s.chunks[i];
    out += "[" + std::to_string(i) + "]" + chunk_text(s, c) + "(" + case_name(c.kase) + ")→" +
           std::to_string(c.head) + (c.negated ? " neg" : "") + (c.passive ? " pass" : "") + " ";
  }
  return out;
}

}  // namespace

TEST(Normalize, FullWidthAsciiBecomesAscii) {
  EXPECT_EQ(nfkc("ＡＢＣ１２３"), "ABC123");
  EXPECT_EQ(nfkc("２０２５年３月４日"), "2025年3月4日");
  EXPECT_EQ(nfkc("ｶﾀｶﾅ"), "カタカナ");
  EXPECT_EQ(nfkc("東京　大阪"), "東京 大阪");
  EXPECT_EQ(nfkc("一行目\n二行目\n"), "一行目\n二行目\n");
  EXPECT_EQ(nfkc(""), "");
}

TEST(Segment, SplitsAtMaruAndNewlines) {
  auto v = split_sentences("外相が来日した。首相と会談した。\n見出しの行\n最後の文");
  ASSERT_EQ(v.size(), 4u) << ::testing::PrintToString(v);
  EXPECT_EQ(v[0], "外相が来日した。");
  EXPECT_EQ(v[1], "首相と会談した。");
  EXPECT_EQ(v[2], "見出しの行");
  EXPECT_EQ(v[3], "最後の文");
}

TEST(Segment, HeadlineSplitsAtASpaceAfterAClause) {
  // Two statements by two actors; a name before a space is no clause of its own.
  auto v = split_sentences("韓国が日本産の牛肉を輸入禁止 政府、撤回を要求\n岸田首相 インド首相と会談\n本文の文。 次の文。");
  ASSERT_EQ(v.size(), 5u) << ::testing::PrintToString(v);
  EXPECT_EQ(v[0], "韓国が日本産の牛肉を輸入禁止");
  EXPECT_EQ(v[1], "政府、撤回を要求");
  EXPECT_EQ(v[2], "岸田首相 インド首相と会談");
}

TEST(Segment, QuotationStaysWhole) {
  auto v = split_sentences("大臣は「協議は進んだ。合意は近い。」と述べた。次の話題に移った。");
  ASSERT_EQ(v.size(), 2u) << ::testing::PrintToString(v);
  EXPECT_EQ(v[0], "大臣は「協議は進んだ。合意は近い。」と述べた。");
  EXPECT_EQ(v[1], "次の話題に移った。");
}

TEST(Segment, UnbalancedBracketStopsAtLineEnd) {
  auto v = split_sentences("彼は「閉じない引用。\n次の行の文。");
  ASSERT_EQ(v.size(), 2u) << ::testing::PrintToString(v);
  EXPECT_EQ(v[1], "次の行の文。");
}

TEST(Segment, BlankLinesIgnored) {
  auto v = split_sentences("\n\n  一文目。  \n\n");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0], "一文目。");
}

TEST(Morph, OpenFailsClearlyForMissingDictionary) {
  EXPECT_THROW(Morphology::open("/nonexistent/mecab-dic", ""), std::runtime_error);
}

TEST(Morph, TokensHaveOffsetsAndBaseForms) {
  std::string text = "外相は会談した。";
  auto toks = morph().tokenize(text);
  ASSERT_FALSE(toks.empty());
  std::string joined;
  for (const auto& t : toks) {
    EXPECT_EQ(text.substr(t.begin, t.end - t.begin), t.surface);
    joined += t.surface;
  }
  EXPECT_EQ(joined, text);
  bool suru = false;
  for (const auto& t : toks) suru |= t.surface == "し" && t.base == "する" && t.pos == "動詞";
  EXPECT_TRUE(suru);
}

TEST(Morph, UserDictionaryKeepsActorNamesWhole) {
  for (std::string name : {"カート・キャンベル", "戦略国際問題研究所"}) {
    auto toks = morph().tokenize(name + "は会見で発言した。");
    ASSERT_FALSE(toks.empty());
    EXPECT_EQ(toks[0].surface, name);
    EXPECT_EQ(toks[0].pos, "名詞");
  }
}

TEST(Morph, QuoteDepth) {
  auto toks = morph().tokenize("外相は「協力する」と述べた。");
  bool inside = false;
  for (const auto& t : toks)
    if (t.surface == "協力") inside = t.quote_depth == 1;
  EXPECT_TRUE(inside);
  EXPECT_EQ(toks[0].quote_depth, 0);
}

// Tags are read once per token from a per-posid cache: every token, whether
// its part of speech was seen before or not, carries exactly the tags its
// own fields give, and the classes the chunker tests are set.
TEST(Morph, TagsMatchTheTokensOwnPartOfSpeech) {
  const std::string text = "米国務長官は「日本と韓国は協力する」と述べ、中国の軍事演習を非難した。同日、3カ国の外相が会談した。";
  auto toks = morph().tokenize(text);
  ASSERT_GT(toks.size(), 20u);
  for (const auto& t : toks)
    EXPECT_EQ(t.tags, pos_tags(t.pos, t.pos1, t.pos2)) << t.surface << " " << t.pos << "," << t.pos1 << "," << t.pos2;
  auto tags_of = [&](std::string_view surface) {
    for (const auto& t : toks)
      if (t.surface == surface) return t.tags;
    ADD_FAILURE() << "no token " << surface;
    return 0u;
  };
  EXPECT_TRUE(tags_of("「") & tag::BracketOpen);
  EXPECT_TRUE(tags_of("」") & tag::BracketClose);
  EXPECT_TRUE(tags_of("、") & tag::Comma);
  EXPECT_TRUE(tags_of("。") & tag::Period);
  EXPECT_EQ(tags_of("中国") & (tag::Noun | tag::Proper), tag::Noun | tag::Proper);
  EXPECT_EQ(tags_of("述べ") & (tag::Verb | tag::Independent), tag::Verb | tag::Independent);
  EXPECT_TRUE(tags_of("た") & tag::Auxiliary);
  EXPECT_TRUE(tags_of("3") & tag::Number);
  // The と closing the quotation is the quotative case particle; と between
  // 日本 and 韓国 is not.
  int quotative = 0;
  for (const auto& t : toks) quotative += (t.tags & tag::Quotative) != 0;
  EXPECT_EQ(quotative, 1);
}

// The tokenizer reads a word's fields from the dictionary once and then from
// its caches (a part of speech that does not inflect by its context id, an
// inflecting word by its dictionary entry). Read many times over, every token
// still has the fields MeCab's own command line prints for it (* read as empty).
TEST(Morph, CachedReadingsAreMeCabsOwn) {
  std::string line = "政府は昨日、新しい方針を正式に決めたが、野党は強く反対しており、協議は難航している。"
                     "大臣が訪れた町では、住民が静かに待っていた。";
  std::string text;
  for (int i = 0; i < 40; ++i) text += line;
  const std::string path = ::testing::TempDir() + "/kizashi_morph_cache.txt";
  {
    std::ofstream out(path);
    out << text << "\n";
  }
  const std::string cmd = "mecab -d /var/lib/mecab/dic/ipadic-utf8 < '" + path + "'";
  FILE* p = popen(cmd.c_str(), "r");
  ASSERT_NE(p, nullptr) << cmd;
  std::vector<std::pair<std::string, std::vector<std::string>>> expected;
  char buf[4096];
  while (std::fgets(buf, sizeof buf, p)) {
    std::string l(buf);
    if (!l.empty() && l.back() == '\n') l.pop_back();
    const size_t tab = l.find('\t');
    if (tab == std::string::npos) continue;  // EOS
    std::vector<std::string> fields;
    std::stringstream f(l.substr(tab + 1));
    for (std::string x; std::getline(f, x, ',');) fields.push_back(x == "*" ? "" : x);  // Token reads * as empty
    expected.push_back({l.substr(0, tab), fields});
  }
  ASSERT_EQ(pclose(p), 0) << cmd;
  auto toks = morph().tokenize(text);
  ASSERT_EQ(toks.size(), expected.size());
  for (size_t i = 0; i < toks.size(); ++i) {
    const Token& t = toks[i];
    const auto& [surface, f] = expected[i];
    ASSERT_GE(f.size(), 7u) << surface;
    EXPECT_EQ(t.surface, surface) << i;
    EXPECT_EQ(std::vector<std::string>({std::string(t.pos), std::string(t.pos1), std::string(t.pos2),
                                        std::string(t.pos3), std::string(t.ctype), std::string(t.cform), t.base}),
              std::vector<std::string>(f.begin(), f.begin() + 7))
        << "token " << i << " " << surface;
  }
}

TEST(Morph, PosTagsFromFields) {
  EXPECT_EQ(pos_tags("助詞", "格助詞", "引用"), tag::Particle | tag::CaseParticle | tag::Quotative);
  EXPECT_EQ(pos_tags("助詞", "並立助詞", ""), tag::Particle | tag::Parallel);
  EXPECT_EQ(pos_tags("名詞", "一般", "副詞可能"), tag::Noun | tag::AdverbLike);
  EXPECT_EQ(pos_tags("動詞", "接尾", ""), tag::Verb | tag::Suffix);
  EXPECT_EQ(pos_tags("", "", ""), 0u);
  EXPECT_EQ(pos_tags("未知語", "引用", ""), 0u);  // 引用 only marks a case particle
}

TEST(Chunk, 行っWithAnObjectIs行うNot行く) {
  // MeCab gives 行っ the base 行く in both; the を-object decides.
  Sentence s = chunked("政府は被災地への支援を引き続き行っていく。");
  SCOPED_TRACE(dump(s));
  int pred = find_chunk(s, "行って");
  ASSERT_GE(pred, 0);
  EXPECT_EQ(s.chunks[pred].lemma, "行う");
  Sentence go = chunked("首相はきのう京都へ行っていた。");
  SCOPED_TRACE(dump(go));
  int went = find_chunk(go, "行って");
  ASSERT_GE(went, 0);
  EXPECT_EQ(go.chunks[went].lemma, "行く");
}

// A headline's bare proper noun and comma before a case-marked phrase is the
// topic (中国、日本を非難); before a は or も phrase it is the first of a list
// that phrase ends (米海軍、豪海軍は), since a sentence has no second topic.
TEST(Chunk, HeadlineTopicOrTheFirstOfAList) {
  Sentence h = chunked("中国、日本を非難");
  ASSERT_GE(h.chunks.size(), 2u);
  EXPECT_EQ(h.chunks[0].kase, Case::Wa) << chunk_text(h, h.chunks[0]);
  for (const char* text : {"米海軍、豪海軍は共同訓練を実施した。", "日本と米国、豪州は会談した。", "米国、韓国も参加した。"}) {
    Sentence s = chunked(text);
    const int c = static_cast<int>(s.chunks[0].kase == Case::To ? 1 : 0);
    EXPECT_EQ(s.chunks[c].kase, Case::None) << text << ": " << chunk_text(s, s.chunks[c]);
  }
}

TEST(Chunk, ANounWithとするIsAPredicateThatDeems) {
  Sentence s = chunked("ロシア政府は日本の決定を不当とした。");
  SCOPED_TRACE(dump(s));
  const int deem = find_chunk(s, "不当とした"), topic = find_chunk(s, "ロシア政府は");
  ASSERT_GE(deem, 0);
  EXPECT_TRUE(s.chunks[deem].predicate && s.chunks[deem].deemed);
  EXPECT_EQ(s.chunks[deem].lemma, "不当");
  EXPECT_EQ(s.chunks[topic].head, deem);  // the topic is the one who deems
  Sentence still = chunked("韓国政府は日本の対応を遺憾としている。");
  SCOPED_TRACE(dump(still));
  EXPECT_TRUE(still.chunks[find_chunk(still, "遺憾として")].deemed);
}

TEST(Chunk, として_AsAndとされる_IsSaidToBeDoNotDeem) {
  Sentence as = chunked("フランスは議長国として会議を主催した。");
  SCOPED_TRACE(dump(as));
  EXPECT_FALSE(as.chunks[find_chunk(as, "議長国として")].predicate);
  Sentence said = chunked("記者2人が行方不明とされている。");
  SCOPED_TRACE(dump(said));
  EXPECT_FALSE(said.chunks[find_chunk(said, "行方不明")].deemed);
}

TEST(Chunk, ATopicPhraseBeforeAはTopicScopesOverItsPredicate) {
  Sentence s = chunked("制裁の解除について、日本政府は、進展が見える段階で対話を進めたいと話した。");
  SCOPED_TRACE(dump(s));
  EXPECT_EQ(s.chunks[find_chunk(s, "解除について")].head, find_chunk(s, "話した"));
}

TEST(Chunk, AがBeforeAnAdjectiveDescribesTheNounAfterIt) {
  Sentence s = chunked("政府は進展がない段階での解除を批判した。");
  SCOPED_TRACE(dump(s));
  EXPECT_EQ(s.chunks[find_chunk(s, "進展が")].head, find_chunk(s, "ない"));
}

TEST(Chunk, ThePassiveOfAHedgeAfterとIsNotTheVerbs) {
  Sentence s = chunked("両政府は代替施設を建設することで合意したとされていた。");
  SCOPED_TRACE(dump(s));
  const int agreed = find_chunk(s, "合意した");
  ASSERT_GE(agreed, 0);
  EXPECT_FALSE(s.chunks[agreed].passive);
  Sentence passive = chunked("大使は外務省に呼び出された。");
  SCOPED_TRACE(dump(passive));
  EXPECT_TRUE(passive.chunks[find_chunk(passive, "呼び出された")].passive);
}

TEST(Chunk, CasesAndHeads) {
  Sentence s = chunked("韓国政府は北朝鮮に対し、対話の再開を求めた。");
  SCOPED_TRACE(dump(s));
  int wa = find_chunk(s, "韓国政府は"), nitaishi = find_chunk(s, "北朝鮮に対し"), wo = find_chunk(s, "再開を"),
      pred = find_chunk(s, "求めた");
  ASSERT_GE(wa, 0);
  ASSERT_GE(nitaishi, 0);
  ASSERT_GE(wo, 0);
  ASSERT_GE(pred, 0);
  EXPECT_EQ(s.chunks[wa].kase, Case::Wa);
  EXPECT_EQ(s.chunks[nitaishi].kase, Case::NiTaishi);
  EXPECT_EQ(s.chunks[wo].kase, Case::Wo);
  EXPECT_EQ(s.chunks[wa].head, pred);
  EXPECT_EQ(s.chunks[nitaishi].head, pred);
  EXPECT_EQ(s.chunks[wo].head, pred);
  EXPECT_EQ(s.chunks[pred].head, -1);
  EXPECT_TRUE(s.chunks[pred].predicate);
  EXPECT_EQ(s.chunks[pred].lemma, "求める");
  EXPECT_FALSE(s.chunks[pred].negated);
  EXPECT_FALSE(s.chunks[pred].passive);
  int no = find_chunk(s, "対話の");
  ASSERT_GE(no, 0);
  EXPECT_EQ(s.chunks[no].kase, Case::No);
  EXPECT_EQ(s.chunks[no].head, wo);
}

TEST(Chunk, ToAndNiAndSuruNoun) {
  Sentence s = chunked("豪州の首相はマニラでフィリピン大統領と会談した。");
  SCOPED_TRACE(dump(s));
  int to = find_chunk(s, "フィリピン大統領と"), de = find_chunk(s, "マニラで"), pred = find_chunk(s, "会談した");
  ASSERT_GE(to, 0);
  ASSERT_GE(de, 0);
  ASSERT_GE(pred, 0);
  EXPECT_EQ(s.chunks[to].kase, Case::To);
  EXPECT_EQ(s.chunks[de].kase, Case::De);
  EXPECT_EQ(s.chunks[to].head, pred);
  EXPECT_EQ(s.chunks[pred].lemma, "会談");
  Sentence n = chunked("外相は中国に抗議文を送った。");
  SCOPED_TRACE(dump(n));
  int ni = find_chunk(n, "中国に");
  ASSERT_GE(ni, 0);
  EXPECT_EQ(n.chunks[ni].kase, Case::Ni);
}

TEST(Chunk, NegationFlag) {
  Sentence s = chunked("政府は新たな制裁を発動しなかった。");
  SCOPED_TRACE(dump(s));
  const Chunk& root = s.chunks.back();
  EXPECT_TRUE(root.predicate);
  EXPECT_TRUE(root.negated);
  EXPECT_FALSE(root.passive);
}

TEST(Chunk, PassiveFlag) {
  Sentence s = chunked("大使は外務省に呼び出された。");
  SCOPED_TRACE(dump(s));
  const Chunk& root = s.chunks.back();
  EXPECT_TRUE(root.predicate);
  EXPECT_TRUE(root.passive);
  EXPECT_FALSE(root.negated);
  Sentence t = chunked("首相は野党から批判された。");
  SCOPED_TRACE(dump(t));
  EXPECT_TRUE(t.chunks.back().passive);
  EXPECT_EQ(t.chunks.back().lemma, "批判");
}

TEST(Chunk, QuotationCase) {
  Sentence s = chunked("外相は「対話を続ける」と述べた。");
  SCOPED_TRACE(dump(s));
  int q = find_chunk(s, "続ける」と");
  ASSERT_GE(q, 0);
  EXPECT_EQ(s.chunks[q].kase, Case::Quote);
  EXPECT_EQ(s.chunks.back().lemma, "述べる");
}

TEST(Segment, RunOnSentencesAreCutAtCommas) {
  std::string run_on;
  for (int i = 0; i < 3000; ++i) run_on += "日本は中国と協議し、";
  auto parts = split_sentences(run_on);
  ASSERT_GT(parts.size(), 1u);
  size_t total = 0;
  for (const auto& p : parts) {
    EXPECT_LE(p.size(), kMaxSentenceBytes);
    EXPECT_EQ(p.substr(p.size() - 3), "、");  // cut after a comma, not inside a word
    total += p.size();
  }
  EXPECT_EQ(total, run_on.size());
}

TEST(Chunk, EveryChunkHasContentEvenWhenItStartsWithAFunctionWord) {
  // Found by a random-input run: a line opening with 々 or a particle made a
  // chunk with no content word, and later stages read before its start.
  for (const char* text : {"々会談によると新聞によると日本10月新聞氏", "はロシアを非難した。", "ないを、に。"}) {
    Sentence s;
    s.text = text;
    s.tokens = morph().tokenize(s.text);
    chunk_sentence(s, lexicon());
    for (const auto& c : s.chunks) {
      EXPECT_GT(c.content_end, c.first) << text;
      EXPECT_LE(c.content_end, c.last) << text;
    }
  }
}

TEST(Segment, HeadlineColonSeparatesStatements) {
  auto parts = split_sentences("日本とフィリピン、協定に署名:中国は反発\n会見は18:30に始まった。\n");
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[0], "日本とフィリピン、協定に署名");
  EXPECT_EQ(parts[1], "中国は反発");
  EXPECT_EQ(parts[2], "会見は18:30に始まった。");  // times and body text stay whole
}

// The Bloom filter in front of StringTable never hides a key, and find()
// answers absent keys as the map would, for thousands of keys in a small
// filter (many false positives reach the map and must still say no).
TEST(StringTable, FindAnswersExactlyAsAMap) {
  StringTable<int> table(1024);  // 16 words for 3,000 keys: most probes pass the filter
  std::set<std::string> keys;
  for (int i = 0; i < 3000; ++i) {
    std::string k = "国" + std::to_string(i * 7919 % 100003);
    keys.insert(k);
    table[k] = i;
  }
  EXPECT_EQ(table.size(), keys.size());
  for (const auto& k : keys) {
    const int* v = table.find(k);
    ASSERT_NE(v, nullptr) << k;
  }
  int absent = 0;
  for (int i = 0; i < 3000; ++i) {
    std::string k = "省" + std::to_string(i);
    absent += table.find(k) == nullptr;
    EXPECT_EQ(table.find(std::string_view(k).substr(0, 3)), nullptr);  // a prefix is not a key
  }
  EXPECT_EQ(absent, 3000);
  EXPECT_EQ(table.find(""), nullptr);
  table[""] = 5;
  ASSERT_NE(table.find(""), nullptr);
  EXPECT_EQ(*table.find(""), 5);
}

// A value keeps its address while the table grows (the matcher keeps pointers
// to its names), a second insertion of a key finds the first, and iteration
// is in insertion order.
TEST(StringTable, ValuesStayPutAsTheTableGrows) {
  StringTable<std::string> table(256);
  std::string& first = table["ドイツ"];
  first = "DEU";
  const std::string* where = &first;
  for (int i = 0; i < 5000; ++i) table["国" + std::to_string(i)] = std::to_string(i);
  EXPECT_EQ(table.find("ドイツ"), where);
  EXPECT_EQ(*where, "DEU");
  EXPECT_EQ(&table["ドイツ"], where);  // no second entry
  EXPECT_EQ(table.size(), 5001u);
  EXPECT_EQ(*table.find("国4999"), "4999");
  std::vector<std::string> order;
  for (const auto& [key, value] : table) order.push_back(key);
  ASSERT_EQ(order.size(), 5001u);
  EXPECT_EQ(order[0], "ドイツ");
  EXPECT_EQ(order[1], "国0");
  EXPECT_EQ(order[5000], "国4999");
}

}  // namespace kizashi::ja

// text/ja/sentence — one sentence as the Japanese front end analyses it.
//
// Contract: the Japanese stages work on a ja::Sentence and fill it in order:
// text/ja/morph fills tokens; text/ja/chunk fills chunks; text/ja/quotes the
// quotations' spans; actors/ja fills mentions and joined; events/ja the
// quotations' speakers and the trace (and Document::events). No stage rewrites what an
// earlier one produced. Byte offsets are into `text`. publish() turns the
// analysis into the language-neutral model::Sentence that leaves the front end
// (mentions with byte spans, quotes, trace); tokens and chunks stay behind.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/document.h"
#include "model/referent.h"

namespace kizashi::ja {

// Word classes that later stages test on every token, set once by the
// morphology stage from the part-of-speech fields (IPADIC names in comments),
// so that chunking and matching test a bit instead of comparing strings.
// A token carries one coarse class and any sub-classes that apply.
namespace tag {
enum : uint32_t {
  Noun = 1u << 0,          // 名詞
  Prefix = 1u << 1,        // 接頭詞
  Verb = 1u << 2,          // 動詞
  Adjective = 1u << 3,     // 形容詞
  Particle = 1u << 4,      // 助詞
  Auxiliary = 1u << 5,     // 助動詞
  Symbol = 1u << 6,        // 記号
  Adverb = 1u << 7,        // 副詞
  Adnominal = 1u << 8,     // 連体詞
  Conjunction = 1u << 9,   // 接続詞
  Interjection = 1u << 10, // 感動詞
  Independent = 1u << 11,  // pos1 自立
  Dependent = 1u << 12,    // pos1 非自立
  Suffix = 1u << 13,       // pos1 接尾
  BracketOpen = 1u << 14,  // 記号,括弧開
  BracketClose = 1u << 15, // 記号,括弧閉
  Comma = 1u << 16,        // 記号,読点
  Period = 1u << 17,       // 記号,句点
  CaseParticle = 1u << 18, // 助詞,格助詞
  ConjParticle = 1u << 19, // 助詞,接続助詞
  AdvParticle = 1u << 20,  // 助詞,副助詞
  Parallel = 1u << 21,     // 助詞,並立助詞
  Proper = 1u << 22,       // 名詞,固有名詞
  Number = 1u << 23,       // 名詞,数
  AdjVerbStem = 1u << 24,  // 名詞,形容動詞語幹
  AdverbLike = 1u << 25,   // 副詞可能 (pos1 or pos2: 今日, 今回)
  Quotative = 1u << 26,    // 助詞,格助詞,引用 (「…」と)
  Paren = 1u << 27,        // an ASCII '(' or ')' that opens or closes an aside (IPADIC reads them as nouns)
  Aside = 1u << 28,        // inside a parenthesised aside, its parentheses included: 欧州連合(EU), 28日(現地時間)
};
}  // namespace tag

// One morpheme. The part-of-speech and conjugation fields view the
// morphological dictionary's own strings (MeCab's mapped IPADIC, or static
// strings): they stay valid while the Morphology that made the token lives,
// and cost no copy per token.
struct Token {
  // All of `mask`'s classes apply (is(tag::Verb | tag::Independent)).
  bool is(uint32_t mask) const { return (tags & mask) == mask; }
  bool any(uint32_t mask) const { return (tags & mask) != 0; }

  std::string surface;
  std::string_view pos;    // coarse part of speech (IPADIC: 名詞, 動詞, 助詞, ...)
  std::string_view pos1;   // sub-categories
  std::string_view pos2;
  std::string_view pos3;
  std::string_view ctype;  // conjugation type
  std::string_view cform;  // conjugation form
  std::string base;        // dictionary form
  uint32_t begin = 0, end = 0;  // bytes in Sentence::text
  int quote_depth = 0;          // nesting of 「…」 at this token
  uint32_t tags = 0;            // tag:: bits from pos..pos3
};

// Grammatical role a chunk plays towards its head (case particle).
enum class Case : uint8_t {
  None, Ga, Wa, Wo, Ni, To, He, Kara, De, No, Mo, Made, Yori,
  NiTaishi,   // に対し(て), に対する
  HeNo,       // への
  ToNo,       // との
  Quote,      // 引用の と (「…」と述べた)
  Topic,      // については, をめぐり and similar topical markers
  Via,        // を通じて, を中心に, をはじめ, を含め, を経て: a channel, a core, examples; によると: a source
};
const char* case_name(Case c);

// A bunsetsu: content words followed by function words.
struct Chunk {
  int first = 0, last = 0;  // token range [first, last)
  int content_end = 0;      // end of the content part (first function token); > first
  int head = -1;            // governing chunk, -1 for the root
  Case kase = Case::None;
  bool predicate = false;   // verb, サ変 noun + する, or adjective predicate
  bool verbal = false;      // the predicate is a verb (not an adjective or copula)
  bool adnominal = false;   // predicate in attributive form modifying a noun
  bool conjunctive = false; // 連用/て form linked to a following predicate
  bool negated = false;
  bool passive = false;
  bool comma = false;       // ends with 、
  bool coord = false;       // ends in the coordinating や (オーストラリアやニュージーランドに)
  bool together = false;    // と with ともに/共に/一緒に: "together with", a partner in the act, no "and"
  bool deemed = false;      // a noun with とする, the noun its lemma (不当とした, 「遺憾」とし)
  int quote_depth = 0;      // depth of the content head
  std::string lemma;        // predicate lemma (verb base form or verbal noun)
  std::string noun;         // content text (compound noun) of the chunk
};

// An actor mention as the matcher finds it: the actor (codes, label, entries)
// and where it sits in the sentence's morphemes and chunks.
struct Mention : Referent {
  int chunk = -1;
  int token_begin = 0, token_end = 0;
  int span_begin = 0;                 // first token of the words shown for it: token_begin, or
                                      // the first member's when merged (日本と韓国, 日本の外相)
  bool agent_only = false;            // 政府, 外相 ... without a country yet
  std::string title_code;             // the country the agent's title names (国務長官: USAGOV), if any
  bool title_home = false;            // ... only by default (外務省: JPNGOV unless another's was named)
  bool reference = false;             // 同氏, 両国, 我々 ... resolved from context
  bool person = false;
  int person_index = -1;              // ActorDictionary person, re-resolved at the event date
  std::string person_name;            // the person's own name, what a later 李大統領 repeats: a dictionary
                                      // person's name as written (ペニー・ウォン of ペニー・ウォン豪州外務大臣),
                                      // or one the dictionary does not know, named by a title (李明博 in
                                      // 大韓民国・李明博大統領)
  bool quoted_term = false;           // inside a scare quote 「アジア版NATO」
  bool head = true;                   // names the chunk itself, not a modifier
                                      // inside a compound (オーストラリア訪問)
  bool speaker_ref = false;           // 我々, わが国: the speaker's side
};

// A quotation 「…」 or 『…』 at depth 0.
struct Quote {
  uint32_t begin = 0, end = 0;  // bytes of the quoted text (without brackets)
  std::string text;
  bool speech = false;          // introduced by a speech verb (or a speaker)
  int closing = -1;             // the chunk that closes it with と (「…」と述べた), or -1
  bool alone = false;           // the sentence is this quotation only (it continues the last speaker)
  bool citation = false;        // names a headline, a title, a report (「…」という見出し): no act of anyone's
  Label speaker;                // filled by events/ja
  std::vector<std::string> speaker_codes;
};

struct Sentence {
  int index = 0;
  std::string text;
  std::vector<Token> tokens;
  std::vector<Chunk> chunks;
  std::vector<Mention> mentions;
  // Per chunk, the later chunk it joins as one group of actors (日本と韓国は:
  // 日本と → 韓国は), or -1; the conjunct has no role of its own, and roles are
  // read over these links before the chunks' own heads. Empty: no group.
  std::vector<int> joined;
  std::vector<Quote> quotes;
  std::vector<std::string> trace;   // why events were or were not emitted
};

// The bytes of Sentence::text a mention covers: from its span_begin token to
// its last token ({0, 0} when the tokens are out of range or it has none).
std::pair<uint32_t, uint32_t> mention_bytes(const Sentence& s, const Mention& m);

// The language-neutral sentence (text, mentions with bytes, quotes, trace).
kizashi::Sentence publish(Sentence&& s);

}  // namespace kizashi::ja

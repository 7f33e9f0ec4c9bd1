// text/ja/lexicon — the Japanese function-word lists (data/verbs/ja.lexicon).
//
// Contract: each list is a Word kind, named in the file by its kind_name()
// (speech, light, intent ...; the file's header says what each is for).
// load() validates the file (known kinds, no empty word, no word listed twice
// under one kind) and throws InputError naming the line. has() is an exact
// match on a MeCab base form or surface string; words() lists a kind.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>

#include "base/string_hash.h"

namespace kizashi::ja {

enum class Word : uint8_t {
  Speech,       // verbs that introduce a quotation (述べる)
  Light,        // light verbs handing the predicate to their verbal noun (行う)
  Intent,       // plan and intention words (方針, 予定)
  Purpose,      // purpose words (ため)
  Negation,     // negating auxiliaries
  Passive,      // passive auxiliaries
  PersonRef,    // 同氏: the last person named
  PlaceRef,     // 同国: the last country named
  PairRef,      // 両国: the two actors in focus
  CountRef,     // カ国 in 3カ国: a group of that size
  Speaker,      // 我々: the speaker's side
  NoActor,      // compound tails that are no actor (日本語)
  Agentive,     // nouns for people or groups (者)
  Place,        // place nouns keeping a country the actor (東部)
  Nationality,  // 人 in 日本人: the country's people
  Title,        // titles after a person's name (事務総長)
  Conflict,     // nouns of armed conflict (戦争)
  Claim,        // verbs whose reported clause is a claim (主張する)
  Organ,        // organs that act for their organisation or state (理事会, 事務局)
  Citation,     // nouns a quotation can be the text of, not speech (見出し, 記事)
  Adverbial,    // verbs whose te-form before a predicate is an adverb (重ねて要請)
  Content,      // nouns whose clause states what their actor says or decides (声明, 方針)
  LightNi,      // verbs that take their event from a noun in に (支援に乗り出す, 制裁に踏み切る)
  Faction,      // factions that act for their organisation after its name (ハマス強硬派)
  Receptive,    // verbs whose subject receives the act of their verbal-noun object (表敬を受けた)
  Official,     // endings of a country's official name after its short name (王国, イスラム共和国)
  Elliptic,     // SHORT=FULL: a word alone that names a country once the document named it (北=北朝鮮)
  Institution,  // agent words for an institution, not a title's holder (政権, 政府): named again, the same one
  Team,         // words of sport that make a country's compound no actor (代表, 選手)
  Imperative,   // the verb whose patterns an imperative in reported speech takes (中断せよ: 要求)
  Resolve,      // verbs whose ことで-clause is the plan agreed on (…を続けることで一致)
  Occur,        // verbs saying that their が act took place (攻撃があった, 衝突が発生した)
  Deed,         // nouns for any act, referring back to the newest one (このような行為)
  Conjunction,  // words that alone join two nouns of a list (及び, 並びに)
  Text,         // texts an actor issues, which speak for it as a subject (声明は…非難した)
  Others,       // words closing a list (韓国、北朝鮮他の代表): the names before them stay actors
  Spread,       // verbs saying a reaction spreads where its で names (韓国では反発が広がっている)
  Origin,       // words after a country telling a person's origin (モロッコ生まれの, ロシア出身の)
};
inline constexpr size_t kWordKinds = static_cast<size_t>(Word::Origin) + 1;
const char* kind_name(Word w);

class Lexicon {
 public:
  static Lexicon load(const std::string& path);
  bool has(Word kind, std::string_view word) const {  // no string built per call
    const uint64_t* kinds = word_kinds_.find(word);
    return kinds != nullptr && (*kinds >> static_cast<unsigned>(kind) & 1u);
  }
  const std::unordered_set<std::string>& words(Word kind) const { return words_[static_cast<size_t>(kind)]; }

 private:
  std::unordered_set<std::string> words_[kWordKinds];
  StringTable<uint64_t> word_kinds_{size_t{1} << 13};  // word -> bit set of kinds
};

}  // namespace kizashi::ja

// events/ja/texts — texts that speak for their authors. A text an actor
// issues (声明を出した, 声明で…, 安保理の決議; lexicon kind text) and a claim
// it makes (…と指摘した; lexicon kind claim) are told to the discourse; a later
// act whose subject is such a text and names no actor (声明は、米国に対し…と警告
// した) has the text's author as its source, and one answering この報告書 or
// この指摘 has its author as the target (SentenceCoder::referred_act).
// Part of SentenceCoder (events/ja/sentence_coder.h).
#include "events/ja/sentence_coder.h"

namespace kizashi::ja {

// The text word `noun` ends with (共同声明 → 共同声明, 同声明 → 声明), or "".
std::string SentenceCoder::text_word(const std::string& noun) const {
  // The longest suffix that is a text word: suffixes from the longest, one per
  // UTF-8 character start (a probe each, not a scan of the word list).
  for (size_t i = 0; i < noun.size(); ++i)
    if ((static_cast<unsigned char>(noun[i]) & 0xC0) != 0x80 &&
        res_.lexicon.has(Word::Text, std::string_view(noun).substr(i)))
      return noun.substr(i);
  return {};
}

// After the sentence: who issued each text it names — the subject of the verb
// a text object or instrument depends on (声明を出し, 声明で非難), or the actor
// named with の before the text (安保理の決議).
void SentenceCoder::remember_texts() {
  for (int k = 0; k < roles_.n(); ++k) {
    const Chunk& c = roles_.ch(k);
    const std::string word = text_word(c.noun);
    if (word.empty() || roles_.chunk_actor(k, false)) continue;
    std::optional<Actor> author;
    for (int m : roles_.children(k))
      if (!author && roles_.ch(m).kase == Case::No && !roles_.ch(m).predicate) author = roles_.chunk_actor(m, false);
    if (!author && (c.kase == Case::Wo || c.kase == Case::De) && roles_.head(k) >= 0)
      author = roles_.subject(roles_.head(k));
    if (author && author->codes.size() == 1) discourse_.issued(c.noun, {author->codes.front(), author->label}, s_.index);
  }
  // …と国際連合が指摘した: a claim (lexicon kind claim) is its subject's, for a later この指摘.
  for (int p = 0; p < roles_.n(); ++p)
    if (roles_.ch(p).predicate && res_.lexicon.has(Word::Claim, roles_.ch(p).lemma))
      if (auto who = roles_.subject(p); who && who->codes.size() == 1)
        discourse_.issued(roles_.ch(p).lemma, {who->codes.front(), who->label}, s_.index);
}

// 声明は、米国に対し「…」と警告した: the subject is a text with no actor of its
// own; its author, issued in this sentence or the three before, is the source.
std::optional<Actor> SentenceCoder::text_author(const Predicate& pr) const {
  for (int k : roles_.children(pr.chunk)) {
    const Chunk& c = roles_.ch(k);
    if ((c.kase != Case::Wa && c.kase != Case::Ga) || c.predicate || roles_.chunk_actor(k, false)) continue;
    const std::string word = text_word(c.noun);
    if (word.empty()) continue;
    if (const JointAct::Side* by = discourse_.issuer(word, s_.index)) {
      Actor a{{{by->code}, by->label, {"context:text_author"}}, -1, -1};
      a.label.append(" (the author of the " + word + ")");
      return a;
    }
  }
  return std::nullopt;
}

}  // namespace kizashi::ja

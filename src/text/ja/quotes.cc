#include "text/ja/quotes.h"

#include "text/ja/chunk.h"

namespace kizashi::ja {

using namespace std::literals;

namespace {

bool opens(const Token& t) { return t.surface == "「"sv || t.surface == "『"sv; }
bool closes(const Token& t) { return t.surface == "」"sv || t.surface == "』"sv; }

// The chunk holding token `j` (the last one that does), or -1.
int chunk_of_token(const Sentence& s, size_t j) {
  int found = -1;
  for (int c = 0; c < static_cast<int>(s.chunks.size()); ++c)
    if (s.chunks[c].first <= static_cast<int>(j) && static_cast<int>(j) < s.chunks[c].last) found = c;
  return found;
}

// 「…」という見出し, 「…」との記事: the quotation closed by `closing` is the text
// of a headline, title or report (a citation noun), not anyone's speech.
bool cites(const Sentence& s, int closing, const Lexicon& lexicon) {
  int noun = -1;
  const Chunk& c = s.chunks[closing];
  const int h = c.head;
  if (h < 0) return false;
  const Chunk& head = s.chunks[h];
  if (head.predicate && (head.lemma == "いう"sv || head.lemma == "言う"sv) && head.adnominal) noun = head.head;
  else if (!head.predicate) noun = h;
  if (noun < 0) return false;
  const Chunk& n = s.chunks[noun];
  return lexicon.has(Word::Citation, s.tokens[n.content_end - 1].surface);
}

}  // namespace

void find_quotes(Sentence& s, const Lexicon& lexicon) {
  s.quotes.clear();
  const auto& t = s.tokens;
  for (size_t i = 0; i < t.size(); ++i) {
    if (!opens(t[i]) || t[i].quote_depth != 0) continue;
    size_t j = i + 1;
    while (j < t.size() && !(closes(t[j]) && t[j].quote_depth == 0)) ++j;
    Quote q;
    q.begin = t[i].end;
    q.end = j < t.size() ? t[j].begin : static_cast<uint32_t>(s.text.size());
    q.text = s.text.substr(q.begin, q.end - q.begin);
    const bool has_pred = has_predicate(s, i + 1, j);
    const int closing = j < t.size() ? chunk_of_token(s, j) : -1;
    if (closing >= 0 && s.chunks[closing].kase == Case::Quote && s.chunks[closing].head >= 0) {
      q.citation = cites(s, closing, lexicon);
      q.speech = !q.citation && (has_pred || lexicon.has(Word::Speech, s.chunks[s.chunks[closing].head].lemma));
      q.closing = closing;
      s.quotes.push_back(std::move(q));
    } else if (i == 0 && (j + 1 >= t.size() || (j + 2 == t.size() && t[j + 1].is(tag::Period))) && has_pred) {
      q.speech = true;
      q.alone = true;
      s.quotes.push_back(std::move(q));
    } else if (has_pred) {
      s.quotes.push_back(std::move(q));
    }
    i = j;
  }
}

}  // namespace kizashi::ja

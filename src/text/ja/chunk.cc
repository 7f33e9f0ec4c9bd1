#include "text/ja/chunk.h"

#include <string_view>

#include "text/ja/particles.h"

namespace kizashi::ja {

using namespace std::literals;

namespace {

// Word-class tests read the tag bits the morphology stage set (text/morph).
using namespace tag;
bool is_bracket_open(const Token& t) { return t.is(BracketOpen); }
bool is_bracket_close(const Token& t) { return t.is(BracketClose); }
bool is_comma(const Token& t) { return t.is(Comma) || t.surface == ","sv; }
bool is_period(const Token& t) { return t.is(Period); }

// Function words never start a chunk.
bool is_function(const Token& t) {
  if (t.any(Particle | Auxiliary)) return true;
  return t.any(Verb | Adjective) && t.any(Dependent | Suffix);
}

// Content tokens that glue to what precedes them (接尾, 非自立 nouns).
bool is_glue(const Token& t) { return t.is(Noun) && t.any(Suffix | Dependent); }

bool is_noun(const Token& t) { return t.any(Noun | Prefix); }
bool is_verb(const Token& t) { return t.is(Verb | Independent); }
bool is_adj(const Token& t) { return t.is(Adjective | Independent); }
bool standalone(const Token& t) { return t.any(Adverb | Adnominal | Conjunction | Interjection); }

// Verbs that, after に/を/と, are part of a compound particle (に対し, について...).
bool particle_verb(const Token& prev, const Token& t) {
  if (!is_verb(t) || !prev.is(Particle)) return false;
  const std::string& b = t.base;
  if (prev.surface == "に"sv)
    return b == "対する"sv || b == "関する"sv || b == "つく"sv || b == "おく"sv || b == "よる"sv || b == "とる"sv ||
           b == "向ける"sv || b == "かける"sv || b == "基づく"sv || b == "伴う"sv || b == "際する"sv || b == "わたる"sv ||
           b == "対す"sv;
  if (prev.surface == "を"sv)
    return b == "めぐる"sv || b == "通じる"sv || b == "通す"sv || b == "巡る"sv || b == "含める"sv || b == "経る"sv;
  if (prev.surface == "と"sv) return b == "する"sv;  // として
  return false;
}

// を中心に, をはじめ(とする), をはじめ各国が: a noun or a 連用 form of a compound
// particle (not 作戦を始めた, where 始める is the verb).
bool particle_noun(const std::vector<Token>& toks, int i) {
  if (i == 0 || toks[i - 1].surface != "を"sv) return false;
  const Token& t = toks[i];
  const Token* next = i + 1 < static_cast<int>(toks.size()) ? &toks[i + 1] : nullptr;
  if (t.surface == "中心"sv) return next && next->surface == "に"sv;
  if (t.surface == "対象"sv) return next && (next->surface == "に"sv || next->surface == "と"sv);  // を対象に
  if (t.surface == "はじめ"sv || t.surface == "始め"sv)
    return !next || !(next->is(Auxiliary) || next->is(ConjParticle) || next->is(Verb));
  return false;
}

}  // namespace

bool nominal_chunk(const Sentence& s, const Chunk& c) {
  for (int i = c.content_end - 1; i >= c.first; --i) {
    const Token& t = s.tokens[i];
    if (is_bracket_close(t) || is_bracket_open(t) || t.is(Aside)) continue;
    return is_noun(t);
  }
  return false;
}

bool has_predicate(const Sentence& s, size_t begin, size_t end) {
  for (size_t i = begin; i < end && i < s.tokens.size(); ++i) {
    const Token& t = s.tokens[i];
    if (is_verb(t) || t.any(Adjective | Auxiliary)) return true;
  }
  return false;
}

bool modifier_case(const Chunk& c) {
  return c.kase == Case::No || c.kase == Case::HeNo || c.kase == Case::ToNo;
}

namespace {

void split(Sentence& s) {
  auto& toks = s.tokens;
  s.chunks.reserve(toks.size() / 2 + 1);
  Chunk cur;
  cur.first = 0;
  bool has_content = false, after_function = false, after_comma = false;
  int last_content = -1;  // the chunk's last content token (asides are not content)
  auto close = [&](int at) {
    if (at > cur.first) {
      cur.last = at;
      // A chunk of function words only (a stray は at a line start) keeps its
      // first token as content, so every chunk has content_end > first.
      if (cur.content_end <= cur.first) cur.content_end = cur.first + 1;
      s.chunks.push_back(cur);
    }
    cur = Chunk();
    cur.first = at;
    has_content = after_function = after_comma = false;
    last_content = -1;
  };
  for (int i = 0; i < static_cast<int>(toks.size()); ++i) {
    const Token& t = toks[i];
    const Token* prev = i > 0 ? &toks[i - 1] : nullptr;
    // An aside right after the content belongs to it (欧州連合(EU)は: the
    // matcher sees EU); elsewhere it sits among the function words. It never
    // starts or ends a chunk and is no content of its own.
    if (t.is(Aside)) {
      if (has_content && !after_function && !after_comma) cur.content_end = i + 1;
      continue;
    }
    if (is_bracket_open(t)) {
      if (has_content) close(i);
      continue;
    }
    if (is_bracket_close(t) || is_period(t)) continue;
    if (is_comma(t)) {
      after_comma = true;
      continue;
    }
    bool absorbed = prev && (particle_verb(*prev, t) || particle_noun(toks, i));
    // Compound particle tails: に対し(て), について, をめぐって ... stay function words.
    if (absorbed || is_function(t)) {
      after_function = true;
      continue;
    }
    if (has_content) {
      bool suru_after_noun = is_verb(t) && t.base == "する"sv && prev && (is_noun(*prev) || is_bracket_close(*prev));
      bool adjverb_suru = is_verb(t) && t.base == "する"sv && i >= 2 && prev->surface == "に"sv &&
                          toks[i - 2].is(AdjVerbStem);
      const Token& last = toks[last_content >= 0 ? last_content : cur.first];
      bool brk = after_comma || (after_function && !adjverb_suru) || standalone(t) || standalone(last);
      if (!brk && !suru_after_noun && !adjverb_suru) {
        if ((is_verb(last) || is_adj(last)) && !is_glue(t)) brk = true;
        if (is_noun(last) && (is_verb(t) || is_adj(t))) brk = true;
      }
      if (brk) close(i);
    }
    has_content = true;
    last_content = i;
    cur.content_end = i + 1;
  }
  close(static_cast<int>(toks.size()));
}

// Content head, quote depth, compound noun text, and whether a comma ends it.
void read_content(const Sentence& s, Chunk& c) {
  const auto& toks = s.tokens;
  int head_tok = -1;
  for (int i = c.first; i < c.content_end; ++i) {
    const Token& t = toks[i];
    if (is_bracket_open(t) || t.is(Aside)) continue;
    if (is_bracket_close(t) || is_comma(t) || is_period(t)) continue;
    head_tok = i;
    c.noun += t.surface;
  }
  if (head_tok < 0) head_tok = c.first;
  c.quote_depth = toks[head_tok].quote_depth;
  for (int i = c.first; i < c.last; ++i)
    if (is_comma(toks[i])) c.comma = true;
}

// Predicate and lemma: a verb (the verbal noun of サ変 + する, 〜にする after an
// adjectival noun) or an adjective.
void read_predicate(const Sentence& s, Chunk& c) {
  const auto& toks = s.tokens;
  for (int i = c.first; i < c.last; ++i) {
    const Token& t = toks[i];
    if (t.is(Aside)) continue;
    if (i >= c.content_end && !(is_verb(t) && t.base == "する"sv)) break;
    if (is_verb(t) && !(i > c.first && particle_verb(toks[i - 1], t))) {
      c.predicate = true;
      c.verbal = true;
      if (t.base == "する"sv && i > c.first && is_noun(toks[i - 1])) {
        c.lemma = toks[i - 1].surface;
      } else if (t.base == "する"sv && i >= c.first + 2 && toks[i - 1].surface == "に"sv &&
                 toks[i - 2].is(AdjVerbStem)) {
        c.lemma = toks[i - 2].surface + "にする";
      } else {
        c.lemma = t.base;
      }
    } else if (is_adj(t)) {
      c.predicate = true;
      c.lemma = t.base;
    }
  }
}

// Negation, passive (also of サ変: 非難さ|れ), copula, conjunctive endings, や.
FunctionWords read_function_words(const Sentence& s, const Lexicon& lx, Chunk& c) {
  const auto& toks = s.tokens;
  FunctionWords fn;
  bool hedged = false;
  for (int i = c.content_end; i < c.last; ++i) {
    const Token& t = toks[i];
    if (is_comma(t) || is_bracket_close(t) || is_period(t) || t.is(Aside)) continue;
    if (t.is(Auxiliary) && lx.has(Word::Negation, t.base)) c.negated = true;
    if (t.is(Adjective) && t.base == "ない"sv && c.predicate) c.negated = true;
    // (受けたとされる: the passive of a hedge after と is not the verb's own.)
    if (t.is(Verb | Suffix) && lx.has(Word::Passive, t.base) && !hedged) c.passive = true;
    if (t.is(Quotative) && i > c.content_end) hedged = true;
    if (t.is(Auxiliary) && (t.base == "だ"sv || t.base == "です"sv)) fn.copula = true;
    if (t.is(ConjParticle)) fn.conj_particle = true;
    if (t.is(Parallel) && t.surface == "や"sv) c.coord = true;
    // Adverbial particles before the case particle (などが, だけを) do not decide the case.
    if (fn.text.empty() && t.is(AdvParticle) && i + 1 < c.last && toks[i + 1].is(Particle)) continue;
    fn.text += t.surface;
  }
  return fn;
}

// How a predicate attaches: attributively to a noun, or conjunctively to a
// later predicate; the form of its last inflecting token decides.
void read_attachment(const Sentence& s, const FunctionWords& fn, Chunk& c) {
  const Token& tail = s.tokens[c.last - 1];
  const Token* last_infl = nullptr;
  for (int i = c.first; i < c.last; ++i) {
    const Token& t = s.tokens[i];
    if (!t.is(Aside) && (t.any(Verb | Auxiliary) || is_adj(t))) last_infl = &t;
  }
  bool ends_inflecting = last_infl && last_infl == &tail;
  if (c.kase == Case::No || (ends_inflecting && !c.comma &&
                             (last_infl->cform == "基本形"sv || last_infl->cform == "体言接続"sv ||
                              last_infl->cform.rfind("連体", 0) == 0)))
    c.adnominal = true;
  if (!c.adnominal && c.kase == Case::None &&
      (fn.conj_particle || c.comma || (last_infl && last_infl->cform.rfind("連用", 0) == 0)))
    c.conjunctive = true;
  if (c.kase != Case::None && c.kase != Case::Quote && c.kase != Case::No) c.adnominal = false;
}

// 不当とした, 「極めて遺憾」とし, 延期とする: a noun with とする deems what it
// judges or decides so; not として ("as": 議長国として) nor とされる.
bool deems(const Sentence& s, const Chunk& c) {
  if (c.predicate || !is_noun(s.tokens[c.content_end - 1])) return false;
  int t = c.content_end;
  while (t < c.last && is_bracket_close(s.tokens[t])) ++t;
  if (t + 1 >= c.last || s.tokens[t].surface != "と"sv || !s.tokens[t].is(Particle)) return false;
  const Token& suru = s.tokens[t + 1];
  if (!is_verb(suru) || suru.base != "する"sv) return false;
  // (行方不明とされる: "is said to be", a hedge of the reporter's, no one's judgement;
  // 遺憾としている deems still, 議長国として is "as".)
  if (t + 2 >= c.last) return true;
  const Token& next = s.tokens[t + 2];
  if (next.base == "れる"sv) return false;
  return next.surface != "て"sv || (t + 3 < c.last && s.tokens[t + 3].is(Verb));
}

void classify(Sentence& s, const Lexicon& lx, Chunk& c) {
  read_content(s, c);
  read_predicate(s, c);
  const FunctionWords fn = read_function_words(s, lx, c);
  c.kase = case_of(fn, c.predicate);
  const Token& tail = s.tokens[c.last - 1];
  // Quotation と: 「…」と or a clause ending in と before a speech verb.
  for (int i = c.content_end; i < c.last; ++i)
    if (s.tokens[i].is(Quotative)) c.kase = Case::Quote;
  // (…供与すると、Xが語った: the comma after the と changes nothing.)
  int end = c.last - 1;
  while (end > c.content_end && is_comma(s.tokens[end])) --end;
  if (c.predicate && c.kase == Case::To && s.tokens[end].surface == "と"sv) c.kase = Case::Quote;
  // 米国とともに, 韓国と共に, 英国と一緒に: with a partner, not a list.
  c.together = !c.predicate && c.kase == Case::To &&
               (fn.has("とともに") || fn.has("と共に") || fn.has("と一緒に") || fn.has("といっしょに"));
  // Adnominal compound particles (に対する, に関する, における, による, をめぐる) modify nouns.
  if ((fn.has("に対する") || fn.has("に関する") || fn.has("における") || fn.has("による") || fn.has("をめぐる")) &&
      c.kase != Case::No)
    c.adnominal = true;
  // An adjective in its 連用 form right before a verb is an adverb (強く非難した).
  if (c.predicate && !c.verbal && !c.comma && is_adj(tail) && tail.cform.rfind("連用", 0) == 0) {
    c.predicate = false;
    c.lemma.clear();
  }
  if (!c.predicate && fn.copula) {
    c.predicate = true;
    c.lemma = c.noun;
  }
  if (deems(s, c)) {  // the と belongs to the predicate: no quotation, no case
    c.predicate = c.verbal = c.deemed = true;
    c.lemma = s.tokens[c.content_end - 1].surface;
    c.kase = Case::None;
    // 「極めて遺憾」とした: the verb stands outside the brackets, and so does the chunk.
    for (int i = c.content_end; i < c.last; ++i)
      if (is_verb(s.tokens[i])) {
        c.quote_depth = s.tokens[i].quote_depth;
        break;
      }
  }
  // 訪問中の, 来日中の: a verbal noun and 中 modifying a noun is an act under way
  // (タシュケントを訪問中の国務副長官).
  if (!c.predicate && c.kase == Case::No && c.content_end - c.first >= 2) {
    const Token& noun = s.tokens[c.content_end - 2];
    const Token& during = s.tokens[c.content_end - 1];
    if (during.surface == "中"sv && during.is(Suffix) && noun.pos1 == "サ変接続"sv) {
      c.predicate = c.verbal = true;
      c.lemma = noun.surface;
    }
  }
  if (c.predicate) read_attachment(s, fn, c);
}

bool scope_ok(const Sentence& s, int i, int j) {
  // A chunk inside a quotation attaches inside it, unless it ends it.
  const Chunk& a = s.chunks[i];
  auto closes_quote = [&](const Chunk& c) {
    for (int k = c.first; k < c.last; ++k)
      if (s.tokens[k].surface == "」"sv || s.tokens[k].surface == "』"sv) return true;
    return false;
  };
  // A quoted noun phrase (「勇気ある決断」を) is headed by its last chunk.
  if (a.quote_depth == 0)
    return s.chunks[j].quote_depth == 0 ||
           (s.chunks[j].quote_depth == 1 && closes_quote(s.chunks[j]) && !s.chunks[j].predicate);
  bool closes = false;
  for (int k = a.first; k < a.last; ++k)
    if (s.tokens[k].surface == "」"sv || s.tokens[k].surface == "』"sv) closes = true;
  if (closes) return s.chunks[j].quote_depth < a.quote_depth;
  for (int k = i + 1; k < j; ++k)
    if (s.chunks[k].quote_depth < a.quote_depth) return false;
  return s.chunks[j].quote_depth == a.quote_depth;
}

// Is there a topic (は/も) before chunk i at the same quotation depth, in the same
// clause? A clause that ends in a conjunctive predicate and a comma (…を希望したが、
// Bは…と反発した) closes its topic: the next one starts the following clause.
bool earlier_topic(const Sentence& s, int i) {
  bool topic = false;
  for (int j = 0; j < i; ++j) {
    const Chunk& c = s.chunks[j];
    if (c.quote_depth != s.chunks[i].quote_depth) continue;
    if ((c.kase == Case::Wa || c.kase == Case::Mo)) topic = true;
    else if (c.predicate && c.conjunctive && c.comma) topic = false;
  }
  return topic;
}

void attach(Sentence& s) {
  int n = static_cast<int>(s.chunks.size());
  // A nominal chunk ending the sentence is a predicate (体言止め: 岸田首相と会談), known
  // before heads are chosen so that its arguments attach to it.
  if (n > 0) {
    Chunk& last = s.chunks[n - 1];
    if (!last.predicate && nominal_chunk(s, last) &&
        (last.kase == Case::None || last.kase == Case::He)) {
      last.predicate = true;
      last.lemma = s.tokens[last.content_end - 1].surface;
    }
  }
  auto first_where = [&](int i, auto pred) {
    for (int j = i + 1; j < n; ++j)
      if (scope_ok(s, i, j) && pred(s.chunks[j])) return j;
    return -1;
  };
  // Case arguments attach to verbs, or to adjectives that end a clause (not 冷静な).
  auto any_pred = [](const Chunk& c) { return c.predicate && (c.verbal || !c.adnominal); };
  auto clause_pred = [](const Chunk& c) { return c.predicate && !c.adnominal; };
  auto nominal = [&](const Chunk& c) { return nominal_chunk(s, c); };
  for (int i = 0; i < n; ++i) {
    Chunk& c = s.chunks[i];
    int h = -1;
    const Token& first = s.tokens[c.first];
    bool adnominal_word = first.is(Adnominal) && c.content_end - c.first == 1;
    bool nado = c.noun.size() >= 6 && s.tokens[c.last - 1].surface != "の"sv &&
                [&] { for (int k = c.content_end; k < c.last; ++k) if (s.tokens[k].surface == "など"sv) return true; return false; }();
    if (c.adnominal && !c.predicate) {
      // イランによるイスラエルへの攻撃: による/に対する modify the head noun, past other modifiers.
      h = first_where(i, [&](const Chunk& x) { return nominal_chunk(s, x) && !modifier_case(x); });
    } else if (modifier_case(c) && !c.predicate) {
      // オーストラリアとの新たな枠組み: a の/との phrase modifies a noun, not an adjective.
      h = first_where(i, [&](const Chunk& x) { return nominal_chunk(s, x) && !x.predicate; });
      if (h < 0) h = first_where(i, nominal);
    } else if (modifier_case(c) || c.adnominal || adnominal_word) {
      h = first_where(i, nominal);
    } else if (nado && c.kase == Case::None) {
      h = first_where(i, [](const Chunk& x) { return x.kase == Case::Wo || x.kase == Case::Ga || x.kase == Case::Wa; });
    } else if (!c.predicate && c.kase == Case::None && c.comma && i + 1 < n && scope_ok(s, i, i + 1) &&
               nominal_chunk(s, c) && nominal_chunk(s, s.chunks[i + 1])) {
      h = i + 1;  // 米国、日本、韓国は: coordination
    } else if (!c.predicate && c.kase == Case::To && i + 1 < n && nominal_chunk(s, s.chunks[i + 1]) &&
               scope_ok(s, i, i + 1)) {
      h = first_where(i, any_pred);  // decided later by actor coordination
    } else if (!c.predicate && c.kase == Case::None && !c.comma && nominal_chunk(s, c) &&
               !s.tokens[c.content_end - 1].any(AdverbLike | Number)) {
      h = first_where(i, nominal);  // サイバー関連および…技術支援: bare nouns join the next noun
    } else if (first.is(Conjunction) && c.content_end - c.first == 1 && i + 1 < n &&
               nominal_chunk(s, s.chunks[i + 1])) {
      h = first_where(i, nominal);
    } else if ((c.kase == Case::Wa || c.kase == Case::Mo) && !c.comma && earlier_topic(s, i) &&
               (h = first_where(i, [](const Chunk& x) { return x.predicate && x.kase == Case::Quote; })) >= 0) {
      // 習氏は、日本は…尊重すべきだと述べ: a second topic belongs to the reported clause.
    } else if (c.kase == Case::Wa || c.kase == Case::Mo ||
               (c.comma && !c.predicate && c.kase != Case::None && c.kase != Case::Quote)) {
      // Topics, and arguments set off by a comma, belong to the clause's last predicate.
      for (int j = n - 1; j > i; --j)
        if (scope_ok(s, i, j) && clause_pred(s.chunks[j])) { h = j; break; }
    } else if (c.kase == Case::Ga && !c.comma && i + 1 < n && scope_ok(s, i, i + 1) && s.chunks[i + 1].predicate &&
               !s.chunks[i + 1].verbal && s.chunks[i + 1].adnominal) {
      h = i + 1;  // 進展がない段階で, 関心が高い国: the adjective the が describes
    } else if (c.predicate && c.conjunctive) {
      h = first_where(i, clause_pred);
    } else {
      h = first_where(i, any_pred);
    }
    if (h < 0) {
      for (int j = i + 1; j < n; ++j)
        if (scope_ok(s, i, j)) { h = j; break; }
    }
    if (h < 0 && i + 1 < n) h = n - 1;
    c.head = h;
  }
  // Xについて日本政府は…遺憾とした: a topic phrase (について, をめぐり) before a
  // は-topic scopes over the topic's predicate, not a clause in between.
  for (int i = 0; i < n; ++i) {
    Chunk& c = s.chunks[i];
    if (c.kase != Case::Topic || c.predicate) continue;
    for (int j = i + 1; j < c.head && j < n; ++j)
      if (s.chunks[j].kase == Case::Wa && s.chunks[j].quote_depth == c.quote_depth && s.chunks[j].head > c.head) {
        c.head = s.chunks[j].head;
        break;
      }
  }
  // Any other non-final predicate that is not attributive and has no case
  // links its clause to the next predicate (〜するとして, 〜しつつ).
  for (auto& c : s.chunks)
    if (c.predicate && !c.adnominal && c.kase == Case::None && c.head >= 0 && s.chunks[c.head].predicate)
      c.conjunctive = true;
}

}  // namespace

// Headline style: a proper noun and a comma opening the sentence, followed by a
// case-marked phrase, is the topic (中国、日本を非難 = 中国は日本を非難). A list
// (米国、日本、韓国は) goes on with more bare nouns instead, or ends at once in the
// topic itself (米海軍、豪海軍は: a sentence has no second topic).
void headline_topic(Sentence& s) {
  if (s.chunks.size() < 3) return;
  // The opening phrase may be a と-group: 日本とフィリピン、協定に署名.
  size_t k = 0;
  while (k + 2 < s.chunks.size() && k < 3 && s.chunks[k].kase == Case::To && !s.chunks[k].predicate &&
         nominal_chunk(s, s.chunks[k]))
    ++k;
  Chunk& c = s.chunks[k];
  const Chunk& next = s.chunks[k + 1];
  if (c.predicate || c.kase != Case::None || !c.comma || next.kase == Case::None || next.kase == Case::Wa ||
      next.kase == Case::Mo || next.predicate)
    return;
  bool proper = false;
  for (int i = c.first; i < c.content_end; ++i)
    if (s.tokens[i].is(Proper)) proper = true;
  if (proper && nominal_chunk(s, c)) c.kase = Case::Wa;
}

// 支援を…行っていきます: MeCab reads 行っ as 行く (go) and as 行う (do) alike;
// with a を-object it is 行う.
void verb_with_object(Sentence& s) {
  for (auto& c : s.chunks) {
    if (!c.verbal || c.lemma != "行く"sv || s.tokens[c.first].surface != "行っ"sv) continue;
    const int me = static_cast<int>(&c - s.chunks.data());
    for (const auto& k : s.chunks)
      if (k.head == me && k.kase == Case::Wo) c.lemma = "行う";
  }
}

void chunk_sentence(Sentence& s, const Lexicon& lexicon) {
  s.chunks.clear();
  if (s.tokens.empty()) return;
  split(s);
  for (auto& c : s.chunks) classify(s, lexicon, c);
  headline_topic(s);
  attach(s);
  verb_with_object(s);
}

}  // namespace kizashi::ja

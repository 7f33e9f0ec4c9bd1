#include "text/ja/segment.h"

#include <string_view>

namespace kizashi::ja {

namespace {

constexpr std::string_view kOpen[] = {"「", "『", "("};
constexpr std::string_view kClose[] = {"」", "』", ")"};
constexpr std::string_view kStops[] = {"。", "!", "?", "．"};
constexpr size_t kMaxInQuote = 4000;  // bytes: beyond this a quote or parenthesis cannot hold a stop

bool starts(std::string_view s, size_t i, std::string_view p) { return s.compare(i, p.size(), p) == 0; }

void push_one(std::vector<std::string>& out, std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) --e;
  if (e > b) out.emplace_back(s.substr(b, e - b));
}

// A run-on "sentence" longer than kMaxSentenceBytes is cut after its last 、
// (or space) before the limit, else at a character boundary, so that no later
// stage ever sees an unbounded sentence.
void push(std::vector<std::string>& out, std::string_view s) {
  while (s.size() > kMaxSentenceBytes) {
    std::string_view head = s.substr(0, kMaxSentenceBytes);
    size_t cut = head.rfind("、");
    if (cut != std::string_view::npos && cut > kMaxSentenceBytes / 4) {
      cut += 3;
    } else if ((cut = head.rfind(' ')) != std::string_view::npos && cut > kMaxSentenceBytes / 4) {
      cut += 1;
    } else {
      cut = kMaxSentenceBytes;
      while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    }
    push_one(out, s.substr(0, cut));
    s.remove_prefix(cut);
  }
  push_one(out, s);
}

}  // namespace

// A headline line (no 。) splits at a colon between words: 「…に署名:中国の…に対抗」 and
// 「…位置付ける:国務省高官」 are two statements, not one (18:30 stays whole); and at a
// space after a clause (a part with が or を): 「中国が…を全面禁輸 政府、即時撤廃を要求」 is
// two statements by two actors, 「岸田首相 バイデン大統領と会談」 one.
std::string split_headline(const std::string& text) {
  std::string out = text;  // a colon or space becomes a newline in place: same length
  size_t line_start = 0;
  while (line_start < text.size()) {
    size_t nl = text.find('\n', line_start);
    if (nl == std::string::npos) nl = text.size();
    std::string_view line(text.data() + line_start, nl - line_start);
    if (line.find("。") == std::string_view::npos) {
      size_t part = 0;
      for (size_t i = 0; i < line.size(); ++i) {
        const bool after_word = i > 0 && static_cast<unsigned char>(line[i - 1]) >= 0x80;
        const bool colon = line[i] == ':' && after_word && i + 1 < line.size() && !(line[i + 1] >= '0' && line[i + 1] <= '9');
        std::string_view before = line.substr(part, i - part);
        const bool space = line[i] == ' ' && after_word && i + 1 < line.size() &&
                           static_cast<unsigned char>(line[i + 1]) >= 0x80 &&
                           (before.find("が") != std::string_view::npos || before.find("を") != std::string_view::npos);
        if (colon || space) {
          out[line_start + i] = '\n';
          part = i + 1;
        }
      }
    }
    line_start = nl + 1;
  }
  return out;
}

std::vector<std::string> split_sentences(const std::string& raw) {
  std::string text = split_headline(raw);
  std::vector<std::string> out;
  std::string_view s(text);
  size_t start = 0, i = 0, quote_start = 0;
  int depth = 0;
  while (i < s.size()) {
    // Only \n ! ? ( ) and characters starting with E3 80 (「」『』。) or EF (．)
    // matter; kana (E3 81-83) are skipped without a comparison.
    unsigned char b = static_cast<unsigned char>(s[i]);
    bool candidate = b < 0x80 ? (b == '\n' || b == '!' || b == '?' || b == '(' || b == ')')
                     : b == 0xE3 ? i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80
                                 : b == 0xEF;
    if (!candidate) {
      i += b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
      continue;
    }
    if (s[i] == '\n') {
      push(out, s.substr(start, i - start));
      start = ++i;
      depth = 0;
      continue;
    }
    bool matched = false;
    for (auto o : kOpen)
      if (starts(s, i, o)) {
        if (depth++ == 0) quote_start = i;
        i += o.size();
        matched = true;
        break;
      }
    if (matched) continue;
    for (auto c : kClose)
      if (starts(s, i, c)) {
        if (depth > 0) --depth;
        i += c.size();
        matched = true;
        break;
      }
    if (matched) continue;
    for (auto st : kStops)
      if (starts(s, i, st)) {
        i += st.size();
        matched = true;
        if (depth == 0 || i - quote_start > kMaxInQuote) {
          // Keep a closing bracket that directly follows the stop.
          while (true) {
            bool more = false;
            for (auto c : kClose)
              if (starts(s, i, c)) { i += c.size(); more = true; }
            if (!more) break;
          }
          push(out, s.substr(start, i - start));
          start = i;
          depth = 0;
        }
        break;
      }
    if (!matched) ++i;
  }
  push(out, s.substr(start));
  return out;
}

}  // namespace kizashi::ja

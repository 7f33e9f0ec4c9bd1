#include "ingest/html.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

namespace kizashi {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

constexpr std::array<std::string_view, 11> kSkipped = {
    "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "select", "iframe", "svg"};
constexpr std::array<std::string_view, 22> kBlocks = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
    "h6", "tr", "table", "section", "article", "figcaption", "figure", "blockquote", "title", "dd", "dt"};

void append_utf8(std::string& out, unsigned long cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Decodes the entity starting at s[i] == '&'; returns the bytes consumed (0 if none).
size_t decode_entity(std::string_view s, size_t i, std::string& out) {
  size_t semi = s.find(';', i);
  if (semi == std::string_view::npos || semi - i > 10) return 0;
  std::string_view name = s.substr(i + 1, semi - i - 1);
  if (name.empty()) return 0;
  if (name[0] == '#') {
    unsigned long cp = 0;
    bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
    std::string digits(name.substr(hex ? 2 : 1));
    if (digits.empty() || digits.size() > 7) return 0;
    for (char c : digits)
      if (!(hex ? std::isxdigit(static_cast<unsigned char>(c)) : std::isdigit(static_cast<unsigned char>(c))))
        return 0;
    cp = std::stoul(digits, nullptr, hex ? 16 : 10);
    append_utf8(out, cp);
    return semi - i + 1;
  }
  static const std::pair<std::string_view, std::string_view> kNamed[] = {
      {"amp", "&"}, {"lt", "<"}, {"gt", ">"}, {"quot", "\""}, {"apos", "'"},
      {"nbsp", " "}, {"copy", "\u00A9"}, {"hellip", "\u2026"}, {"mdash", "\u2014"},
      {"ndash", "\u2013"}, {"laquo", "\u00AB"}, {"raquo", "\u00BB"}};
  for (const auto& [k, v] : kNamed)
    if (name == k) {
      out += v;
      return semi - i + 1;
    }
  return 0;
}

}  // namespace

bool looks_like_html(const std::string& text) {
  std::string_view start = std::string_view(text).substr(0, 4096);
  if (start.find('<') == std::string_view::npos) return false;  // plain text: no tag at all
  std::string head = lower(start);
  return head.find("<html") != std::string::npos || head.find("<!doctype html") != std::string::npos ||
         head.find("<body") != std::string::npos || head.find("<p>") != std::string::npos ||
         head.find("<div") != std::string::npos;
}

std::string html_to_text(const std::string& html) {
  std::string out;
  out.reserve(html.size() / 2);
  std::string_view s(html);
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == '<') {
      if (s.compare(i, 4, "<!--") == 0) {
        size_t e = s.find("-->", i + 4);
        i = e == std::string_view::npos ? s.size() : e + 3;
        continue;
      }
      size_t e = s.find('>', i + 1);
      if (e == std::string_view::npos) break;
      std::string_view tag = s.substr(i + 1, e - i - 1);
      bool closing = !tag.empty() && tag[0] == '/';
      if (closing) tag.remove_prefix(1);
      size_t n = 0;
      while (n < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[n])))) ++n;
      std::string name = lower(tag.substr(0, n));
      i = e + 1;
      if (!closing && std::find(kSkipped.begin(), kSkipped.end(), name) != kSkipped.end() &&
          (tag.empty() || tag.back() != '/')) {
        std::string close = "</" + name;
        size_t end = i;
        while (true) {
          end = s.find("</", end);
          if (end == std::string_view::npos) break;
          if (lower(s.substr(end, close.size())) == close) break;
          end += 2;
        }
        if (end == std::string_view::npos) { i = s.size(); break; }
        size_t gt = s.find('>', end);
        i = gt == std::string_view::npos ? s.size() : gt + 1;
        out += '\n';
        continue;
      }
      if (std::find(kBlocks.begin(), kBlocks.end(), name) != kBlocks.end()) out += '\n';
      continue;
    }
    if (c == '&') {
      size_t used = decode_entity(s, i, out);
      if (used) { i += used; continue; }
    }
    if (c == '\r' || c == '\t') c = ' ';
    if (c == '\n') c = ' ';
    out += c;
    ++i;
  }
  return out;
}

}  // namespace kizashi

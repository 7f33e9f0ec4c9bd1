#include "ingest/boilerplate.h"

#include <cctype>
#include <unordered_set>

#include "base/datafile.h"
#include "base/script.h"

namespace kizashi {

namespace {

std::string ascii_lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Spaces, tabs, CR, FF, VT and ideographic spaces (U+3000) off both ends.
std::string trim_line(const std::string& s) {
  size_t b = 0, e = s.size();
  auto space = [&](size_t i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
  };
  while (b < e && space(b)) ++b;
  while (e > b && space(e - 1)) --e;
  // Ideographic space (U+3000) at either end.
  while (e - b >= 3 && s.compare(b, 3, "\xE3\x80\x80") == 0) b += 3;
  while (e - b >= 3 && s.compare(e - 3, 3, "\xE3\x80\x80") == 0) e -= 3;
  return s.substr(b, e - b);
}

std::string squeeze(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s)
    if (!(c == ' ' || (c >= '\t' && c <= '\r'))) out += c;  // the bytes std::isspace takes in the C locale
  return out;
}

}  // namespace

Boilerplate Boilerplate::load(const std::string& path) {
  DataFile file(path, "boilerplate rules");
  Boilerplate b;
  for (DataLine line; file.next(line);) {
    size_t tab = line.text.find('\t');
    std::string kind = line.text.substr(0, tab);
    std::string text = tab == std::string::npos ? "" : trim_line(line.text.substr(tab + 1));
    if (text.empty() || (kind != "line" && kind != "credit")) line.fail("expected 'line<TAB>TEXT' or 'credit<TAB>TEXT'");
    (kind == "line" ? b.lines_ : b.credits_).push_back(kind == "line" ? ascii_lower(text) : text);
  }
  return b;
}

std::string Boilerplate::clean(const std::string& text, std::vector<std::string>& notes) const {
  std::vector<std::string> lines;
  size_t start = 0;
  size_t ja_lines = 0, nonempty = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    std::string l = trim_line(text.substr(start, nl - start));
    if (!l.empty()) {
      ++nonempty;
      if (has_japanese(l)) ++ja_lines;
      lines.push_back(std::move(l));
    }
    start = nl + 1;
  }
  bool japanese = ja_lines * 2 >= nonempty && ja_lines > 0;
  std::unordered_set<std::string> seen;
  std::string out;
  size_t dropped = 0, duplicates = 0, credits = 0;
  for (auto& l : lines) {
    for (const auto& c : credits_) {
      size_t at = l.find(c);
      if (at != std::string::npos && l.size() - at - c.size() <= 80) {
        l = trim_line(l.substr(0, at));
        ++credits;
        break;
      }
    }
    if (l.empty()) continue;
    bool boiler = false;
    if (l.size() <= 200) {
      std::string low = ascii_lower(l);
      for (const auto& p : lines_)
        if (low.find(p) != std::string::npos) { boiler = true; break; }
    }
    if (!boiler && japanese && !has_japanese(l)) boiler = true;
    if (boiler) { ++dropped; continue; }
    if (!seen.insert(squeeze(l)).second) { ++duplicates; continue; }
    out += l;
    out += '\n';
  }
  if (dropped) notes.push_back("boilerplate: " + std::to_string(dropped) + " line(s) dropped");
  if (duplicates) notes.push_back("duplicates: " + std::to_string(duplicates) + " repeated line(s) dropped");
  if (credits) notes.push_back("credits: " + std::to_string(credits) + " photo credit(s) removed");
  return out;
}

}  // namespace kizashi

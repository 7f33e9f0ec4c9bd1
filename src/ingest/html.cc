#include "ingest/html.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <iterator>
#include <cctype>
#include <memory>
#include <string_view>

namespace kizashi {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Never article text, wherever they are.
constexpr std::string_view kSkipped[] = {
    "script", "style", "noscript", "nav",    "footer", "aside",  "form",
    "select", "iframe", "svg",     "button", "template", "object", "head"};
// One line each: their text starts and ends a line (<time> is inline: 「<time>3日</time>、会談した」).
constexpr std::string_view kBlocks[] = {
    "p",      "div",     "br",      "li",      "ul",         "ol",     "h1",         "h2",      "h3",
    "h4",     "h5",      "h6",      "tr",      "table",      "section", "article",   "figcaption", "figure",
    "blockquote", "title", "dd",    "dt",      "dl",         "header", "main",       "pre",
    "address", "hr",     "caption", "thead",   "tbody",      "tfoot"};

std::string_view name_of(const xmlNode* n) { return reinterpret_cast<const char*>(n->name); }

template <size_t N>
bool among(const std::string_view (&set)[N], std::string_view name) {
  return std::find(std::begin(set), std::end(set), name) != std::end(set);
}

bool has_ancestor(const xmlNode* n, std::string_view name) {
  for (const xmlNode* p = n->parent; p; p = p->parent)
    if (p->type == XML_ELEMENT_NODE && name_of(p) == name) return true;
  return false;
}

// A page's <header> is its banner (site name, menus) and is dropped; the
// header of an <article> holds the headline and the date and is kept.
bool skipped(const xmlNode* n) {
  std::string_view name = name_of(n);
  if (name == "header") return !has_ancestor(n, "article");
  return among(kSkipped, name);
}

bool inside_skipped(const xmlNode* n) {
  for (const xmlNode* p = n->parent; p; p = p->parent)
    if (p->type == XML_ELEMENT_NODE && skipped(p)) return true;
  return false;
}

// Whether a node below `top` satisfies `pred`; walks without recursion (a
// page may nest deeply).
template <class Pred>
bool any_below(const xmlNode* top, Pred pred) {
  for (const xmlNode* n = top->children; n;) {
    if (pred(n)) return true;
    if (n->children) { n = n->children; continue; }
    while (!n->next && n->parent != top) n = n->parent;
    n = n->next;
  }
  return false;
}

bool is_text(const xmlNode* n) { return n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE; }

bool shows_text(const xmlNode* n) {
  return any_below(n, [](const xmlNode* c) {
    if (!is_text(c) || !c->content) return false;
    for (const xmlChar* s = c->content; *s; ++s)
      if (!std::isspace(*s)) return true;
    return false;
  });
}

// An <h1> that is read (not in a banner, menu or aside).
bool has_headline(const xmlNode* root) {
  return any_below(root, [](const xmlNode* n) {
    return n->type == XML_ELEMENT_NODE && name_of(n) == "h1" && !inside_skipped(n);
  });
}

std::string attribute(const xmlNode* n, const char* name) {
  std::unique_ptr<xmlChar, void (*)(void*)> v(xmlGetProp(n, reinterpret_cast<const xmlChar*>(name)), xmlFree);
  return v ? reinterpret_cast<const char*>(v.get()) : "";
}

// "2025-04-02" (or "2025-04-02T10:00+09:00") as 2025年4月2日, a line the
// boilerplate rules keep in a Japanese article and the date finder reads;
// anything else as "".
std::string japanese_date(const std::string& iso) {
  auto number = [&](size_t at, size_t len) {
    int v = 0;
    for (size_t i = at; i < at + len; ++i) {
      if (i >= iso.size() || !std::isdigit(static_cast<unsigned char>(iso[i]))) return -1;
      v = v * 10 + (iso[i] - '0');
    }
    return v;
  };
  int y = number(0, 4), m = number(5, 2), d = number(8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31 || iso[4] != '-' || iso[7] != '-') return "";
  return std::to_string(y) + "年" + std::to_string(m) + "月" + std::to_string(d) + "日";
}

// Appends a text node's characters, line breaks and tabs as spaces.
void append_text(std::string& out, const xmlChar* s) {
  for (; *s; ++s) {
    char c = static_cast<char>(*s);
    if (c == '\n' || c == '\r' || c == '\t' || c == '\f') c = ' ';
    out += c;
  }
}

// The visible text of the tree, one block element per line.
class TextWriter {
 public:
  explicit TextWriter(bool keep_title) : keep_title_(keep_title) {}

  // Walks the tree without recursion (a page may nest deeply).
  std::string run(const xmlNode* root) {
    for (const xmlNode* n = root; n;) {
      if (enter(n) && n->children) { n = n->children; continue; }
      leave(n);
      while (n != root && !n->next) {
        n = n->parent;
        leave(n);
      }
      n = n == root ? nullptr : n->next;
    }
    return std::move(out_);
  }

 private:
  // Writes what starts `n`; returns whether to walk into its children.
  bool enter(const xmlNode* n) {
    if (is_text(n)) {
      if (n->content) append_text(out_, n->content);
      return false;
    }
    if (n->type != XML_ELEMENT_NODE) return false;
    std::string_view name = name_of(n);
    if (name == "head") return keep_title_;
    if (name == "rt" || name == "rp") return false;  // ruby readings: 漢字, not 漢字かんじ
    if (skipped(n) || (name == "title" && !keep_title_)) return false;
    if (name == "td" || name == "th") separate_cell();
    if (among(kBlocks, name)) out_ += '\n';
    // <time datetime="2025-03-04"></time>: the date when the element shows none.
    if (name == "time" && !shows_text(n)) out_ += japanese_date(attribute(n, "datetime"));
    return true;
  }

  // Writes what ends `n`: a line break after a block and around what was skipped.
  void leave(const xmlNode* n) {
    if (n->type != XML_ELEMENT_NODE) return;
    std::string_view name = name_of(n);
    if (among(kBlocks, name) || (name != "head" && skipped(n))) out_ += '\n';
  }

  // The cells of a row are separated by a space, never glued together.
  void separate_cell() {
    if (!out_.empty() && out_.back() != '\n' && out_.back() != ' ') out_ += ' ';
  }

  bool keep_title_;
  std::string out_;
};

struct DocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

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
  static const bool initialised = (xmlInitParser(), true);
  (void)initialised;
  // The text is UTF-8 already (ingest/encoding decoded it): a <meta charset>
  // must not make libxml2 decode it a second time.
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                      HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
  std::unique_ptr<xmlDoc, DocFree> doc(
      htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8", options));
  if (!doc) return "";
  xmlNode* root = xmlDocGetRootElement(doc.get());
  if (!root) return "";
  // The <title> repeats the headline (with the site's name): read only when
  // the page has no <h1>.
  TextWriter writer(!has_headline(root));
  return writer.run(root);
}

}  // namespace kizashi

#include "cli/validate.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <tuple>

#include "base/error.h"
#include "ingest/normalize.h"

namespace kizashi::validate {

namespace {

using nlohmann::json;
namespace fs = std::filesystem;

// Python's truth value of a JSON value (a missing key is `fallback`).
bool truthy(const json& obj, const char* key, bool fallback) {
  auto it = obj.find(key);
  if (it == obj.end()) return fallback;
  if (it->is_boolean()) return it->get<bool>();
  if (it->is_number()) return it->get<double>() != 0;
  return it->is_string() ? !it->get<std::string>().empty() : !it->empty();
}

std::string strip(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n\f\v"), e = s.find_last_not_of(" \t\r\n\f\v");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

std::string text_field(const json& obj, const char* key, const std::string& where, bool required) {
  auto it = obj.find(key);
  if (it == obj.end() && !required) return "";
  if (it == obj.end() || !it->is_string()) throw InputError(where + ": \"" + key + "\" is not a string");
  return it->get<std::string>();
}

GoldEvent gold_event(const json& e, const std::string& where) {
  if (!e.is_object()) throw InputError(where + ": not an object");
  GoldEvent g;
  g.anchor = text_field(e, "anchor", where, true);
  g.anchor_norm = norm(g.anchor);
  g.source = text_field(e, "source", where, true);
  g.target = text_field(e, "target", where, true);
  auto r = e.find("root");
  if (r == e.end() || !r->is_array() || r->empty() ||
      !std::all_of(r->begin(), r->end(), [](const json& c) { return c.is_string(); }))
    throw InputError(where + ": \"root\" is not a list of codes");
  g.roots = r->get<std::vector<std::string>>();
  g.symmetric = truthy(e, "symmetric", false);
  g.required = truthy(e, "required", true);
  g.has_date = e.contains("date");
  if (g.has_date) g.date = text_field(e, "date", where, true);
  return g;
}

// One augmenting path from prediction `p` (score_events.py's augment()).
bool augment(size_t p, const std::vector<std::vector<char>>& fit, std::vector<char>& seen, std::vector<int>& owner) {
  for (size_t g = 0; g < owner.size(); ++g) {
    if (seen[g] || !fit[p][g]) continue;
    seen[g] = 1;
    if (owner[g] < 0 || augment(static_cast<size_t>(owner[g]), fit, seen, owner)) {
      owner[g] = static_cast<int>(p);
      return true;
    }
  }
  return false;
}

// Python's f"{v:.Nf}" for a figure between 0 and 1, and f"{s:>W}" (code points).
std::string dec(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

std::string right(const std::string& s, size_t width) {
  size_t n = static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
  return n >= width ? s : std::string(width - n, ' ') + s;
}

std::string join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const auto& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

}  // namespace

std::vector<GoldDoc> read_gold(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path + ": cannot read the gold file");
  json j = json::parse(in, nullptr, false);
  if (j.is_discarded()) throw InputError(path + ": not JSON");
  if (!j.is_object() || !j.contains("docs") || !j["docs"].is_array())
    throw InputError(path + ": no \"docs\" list (see ../shared/README.md, Gold format)");
  const fs::path base = fs::absolute(path).parent_path();
  std::vector<GoldDoc> docs;
  for (const auto& d : j["docs"]) {
    std::string where = path + ": document " + std::to_string(docs.size() + 1);
    if (!d.is_object()) throw InputError(where + ": not an object");
    GoldDoc doc;
    doc.file = text_field(d, "file", where, true);
    doc.path = (base / doc.file).lexically_normal().string();
    doc.date = text_field(d, "date", where, false);
    doc.lang = text_field(d, "lang", where, false);
    auto ev = d.find("events");
    if (ev == d.end() || !ev->is_array()) throw InputError(where + ": no \"events\" list");
    for (const auto& e : *ev)
      doc.events.push_back(gold_event(e, where + " (" + doc.file + "), event " + std::to_string(doc.events.size() + 1)));
    docs.push_back(std::move(doc));
  }
  return docs;
}

std::string norm(const std::string& s) {
  std::string n = nfkc(s);  // which already makes U+3000 a space
  for (size_t i; (i = n.find("\xE3\x80\x80")) != std::string::npos;) n.erase(i, 3);
  std::erase(n, ' ');
  return n;
}

std::string country(const std::string& code) {
  std::string c = strip(code);
  for (char& ch : c)
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
  return c.substr(0, 3);
}

std::string root(const std::string& code) {
  std::string c = strip(code);
  bool digits = !c.empty() && std::all_of(c.begin(), c.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
  if (digits && c.size() < 3) c.insert(0, 3 - c.size(), '0');
  return prefix(c, 2);
}

std::string prefix(const std::string& utf8, size_t n) {
  size_t i = 0;
  for (size_t k = 0; i < utf8.size(); ++i) {
    if ((static_cast<unsigned char>(utf8[i]) & 0xC0) == 0x80) continue;  // continuation byte
    if (k++ == n) break;
  }
  return utf8.substr(0, i);
}

std::vector<Prediction> predictions(const Document& doc) {
  std::vector<Prediction> out;
  for (const auto& e : doc.events) {
    bool known = e.sentence >= 0 && e.sentence < static_cast<int>(doc.sentences.size());
    std::string text = known ? doc.sentences[static_cast<size_t>(e.sentence)].text : "";
    out.push_back({e.source, e.target, e.code, text, norm(text), e.event_date, e.mutual, e.sentence});
  }
  return dedup(out);
}

std::vector<Prediction> dedup(const std::vector<Prediction>& preds) {
  using Key = std::tuple<std::string, std::string, std::string, std::string>;
  std::set<Key> seen;
  std::vector<Prediction> out;
  for (const auto& p : preds) {
    if (p.source.empty() || p.target.empty()) continue;  // only dyadic events are scored
    std::string s = country(p.source), t = country(p.target), r = root(p.code);
    std::vector<Key> keys{{p.sentence_norm, s, t, r}};
    if (p.mutual) keys.emplace_back(p.sentence_norm, t, s, r);
    if (std::any_of(keys.begin(), keys.end(), [&](const Key& k) { return seen.count(k) > 0; })) continue;
    seen.insert(keys.begin(), keys.end());
    out.push_back(p);
  }
  return out;
}

bool fits(const Prediction& p, const GoldEvent& g) {
  if (p.sentence_norm.find(g.anchor_norm) == std::string::npos) return false;
  if (std::find(g.roots.begin(), g.roots.end(), root(p.code)) == g.roots.end()) return false;
  std::string s = country(p.source), t = country(p.target);
  if (s == g.source && t == g.target) return true;
  return g.symmetric && t == g.source && s == g.target;
}

std::vector<int> match(const std::vector<Prediction>& preds, const std::vector<const GoldEvent*>& golds) {
  std::vector<std::vector<char>> fit(preds.size(), std::vector<char>(golds.size(), 0));
  for (size_t p = 0; p < preds.size(); ++p)
    for (size_t g = 0; g < golds.size(); ++g) fit[p][g] = fits(preds[p], *golds[g]);
  std::vector<int> owner(golds.size(), -1);
  for (size_t p = 0; p < preds.size(); ++p) {
    std::vector<char> seen(golds.size(), 0);
    augment(p, fit, seen, owner);
  }
  std::vector<int> out(preds.size(), -1);
  for (size_t g = 0; g < owner.size(); ++g)
    if (owner[g] >= 0) out[static_cast<size_t>(owner[g])] = static_cast<int>(g);
  return out;
}

DocScore score_document(const GoldDoc& doc, std::vector<Prediction> preds, std::vector<std::string> errors) {
  DocScore d;
  d.file = doc.file;
  d.preds = std::move(preds);
  d.errors = std::move(errors);
  std::vector<const GoldEvent*> optional;
  for (const auto& g : doc.events) (g.required ? d.required : optional).push_back(&g);
  std::vector<int> m_req = match(d.preds, d.required);
  d.matched.assign(d.required.size(), -1);
  std::vector<Prediction> rest;
  std::vector<int> rest_index;
  for (size_t p = 0; p < d.preds.size(); ++p) {
    if (m_req[p] >= 0) {
      d.matched[static_cast<size_t>(m_req[p])] = static_cast<int>(p);
      ++d.hit;
      continue;
    }
    rest.push_back(d.preds[p]);
    rest_index.push_back(static_cast<int>(p));
  }
  std::vector<int> m_opt = match(rest, optional);
  for (size_t i = 0; i < rest.size(); ++i) {
    if (m_opt[i] >= 0) ++d.optional_hit;
    else d.false_positives.push_back(rest_index[i]);
  }
  for (size_t g = 0; g < d.required.size(); ++g) {
    const GoldEvent& gold = *d.required[g];
    if (d.matched[g] < 0) {
      d.missed.push_back(&gold);
      continue;
    }
    if (!gold.has_date) continue;
    ++d.dated;
    // score_events.py reads a missing event date as "None", which starts with no date but "".
    const std::string& when = d.preds[static_cast<size_t>(d.matched[g])].event_date;
    d.date_ok += (when.empty() ? std::string("None") : when).starts_with(gold.date);
  }
  return d;
}

std::vector<std::string> confused_roots(const DocScore& d, const GoldEvent& g) {
  GoldEvent any_root = g;
  std::vector<std::string> out;
  for (const auto& p : d.preds) {
    std::string r = root(p.code);
    any_root.roots = {r};
    if (std::find(g.roots.begin(), g.roots.end(), r) == g.roots.end() && fits(p, any_root) &&
        std::find(out.begin(), out.end(), r) == out.end())
      out.push_back(r);
  }
  return out;
}

void Totals::add(const DocScore& d) {
  required += static_cast<int>(d.required.size());
  hit += d.hit;
  predicted += static_cast<int>(d.preds.size());
  optional_hit += d.optional_hit;
  fp += static_cast<int>(d.false_positives.size());
  dated += d.dated;
  date_ok += d.date_ok;
  errors += static_cast<int>(d.errors.size());
  for (size_t g = 0; g < d.required.size(); ++g) {
    RootRow& row = by_root[d.required[g]->roots.front()];
    ++row.required;
    row.hit += d.matched[g] >= 0;
  }
  for (int p : d.false_positives) ++by_root[root(d.preds[static_cast<size_t>(p)].code)].fp;
  for (const GoldEvent* g : d.missed)
    for (const auto& r : confused_roots(d, *g)) ++confusion[{g->roots.front(), r}];
}

double Totals::precision() const {
  int scored = predicted - optional_hit;
  return scored ? static_cast<double>(hit) / scored : 0.0;
}

double Totals::recall() const { return required ? static_cast<double>(hit) / required : 0.0; }

double Totals::f1() const {
  double p = precision(), r = recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

std::string doc_header(const DocScore& d) {
  return "== " + d.file + ": " + std::to_string(d.hit) + "/" + std::to_string(d.required.size()) + " required, " +
         std::to_string(d.false_positives.size()) + " false positives";
}

std::string error_line(const std::string& e) { return "  error: " + e; }

std::string missed_line(const GoldEvent& g) {
  return "  missed: " + g.source + "-" + g.target + " " + join(g.roots, "/") + "  [" + g.anchor + "]";
}

std::string false_positive_line(const Prediction& p) {
  return "  false+: " + p.source + "-" + p.target + " " + p.code + "  [" + prefix(p.sentence, 60) + "]";
}

std::string by_root_table(const Totals& t) {
  std::string out = "root  required  hit  recall  false+\n";
  for (const auto& [k, r] : t.by_root)
    out += right(k, 4) + "  " + right(std::to_string(r.required), 8) + "  " + right(std::to_string(r.hit), 3) + "  " +
           right(dec(r.required ? static_cast<double>(r.hit) / r.required : 0.0, 2), 6) + "  " +
           right(std::to_string(r.fp), 6) + "\n";
  return out;
}

std::string confusion_table(const Totals& t) {
  std::string out = "gold root  predicted root  missed\n";
  for (const auto& [k, n] : t.confusion)
    out += right(k.first, 9) + "  " + right(k.second, 14) + "  " + right(std::to_string(n), 6) + "\n";
  return out;
}

std::string totals_line(const Totals& t) {
  auto n = [](int v) { return std::to_string(v); };
  return "required=" + n(t.required) + " hit=" + n(t.hit) + " fp=" + n(t.fp) + " errors=" + n(t.errors) +
         " dates=" + n(t.date_ok) + "/" + n(t.dated) + " P=" + dec(t.precision(), 3) + " R=" + dec(t.recall(), 3) +
         " F1=" + dec(t.f1(), 3);
}

double round3(double x) { return std::strtod(dec(x, 3).c_str(), nullptr); }

}  // namespace kizashi::validate

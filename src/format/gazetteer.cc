// format/gazetteer — see gazetteer.h for the contract.
#include "format/gazetteer.h"

#include <cmath>
#include <cstdlib>

#include "base/datafile.h"

namespace kizashi {

namespace {

enum class Script { Other, Kanji, Katakana, Latin };

// The code point at byte i of s (U+FFFD for a bad sequence) and its length.
char32_t decode(std::string_view s, size_t i, size_t& len) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 1;
  if (i + len > s.size()) len = 1;
  if (len == 1) return c < 0x80 ? c : 0xFFFD;
  char32_t cp = c & (0x7F >> len);
  for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (b(i + k) & 0x3F);
  return cp;
}

Script script(char32_t c) {
  if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || c == 0x3005) return Script::Kanji;
  // (・ joins the words of a katakana name: ワシントン・ポスト is one.)
  if (c >= 0x30A0 && c <= 0x30FF) return Script::Katakana;
  if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return Script::Latin;
  return Script::Other;
}

// The script of the character before byte i of s (Other at the start).
Script script_before(std::string_view s, size_t i) {
  size_t k = i;
  while (k > 0 && (static_cast<unsigned char>(s[k - 1]) & 0xC0) == 0x80) --k;
  if (k == 0) return Script::Other;
  size_t len = 0;
  return script(decode(s, k - 1, len));
}

Script script_at(std::string_view s, size_t i) {
  size_t len = 0;
  return i < s.size() ? script(decode(s, i, len)) : Script::Other;
}

// What may follow a city's name inside a longer word: 北京市, 東京都内, ソウル近郊.
constexpr std::string_view kPlaceSuffixes[] = {"市", "都", "府", "県", "州", "区", "近郊", "郊外", "中心部"};

bool starts_with_any(std::string_view s, const std::string_view* from, const std::string_view* to) {
  for (; from != to; ++from)
    if (s.starts_with(*from)) return true;
  return false;
}

// A FIPS 10-4 country code: two capital letters.
bool fips_code(std::string_view s) {
  return s.size() == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z';
}

// A decimal coordinate within [-limit, limit], written as it will be exported.
std::string coordinate(const DataLine& line, const std::string& field, double limit, const char* what) {
  char* end = nullptr;
  const double v = std::strtod(field.c_str(), &end);
  if (field.empty() || end != field.c_str() + field.size() || !std::isfinite(v) || std::fabs(v) > limit)
    line.fail(std::string("bad ") + what + " '" + field + "' (decimal degrees within ±" +
              std::to_string(static_cast<int>(limit)) + ")");
  return field;
}

}  // namespace

Gazetteer Gazetteer::load(const std::string& data_dir) {
  Gazetteer g;
  g.load_countries(data_dir + "/geo/countries.tsv");
  g.load_cities(data_dir + "/geo/cities.tsv");
  g.load_country_names(data_dir + "/actors/countries.tsv");
  return g;
}

// cameo, fips, name, lat, long
void Gazetteer::load_countries(const std::string& path) {
  DataFile file(path, "gazetteer countries");
  for (DataLine line; file.next(line);) {
    const auto f = split_fields(line.text, "\t");
    if (f.size() != 5) line.fail("expected 5 TAB-separated fields (cameo, fips, name, lat, long), got " +
                                 std::to_string(f.size()));
    if (f[0].size() != 3) line.fail("bad CAMEO country code '" + f[0] + "'");
    if (!fips_code(f[1])) line.fail("bad FIPS 10-4 code '" + f[1] + "' (two capital letters)");
    if (f[2].empty()) line.fail("no name");
    GeoPlace p{1, f[2], f[1], f[1], coordinate(line, f[3], 90, "latitude"), coordinate(line, f[4], 180, "longitude"),
               f[1]};
    if (!countries_.emplace(f[0], countries_list_.size()).second) line.fail("country " + f[0] + " given twice");
    countries_list_.push_back(std::move(p));
  }
}

// names, full name, cameo country, adm1 or '-', lat, long
void Gazetteer::load_cities(const std::string& path) {
  DataFile file(path, "gazetteer cities");
  for (DataLine line; file.next(line);) {
    const auto f = split_fields(line.text, "\t");
    if (f.size() != 6) line.fail("expected 6 TAB-separated fields (names, name, country, adm1, lat, long), got " +
                                 std::to_string(f.size()));
    const auto country = countries_.find(f[2]);
    if (country == countries_.end()) line.fail("country " + f[2] + " is not in geo/countries.tsv");
    const std::string& fips = countries_list_[country->second].country;
    if (f[3] != "-" && (f[3].size() != 4 || f[3].compare(0, 2, fips) != 0))
      line.fail("bad ADM1 code '" + f[3] + "' (the country's FIPS code " + fips + " and two characters, or '-')");
    if (f[1].empty()) line.fail("no name");
    const int type = f[2] == "USA" ? 3 : 4;
    cities_.push_back(GeoPlace{type, f[1], fips, f[3] == "-" ? fips : f[3], coordinate(line, f[4], 90, "latitude"),
                               coordinate(line, f[5], 180, "longitude"), ""});
    const auto names = split_list(f[0]);
    if (names.empty()) line.fail("no Japanese name");
    for (const auto& n : names)
      if (!add_name(n, Named{cities_.size() - 1, true})) line.fail("name " + n + " given twice");
  }
}

// The Japanese names of data/actors/countries.tsv (code, names, ...), for a
// country named as a place; validated in full by ActorDictionary::load.
void Gazetteer::load_country_names(const std::string& path) {
  DataFile file(path, "actor countries");
  for (DataLine line; file.next(line);) {
    const auto f = split_fields(line.text, "\t");
    if (f.size() < 2) line.fail("expected the code and the names");
    const auto country = countries_.find(f[0]);
    if (country == countries_.end()) line.fail("country " + f[0] + " is not in geo/countries.tsv");
    for (const auto& n : split_list(f[1]))
      if (!add_name(n, Named{country->second, false})) line.fail("name " + n + " is also a city in geo/cities.tsv");
  }
}

bool Gazetteer::add_name(const std::string& name, Named place) {
  if (!names_.emplace(name, place).second) return false;
  longest_name_ = std::max(longest_name_, name.size());
  return true;
}

GeoPlace Gazetteer::actor_place(const std::string& actor_code) const {
  const auto it = countries_.find(actor_code.substr(0, 3));
  return it == countries_.end() ? GeoPlace{} : countries_list_[it->second];
}

const Gazetteer::Named* Gazetteer::name_at(std::string_view s, size_t at, size_t& len) const {
  const Script before = script_before(s, at);
  for (size_t n = std::min(longest_name_, s.size() - at); n > 0; --n) {
    if (at + n < s.size() && (static_cast<unsigned char>(s[at + n]) & 0xC0) == 0x80) continue;
    const auto it = names_.find(s.substr(at, n));
    if (it == names_.end()) continue;
    const Script first = script_at(s, at), last = script_before(s, at + n);
    const std::string_view rest = s.substr(at + n);
    const bool suffix = starts_with_any(rest, std::begin(kPlaceSuffixes), std::end(kPlaceSuffixes));
    if (first != Script::Other && before == first) continue;
    if (last != Script::Other && script_at(s, at + n) == last && !(it->second.city && suffix)) continue;
    len = n;
    return &it->second;
  }
  return nullptr;
}

GeoPlace Gazetteer::action_place(std::string_view sentence) const {
  const GeoPlace* country = nullptr;
  for (size_t i = 0; i < sentence.size();) {
    size_t len = 0;
    const Named* named = name_at(sentence, i, len);
    if (!named) {
      decode(sentence, i, len);
      i += len;
      continue;
    }
    if (named->city) return cities_[named->place];
    const std::string_view rest = sentence.substr(i + len);
    if (!country && (rest.starts_with("で") || rest.starts_with("にて"))) country = &countries_list_[named->place];
    i += len;
  }
  return country ? *country : GeoPlace{};
}

}  // namespace kizashi

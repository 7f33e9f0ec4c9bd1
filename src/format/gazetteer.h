// format/gazetteer — countries and cities for GDELT's geography columns.
//
// Contract: Gazetteer::load(data_dir) reads data/geo/countries.tsv (a CAMEO
// country code, its FIPS 10-4 code, GDELT's English name, the Factbook's
// coordinates) and data/geo/cities.tsv (Japanese names, GDELT's full name, the
// CAMEO country, the FIPS ADM1 code or '-', coordinates), and the Japanese
// country names of data/actors/countries.tsv; every line is checked on load and
// a bad one throws InputError "PATH: line N: ..." (a field count, a FIPS code
// that is not two capital letters, an ADM1 code that is not its country's code
// and two characters, a coordinate out of range, a city in a country the first
// file lacks, a code or Japanese name given twice).
//   actor_place(code): the country of an actor code (JPNGOV -> Japan, type 1);
//     type 0 for an actor with no country (IGOUNO) or one the file lacks.
//   action_place(sentence): the first city the sentence names as a word (type
//     4, or 3 in the United States), else the first country it names as the
//     place of an act (中国で, 日本にて: type 1), else type 0.
// A name counts as a word when the characters either side are of another
// script (東京で, not 東京電力; ワシントンで, not ワシントン・ポスト) or a place
// suffix follows (北京市, 東京都内, ソウル近郊).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/string_hash.h"
#include "store/records.h"

namespace kizashi {

class Gazetteer {
 public:
  static Gazetteer load(const std::string& data_dir);
  GeoPlace actor_place(const std::string& actor_code) const;
  GeoPlace action_place(std::string_view sentence) const;
  size_t countries() const { return countries_.size(); }
  size_t cities() const { return cities_.size(); }

 private:
  struct Named {
    size_t place;       // index in cities_ (city) or countries_list_ (country)
    bool city;
  };
  void load_countries(const std::string& path);
  void load_cities(const std::string& path);
  void load_country_names(const std::string& path);
  // Files `name` under `place`; false when it is already taken.
  bool add_name(const std::string& name, Named place);
  // The place named at byte `at` of `s` as a word, its length in `len`.
  const Named* name_at(std::string_view s, size_t at, size_t& len) const;

  std::unordered_map<std::string, size_t> countries_;  // CAMEO code -> index in countries_list_
  std::vector<GeoPlace> countries_list_, cities_;
  StringMap<Named> names_;                             // Japanese name -> place (looked up by string_view)
  size_t longest_name_ = 0;                            // bytes
};

}  // namespace kizashi

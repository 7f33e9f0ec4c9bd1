// format/gazetteer: GDELT geography from data/geo/ — actors' countries, the
// place a sentence names, the checks on load, and the consistency of the
// files with the actor dictionary. The sentences are kizashi's own.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <numbers>
#include <set>

#include <unistd.h>

#include "base/datafile.h"
#include "format/gazetteer.h"

using namespace kizashi;
namespace fs = std::filesystem;

namespace {

const std::string kData = KIZASHI_TEST_DATA;

const Gazetteer& gazetteer() {
  static const Gazetteer g = Gazetteer::load(kData);
  return g;
}

double number(const std::string& s) { return std::stod(s); }

// Country level: FIPS 10-4 codes as GDELT writes them (which differ from ISO
// for these), the Factbook's coordinates within a degree.
TEST(Gazetteer, ActorsAreTheirCountry) {
  struct Want {
    const char* code;
    const char* fips;
    const char* name;
    double lat, lon;
  };
  for (const Want& w : {Want{"JPNGOV", "JA", "Japan", 36, 138}, Want{"CHNMILNAV", "CH", "China", 35, 105},
                        Want{"KOR", "KS", "South Korea", 37, 127.5}, Want{"PRK", "KN", "North Korea", 40, 127},
                        Want{"DEUGOV", "GM", "Germany", 51, 9}, Want{"PHL", "RP", "Philippines", 13, 122},
                        Want{"AUS", "AS", "Australia", -27, 133}, Want{"UKRMIL", "UP", "Ukraine", 49, 32}}) {
    const GeoPlace p = gazetteer().actor_place(w.code);
    EXPECT_EQ(p.type, 1) << w.code;
    EXPECT_EQ(p.country, w.fips) << w.code;
    EXPECT_EQ(p.adm1, w.fips) << w.code;
    EXPECT_EQ(p.feature, w.fips) << w.code;
    EXPECT_EQ(p.full_name, w.name) << w.code;
    EXPECT_NEAR(number(p.lat), w.lat, 1.0) << w.code;
    EXPECT_NEAR(number(p.lon), w.lon, 1.0) << w.code;
  }
  EXPECT_EQ(gazetteer().actor_place("IGOUNO").type, 0);  // the UN has no country
  EXPECT_EQ(gazetteer().actor_place("").type, 0);
}

TEST(Gazetteer, TheCityASentenceNames) {
  GeoPlace tokyo = gazetteer().action_place("岸田首相は東京で韓国の首相と会談した。");
  EXPECT_EQ(tokyo.type, 4);
  EXPECT_EQ(tokyo.country, "JA");
  EXPECT_EQ(tokyo.adm1, "JA40");
  EXPECT_NEAR(number(tokyo.lat), 35.69, 0.1);
  EXPECT_NEAR(number(tokyo.lon), 139.69, 0.1);
  EXPECT_EQ(gazetteer().action_place("両外相は北京市内で協議した。").full_name.rfind("Beijing", 0), 0u);
  EXPECT_EQ(gazetteer().action_place("首脳会議はソウル近郊で開かれた。").country, "KS");
  // The first city named; a city in the United States is GDELT's type 3.
  GeoPlace ny = gazetteer().action_place("大統領はニューヨークで演説し、その後パリへ向かった。");
  EXPECT_EQ(ny.type, 3);
  EXPECT_EQ(ny.country, "US");
}

TEST(Gazetteer, ANameInsideAnotherWordIsNoPlace) {
  EXPECT_EQ(gazetteer().action_place("東京電力は記者会見を開いた。").type, 0);
  EXPECT_EQ(gazetteer().action_place("ワシントン・ポストが報じた。").type, 0);
  EXPECT_EQ(gazetteer().action_place("マレーシアの首相が語った。").type, 0);  // not Malé
  // 東京都 is Tokyo, not Kyoto inside it.
  EXPECT_EQ(gazetteer().action_place("東京都の知事が発表した。").adm1, "JA40");
}

TEST(Gazetteer, ACountryNamedAsThePlaceOfTheAct) {
  GeoPlace china = gazetteer().action_place("日米の高官は中国で会談した。");
  EXPECT_EQ(china.type, 1);
  EXPECT_EQ(china.country, "CH");
  EXPECT_EQ(gazetteer().action_place("中国は日本を非難した。").type, 0);  // an actor, not a place
  // A city wins over a country named as a place before it.
  EXPECT_EQ(gazetteer().action_place("中国で開かれた会議の後、上海で会見した。").type, 4);
}

// Facts across files: every country of the actor dictionary has its place,
// FIPS codes are distinct, each capital the actor dictionary names is a city
// of that country, and each city lies within 4,500 km of its country's centre
// (the largest countries and those with far-off territories aside).
TEST(Gazetteer, FilesAgreeWithTheActorDictionary) {
  std::map<std::string, std::string> capital_country;
  std::set<std::string> countries;
  DataFile actors(kData + "/actors/countries.tsv", "countries");
  for (DataLine line; actors.next(line);) {
    const auto f = split_fields(line.text, "\t");
    countries.insert(f[0]);
    EXPECT_EQ(gazetteer().actor_place(f[0]).type, 1) << f[0] << " has no place";
    for (const auto& c : split_list(f[3])) capital_country[c] = f[0];
  }
  EXPECT_EQ(gazetteer().countries(), countries.size());
  std::set<std::string> fips;
  for (const auto& c : countries) EXPECT_TRUE(fips.insert(gazetteer().actor_place(c).country).second) << c;
  for (const auto& [capital, country] : capital_country) {
    const GeoPlace p = gazetteer().action_place(capital + "で");
    EXPECT_TRUE(p.type == 3 || p.type == 4) << capital;
    EXPECT_EQ(p.country, gazetteer().actor_place(country).country) << capital;
  }
  const std::set<std::string> wide{"USA", "RUS", "CAN", "CHN", "AUS", "BRA", "FRA", "GBR", "NZL", "CHL", "DNK",
                                   "NOR", "KIR", "FSM", "IDN", "ARG", "IND"};
  DataFile cities(kData + "/geo/cities.tsv", "cities");
  for (DataLine line; cities.next(line);) {
    const auto f = split_fields(line.text, "\t");
    if (wide.count(f[2])) continue;
    const GeoPlace c = gazetteer().actor_place(f[2]);
    const double rad = std::numbers::pi / 180, lat1 = number(f[4]) * rad, lat2 = number(c.lat) * rad;
    const double dlon = (number(f[5]) - number(c.lon)) * rad;
    const double km = 6371 * std::acos(std::min(1.0, std::sin(lat1) * std::sin(lat2) +
                                                         std::cos(lat1) * std::cos(lat2) * std::cos(dlon)));
    EXPECT_LT(km, 4500) << line.where() << ": " << f[1];
  }
}

// A copy of data/ with one file's line replaced.
std::string data_with(const std::string& file, const std::string& line_start, const std::string& replacement) {
  const fs::path dir = fs::temp_directory_path() / ("kizashi_gaz_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "geo");
  fs::create_directories(dir / "actors");
  fs::copy_file(kData + "/actors/countries.tsv", dir / "actors/countries.tsv");
  for (const char* name : {"geo/countries.tsv", "geo/cities.tsv"}) {
    std::ifstream in(kData + "/" + name);
    std::ofstream out(dir / name);
    for (std::string l; std::getline(in, l);)
      out << (name == file && l.rfind(line_start, 0) == 0 ? replacement : l) << '\n';
  }
  return dir.string();
}

void expect_load_error(const std::string& dir, const std::string& file, const std::string& message) {
  try {
    Gazetteer::load(dir);
    ADD_FAILURE() << "no error for " << message;
  } catch (const std::exception& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find(file + ": line "), std::string::npos) << what;
    EXPECT_NE(what.find(message), std::string::npos) << what;
  }
}

TEST(Gazetteer, BadLinesNameTheirFileAndLine) {
  expect_load_error(data_with("geo/countries.tsv", "JPN\t", "JPN\tjp\tJapan\t36\t138"), "geo/countries.tsv",
                    "bad FIPS 10-4 code 'jp'");
  expect_load_error(data_with("geo/countries.tsv", "JPN\t", "JPN\tJA\tJapan\t96\t138"), "geo/countries.tsv",
                    "bad latitude '96'");
  expect_load_error(data_with("geo/countries.tsv", "JPN\t", "JPN\tJA\tJapan\t36"), "geo/countries.tsv",
                    "expected 5 TAB-separated fields");
  expect_load_error(data_with("geo/cities.tsv", "東京", "東京\tTokyo, Japan\tJPN\tCH40\t35.69\t139.69"),
                    "geo/cities.tsv", "bad ADM1 code 'CH40'");
  expect_load_error(data_with("geo/cities.tsv", "東京", "東京\tTokyo, Japan\tXXX\t-\t35.69\t139.69"),
                    "geo/cities.tsv", "country XXX is not in geo/countries.tsv");
  expect_load_error(data_with("geo/cities.tsv", "東京", "東京|大阪\tTokyo, Japan\tJPN\t-\t35.69\t139.69"),
                    "geo/cities.tsv", "name 大阪 given twice");
  expect_load_error(data_with("geo/cities.tsv", "東京", "東京|中国\tTokyo, Japan\tJPN\t-\t35.69\t139.69"),
                    "actors/countries.tsv", "name 中国 is also a city");
}

}  // namespace

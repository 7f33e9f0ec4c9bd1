// actors: dictionary loading and validation, person roles by date, mention codes.
#include <gtest/gtest.h>

#include <set>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "actors/dictionary.h"
#include "actors/labels.h"
#include "actors/ja/matcher.h"
#include "base/actor_code.h"
#include "base/error.h"
#include "test_util.h"

using namespace kizashi;
namespace fs = std::filesystem;

namespace {

const ActorDictionary& dict() {
  static ActorDictionary d = ActorDictionary::load(kztest::kData + "/actors");
  return d;
}

// A small actor directory; each file's content can be replaced.
struct TempActors {
  fs::path dir;
  std::string countries = "JPN\t日本\t日\t東京\tJapan\nCHN\t中国\t中\t北京\tChina\n";
  std::string organizations = "IGOUNO\t国連\tUnited Nations\n";
  std::string agents = "GOV\t政府|外相\tgovernment\nMIL\t軍\tmilitary\n";
  std::string offices =
      "Prime Minister\thead_of_government\thead of government\n"
      "Premier\thead_of_government\tCHN\n"
      "President\thead_of_state\thead of state\n"
      "UN Secretary-General\tun_secretary_general\tUN\n"
      "NATO Secretary General\tnato_secretary_general\tNATO\n";
  std::string people =
      "yamada_taro\t山田太郎\tTaro Yamada\tJPNGOV\t2020-01-01\t2022-01-01\tminister\n"
      "yamada_taro\t-\t-\tJPNELI\t2022-01-01\t-\tformer minister\n";

  explicit TempActors(const std::string& name) {
    dir = fs::temp_directory_path() / ("kizashi-actors-" + name + "-" + std::to_string(::getpid()));
    fs::create_directories(dir);
  }
  ~TempActors() { fs::remove_all(dir); }

  void write() const {
    auto put = [&](const char* f, const std::string& body) {
      std::ofstream(dir / f) << "# test file\n" << body;
    };
    put("countries.tsv", countries);
    put("organizations.tsv", organizations);
    put("agents.tsv", agents);
    put("offices.tsv", offices);
    put("people.tsv", people);
  }

  // Loads and returns the InputError message ("" if it loaded).
  std::string load_error() const {
    write();
    try {
      ActorDictionary::load(dir.string());
    } catch (const InputError& e) {
      return e.what();
    }
    return "";
  }
};

std::vector<const Mention*> mentions(const Document& d, const std::string& text) {
  std::vector<const Mention*> out;
  for (const auto& s : d.sentences)
    for (const auto& m : s.mentions)
      if (m.text == text) out.push_back(&m);
  return out;
}

// First mention backed by dictionary entry `id`.
const Mention* by_entry(const Document& d, const std::string& id) {
  for (const auto& s : d.sentences)
    for (const auto& m : s.mentions)
      if (std::find(m.entry_ids.begin(), m.entry_ids.end(), id) != m.entry_ids.end()) return &m;
  return nullptr;
}

std::string dump_mentions(const Document& d) {
  std::string out;
  for (const auto& s : d.sentences)
    for (const auto& m : s.mentions) {
      out += m.text + " =";
      for (const auto& c : m.codes) out += " " + c;
      out += "\n";
    }
  return out;
}

}  // namespace

TEST(ActorDictionary, LoadsShippedData) {
  EXPECT_GT(dict().size(), 500u);
  EXPECT_GT(dict().people().size(), 20u);
  const auto* jp = dict().find("日本");
  ASSERT_NE(jp, nullptr);
  EXPECT_EQ(jp->front().code, "JPN");
  EXPECT_EQ(dict().find("存在しない国名"), nullptr);
}

TEST(ActorDictionary, SmallDirectoryLoads) {
  TempActors t("ok");
  EXPECT_EQ(t.load_error(), "");
}

TEST(ActorDictionary, BadCountryCode) {
  TempActors t("code");
  t.countries += "Kor\t韓国\t韓\tソウル\tKorea\n";
  std::string msg = t.load_error();
  EXPECT_NE(msg.find("countries.tsv: line 4"), std::string::npos) << msg;
  EXPECT_NE(msg.find("Kor"), std::string::npos) << msg;
}

TEST(ActorDictionary, BadPersonCode) {
  TempActors t("pcode");
  t.people += "sato_hanako\t佐藤花子\tHanako Sato\tJPN\t2020-01-01\t-\tminister\n";
  std::string msg = t.load_error();
  EXPECT_NE(msg.find("people.tsv: line 4"), std::string::npos) << msg;
}

TEST(ActorDictionary, BadDate) {
  TempActors t("date");
  t.people += "sato_hanako\t佐藤花子\tHanako Sato\tJPNGOV\t2021-02-30\t-\tminister\n";
  std::string msg = t.load_error();
  EXPECT_NE(msg.find("people.tsv: line 4"), std::string::npos) << msg;
  EXPECT_NE(msg.find("2021-02-30"), std::string::npos) << msg;
}

TEST(ActorDictionary, InvertedPeriod) {
  TempActors t("inverted");
  t.people += "sato_hanako\t佐藤花子\tHanako Sato\tJPNGOV\t2021-05-01\t2021-01-01\tminister\n";
  std::string msg = t.load_error();
  EXPECT_NE(msg.find("people.tsv: line 4"), std::string::npos) << msg;
}

TEST(ActorDictionary, OverlappingPeriods) {
  TempActors t("overlap");
  t.people += "yamada_taro\t-\t-\tJPNLEG\t2021-06-01\t2021-09-01\tlegislator\n";
  std::string msg = t.load_error();
  EXPECT_NE(msg.find("people.tsv: line 4"), std::string::npos) << msg;
  EXPECT_NE(msg.find("overlap"), std::string::npos) << msg;
}

TEST(ActorDictionary, DuplicatedName) {
  TempActors t("dup");
  t.countries += "KOR\t韓国|日本\t韓\tソウル\tKorea\n";
  std::string msg = t.load_error();
  EXPECT_NE(msg.find("countries.tsv: line 4"), std::string::npos) << msg;
  EXPECT_NE(msg.find("日本"), std::string::npos) << msg;
}

TEST(ActorDictionary, ASharedNameMustBeSharedByAll) {
  TempActors t("shared");
  t.people += "sato_ichiro\t佐藤一郎|~佐藤\tIchiro Sato\tJPNGOV\t2020-01-01\t2021-01-01\tminister\n"
              "sato_jiro\t佐藤次郎|~佐藤\tJiro Sato\tJPNGOV\t2021-01-01\t-\tminister\n";
  EXPECT_EQ(t.load_error(), "");
  t.people += "sato_saburo\t佐藤三郎|佐藤\tSaburo Sato\tJPNGOV\t2022-01-01\t-\tminister\n";
  std::string msg = t.load_error();
  EXPECT_NE(msg.find("people.tsv: line 6"), std::string::npos) << msg;
  EXPECT_NE(msg.find("~佐藤"), std::string::npos) << msg;
}

TEST(ActorDictionary, DuplicatedAgentTerm) {
  TempActors t("dupagent");
  t.agents += "LEG\t議会|政府\tlegislature\n";
  std::string msg = t.load_error();
  EXPECT_NE(msg.find("agents.tsv: line 4"), std::string::npos) << msg;
}

TEST(ActorDictionary, MissingColumn) {
  TempActors t("cols");
  t.people += "sato_hanako\t佐藤花子\tJPNGOV\n";
  std::string msg = t.load_error();
  EXPECT_NE(msg.find("people.tsv: line 4"), std::string::npos) << msg;
}

TEST(ActorDictionary, MissingFile) {
  TempActors t("missing");
  t.write();
  fs::remove(t.dir / "agents.tsv");
  try {
    ActorDictionary::load(t.dir.string());
    FAIL() << "loaded without agents.tsv";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("agents.tsv"), std::string::npos) << e.what();
  }
}

TEST(ActorDictionary, PersonNeedsAnEnglishName) {
  TempActors t("english");
  t.people += "sato_hanako\t佐藤花子\t-\tJPNGOV\t2020-01-01\t-\tminister\n";
  std::string msg = t.load_error();
  EXPECT_NE(msg.find("people.tsv: line 4"), std::string::npos) << msg;
  EXPECT_NE(msg.find("English"), std::string::npos) << msg;
}

TEST(ActorDictionary, EnglishNameOnlyOnTheFirstRow) {
  TempActors t("english2");
  t.people += "yamada_taro\t-\tTaro Yamada\tJPNLEG\t2023-01-01\t-\tlegislator\n";
  std::string msg = t.load_error();
  EXPECT_NE(msg.find("people.tsv: line 4"), std::string::npos) << msg;
  EXPECT_NE(msg.find("English"), std::string::npos) << msg;
}

TEST(ActorDictionary, EnglishNameIsKept) {
  TempActors t("english3");
  t.write();
  ActorDictionary d = ActorDictionary::load(t.dir.string());
  ASSERT_EQ(d.people().size(), 1u);
  EXPECT_EQ(d.people()[0].english, "Taro Yamada");
  EXPECT_EQ(d.people()[0].roles.size(), 2u);
}

TEST(ActorDictionary, CountryAndOrganisationNeedEnglishNames) {
  TempActors c("cenglish");
  c.countries += "KOR\t韓国\t韓\tソウル\t-\n";
  std::string msg = c.load_error();
  EXPECT_NE(msg.find("countries.tsv: line 4"), std::string::npos) << msg;
  EXPECT_NE(msg.find("English"), std::string::npos) << msg;
  TempActors o("oenglish");
  o.organizations += "IGOWSTNAT\tNATO\n";
  msg = o.load_error();
  EXPECT_NE(msg.find("organizations.tsv: line 3"), std::string::npos) << msg;
}

TEST(ActorDictionary, TwoPrimeMinistersAtOnceAreRejected) {
  TempActors t("twopm");
  t.people +=
      "sato_hanako\t佐藤花子\tHanako Sato\tJPNGOV\t2019-01-01\t2021-01-01\tPrime Minister\n"
      "suzuki_ichiro\t鈴木一郎\tIchiro Suzuki\tJPNGOV\t2020-06-01\t2023-01-01\tPrime Minister  # remark\n";
  std::string msg = t.load_error();
  EXPECT_NE(msg.find("people.tsv: line 5"), std::string::npos) << msg;  // the later row
  EXPECT_NE(msg.find("line 4"), std::string::npos) << msg;              // names the earlier
  EXPECT_NE(msg.find("sato_hanako"), std::string::npos) << msg;
  EXPECT_NE(msg.find("Prime Minister"), std::string::npos) << msg;
}

TEST(ActorDictionary, OneOfficeUnderTwoTitlesIsOneOffice) {
  TempActors t("titles");
  t.people +=
      "li_a\t李甲\tLi A\tCHNGOV\t2010-01-01\t2015-01-01\tPremier\n"
      "wang_b\t王乙\tWang B\tCHNGOV\t-\t2011-01-01\tPrime Minister\n";
  std::string msg = t.load_error();
  EXPECT_NE(msg.find("people.tsv: line 5"), std::string::npos) << msg;
  EXPECT_NE(msg.find("line 4"), std::string::npos) << msg;
}

TEST(ActorDictionary, SameOfficeInTwoCountriesOrOneAfterAnother) {
  TempActors t("twocountries");
  t.people +=
      "sato_hanako\t佐藤花子\tHanako Sato\tJPNGOV\t2019-01-01\t2021-01-01\tPrime Minister\n"
      "zhang_san\t張三\tZhang San\tCHNGOV\t2019-01-01\t2021-01-01\tPrime Minister\n"
      "suzuki_ichiro\t鈴木一郎\tIchiro Suzuki\tJPNGOV\t2021-01-01\t-\tPrime Minister\n"
      "sato_hanako\t-\t-\tJPNELI\t2021-01-01\t-\tFormer Prime Minister\n"
      "ito_jiro\t伊藤次郎\tJiro Ito\tJPNGOV\t2019-01-01\t2023-01-01\tPresident\n"
      "kato_saburo\t加藤三郎\tSaburo Kato\tJPNGOV\t2018-01-01\t2024-01-01\tActing Prime Minister\n";
  EXPECT_EQ(t.load_error(), "");
}

TEST(ActorDictionary, OrganisationOfficesAreTheOrganisations) {
  TempActors ok("igo");
  ok.people +=
      "un_a\t国連甲\tUN A\tIGOUNO\t2010-01-01\t2020-01-01\tUN Secretary-General\n"
      "nato_b\t北大西洋乙\tNATO B\tIGOWSTNAT\t2010-01-01\t2020-01-01\tNATO Secretary General\n";
  EXPECT_EQ(ok.load_error(), "");
  TempActors bad("igo2");
  bad.people +=
      "un_a\t国連甲\tUN A\tIGOUNO\t2010-01-01\t2020-01-01\tUN Secretary-General\n"
      "un_b\t国連乙\tUN B\tIGOUNO\t2019-12-31\t-\tUN Secretary-General\n";
  std::string msg = bad.load_error();
  EXPECT_NE(msg.find("people.tsv: line 5"), std::string::npos) << msg;
  EXPECT_NE(msg.find("IGOUNO"), std::string::npos) << msg;
}

TEST(ActorDictionary, OfficeTitleWithTheCountryGluedOnIsRejected) {
  TempActors t("glued");
  t.people += "sato_hanako\t佐藤花子\tHanako Sato\tJPNGOV\t2019-01-01\t2021-01-01\tPrime Minister of Japan\n";
  std::string msg = t.load_error();
  EXPECT_NE(msg.find("people.tsv: line 4"), std::string::npos) << msg;
  EXPECT_NE(msg.find("'Prime Minister'"), std::string::npos) << msg;
}

TEST(ActorDictionary, OfficesFileIsChecked) {
  TempActors dup("offdup");
  dup.offices += "Premier\thead_of_government\tagain\n";
  std::string msg = dup.load_error();
  EXPECT_NE(msg.find("offices.tsv: line 7"), std::string::npos) << msg;
  TempActors key("offkey");
  key.offices += "King\tHead Of State\tmonarch\n";
  msg = key.load_error();
  EXPECT_NE(msg.find("offices.tsv: line 7"), std::string::npos) << msg;
  TempActors missing("offmissing");
  missing.write();
  fs::remove(missing.dir / "offices.tsv");
  try {
    ActorDictionary::load(missing.dir.string());
    ADD_FAILURE() << "loaded without offices.tsv";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("offices.tsv"), std::string::npos) << e.what();
  }
}

TEST(ActorCode, CountryOrSectorAndCountryKey) {
  EXPECT_EQ(country_or_sector("USAGOV"), "USA");
  EXPECT_EQ(country_or_sector("CHN"), "CHN");
  EXPECT_EQ(country_or_sector("IGOUNO"), "IGO");  // the coder: all UN bodies are one side
  EXPECT_TRUE(intergovernmental("IGOUNO"));
  EXPECT_FALSE(intergovernmental("NGOHRW"));
  EXPECT_EQ(country_key("USAGOV"), "USA");         // the store: a country's actors count as the country
  EXPECT_EQ(country_key("IGOUNO"), "IGOUNO");      // an organisation stays itself
  EXPECT_EQ(country_key("NGOHRW"), "NGOHRW");
  EXPECT_EQ(country_key("MNC"), "MNC");
  EXPECT_EQ(country_key(""), "");
  EXPECT_TRUE(agent_code("GOV"));
  EXPECT_FALSE(agent_code("JPN"));
  EXPECT_EQ(countries_in_order({"JPNGOV", "KORGOV", "JPNMIL", "IGOUNO"}),
            (std::vector<std::string>{"JPN", "KOR", "IGO"}));
}

TEST(ActorMatcher, CompoundCodes) {
  Document d = kztest::code_text(
      "米国務副長官は東京で記者会見を開いた。\n"
      "中国軍は台湾周辺で演習を実施した。\n"
      "日米韓は北朝鮮のミサイル発射を非難した。\n"
      "ワシントンは新たな方針を示した。\n");
  SCOPED_TRACE(dump_mentions(d));
  auto m = mentions(d, "米国務副長官");
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(m[0]->codes, std::vector<std::string>{"USAGOV"});
  m = mentions(d, "中国軍");
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(m[0]->codes, std::vector<std::string>{"CHNMIL"});
  m = mentions(d, "日米韓");
  ASSERT_FALSE(m.empty());
  auto codes = m[0]->codes;
  std::sort(codes.begin(), codes.end());
  EXPECT_EQ(codes, (std::vector<std::string>{"JPN", "KOR", "USA"}));
  m = mentions(d, "ワシントン");
  ASSERT_FALSE(m.empty());
  EXPECT_EQ(m[0]->codes, std::vector<std::string>{"USAGOV"});
}

TEST(ActorMatcher, PersonAtDocumentDate) {
  Document later = kztest::code_text("石破茂首相は記者会見を開いた。", "2024-10-19");
  Document earlier = kztest::code_text("石破茂氏は記者会見を開いた。", "2024-09-01");
  SCOPED_TRACE(dump_mentions(later) + dump_mentions(earlier));
  const Mention* a = by_entry(later, "people:ishiba_shigeru");
  const Mention* b = by_entry(earlier, "people:ishiba_shigeru");
  ASSERT_NE(a, nullptr);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(a->codes, std::vector<std::string>{"JPNGOV"});
  EXPECT_TRUE(a->person);
  ASSERT_FALSE(b->codes.empty());
  EXPECT_NE(b->codes[0], "JPNGOV");
  EXPECT_EQ(b->codes[0].substr(0, 3), "JPN");
}

TEST(ActorMatcher, HistoricalLeadersAtTheDocumentDate) {
  Document d = kztest::code_text("胡錦濤国家主席は小泉純一郎首相と会談した。", "2005-04-23");
  SCOPED_TRACE(dump_mentions(d));
  const Mention* hu = by_entry(d, "people:hu_jintao");
  const Mention* koizumi = by_entry(d, "people:koizumi_junichiro");
  ASSERT_NE(hu, nullptr);
  ASSERT_NE(koizumi, nullptr);
  EXPECT_EQ(hu->codes, std::vector<std::string>{"CHNGOV"});
  EXPECT_EQ(koizumi->codes, std::vector<std::string>{"JPNGOV"});
}

TEST(ActorMatcher, CoordinatedGroupAndReference) {
  Document d = kztest::code_text("米国、日本、韓国は共同声明を出した。\n3カ国は連携を確認した。\n");
  SCOPED_TRACE(dump_mentions(d));
  ASSERT_EQ(d.sentences.size(), 2u);
  bool group = false;
  for (const auto& m : d.sentences[0].mentions) {
    auto codes = m.codes;
    std::sort(codes.begin(), codes.end());
    group |= codes == std::vector<std::string>{"JPN", "KOR", "USA"};
  }
  EXPECT_TRUE(group) << "no mention of the three-country group";
  bool ref = false;
  for (const auto& m : d.sentences[1].mentions) ref |= m.reference && m.codes.size() == 3;
  EXPECT_TRUE(ref);
}

TEST(ActorMatcher, PersonWithAnUnlistedTitleIsStillThePerson) {
  Document d = kztest::code_text("グテレス事務総長はロシアを非難した。", "2025-06-01");
  ASSERT_EQ(d.events.size(), 1u) << kztest::describe(d);
  EXPECT_EQ(d.events[0].source, "IGOUNO");
  EXPECT_EQ(d.events[0].target, "RUS");
}

TEST(ActorMatcher, MentionBytesCoverTheWholeNamedGroup) {
  // The group mention 日本と韓国 is carried by the last member's tokens, and an
  // agent that took its country from a の-phrase (中国の外相) by the agent's;
  // the matcher widens their spans as it merges them, so the highlighted bytes
  // are the whole group or phrase, and every other mention's its own text.
  Document d = kztest::code_text(
      "米国の国務副長官はソウルで日本と韓国の外務次官と会談した。\n中国の外相は日本とフィリピンを批判した。\n");
  SCOPED_TRACE(dump_mentions(d));
  ASSERT_EQ(d.sentences.size(), 2u);
  std::set<std::string> seen;
  for (const Sentence& s : d.sentences)
    for (const auto& m : s.mentions) {
      const uint32_t b = m.begin, e = m.end;
      ASSERT_LT(b, e) << m.text;
      ASSERT_LE(e, s.text.size());
      EXPECT_EQ(s.text.substr(b, e - b), m.text);
      seen.insert(m.text);
    }
  for (const char* text : {"日本と韓国", "米国の国務副長官", "中国の外相", "日本とフィリピン"})
    EXPECT_TRUE(seen.count(text)) << "no mention " << text;
}

// A person the dictionary does not know, introduced with a country of origin
// (モロッコ生まれの, ロシア国籍の, ブラジル人の), is that country's national, and so
// is the same person named again by surname. A town of birth or a name with no
// origin names no national.
TEST(ActorMatcher, NationalNamedByOriginAndThenBySurname) {
  Document d = kztest::code_text(
      "スペイン政府は、モロッコ生まれの宗教指導者アブデル・ハキミ氏を国外追放した。\n"
      "スペイン警察は前日、ハキミ氏を逮捕していた。\n"
      "ドイツ当局はロシア国籍のイワン・ペトロフさんを拘束した。\n"
      "大阪生まれのマリア・サントスさんが会見した。\n"
      "フランス警察はカルロス・メンデス氏を逮捕した。\n");
  SCOPED_TRACE(dump_mentions(d) + kztest::describe(d));
  ASSERT_EQ(d.sentences.size(), 5u);
  auto full = mentions(d, "アブデル・ハキミ氏");
  ASSERT_EQ(full.size(), 1u);
  EXPECT_EQ(full[0]->codes, std::vector<std::string>{"MARCVL"});
  EXPECT_TRUE(full[0]->person);
  auto again = mentions(d, "ハキミ氏=アブデル・ハキミ氏");
  ASSERT_EQ(again.size(), 1u);
  EXPECT_EQ(again[0]->codes, std::vector<std::string>{"MARCVL"});
  auto russian = mentions(d, "イワン・ペトロフさん");
  ASSERT_EQ(russian.size(), 1u);
  EXPECT_EQ(russian[0]->codes, std::vector<std::string>{"RUSCVL"});
  EXPECT_TRUE(mentions(d, "マリア・サントスさん").empty());
  EXPECT_TRUE(mentions(d, "カルロス・メンデス氏").empty());
  std::set<std::string> coded;
  for (const auto& e : d.events) coded.insert(e.source + ">" + e.target + ":" + e.code.substr(0, 2));
  EXPECT_EQ(coded, (std::set<std::string>{"ESPGOV>MARCVL:17", "ESPCOP>MARCVL:17", "DEUGOV>RUSCVL:17"}));
}

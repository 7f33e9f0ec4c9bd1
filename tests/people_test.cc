// people: the shipped people, offices and armed groups (facts checked for
// consistency: leaders by date, English names, single-holder offices), and
// shared surnames (~小泉) resolved by the document's date.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "actors/dictionary.h"
#include "actors/labels.h"
#include "base/actor_code.h"
#include "test_util.h"

using namespace kizashi;

namespace {

const ActorDictionary& dict() {
  static ActorDictionary d = ActorDictionary::load(kztest::kData + "/actors");
  return d;
}

int person_index(const std::string& id) {
  const auto& p = dict().people();
  for (size_t i = 0; i < p.size(); ++i)
    if (p[i].id == id) return static_cast<int>(i);
  return -1;
}

// The person id a name means at a date ("" for nobody).
std::string meant(const std::string& name, const std::string& date) {
  const auto* v = dict().find(name);
  if (!v) return "";
  const ActorEntry* e = dict().person_at(*v, date);
  return e ? dict().people()[static_cast<size_t>(e->person)].id : "";
}

}  // namespace

TEST(ActorDictionary, PersonCodeFollowsRoles) {
  int ishiba = person_index("ishiba_shigeru"), kishida = person_index("kishida_fumio");
  ASSERT_GE(ishiba, 0);
  ASSERT_GE(kishida, 0);
  EXPECT_EQ(dict().person_code(kishida, "2024-09-30"), "JPNGOV");
  EXPECT_NE(dict().person_code(kishida, "2024-10-01"), "JPNGOV");  // half-open: ends on 10-01
  EXPECT_EQ(dict().person_code(kishida, "2024-10-01").substr(0, 3), "JPN");
  EXPECT_EQ(dict().person_code(ishiba, "2024-10-01"), "JPNGOV");
  EXPECT_EQ(dict().person_code(ishiba, "2024-10-19"), "JPNGOV");
  EXPECT_NE(dict().person_code(ishiba, "2024-09-30"), "JPNGOV");
  EXPECT_EQ(dict().person_code(ishiba, "2024-09-30").substr(0, 3), "JPN");
}

// --- the shipped data: facts stated here, checked against data/actors ---

// The one entry of `kind` that `name` has, or nullptr.
const ActorEntry* entry(const std::string& name, EntryKind kind) {
  const auto* v = dict().find(name);
  if (!v) return nullptr;
  for (const auto& e : *v)
    if (e.kind == kind) return &e;
  return nullptr;
}

TEST(ActorDictionary, ShippedLeadersByDate) {
  struct Fact {
    const char* id;
    const char* date;
    const char* code;
  };
  // Koizumi was prime minister 2001-04-26..2006-09-26; George W. Bush president
  // 2001-01-20..2009-01-20; Hu Jintao president 2003-03-15..2013-03-14; Ban
  // Ki-moon foreign minister of South Korea 2004-01-17..2006-11-10, UN
  // Secretary-General 2007-01-01..2016-12-31; Merkel chancellor from
  // 2005-11-22; Obama a senator in 2007; Lee Myung-bak president from 2008-02-25.
  const Fact facts[] = {
      {"koizumi_junichiro", "2005-06-01", "JPNGOV"}, {"bush_george_w", "2008-06-01", "USAGOV"},
      {"bush_george_w", "2009-06-01", "USAELI"},     {"hu_jintao", "2010-05-01", "CHNGOV"},
      {"ban_kimoon", "2005-06-01", "KORGOV"},        {"ban_kimoon", "2010-06-01", "IGOUNO"},
      {"ban_kimoon", "2016-12-31", "IGOUNO"},        {"ban_kimoon", "2017-01-01", "KORELI"},
      {"merkel_angela", "2005-11-22", "DEUGOV"},     {"merkel_angela", "2005-11-21", "DEUOPP"},
      {"obama_barack", "2007-03-01", "USALEG"},      {"obama_barack", "2009-01-20", "USAGOV"},
      {"lee_myungbak", "2008-02-25", "KORGOV"},      {"abbas_mahmoud", "2010-01-01", "PSEGOV"},
      {"haniyeh_ismail", "2010-01-01", "PSEREB"},    {"rasmussen_andersfogh", "2010-01-01", "IGOWSTNAT"},
      {"amano_yukiya", "2012-01-01", "IGOUNOIAE"},   {"assad_bashar", "2012-01-01", "SYRGOV"},
  };
  for (const Fact& f : facts) {
    int i = person_index(f.id);
    ASSERT_GE(i, 0) << f.id;
    EXPECT_EQ(dict().person_code(i, f.date), f.code) << f.id << " at " << f.date;
  }
  // Outside every role: the country of the nearest earlier role, never an office.
  int koizumi = person_index("koizumi_junichiro");
  EXPECT_EQ(dict().person_code(koizumi, "2006-09-26"), "JPN");  // half-open: ends on 09-26
  EXPECT_EQ(dict().person_code(koizumi, "2000-01-01"), "JPN");
  // Two people, one office: on the day of the handover only the new holder.
  EXPECT_EQ(dict().person_code(person_index("abe_shinzo"), "2006-09-26"), "JPNGOV");
}

TEST(ActorDictionary, ShippedNamesAndEnglish) {
  const auto& people = dict().people();
  EXPECT_GT(people.size(), 500u);
  for (const auto& p : people) EXPECT_FALSE(p.english.empty()) << p.id;
  int bush = person_index("bush_george_w");
  ASSERT_GE(bush, 0);
  EXPECT_EQ(people[static_cast<size_t>(bush)].english, "George W. Bush");
  EXPECT_EQ(people[static_cast<size_t>(person_index("hu_jintao"))].english, "Hu Jintao");
  // Both spellings of 胡錦濤 name him; ブッシュ is the son, the father only in full.
  for (const char* n : {"胡錦濤", "胡錦涛"}) {
    const ActorEntry* e = entry(n, EntryKind::Person);
    ASSERT_NE(e, nullptr) << n;
    EXPECT_EQ(e->id, "people:hu_jintao") << n;
  }
  ASSERT_NE(entry("ブッシュ", EntryKind::Person), nullptr);
  EXPECT_EQ(entry("ブッシュ", EntryKind::Person)->id, "people:bush_george_w");
  EXPECT_EQ(entry("ジョージ・H・W・ブッシュ", EntryKind::Person)->id, "people:bush_george_hw");
  // A surname two people share is marked shared (小泉純一郎, 小泉進次郎): the date decides.
  for (const char* n : {"小泉", "クリントン", "菅"}) {
    ASSERT_NE(entry(n, EntryKind::Person), nullptr) << n;
    EXPECT_TRUE(entry(n, EntryKind::Person)->shared) << n;
  }
}

TEST(ActorDictionary, ShippedArmedGroupsAndOrganisations) {
  struct Fact {
    const char* name;
    const char* code;
  };
  // Non-state groups resolve to the country they operate in; the Islamic State
  // to Iraq, al-Qaeda's core to CAMEO's transnational code.
  const Fact facts[] = {
      {"ハマス", "PSEREB"},         {"ヒズボッラー", "LBNREB"},   {"タリバーン", "AFGREB"},
      {"アル・シャバブ", "SOMREB"}, {"フーシ派", "YEMREB"},       {"イスラム国", "IRQINS"},
      {"ISIL", "IRQINS"},           {"アルカイダ", "IMGMOSALQ"},  {"FARC", "COLREB"},
      {"ETA", "ESPSEP"},            {"PKK", "TURREB"},            {"LTTE", "LKASEP"},
      {"ジャンジャウィード", "SDNUAF"}, {"国際通貨基金", "IGOBUSIMF"}, {"上海協力機構", "IGOCAS"},
      {"アフリカ連合", "IGOAFRAFU"}, {"欧州安全保障協力機構", "IGOEUR"}, {"赤十字国際委員会", "NGOHLHIRC"},
      {"ユニセフ", "IGOUNOKID"},    {"安保理", "IGOUNO"},         {"EU理事会", "IGOEUREEC"},
  };
  for (const Fact& f : facts) {
    const ActorEntry* e = entry(f.name, EntryKind::Org);
    ASSERT_NE(e, nullptr) << f.name;
    EXPECT_EQ(e->code, f.code) << f.name;
  }
  ActorLabels labels = ActorLabels::load(kztest::kData);
  EXPECT_EQ(labels.label("IRQINS"), "Islamic State");
  EXPECT_EQ(labels.label("PSE"), "Palestine");
  // Issue 14 item 2: the English names GDELT's Actor1Name takes (upper-cased there).
  EXPECT_EQ(labels.name("JPNGOV"), "Japan");
  EXPECT_EQ(labels.name("USAMIL"), "United States");
  EXPECT_EQ(labels.name("KOR"), "South Korea");
  EXPECT_EQ(labels.name("IGOUNO"), "United Nations");
  EXPECT_EQ(labels.name("NGOHRIAMN"), "Amnesty International");
  EXPECT_EQ(labels.name("GOV"), "");
  EXPECT_EQ(labels.name(""), "");
}

TEST(ActorDictionary, ShippedOffices) {
  EXPECT_EQ(dict().office_of("Prime Minister"), "head_of_government");
  EXPECT_EQ(dict().office_of("Chancellor"), "head_of_government");
  EXPECT_EQ(dict().office_of("Premier"), "head_of_government");
  EXPECT_EQ(dict().office_of("Secretary of State"), "foreign_minister");
  EXPECT_EQ(dict().office_of("Minister of Foreign Affairs"), "foreign_minister");
  EXPECT_EQ(dict().office_of("UN Secretary-General"), "un_secretary_general");
  EXPECT_EQ(dict().office_of("Vice Chancellor"), "");
  EXPECT_EQ(dict().office_of("Acting President"), "");
  // Each day of 2000-2026 has at most one Japanese prime minister in the file,
  // and the handovers are back to back: spot-check a few days.
  for (const char* day : {"2001-04-26", "2006-09-26", "2010-06-08", "2012-12-26", "2021-10-04", "2025-10-21"}) {
    int holders = 0;
    for (size_t i = 0; i < dict().people().size(); ++i)
      for (const auto& r : dict().people()[i].roles)
        if (r.role == "Prime Minister" && r.code.compare(0, 3, "JPN") == 0 && r.from <= day &&
            (r.until.empty() || day < r.until))
          ++holders;
    EXPECT_EQ(holders, 1) << day;
  }
}

// --- loader rules on small directories ---

TEST(SharedNames, TheDateTellsWhoASharedSurnameIs) {
  EXPECT_EQ(meant("小泉", "2005-05-01"), "koizumi_junichiro");
  EXPECT_EQ(meant("小泉", "2020-05-01"), "koizumi_shinjiro");
  EXPECT_EQ(meant("菅", "2010-10-01"), "kan_naoto");
  EXPECT_EQ(meant("菅", "2015-10-01"), "suga_yoshihide");
  EXPECT_EQ(meant("カストロ", "2004-03-01"), "castro_fidel");
  EXPECT_EQ(meant("カストロ", "2012-03-01"), "castro_raul");
  // Mahinda (PM) and Gotabaya (President) Rajapaksa both in office: nobody.
  EXPECT_EQ(meant("ラージャパクサ", "2020-06-01"), "");
  EXPECT_EQ(meant("小泉", ""), "");  // no date: nobody
  EXPECT_EQ(meant("小泉純一郎", "2020-05-01"), "koizumi_junichiro");  // a full name is always its person
}

TEST(SharedNames, TheCoderUsesTheDocumentsDate) {
  auto person = [](const Document& d) {
    for (const auto& s : d.sentences)
      for (const auto& m : s.mentions)
        for (const auto& id : m.entry_ids)
          if (id.rfind("people:", 0) == 0) return id;
    return std::string();
  };
  EXPECT_EQ(person(kztest::code_text("小泉首相は北京を訪問した。", "2005-05-01")), "people:koizumi_junichiro");
  EXPECT_EQ(person(kztest::code_text("小泉大臣は北京を訪問した。", "2020-05-01")), "people:koizumi_shinjiro");
}

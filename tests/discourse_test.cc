// discourse: the memory of one document, rule by rule (discourse/discourse.h).
// The actors and events are facts of our own; the expectations are the rules
// as the header states them.
#include <gtest/gtest.h>

#include "discourse/discourse.h"

using namespace kizashi;

namespace {

using Codes = std::vector<std::string>;

// One mention told to the discourse.
void tell(Discourse& d, const Codes& codes, const std::string& words, Prominence p = Prominence::Other,
          bool head = true, bool person = false, bool reference = false) {
  Referent who{codes, Label::words(words), {"test:" + words}};
  d.remember({who, head, person, reference, p});
}

JointAct act(int sentence, const std::string& code, const std::string& a, const std::string& an,
             const std::string& b, const std::string& bn, bool intent = false, size_t dyads = 1) {
  return {sentence, code, intent, dyads, {a, Label::words(an)}, {b, Label::words(bn)}};
}

}  // namespace

TEST(Discourse, SalienceRanksHeadsSubjectsAndFirstAppearance) {
  Discourse d;
  tell(d, {"KOR"}, "韓国");                               // 1.0, seen first
  tell(d, {"PHL"}, "フィリピン");                          // 1.0
  tell(d, {"CHN"}, "中国", Prominence::Other, false);      // 0.5: a modifier (中国訪問)
  tell(d, {"IGOUNO"}, "国連", Prominence::Subject);        // an IGO is never salient
  auto one = d.most_salient(1);
  ASSERT_TRUE(one);
  EXPECT_EQ(one->codes, Codes{"KOR"});  // the tie goes to the first seen
  EXPECT_EQ(one->label.text, "(salience)");
  EXPECT_EQ(one->ids, Codes{"context:salience"});
  tell(d, {"PHLGOV"}, "フィリピン政府", Prominence::Subject);  // +1.5 as the subject
  EXPECT_EQ(d.most_salient(2)->codes, (Codes{"PHL", "KOR"}));
  EXPECT_EQ(d.most_salient(3)->codes, (Codes{"PHL", "KOR", "CHN"}));
  EXPECT_FALSE(d.most_salient(4));  // only three countries were named
}

TEST(Discourse, AReferenceCountsHalf) {
  Discourse d;
  tell(d, {"USA"}, "米国");                                           // 1.0
  tell(d, {"JPN"}, "同国", Prominence::Subject, true, false, true);  // (1.0 + 0.5) / 2 = 0.75
  EXPECT_EQ(d.most_salient(1)->codes, Codes{"USA"});
  tell(d, {"JPN"}, "日本");  // 1.75
  EXPECT_EQ(d.most_salient(1)->codes, Codes{"JPN"});
}

TEST(Discourse, PeopleNamedInFullAreFoundBySurname) {
  Discourse d;
  tell(d, {"CHNGOV"}, "王毅外相", Prominence::Subject, true, true);
  tell(d, {"USAGOV"}, "ブリンケン国務長官", Prominence::Other, true, true);
  tell(d, {"CHNGOV"}, "同氏", Prominence::Subject, true, true, true);  // a reference: not a full name
  EXPECT_EQ(d.last_person().label.text, "同氏");
  const Referent* wang = d.person_by_surname("王");
  ASSERT_NE(wang, nullptr);
  EXPECT_EQ(wang->label.text, "王毅外相");
  EXPECT_EQ(wang->codes, Codes{"CHNGOV"});
  EXPECT_EQ(d.person_by_surname("王毅外相"), nullptr);  // the name must be longer than the surname
  EXPECT_EQ(d.person_by_surname("習"), nullptr);
}

TEST(Discourse, TheLastActorWithAnAgentAndTheLastCountry) {
  Discourse d;
  tell(d, {"JPNGOV"}, "日本政府", Prominence::Subject);
  tell(d, {"CHNGOV"}, "中国政府", Prominence::Other, false);  // a modifier does not count
  tell(d, {"KORGOV", "USAGOV"}, "韓米両政府");                // nor a mention of two countries
  ASSERT_NE(d.last_with_agent("GOV"), nullptr);
  EXPECT_EQ(d.last_with_agent("GOV")->label.text, "日本政府");
  EXPECT_EQ(d.last_with_agent("MIL"), nullptr);
  EXPECT_EQ(d.last_country().label.text, "中国政府");  // one country, not a person, not a reference
  tell(d, {"RUS"}, "同国", Prominence::Other, true, false, true);
  EXPECT_EQ(d.last_country().label.text, "中国政府");  // a reference is no new country
  tell(d, {"NGOHLHIRC"}, "赤十字", Prominence::Subject);
  tell(d, {"IGOUNO"}, "国連", Prominence::Subject);
  EXPECT_EQ(d.last_country().label.text, "中国政府");  // 同国 is a state, never an organisation
  EXPECT_EQ(d.last_organisation().label.text, "国連");
}

TEST(Discourse, SubjectsNamingSeveralCountriesAreGroups) {
  Discourse d;
  tell(d, {"USA", "JPN", "KOR"}, "米国、日本、韓国", Prominence::Subject);
  tell(d, {"AUSGOV", "NZLGOV"}, "豪NZ両政府", Prominence::Also);         // も counts too
  tell(d, {"CHN", "RUS"}, "中国とロシア", Prominence::Other);           // an argument does not
  tell(d, {"FRA", "DEU"}, "仏独", Prominence::Subject, false);          // nor a modifier
  ASSERT_NE(d.group_of(3), nullptr);
  EXPECT_EQ(d.group_of(3)->codes, (Codes{"USA", "JPN", "KOR"}));
  ASSERT_NE(d.group_of(2), nullptr);
  EXPECT_EQ(d.group_of(2)->codes, (Codes{"AUS", "NZL"}));  // countries, in the order named
  EXPECT_EQ(d.group_of(2)->label.text, "豪NZ両政府");
  EXPECT_EQ(d.group_of(4), nullptr);
}

TEST(Discourse, TheFirstJointActOfASentenceIsAGroupNamedByItsSides) {
  Discourse d;
  d.joint_act(act(2, "036", "JPNGOV", "日本政府", "PHLGOV", "フィリピン政府", true));  // an intent: no group
  EXPECT_EQ(d.group_of(2), nullptr);
  d.joint_act(act(2, "040", "JPNGOV", "石破茂首相", "PHLGOV", "マルコス大統領"));
  d.joint_act(act(2, "057", "JPN", "日本", "USA", "米国"));  // the second of the sentence
  ASSERT_NE(d.group_of(2), nullptr);
  EXPECT_EQ(d.group_of(2)->codes, (Codes{"JPN", "PHL"}));
  EXPECT_EQ(d.group_of(2)->label.text, "石破茂首相/マルコス大統領");
  EXPECT_EQ(d.group_of(2)->ids, Codes{"context:last_event"});
  d.joint_act(act(3, "040", "IGOUNO", "国連", "USA", "米国"));  // an IGO side: no group
  d.joint_act(act(3, "057", "CHN", "中国", "RUS", "ロシア"));    // and the sentence's first was that
  EXPECT_EQ(d.group_of(2)->label.text, "石破茂首相/マルコス大統領");
  d.joint_act(act(4, "057", "CHN", "中露", "RUS", "中露"));  // both sides named by one group
  EXPECT_EQ(d.group_of(2)->label.text, "中露");
}

TEST(Discourse, AMeetingReachesThreeSentences) {
  Discourse d;
  EXPECT_EQ(d.last_meeting(0), nullptr);
  d.joint_act(act(5, "040", "JPNGOV", "石破茂首相", "PHLGOV", "マルコス大統領"));
  ASSERT_NE(d.last_meeting(8), nullptr);
  EXPECT_EQ(d.last_meeting(8)->b.code, "PHLGOV");
  EXPECT_EQ(d.last_meeting(9), nullptr);
  d.joint_act(act(6, "057", "USA", "米国", "AUS", "豪州"));                  // not a meeting
  d.joint_act(act(6, "040", "USA", "米国", "AUS", "豪州", false, 3));        // a meeting of three sides
  d.joint_act(act(6, "043", "CHNGOV", "中国", "RUSGOV", "ロシア", true));    // a planned one
  EXPECT_EQ(d.last_meeting(6)->a.code, "JPNGOV");
  d.joint_act(act(7, "042", "KORGOV", "尹大統領", "JPNGOV", "日本"));
  EXPECT_EQ(d.last_meeting(7)->a.label.text, "尹大統領");
}

TEST(Discourse, TheLastSpeaker) {
  Discourse d;
  EXPECT_TRUE(d.last_speaker().codes.empty());
  d.heard({"CHNGOV"}, Label::words("報道官"));
  d.heard({"USAGOV"}, Label::words("国務長官"));
  EXPECT_EQ(d.last_speaker().codes, Codes{"USAGOV"});
  EXPECT_EQ(d.last_speaker().label.text, "国務長官");
}

TEST(Discourse, AnActDoneTooRepeatsTheLastOfItsKindByOthers) {
  Discourse d;
  d.acted(act(1, "073", "JPN", "日本", "NPL", "ネパール"));
  d.acted(act(2, "111", "CHN", "中国", "USA", "米国"));
  ASSERT_NE(d.same_kind_act("070", "KOR", 3), nullptr);  // same root 07, by others
  EXPECT_EQ(d.same_kind_act("070", "KOR", 3)->b.code, "NPL");
  EXPECT_EQ(d.same_kind_act("070", "NPL", 3), nullptr);  // the recipient itself does not repeat it
  EXPECT_EQ(d.same_kind_act("070", "KOR", 5), nullptr);  // four sentences on: too far
  EXPECT_EQ(d.same_kind_act("190", "KOR", 3), nullptr);  // no act of that root
}

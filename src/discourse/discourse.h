// discourse — what the earlier sentences of one document said, in one place.
//
// One Discourse lives for one document. The actor stage writes what each
// sentence mentioned and reads what a reference word can mean; the event
// stage writes who spoke and which joint acts it coded, and reads them back.
// No stage keeps memory of earlier sentences anywhere else.
//
// Contract (the rules, stated once; docs/coding-rules.md §2 and §4):
// - remember() takes the sentence's actor mentions, after the sentence:
//   * salience: each country (not an IGO) of a mention gains 1 (a head
//     mention) or 0.5 (a modifier inside a compound), 0.5 more as the subject
//     (が/は), half of that for a resolved reference; countries are ranked by
//     salience, ties by first appearance;
//   * a person mention becomes the last person; one named in full (not a
//     reference) is kept for surnames (王氏 after 王毅外相);
//   * a head mention of one country with an agent (JPNGOV) is the last actor
//     with that agent (報道官 → the last government named);
//   * a mention of one country that is not a person or a reference is the
//     last country (同国); one of an international organisation (IGO) is
//     the last organisation (理事会, 同委員会 alone) instead, and one of any
//     other organisation (NGO, MNC) is neither;
//   * a subject (が/は/も) naming two or more countries, not a reference, is a
//     group (両国, 3カ国).
// - joint_act() takes every joint act (a mutual pattern) the coder emits.
//   The first one of a sentence that is not an intent and whose two sides are
//   different countries (no IGO) is a group too: what a later 両国 or 両首脳
//   refers to, named SIDE/SIDE. A meeting (root 04, not an intent, one dyad)
//   is the last meeting: an appeal, offer or demand without an addressee in
//   the next three sentences is addressed to its other side.
// - topic() takes the subject of each sentence's main predicate, no_topic()
//   a sentence whose subject names no actor; last_topic() is the one of the
//   sentence right before.
// - heard() takes each speech quotation's speaker; a sentence that is a
//   quotation only continues the last speaker.
// - acted() takes every act the coder emits (its first dyad), and every one
//   it found a source but no target for (b empty). An argument
//   that refers back to an act means the newest act of a source of another
//   country than the one responding: by a pronoun (これに反発, それを拒否), in
//   this sentence or the three before it; by a noun (この決議, 同提案), the
//   newest act that noun names, in this sentence or the twelve before it.
//   An act of the same root by others, with a target, in this sentence or
//   the three before it, is what an act said to be done too (も, 以外にも) repeats.
// - occurred() takes each affair the event stage reads, a noun set in one
//   country (フィジーでクーデターが発生した) or, in the headline, an act named
//   with its actor (Xの靖国参拝); a reaction naming it by that noun in the
//   twelve sentences after is aimed at that country or actor. The first
//   affair of the headline is the article's: a reaction naming nothing else
//   in the twelve sentences after it is aimed there too.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "model/referent.h"

namespace kizashi {

// How prominent a mention is in its sentence.
enum class Prominence : uint8_t {
  Other,    // an argument, or a modifier
  Subject,  // the subject or topic (が, は)
  Also,     // a topic added to an earlier one (も)
};

// One actor mention, as the actor stage reports it.
struct Mentioned {
  const Referent& who;
  bool head = true;       // names its phrase, not a modifier inside a compound
  bool person = false;
  bool reference = false; // resolved from context (同氏, 両国)
  Prominence prominence = Prominence::Other;
  std::string_view name = {};  // a person's own name when it is not the shown text (李明博 of 大韓民国・李明博大統領)
};

// A joint act as the event stage emits it: its first dyad's two sides, each
// with the label of the actor that named it.
struct JointAct {
  struct Side {
    std::string code;
    Label label;
  };
  int sentence = 0;
  std::string code;  // CAMEO event code
  bool intent = false;
  size_t dyads = 0;
  Side a, b;
  std::vector<std::string> nouns = {};  // what the act is called (決議 of 非難する決議を採択, 非難決議)
};

class Discourse {
 public:
  // --- the actor stage
  void remember(const Mentioned& m);
  const Referent& last_person() const { return last_person_; }
  const Referent& last_country() const { return last_country_; }
  const Referent& last_organisation() const { return last_organisation_; }
  const Referent* last_with_agent(std::string_view agent) const;
  // The newest person named in full whose name starts with `surname` (李 of 李明博),
  // ends with it after a middle dot (フリード of ダニエル・フリード) or has it opening
  // a name in brackets (李 of イ・ジェミョン(李在明)), and is longer.
  const Referent* person_by_surname(std::string_view surname) const;
  // The newest group of exactly n countries.
  const Referent* group_of(size_t n) const;
  // The country the document is about: the most salient one, when it has a
  // weight of 3 at least and twice the next one's (the source's own country
  // competes too); nullopt when that is `exclude`.
  std::optional<std::string> focus(std::string_view exclude) const;
  // Has the document named `country` (a country code) yet?
  bool named(std::string_view country) const { return salience_.count(std::string(country)) > 0; }
  // The n most salient countries, or nullopt when fewer were named.
  std::optional<Referent> most_salient(size_t n) const;

  // --- the event stage
  // The actor a sentence is about: the subject of its main predicate. A
  // sentence with no subject of its own goes on about the one before it
  // (ドイツは…を用意した。また救助チームを派遣した).
  void topic(const Referent& who, int sentence);
  void no_topic() { topic_.reset(); }
  // The topic of sentence `sentence` - 1, or nullptr.
  const Referent* last_topic(int sentence) const;
  void heard(const std::vector<std::string>& codes, const Label& speaker);
  const Referent& last_speaker() const { return last_speaker_; }
  void joint_act(const JointAct& act);
  // The last meeting coded in `sentence` or the three before it, or nullptr.
  const JointAct* last_meeting(int sentence) const;
  void acted(const JointAct& act);
  // The act `noun` refers back to ("" for a pronoun) from `sentence`, whose
  // source is not of `country` (a country or IGO key), or nullptr.
  const JointAct* referred_act(std::string_view noun, std::string_view country, int sentence) const;
  // The newest act with a target, of the same CAMEO root as `code`, in
  // `sentence` or the three before it, whose source and target are both not
  // of `country`: what a later 米国も支援に乗り出した does too.
  const JointAct* same_kind_act(std::string_view code, std::string_view country, int sentence) const;
  // The newest act aimed at `country` by another, in `sentence` or the three
  // before it: what an answer with no target (拒否した, 反発した) answers.
  const JointAct* act_towards(std::string_view country, int sentence) const;
  // A text an actor issued (声明を出した, 報告書を公表した, 安保理の決議) or a
  // claim it made (…と指摘した): `noun` is what it is called. issuer() gives
  // the author of the newest one whose name ends with `noun`, issued in
  // `sentence` or the three before it — twelve when `named` (この報告書).
  void issued(std::string noun, const JointAct::Side& author, int sentence);
  const JointAct::Side* issuer(std::string_view noun, int sentence, bool named = false) const;
  // An affair: what took place in a country (フィジーでクーデターが発生した),
  // `noun` being what it is called and `where` the country. affair() gives
  // the place of the newest one, in `sentence` or the twelve before it,
  // whose name ends with `noun` or is the end of it (軍事クーデター, クーデター).
  void occurred(std::string noun, const JointAct::Side& where, int sentence);
  const JointAct::Side* affair(std::string_view noun, int sentence) const;
  // The affair the headline (sentence 0) names, the article's own (小泉首相の
  // 靖国参拝、各界から反応: the act's actor), for `sentence` up to twelve after
  // it; nullptr for none.
  const JointAct::Side* lead_affair(int sentence) const;

 private:
  Referent last_person_, last_country_, last_organisation_, last_speaker_;
  std::unordered_map<std::string, Referent> last_by_agent_;  // "GOV" -> the last government named
  struct Person {
    std::string name;  // the name surnames are matched against
    Referent who;
  };
  std::vector<Person> people_;                               // people named in full, oldest first
  std::vector<Referent> groups_;                             // groups, oldest first
  std::unordered_map<std::string, double> salience_;         // country -> weight
  std::vector<std::string> first_seen_;                      // countries in order of appearance
  int joint_sentence_ = -1;                                  // the sentence of the last joint act seen
  std::optional<JointAct> meeting_;
  std::vector<JointAct> acts_;                               // the newest acts, oldest first
  struct Text {
    std::string noun;
    JointAct::Side author;
    int sentence;
  };
  std::vector<Text> texts_;                                  // the newest texts issued, oldest first
  std::vector<Text> affairs_;                                // the newest affairs, oldest first (author: the place)
  std::optional<Text> lead_;                                 // the headline's first affair
  std::optional<std::pair<Referent, int>> topic_;            // the last sentence's topic, and its sentence
};

}  // namespace kizashi

// events/ja/sentence_coder — the coder of one sentence (internal to events/ja;
// the contract is code_sentence() in coder.h). It composes Roles (who does
// what to whom) with the pattern choice and the events it emits:
//   coder.cc    the run over the predicates, the candidate patterns, speakers
//   forms.cc    what a predicate's form says: date, condition, claim, intent
//   emit.cc     source and target of the chosen pattern, dyads, events
//   settings.cc a meeting named as the setting of another act
//   texts.cc    texts that speak for their authors (声明は…警告した)
//   affairs.cc  what took place in a country, and the reactions to it
//   continuity.cc the subject a sentence leaves unsaid
//   explain.cc  the --explain lines for the sentence's structure
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "events/ja/coder.h"
#include "events/ja/roles.h"

namespace kizashi::ja {

// How well a pattern fits a predicate, compared field by field, most
// important first (the rule of docs/coding-rules.md §3).
struct Fit {
  enum Source : uint8_t {
    Verb = 0,            // the predicate's own verb or noun alone
    VerbalNoun = 1,      // a light verb's verbal-noun object (会談を行う)
    VerbWithObject = 2,  // the verb with the object noun the pattern names (交渉を再開)
  };
  Source source = Verb;
  uint8_t target_case = 0;    // an actor fills a case the pattern names: 2 as its を-object, 1 another
  size_t predicate_length = 0;  // longer predicates first (電話会談 over 会談)
  size_t object_length = 0;     // longer object nouns first (経済支援 over 支援)
  auto operator<=>(const Fit&) const = default;
};

// A predicate chunk as the coder reads it.
struct Predicate {
  int chunk = -1;
  std::string lemma, compound;  // the lemma, and the compound noun it ends
  int obj = -1;                 // its を-object (or, for a passive light verb, the verbal noun subject)
  bool light = false;           // a light verb with a verbal-noun object (会談を行う)
  bool passive_light = false;   // 首脳会談が行われた
  bool intent = false;          // a plan or purpose form
  bool setting = false;         // a meeting named as another act's setting (settings.cc)
  bool receptive = false;       // 表敬を受けた: the object's act is done to the subject
  bool nominal = false;         // an act noun naming both sides (Xによる Yへの攻撃: nominal.cc)
};

struct Candidate {
  const Pattern* pat = nullptr;
  bool from_obj = false;  // the pattern is the light verb's verbal noun
  Fit fit;
};

class SentenceCoder {
 public:
  SentenceCoder(Sentence& s, const std::string& doc_date, const CoderResources& res, Discourse& discourse,
                bool explain);
  void run(std::vector<Event>& out);

 private:
  // coder.cc
  void assign_speakers();
  bool te_form(const Chunk& c) const;
  // Does the act the object names have another side of its own (ウクライナ侵攻, 台湾への圧力)?
  bool aimed_elsewhere(int obj) const;
  void code_predicate(int p, std::vector<Event>& out);
  void code_gap(const Predicate& pr, const Candidate& cand, const std::string& where, std::vector<Event>& out);
  Predicate read_predicate(int p) const;
  std::vector<Candidate> candidates(const Predicate& pr) const;
  const char* blocked(int p, const Pattern* pat = nullptr) const;
  void trace(const std::string& line);
  // forms.cc
  std::string date_of(int p) const;
  bool claimed(int p) const;
  bool own_subject(int p) const;  // has p a が/は/も argument of its own?
  bool whenever(int p) const;     // 〜する際, 〜するたびに: any such act, none in particular
  bool conditional(int p) const;
  bool wished(int p) const;
  bool intent_form(int p) const;
  bool future_form(const Chunk& c) const;
  bool ends_in(int p, std::string_view tail) const;
  // emit.cc
  void emit(const Predicate& pr, const Candidate& cand, const std::string& where, std::vector<Event>& out);
  std::optional<Actor> source_of(const Predicate& pr, const Pattern& pat) const;
  std::optional<Actor> own_source(const Predicate& pr, const Pattern& pat) const;
  std::optional<Actor> noun_agent(const Predicate& pr, const Pattern& pat) const;
  void add_partners(const Predicate& pr, Actor& src) const;
  std::optional<Actor> target_of(const Predicate& pr, const Candidate& cand, std::optional<Actor>& src) const;
  std::optional<Actor> addressee(const Predicate& pr, const Pattern& pat, const Actor& src) const;
  std::optional<Actor> author(const Predicate& pr) const;
  std::optional<Actor> giver(const Predicate& pr) const;
  std::optional<Actor> sender(const Predicate& pr) const;
  // A judgement in a quotation (pattern option judged): who judges, and what.
  bool judgement(const Predicate& pr, const Pattern& pat) const;
  std::optional<Actor> judge(const Predicate& pr) const;
  std::optional<Actor> judged(const Predicate& pr, const Actor& judge) const;
  bool official(int c) const;
  bool vehicle(const Predicate& pr, const Candidate& cand) const;
  bool imperative(int p) const;
  std::optional<Actor> readout_speaker(const Predicate& pr, const Pattern& pat) const;
  std::optional<Actor> parallel_target(const Predicate& pr, const Pattern& pat, const Actor& src) const;
  std::optional<Actor> focus_target(const Predicate& pr, const Pattern& pat, const Actor& src) const;
  std::optional<Actor> referred_act(const Predicate& pr, const Pattern& pat, const Actor& src) const;
  std::optional<Actor> replied_to(const Pattern& pat, const Actor& src) const;
  std::optional<Actor> implicit_target(const Predicate& pr, const Pattern& pat, const Actor& src) const;
  std::vector<std::string> act_nouns(const Predicate& pr, const Candidate& cand) const;
  void remember_act(const Predicate& pr, const Candidate& cand, const Event& e, const Actor* sa, const Actor* sb,
                    size_t dyads);
  std::vector<std::pair<std::string, std::string>> dyads(const Pattern& pat, const Actor& src,
                                                         const std::optional<Actor>& tgt) const;
  // settings.cc
  const Pattern* setting_pattern(int c) const;
  std::optional<Actor> participants(int c) const;
  void code_setting(int c, std::vector<Event>& out);
  std::optional<Actor> setting_participants(int p) const;
  // nominal.cc
  std::optional<Actor> nominal_agent(int c) const;
  std::optional<Actor> nominal_aim(int c, const Pattern& pat, const Actor& agent) const;
  std::optional<Actor> forceful_agent(int c, const Pattern& pat) const;
  void code_nominal(int c, std::vector<Event>& out);
  // texts.cc
  std::string text_word(const std::string& noun) const;
  void remember_texts();
  std::optional<Actor> text_author(const Predicate& pr) const;
  // affairs.cc
  std::optional<Actor> affair_place(int c) const;
  std::optional<JointAct::Side> occurred_at(int k) const;
  static bool own_country(const Actor& src, std::string_view code);
  std::optional<Actor> headline_actor(int k) const;
  void remember_affairs();
  std::optional<Actor> affair_target(const Predicate& pr, const Pattern& pat, const Actor& src) const;
  std::optional<Actor> lead_target(const Predicate& pr, const Pattern& pat, const Actor& src) const;
  std::optional<Actor> addressed_group(const Predicate& pr, const Pattern& pat, const Actor& src) const;
  // continuity.cc
  bool names_subject() const;
  bool main_clause(int p) const;
  std::optional<Actor> continued_subject(int p) const;
  void remember_topic();
  std::optional<Actor> continued_target(const Pattern& pat, const Actor& src) const;
  // explain.cc
  void trace_structure();

  Sentence& s_;
  Roles roles_;
  const std::string& doc_date_;
  const CoderResources& res_;
  Discourse& discourse_;
  bool explain_;
  std::vector<int> acted_;  // chunks whose predicate emitted an event, in order
  std::optional<std::pair<Actor, Actor>> forced_;  // the source and target of a gapped clause being emitted
};

}  // namespace kizashi::ja

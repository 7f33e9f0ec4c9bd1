// events/ja/roles — who is the source and who the target of a predicate.
//
// Contract: Roles reads one chunked sentence with its actor mentions and
// answers, for a predicate chunk, its subject (が/は, relative-clause head,
// sentence topic, conjoined predicate, quote speaker) and its target (に対し/
// に/を/と arguments, the object's modifiers, reported and nominalised
// clauses, a conjoined predicate's target). It reads the dependencies over the
// actor stage's group links (Sentence::joined: a conjunct of a group has no
// role of its own) and never changes the sentence; quotations' speakers, once
// the coder has set them, are read through the same sentence.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "discourse/discourse.h"
#include "events/ja/patterns.h"
#include "text/ja/lexicon.h"
#include "text/ja/sentence.h"

namespace kizashi::ja {

// An actor in a role: what the coder turns into an event's source or target;
// the referent (codes, label, entries) and where it stands.
struct Actor : Referent {
  int chunk = -1;
  int person = -1;  // a single person: code depends on the event's date
};

class Roles {
 public:
  Roles(const Sentence& s, const Lexicon& lexicon);

  int n() const { return static_cast<int>(s_.chunks.size()); }
  const Chunk& ch(int c) const { return s_.chunks[c]; }
  // The chunk c depends on (a group's conjunct: the group's last chunk), -1 for the root.
  // (日本は、A国が…に署名したことを歓迎した: a が the parse attached to p past
  // a topic of p's is moved into the nominalised or quoted clause before p.)
  int head(int c) const { return coordinated(c) ? s_.joined[c] : heads_[c]; }
  bool coordinated(int c) const { return !s_.joined.empty() && s_.joined[c] >= 0; }
  const std::vector<int>& children(int c) const { return children_[c]; }
  std::string text_of(int c) const;

  std::optional<Actor> from_mention(const Mention& m, int quote) const;
  int quote_of_chunk(int c) const;
  // The actor a chunk names: its own head mention, else one of its の-modifiers.
  // For a target, との modifiers count too (日本との協力に意欲を示した), and への
  // ones unless `aims` is false (an appeal's マラウイへの支援を: no addressee).
  std::optional<Actor> chunk_actor(int c, bool allow_modifier = true, bool as_target = false, bool aims = true) const;
  std::optional<Actor> subject(int p, int level = 0) const;
  std::optional<Actor> target(int p, const Pattern* pat, const std::vector<std::string>& source, int obj) const;
  int object_chunk(int p) const;
  int named_noun(int c) const;
  // The speaker of quotation `quote` as an actor, or nullopt (no quotation, speaker unknown).
  std::optional<Actor> speaker_of(int quote) const;
  // The agent of passive p: its に/から/によって actor, or the から actor of the request it states.
  std::optional<Actor> passive_agent(int p) const;
  // 中国側から抗議があった: an occurrence verb (lexicon: occur) whose が names an
  // act, not an actor, and whose から/より names the actor it came from: that actor.
  std::optional<Actor> occurrence_agent(int p) const;
  // 韓国では…に反発が広がっている: a verb of spreading (lexicon: spread) whose が
  // names a reaction, not an actor: the country its で names.
  std::optional<Actor> reaction_place(int p) const;
  // 国連では、WFPがエルサルバドルに、ユニセフがコスタリカへの援助を開始した: a
  // clause gapped before a comma (AがXに、) shares p with the clause after it:
  // its が chunk and its aim, or nullopt. The aim is no target of p's own clause.
  std::optional<std::pair<int, int>> gap(int p) const;
  // 国連では…: an institution named with では that speaks for itself.
  std::optional<Actor> institution_topic(int p) const;
  std::optional<Actor> occurrence_addressee(int p, const std::vector<std::string>& source) const;
  // Is p an act under way modifying a noun (訪問中の, 来日中の)?
  bool ongoing(int p) const;
  // The verb a clause nominalised by こと is the object of (…行うことを決定した), or -1.
  int koto_governor(int p) const;
  // Is the chunk's head an agent whose country is unknown (大統領を, 兵士を)?
  bool unplaced_agent(int c) const;
  // 非難する声明を出した, 見直すとする方針を示した, 非難する内容の決議を採択した:
  // the predicate that governs the content noun (lexicon: content) the clause
  // p states, or -1. The clause is that predicate's subject's act.
  int content_governor(int p) const;
  // Length of the longest obj= noun that ends the object (0: none matches).
  size_t object_match(const Pattern& pat, int obj) const;
  // 〜するよう(に)求める: the clause says what is asked, its に-argument is who is asked.
  bool request_complement(int p) const;
  // これに反発した, この決議を非難, 同提案を拒否した: an argument of p that
  // refers back to an act, not an actor (the discourse knows whose act): the
  // noun it names the act by (決議), "" for これ and それ; nullopt for none.
  std::optional<std::string> refers_back(int p, const Pattern* pat) const;
  // Is chunk m a demonstrative before a noun (この, その, こうした, このような)?
  bool demonstrative(int m) const;
  // Every code of `a` is among the source's.
  bool excluded(const Actor& a, const std::vector<std::string>& source) const;

  // The predicates p's clause is chained with (〜し、p): its conjunctive
  // children, and the conjunct right before it when both attach to one head.
  std::vector<int> clause_partners(int p) const;
  // The predicates chained before p (〜し、〜して): conjunctive children, theirs
  // and theirs again, nearest first.
  std::vector<int> chained_before(int p) const;
  // 中国が…侵入させたことに対し抗議した: a nominalised clause stands for its subject.
  std::optional<Actor> clause_subject(int c, const std::vector<std::string>& source) const;
  // AとBとの間で…署名が行われた: who an act took place between (a group naming both).
  std::optional<Actor> between(int p) const;
  // 述べる, 表明(する): a predicate of saying (lexicon: speech).
  bool speech_verb(int c) const;
  // The に対し addressee of the verb of saying that closes the quotation p is in,
  // for an appeal, demand, criticism or threat (02, 10-13) said in it.
  std::optional<Actor> quotation_addressee(int p, const Pattern* pat, const std::vector<std::string>& source) const;
  // The actor named with の of an act noun that also names its aim with への, for a
  // reaction or demand (10-14): 米国の台湾への武器売却に反対 → the US.
  std::optional<Actor> acting_modifier(int c, const Pattern* pat, const std::vector<std::string>& source) const;
 private:
  // The closest topic (は, も) before p at its quotation depth; with actors_only, the
  // closest one that names an actor.
  int nearest_topic(int p, bool actors_only = false) const;
  // Does p state a judgement of what it fronts: inside a speech quotation whose
  // speaker is known, or reporting one (…だと反発し, …と批判した)?
  bool judging_clause(int p) const;
  // Is the topic chunk c a thing (北朝鮮の発射は), not a person or body named by
  // a title or agentive noun (NATOの事務総長は)?
  bool judged_thing(int c) const;
  std::optional<Actor> modifier_actor(int k) const;
  std::optional<Actor> compound_country(int k) const;
  bool content_tail(int k) const;
  std::string without_quantity(int c) const;
  bool role_in_compound(int c) const;
  // BBCは、A首相が、…を非難する声明を出したと報道した: the nearest が before p
  // that the parse attached to a predicate after p is p's subject too (a
  // topic before it scopes over the whole sentence instead); -1 for none.
  int embedded_subject(int p) const;
  bool shares_subject(int h, int p) const;
  bool chained(int h) const;
  // Xが反発し、撤退を要望した: the subject a chained predicate names.
  std::optional<Actor> partner_subject(int p) const;
  // Xとの戦争: a との phrase on a conflict noun names the enemy, never the one helped.
  bool war_party(int c) const;
  // Every code of `a` is of a country among the source's.
  static bool same_country(const Actor& a, const std::vector<std::string>& source);
  std::optional<Actor> subtree_actor(int root, const std::vector<std::string>& source, bool aims = true) const;
  // `aims`: may the aim of the object (Xへの支援) be the target? Not for appeals and demands.
  std::optional<Actor> direct_target(int p, const Pattern* pat, const std::vector<std::string>& source, int obj,
                                     bool aims) const;
  std::optional<Actor> argument_target(int p, const Pattern* pat, const std::vector<std::string>& source,
                                       bool aims) const;
  std::optional<Actor> reported_target(int p, const std::vector<std::string>& source) const;
  std::optional<Actor> borrowed_target(int p, const Pattern* pat, const std::vector<std::string>& source,
                                       bool aims) const;
  std::optional<Actor> relative_agent(int c, const Pattern* pat, const std::vector<std::string>& source) const;
  std::optional<Actor> reacted_to(int p, const Pattern* pat, const std::vector<std::string>& source) const;
  std::optional<Actor> judged_topic(int p, const Pattern* pat, const std::vector<std::string>& source) const;
  // A predicate may share its target with a conjoined one (XをYと呼び、…批判した)
  // unless it has an argument of its own that is not an actor.
  bool may_borrow(int p, const Pattern* pat) const;

  void reattach_subjects();
  void reattach_to_report();
  void reattach_things_with_mo();
  bool closes_bracket(int c) const;

  const Sentence& s_;
  const Lexicon& lx_;
  std::vector<int> heads_;
  std::vector<std::vector<int>> children_;
};

}  // namespace kizashi::ja

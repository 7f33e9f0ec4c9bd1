// format/event_json — the event fields every JSONL event line carries, set in
// one place for `kizashi code` (a freshly coded model Event) and `kizashi
// events`/`export` (a StoredEvent); both record types name them alike, so a
// field added here reaches both outputs with one meaning.
//
// Contract: sets source, target, source_text, target_text (the words of
// `sentence` that named each side, format/actor_text.h), source_resolution,
// target_resolution (the coder's WORDS=REFERENT trace, "" when none), code, root_code,
// quad_class, goldstein, plover (null when none), rule, predicate,
// predicate_span ([begin, end] bytes in the sentence; [0, 0] = unknown),
// intent, mutual and actor_ids on `j`, in that order. The caller adds the
// document, sentence, date and quote fields its record has.
#pragma once

#include <nlohmann/json.hpp>

#include <string_view>

#include "format/actor_text.h"

namespace kizashi {

// Both sides' words and resolutions; the predicate tells an actor it implies.
template <class E>
std::pair<ActorText, ActorText> actor_texts(const E& e, std::string_view sentence) {
  const std::string_view pred = predicate_words(sentence, e.pred_begin, e.pred_end, e.predicate);
  return {split_actor_text(e.source_text, sentence, pred), split_actor_text(e.target_text, sentence, pred)};
}

template <class E>
void put_event_fields(nlohmann::ordered_json& j, const E& e, std::string_view sentence) {
  const auto [source, target] = actor_texts(e, sentence);
  j["source"] = e.source;
  j["target"] = e.target;
  j["source_text"] = source.words;
  j["target_text"] = target.words;
  j["source_resolution"] = source.resolution;
  j["target_resolution"] = target.resolution;
  j["code"] = e.code;
  j["root_code"] = e.root_code;
  j["quad_class"] = e.quad_class;
  j["goldstein"] = e.goldstein;
  j["plover"] = e.plover.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(e.plover);
  j["rule"] = e.rule;
  j["predicate"] = e.predicate;
  j["predicate_span"] = {e.pred_begin, e.pred_end};
  j["intent"] = e.intent;
  j["mutual"] = e.mutual;
  j["actor_ids"] = e.actor_ids;
}

}  // namespace kizashi

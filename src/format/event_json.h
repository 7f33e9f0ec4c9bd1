// format/event_json — the event fields every JSONL event line carries, set in
// one place for `kizashi code` (a freshly coded model Event) and `kizashi
// events`/`export` (a StoredEvent); both record types name them alike, so a
// field added here reaches both outputs with one meaning.
//
// Contract: sets source, target, source_text, target_text, code, root_code,
// quad_class, goldstein, plover (null when none), rule, predicate,
// predicate_span ([begin, end] bytes in the sentence; [0, 0] = unknown),
// intent, mutual and actor_ids on `j`, in that order. The caller adds the
// document, sentence, date and quote fields its record has.
#pragma once

#include <nlohmann/json.hpp>

namespace kizashi {

template <class E>
void put_event_fields(nlohmann::ordered_json& j, const E& e) {
  j["source"] = e.source;
  j["target"] = e.target;
  j["source_text"] = e.source_text;
  j["target_text"] = e.target_text;
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

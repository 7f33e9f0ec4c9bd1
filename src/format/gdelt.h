// format/gdelt — the GDELT 2.0 writers: the event table and the Mentions table
// (format/events.h dispatches to them), and the event fields both GDELT and
// PLOVER records take from a stored event.
//
// Contract: write_gdelt() writes one line of the 61 tab-separated columns of
// the GDELT 2.0 event table; write_gdelt_mentions() one line of the 16 columns
// of the Mentions table, for the event's mention in its own document, with the
// GLOBALEVENTID of the first mention (StoredEvent::first_mention_id). Fields
// kizashi does not know are empty (docs/store.md#gdelt-20); geography is what
// the caller set (format/gazetteer.h), a place of type 0 being written as
// GDELT writes an unknown one: "0" and seven empty fields. No field holds a
// tab or a newline. Writers only read the event.
#pragma once

#include <ostream>
#include <string>

#include "store/records.h"

namespace kizashi {

// An actor code broken into the GDELT actor fields.
struct ActorParts {
  std::string country;  // Actor1CountryCode
  std::string group;    // Actor1KnownGroupCode
  std::string type[3];  // Actor1Type1Code .. Type3Code
};

// GDELT's reading of a CAMEO code: country, known group and type codes.
// IGO/NGO/IMG/MNC are type codes in GDELT: IGOUNO -> type IGO, group UNO.
ActorParts split_actor(const std::string& code);

// The date an event is filed under: its own date, else its document's.
const std::string& event_day(const StoredEvent& e);

// "2024-10-19T08:30:00Z" -> "20241019083000"; "" when not of that shape.
std::string compact_timestamp(const std::string& s);

void write_gdelt(const StoredEvent& e, std::ostream& out);
void write_gdelt_mentions(const StoredEvent& e, std::ostream& out);

}  // namespace kizashi

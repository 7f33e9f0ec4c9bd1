// format/events — one-line-per-event writers for stored events (query results).
//
// Contract: write_events_header() writes the header a format needs (a CSV
// header line, an aligned Table header; nothing for JSONL, GDELT and PLOVER),
// then write_event() writes exactly one '\n'-terminated line per event:
//   Table  readable fixed-width columns; the sentence is cut to 60 characters
//          on UTF-8 character boundaries.
//   Jsonl  one JSON object holding every StoredEvent field (UTF-8 kept as is,
//          invalid bytes replaced by U+FFFD).
//   Csv    RFC 4180 fields (quoted when they hold , " CR or LF), LF line ends.
//   Gdelt  the 61 tab-separated columns of the GDELT 2.0 event table; fields
//          kizashi does not know are empty; no field holds a tab or newline.
//   GdeltMentions  the 16 columns of the GDELT 2.0 Mentions table (gdelt.h).
//   Plover a PLOVER record (docs/store.md#plover-records): id, version, date,
//          event_type, mode, context (a list), actor and recipient objects
//          (code, text, country), cameo, goldstein, text ... Mode, contexts and
//          version are what the caller set on the StoredEvent (plover_map.h).
// Writers only read the event; they never throw except on stream errors the
// caller enabled.
#pragma once

#include <ostream>
#include <string>

#include "base/names.h"
#include "store/records.h"

namespace kizashi {

enum class EventFormat { Table, Jsonl, Csv, Gdelt, GdeltMentions, Plover };

// "table", "jsonl", "csv", "gdelt", "gdelt-mentions", "plover".
const Names<EventFormat>& event_formats();
inline bool parse_event_format(const std::string& name, EventFormat* out) {
  return parse_name(event_formats(), name, out);
}

void write_events_header(EventFormat f, std::ostream& out);
void write_event(EventFormat f, const StoredEvent& e, std::ostream& out);

}  // namespace kizashi

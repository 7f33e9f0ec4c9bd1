// format/stats — what a store holds (Store::stats()), for people and programs.
//
// Contract: write_stats() writes the `kizashi stats` answer: Table, aligned
// lines (store, documents, sentences, events, mentions, dates, events by root
// code, top dyads); Json, one line {"store", "schema_version", "documents",
// "duplicates", "sentences", "events", "mentions", "quotes", "first_date",
// "last_date", "events_by_root": {ROOT: n}, "top_dyads": [{dyad, events}],
// "size_bytes"} with "" for unknown dates. stats_api_json() is the
// GET /api/stats answer the dashboard reads: the same counts, dates null when
// unknown, "by_root" as [{root, events}], no size.
#pragma once

#include <ostream>
#include <string>

#include "base/names.h"
#include "format/common.h"
#include "store/store.h"

namespace kizashi {

enum class StatsFormat { Table, Json };

// "table", "json".
const Names<StatsFormat>& stats_formats();

void write_stats(StatsFormat f, const StoreStats& st, std::ostream& out);
ordered_json stats_api_json(const StoreStats& st);

}  // namespace kizashi

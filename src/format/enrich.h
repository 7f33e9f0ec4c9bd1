// format/enrich — what the data files add to a stored event before an export
// writes it: the actors' English names (GDELT's Actor1Name) and the code's
// (the CAMEO codebook), GDELT geography
// (format/gazetteer.h), PLOVER mode, contexts and version (format/plover_map.h),
// and an offset for every id (`--id-base`).
//
// Contract: ExportEnricher::load() reads from `data_dir` only what `format`
// needs (the actor labels and the codebook always; the gazetteer for the GDELT event table, the
// PLOVER map for PLOVER) and throws InputError "PATH: line N: ..." on a bad
// file. operator() fills those fields of one event and nothing else. The CLI's
// `export`/`events` and the server's event routes share it, so both write the
// same bytes.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "actors/labels.h"
#include "events/codebook.h"
#include "format/events.h"
#include "format/gazetteer.h"
#include "format/plover_map.h"
#include "store/records.h"

namespace kizashi {

class ExportEnricher {
 public:
  static ExportEnricher load(const std::string& data_dir, EventFormat format, int64_t id_base);
  void operator()(StoredEvent& e) const;

 private:
  ActorLabels labels_;
  std::shared_ptr<const Codebook> codebook_;
  std::shared_ptr<const PloverMap> plover_;     // only for PLOVER
  std::shared_ptr<const Gazetteer> gazetteer_;  // only for the GDELT event table
  int64_t id_base_ = 0;
};

}  // namespace kizashi

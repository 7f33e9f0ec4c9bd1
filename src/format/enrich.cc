// format/enrich — see enrich.h for the contract.
#include "format/enrich.h"

namespace kizashi {

ExportEnricher ExportEnricher::load(const std::string& data_dir, EventFormat format, int64_t id_base) {
  ExportEnricher x;
  x.labels_ = ActorLabels::load(data_dir);
  x.codebook_ = std::make_shared<const Codebook>(Codebook::load(data_dir + "/cameo"));
  x.id_base_ = id_base;
  if (format == EventFormat::Plover)
    x.plover_ = std::make_shared<const PloverMap>(PloverMap::load(data_dir + "/cameo/plover.tsv"));
  if (format == EventFormat::Gdelt) x.gazetteer_ = std::make_shared<const Gazetteer>(Gazetteer::load(data_dir));
  return x;
}

void ExportEnricher::operator()(StoredEvent& e) const {
  e.id += id_base_;
  e.first_mention_id += id_base_;
  e.source_name = labels_.name(e.source);
  e.target_name = labels_.name(e.target);
  if (const CodeInfo* c = codebook_ ? codebook_->find(e.code) : nullptr) e.code_name = c->name;
  if (gazetteer_) {
    e.source_geo = gazetteer_->actor_place(e.source);
    e.target_geo = gazetteer_->actor_place(e.target);
    e.action_geo = gazetteer_->action_place(e.sentence);
  }
  if (!plover_) return;
  e.plover_version = plover_->version();
  if (const PloverEntry* p = plover_->find(e.code); p && !e.plover.empty()) {
    if (p->event_type == e.plover) e.plover_mode = p->mode;  // a mode belongs to its event type
    e.plover_context = p->context;
  }
}

}  // namespace kizashi

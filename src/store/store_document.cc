// store/store_document — one document with its sentences, actor mentions and
// quotes, for the document view (events come from Store::events by doc_id),
// and the document list.
#include "store/store.h"

namespace kizashi {

bool Store::document(int64_t id, StoredDocument* out) {
  bool found = false;
  db_->query("SELECT id, duplicate_of, name, url, title, lang, doc_date, added, text FROM documents WHERE id = ?",
             {id}, [&](const Row& r) {
               found = true;
               out->id = r.integer(0);
               out->duplicate_of = r.null(1) ? 0 : r.integer(1);
               out->name = r.text(2);
               out->url = r.null(3) ? "" : r.text(3);
               out->title = r.null(4) ? "" : r.text(4);
               out->lang = r.text(5);
               out->doc_date = r.null(6) ? "" : r.text(6);
               out->added = r.text(7);
               out->text = r.text(8);
             });
  if (!found) return false;
  out->sentences.clear();
  db_->query("SELECT idx, text FROM sentences WHERE doc_id = ? ORDER BY idx", {id}, [&](const Row& r) {
    StoredSentence s;
    s.index = static_cast<int>(r.integer(0));
    s.text = r.text(1);
    out->sentences.push_back(std::move(s));
  });
  auto sentence = [&](int64_t idx) -> StoredSentence* {
    if (idx >= 0 && static_cast<size_t>(idx) < out->sentences.size() && out->sentences[static_cast<size_t>(idx)].index == idx)
      return &out->sentences[static_cast<size_t>(idx)];
    for (auto& s : out->sentences)
      if (s.index == idx) return &s;
    return nullptr;
  };
  db_->query(
      "SELECT sentence_idx, begin_byte, end_byte, text, codes, entry_ids FROM mentions WHERE doc_id = ? ORDER BY id",
      {id}, [&](const Row& r) {
        if (StoredSentence* s = sentence(r.integer(0)))
          s->mentions.push_back({r.integer(1), r.integer(2), r.text(3), r.text(4), r.text(5)});
      });
  db_->query(
      "SELECT sentence_idx, begin_byte, end_byte, text, speaker_codes, speaker FROM quotes WHERE doc_id = ? ORDER BY id",
      {id}, [&](const Row& r) {
        if (StoredSentence* s = sentence(r.integer(0)))
          s->quotes.push_back({r.integer(1), r.integer(2), r.text(3), r.text(4), r.text(5)});
      });
  return true;
}

void Store::documents(int64_t limit, int64_t offset, const std::function<void(const DocumentSummary&)>& fn) {
  db_->query(
      "SELECT d.id, d.duplicate_of, d.name, d.url, d.title, d.lang, d.doc_date, d.added, "
      "(SELECT COUNT(*) FROM sentences s WHERE s.doc_id = d.id), (SELECT COUNT(*) FROM events e WHERE e.doc_id = d.id) "
      "FROM documents d ORDER BY d.id DESC LIMIT ? OFFSET ?",
      {limit, offset}, [&](const Row& r) {
        DocumentSummary s;
        s.id = r.integer(0);
        s.duplicate_of = r.null(1) ? 0 : r.integer(1);
        s.name = r.text(2);
        s.url = r.null(3) ? "" : r.text(3);
        s.title = r.null(4) ? "" : r.text(4);
        s.lang = r.text(5);
        s.doc_date = r.null(6) ? "" : r.text(6);
        s.added = r.text(7);
        s.sentences = r.integer(8);
        s.events = r.integer(9);
        fn(s);
      });
}

}  // namespace kizashi

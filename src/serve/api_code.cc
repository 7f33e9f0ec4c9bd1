// serve/api_code — the routes that code text: POST /api/code (answer only)
// and POST /api/documents (stored; needs the token). The contract is in api.h.
#include "base/calendar.h"
#include "format/coded.h"
#include "ingest/reader.h"
#include "serve/api.h"
#include "serve/request.h"

namespace kizashi {

namespace {

// The request body {"text", "title", "date", "id", "url"} as a coded document.
Document coded_body(ApiContext& ctx, const httplib::Request& req, DocumentMeta* meta) {
  ordered_json body = ordered_json::parse(req.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) throw BadRequest(400, "body: want a JSON object");
  auto str = [&](const char* k) {
    auto it = body.find(k);
    if (it == body.end() || it->is_null()) return std::string();
    if (!it->is_string()) throw BadRequest(400, std::string(k) + ": want a string");
    return it->get<std::string>();
  };
  std::string text = str("text"), title = str("title"), date = str("date");
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) throw BadRequest(400, "text: missing");
  if (!date.empty() && !valid_date(date)) throw BadRequest(400, "date: not a date (YYYY-MM-DD)");
  meta->ext_id = str("id");
  meta->url = str("url");
  meta->title = title;
  if (meta->ext_id.empty()) meta->ext_id = meta->url;
  Document doc = make_document(meta->ext_id.empty() ? "api" : meta->ext_id,
                               title.empty() ? text : title + "\n\n" + text, ctx.pipeline->boilerplate());
  ctx.pipeline->route(doc);
  doc.date = date;
  ctx.pipeline->code(doc);
  return doc;
}

void post_code(ApiContext& ctx, const httplib::Request& req, httplib::Response& res) {
  DocumentMeta meta;
  reply(res, 200, json_text(coded_document_json(coded_body(ctx, req, &meta))));
}

void post_documents(ApiContext& ctx, const httplib::Request& req, httplib::Response& res) {
  if (!ctx.policy || !ctx.policy->has_token(req))
    throw BadRequest(401, "a valid token is needed (X-Kizashi-Token: TOKEN or Authorization: Bearer TOKEN)");
  DocumentMeta meta;
  const Document doc = coded_body(ctx, req, &meta);
  meta.coder = ctx.coder;
  meta.data_hash = ctx.data_hash;
  auto store = ctx.stores->acquire();
  AddResult r = store->add(doc, meta);
  const char* outcome =
      r.outcome == AddOutcome::Stored ? "stored" : r.outcome == AddOutcome::Known ? "known" : "duplicate";
  reply(res, r.outcome == AddOutcome::Stored ? 201 : 200,
        json_text({{"outcome", outcome}, {"id", r.doc_id}, {"duplicate_of", r.duplicate_of}, {"events", r.events}}));
}

// A stored document coded again from its stored text and date with the
// --explain trace kept: why each sentence gave its events, or none.
void get_explain(ApiContext& ctx, const httplib::Request& req, httplib::Response& res) {
  const int64_t id = std::stoll(req.matches[1]);
  StoredDocument stored;
  {
    auto store = ctx.stores->acquire();
    if (!store->document(id, &stored)) throw BadRequest(404, "no document " + std::to_string(id));
  }
  Document doc;
  doc.name = stored.name;
  doc.lang = stored.lang;
  doc.date = stored.doc_date;
  doc.text = stored.text;
  doc.explain = true;
  ctx.pipeline->code(doc);
  ordered_json j = coded_document_json(doc);
  j["id"] = id;
  reply(res, 200, json_text(j));
}

}  // namespace

void install_code_api(HttpServer& svr, ApiContext& ctx) {
  svr.Get(R"(/api/documents/(\d{1,18})/explain)", guarded(ctx, get_explain), true);  // codes: on the coding threads
  svr.Post("/api/code", guarded(ctx, post_code), true);  // heavy: on the coding threads
  svr.Post("/api/documents", guarded(ctx, post_documents), true);
}

}  // namespace kizashi

// store/pg_db — the PostgreSQL backend of store/db.h (libpq).
//
// `?` placeholders become $1..$n (outside quoted literals); each distinct SQL
// text is prepared once per connection. Parameters travel as text, so user
// text never becomes SQL. NOTICE messages are silenced.
#include <libpq-fe.h>

#include <cstdio>
#include <unordered_map>

#include "store/db.h"

namespace kizashi {

namespace {

std::string first_line(const char* msg) {
  std::string s = msg ? msg : "";
  auto nl = s.find('\n');
  if (nl != std::string::npos) s.resize(nl);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.pop_back();
  return s;
}

std::string dollar_params(const std::string& sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int n = 0;
  bool quoted = false;
  for (char c : sql) {
    if (c == '\'') quoted = !quoted;
    if (c == '?' && !quoted) out += '$' + std::to_string(++n);
    else out += c;
  }
  return out;
}

class PgRow : public Row {
 public:
  PgRow(PGresult* r, int i) : r_(r), i_(i) {}
  bool null(int c) const override { return PQgetisnull(r_, i_, c); }
  int64_t integer(int c) const override { return std::strtoll(PQgetvalue(r_, i_, c), nullptr, 10); }
  double real(int c) const override { return std::strtod(PQgetvalue(r_, i_, c), nullptr); }
  std::string text(int c) const override {
    return std::string(PQgetvalue(r_, i_, c), static_cast<size_t>(PQgetlength(r_, i_, c)));
  }

 private:
  PGresult* r_;
  int i_;
};

struct Result {
  PGresult* r;
  explicit Result(PGresult* p) : r(p) {}
  ~Result() { PQclear(r); }
  Result(const Result&) = delete;
  Result& operator=(const Result&) = delete;
};

class PgDb : public Db {
 public:
  explicit PgDb(PGconn* c) : c_(c) {
    where_ = std::string(PQhost(c_)) + ":" + PQport(c_) + "/" + PQdb(c_);
  }
  ~PgDb() override { PQfinish(c_); }
  Dialect dialect() const override { return Dialect::Postgres; }
  std::string where() const override { return where_; }

  void exec_script(const std::string& sql) override {
    Result res(PQexec(c_, sql.c_str()));
    check(res.r);
  }

  int64_t query(const std::string& sql, const std::vector<Value>& params,
                const std::function<void(const Row&)>& row) override {
    const std::string& name = prepare(sql, static_cast<int>(params.size()));
    std::vector<std::string> text(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (size_t i = 0; i < params.size(); ++i) {
      const Value& v = params[i];
      if (std::holds_alternative<std::nullptr_t>(v)) continue;
      if (auto* n = std::get_if<int64_t>(&v)) text[i] = std::to_string(*n);
      else if (auto* d = std::get_if<double>(&v)) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.17g", *d);
        text[i] = buf;
      } else text[i] = std::get<std::string>(v);
      values[i] = text[i].c_str();
    }
    Result res(PQexecPrepared(c_, name.c_str(), static_cast<int>(params.size()), values.data(), nullptr, nullptr, 0));
    check(res.r);
    int n = PQntuples(res.r);
    if (row)
      for (int i = 0; i < n; ++i) row(PgRow(res.r, i));
    return n;
  }

  void begin() override { exec_script("BEGIN"); }
  void commit() override { exec_script("COMMIT"); }
  void rollback() noexcept override {
    if (PQtransactionStatus(c_) != PQTRANS_IDLE) PQclear(PQexec(c_, "ROLLBACK"));
  }
  int64_t size_bytes() override {
    return query_int(*this,
                     "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
                     "JOIN pg_namespace n ON n.oid = c.relnamespace "
                     "WHERE n.nspname = current_schema() AND c.relkind = 'r'",
                     {});
  }

 private:
  void check(PGresult* r) const {
    auto st = PQresultStatus(r);
    if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK) return;
    std::string msg = first_line(PQresultErrorMessage(r));
    if (msg.empty()) msg = first_line(PQerrorMessage(c_));
    throw StoreError(where_ + ": " + msg);
  }

  const std::string& prepare(const std::string& sql, int nparams) {
    auto it = prepared_.find(sql);
    if (it != prepared_.end()) return it->second;
    std::string name = "kz" + std::to_string(prepared_.size());
    Result res(PQprepare(c_, name.c_str(), dollar_params(sql).c_str(), nparams, nullptr));
    check(res.r);
    return prepared_.emplace(sql, name).first->second;
  }

  PGconn* c_;
  std::string where_;
  std::unordered_map<std::string, std::string> prepared_;
};

void quiet(void*, const char*) {}

}  // namespace

std::unique_ptr<Db> open_postgres(const std::string& url) {
  PGconn* c = PQconnectdb(url.c_str());
  if (!c || PQstatus(c) != CONNECTION_OK) {
    std::string msg = c ? first_line(PQerrorMessage(c)) : "out of memory";
    PQfinish(c);
    throw StoreError("cannot connect to PostgreSQL: " + msg);
  }
  PQsetNoticeProcessor(c, quiet, nullptr);
  auto db = std::make_unique<PgDb>(c);
  db->exec_script("SET client_min_messages = warning; SET client_encoding = 'UTF8'");
  if (query_int(*db, "SELECT CASE WHEN pg_is_in_recovery() THEN 1 ELSE 0 END", {}) == 1)
    throw StoreError(db->where() + ": the PostgreSQL server is read-only (in recovery)");
  return db;
}

}  // namespace kizashi

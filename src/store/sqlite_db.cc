// store/sqlite_db — the embedded SQLite backend of store/db.h.
//
// WAL journal with synchronous=NORMAL: a committed transaction survives the
// process being killed; an interrupted one leaves no trace. Statements are
// prepared once and cached per SQL text.
#include <sqlite3.h>

#include <chrono>
#include <thread>
#include <unordered_map>

#include "store/db.h"

namespace kizashi {

namespace {

class SqliteRow : public Row {
 public:
  explicit SqliteRow(sqlite3_stmt* st) : st_(st) {}
  bool null(int c) const override { return sqlite3_column_type(st_, c) == SQLITE_NULL; }
  int64_t integer(int c) const override { return sqlite3_column_int64(st_, c); }
  double real(int c) const override { return sqlite3_column_double(st_, c); }
  std::string text(int c) const override {
    const auto* p = sqlite3_column_text(st_, c);
    return p ? std::string(reinterpret_cast<const char*>(p), static_cast<size_t>(sqlite3_column_bytes(st_, c)))
             : std::string();
  }

 private:
  sqlite3_stmt* st_;
};

class SqliteDb : public Db {
 public:
  SqliteDb(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  ~SqliteDb() override {
    for (auto& [sql, st] : cache_) sqlite3_finalize(st);
    // Keeps the query planner's statistics current (SQLite's advice for long-lived stores).
    sqlite3_exec(db_, "PRAGMA optimize", nullptr, nullptr, nullptr);
    sqlite3_close_v2(db_);
  }
  Dialect dialect() const override { return Dialect::Sqlite; }
  std::string where() const override { return path_; }

  void exec_script(const std::string& sql) override {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::string msg = err ? err : sqlite3_errmsg(db_);
      sqlite3_free(err);
      fail(msg);
    }
  }

  int64_t query(const std::string& sql, const std::vector<Value>& params,
                const std::function<void(const Row&)>& row) override {
    sqlite3_stmt* st = prepare(sql);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    for (size_t i = 0; i < params.size(); ++i) {
      int idx = static_cast<int>(i) + 1, rc = SQLITE_OK;
      const Value& v = params[i];
      if (std::holds_alternative<std::nullptr_t>(v)) rc = sqlite3_bind_null(st, idx);
      else if (auto* n = std::get_if<int64_t>(&v)) rc = sqlite3_bind_int64(st, idx, *n);
      else if (auto* d = std::get_if<double>(&v)) rc = sqlite3_bind_double(st, idx, *d);
      else {
        const auto& s = std::get<std::string>(v);
        rc = sqlite3_bind_text(st, idx, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
      }
      if (rc != SQLITE_OK) fail(sqlite3_errmsg(db_));
    }
    int64_t n = 0;
    SqliteRow r(st);
    for (;;) {
      int rc = sqlite3_step(st);
      if (rc == SQLITE_ROW) {
        ++n;
        if (row) row(r);
      } else if (rc == SQLITE_DONE) {
        break;
      } else {
        std::string msg = sqlite3_errmsg(db_);
        sqlite3_reset(st);
        fail(msg);
      }
    }
    sqlite3_reset(st);
    return n;
  }

  void begin() override { exec_script("BEGIN IMMEDIATE"); }
  void commit() override { exec_script("COMMIT"); }
  void rollback() noexcept override {
    if (!sqlite3_get_autocommit(db_)) sqlite3_exec(db_, "ROLLBACK", nullptr, nullptr, nullptr);
  }
  int64_t size_bytes() override {
    return query_int(*this, "PRAGMA page_count", {}) * query_int(*this, "PRAGMA page_size", {});
  }

 private:
  [[noreturn]] void fail(const std::string& msg) const { throw StoreError(path_ + ": " + msg); }

  sqlite3_stmt* prepare(const std::string& sql) {
    auto it = cache_.find(sql);
    if (it != cache_.end()) return it->second;
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &st,
                           nullptr) != SQLITE_OK)
      fail(sqlite3_errmsg(db_));
    cache_.emplace(sql, st);
    return st;
  }

  sqlite3* db_;
  std::string path_;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
};

}  // namespace

constexpr int kBusyTimeoutMs = 10000;

std::unique_ptr<Db> open_sqlite(const std::string& path, bool read_only) {
  sqlite3* db = nullptr;
  int flags = read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  int rc = sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close_v2(db);
    throw StoreError(path + ": cannot open SQLite store: " + msg);
  }
  if (!read_only && sqlite3_db_readonly(db, "main") == 1) {
    sqlite3_close_v2(db);
    throw StoreError(path + ": the SQLite store is read-only");
  }
  auto out = std::make_unique<SqliteDb>(db, path);
  sqlite3_busy_timeout(db, kBusyTimeoutMs);
  sqlite3_extended_result_codes(db, 1);
  // Reading the header here turns "not a database" into an error at open.
  // 64 MiB page cache and 256 MiB of memory-mapped reads: index lookups of a
  // large store stay in memory.
  //
  // Switching a new store to WAL needs an exclusive lock, and SQLite answers
  // "database is locked" at once, without the busy handler, when another
  // connection opens the same new file at that moment (ingest creating the
  // store while `kizashi stats` opens it): retry for as long as the busy
  // timeout would wait.
  const char* pragmas = read_only ? "PRAGMA schema_version;"
                                  : "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; "
                                    "PRAGMA cache_size=-65536; PRAGMA mmap_size=268435456;";
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(kBusyTimeoutMs);
  while (((rc = sqlite3_exec(db, pragmas, nullptr, nullptr, nullptr)) & 0xFF) == SQLITE_BUSY &&
         std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  if (rc != SQLITE_OK) out->exec_script(pragmas);  // reports the lasting error with the store's name
  return out;
}

int64_t query_int(Db& db, const std::string& sql, const std::vector<Value>& params, int64_t fallback) {
  int64_t v = fallback;
  bool seen = false;
  db.query(sql, params, [&](const Row& r) {
    if (!seen && !r.null(0)) v = r.integer(0);
    seen = true;
  });
  return v;
}

}  // namespace kizashi

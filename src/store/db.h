// store/db — the smallest SQL connection interface both backends implement.
//
// Contract: SQL text is written once with `?` placeholders (the PostgreSQL
// backend rewrites them to $1, $2 ...); values are always bound as parameters,
// never spliced into SQL. query() calls `row` once per result row; the Row is
// valid only inside the call. Every failure throws StoreError with a one-line
// message. A Db is used by one thread at a time.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

namespace kizashi {

class StoreError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

using Value = std::variant<std::nullptr_t, int64_t, double, std::string>;

class Row {
 public:
  virtual ~Row() = default;
  virtual bool null(int col) const = 0;
  virtual int64_t integer(int col) const = 0;
  virtual double real(int col) const = 0;
  virtual std::string text(int col) const = 0;
};

enum class Dialect { Sqlite, Postgres };

class Db {
 public:
  virtual ~Db() = default;
  virtual Dialect dialect() const = 0;
  // Runs a script of statements without parameters (schema, pragmas).
  virtual void exec_script(const std::string& sql) = 0;
  // Runs one statement with `?` parameters; returns the number of rows seen.
  virtual int64_t query(const std::string& sql, const std::vector<Value>& params,
                        const std::function<void(const Row&)>& row = nullptr) = 0;
  virtual void begin() = 0;
  virtual void commit() = 0;
  virtual void rollback() noexcept = 0;
  // Bytes the store occupies (database file or relations).
  virtual int64_t size_bytes() = 0;
  // A description for messages: the file path or host/database (no password).
  virtual std::string where() const = 0;
};

// Opens a SQLite file (created if missing unless read_only).
std::unique_ptr<Db> open_sqlite(const std::string& path, bool read_only);
// Opens a PostgreSQL connection from a libpq URL (postgresql://...).
std::unique_ptr<Db> open_postgres(const std::string& url);

// Convenience: first column of the first row as integer (or `fallback`).
int64_t query_int(Db& db, const std::string& sql, const std::vector<Value>& params, int64_t fallback = 0);

// Runs `fn` inside one transaction: commit on return, rollback on exception.
template <typename Fn>
void in_transaction(Db& db, Fn&& fn) {
  db.begin();
  try {
    fn();
  } catch (...) {
    db.rollback();
    throw;
  }
  db.commit();
}

}  // namespace kizashi

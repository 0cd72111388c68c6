// A thin RAII layer over the SQLite C API: a connection and prepared
// statements whose failures come back as Status with SQLite's message.
// sqlite3.h is included only by this module's .cc files.
#ifndef DYAD_STORE_SQLITE_H_
#define DYAD_STORE_SQLITE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/status.h"

struct sqlite3;
struct sqlite3_stmt;

namespace dyad::store {

class Statement {
 public:
  Statement() = default;
  Statement(Statement&&) noexcept;
  Statement& operator=(Statement&&) noexcept;
  ~Statement();

  Statement& Bind(int index, std::string_view text);  // copies the text
  // Binds without a copy: `text` must stay alive until the statement is
  // reset (Run() resets it). Saves a copy per value on the ingest path.
  Statement& BindUnowned(int index, std::string_view text);
  Statement& Bind(int index, std::int64_t value);
  Statement& Bind(int index, double value);
  Statement& BindNull(int index);

  // Steps once: true while there is a row, false when done.
  Result<bool> Step();
  // Runs to completion (for statements without rows).
  Status Run();
  void Reset();

  std::int64_t Int(int column) const;
  double Real(int column) const;
  std::string Text(int column) const;

 private:
  friend class Database;
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

class Database {
 public:
  static Result<std::unique_ptr<Database>> Open(const std::string& path, bool read_only);
  ~Database();

  Status Exec(std::string_view sql);
  Result<Statement> Prepare(std::string_view sql);
  std::int64_t LastInsertId() const;
  // Rows changed by the last INSERT, UPDATE or DELETE.
  int Changes() const;
  std::string path() const { return path_; }

  // Only Open() makes one (the key is private).
  class Key {
    friend class Database;
    Key() = default;
  };
  Database(Key, sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}

 private:
  sqlite3* db_;
  std::string path_;
};

}  // namespace dyad::store

#endif  // DYAD_STORE_SQLITE_H_

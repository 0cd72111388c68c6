// The SQLite backend of store::Database: one file, opened read-write
// (created if needed) or read-only, with a 5 s wait for a writer's lock.
// Failures come back as "PATH: SQLite's message (what to do)". sqlite3.h is
// included only by sqlite.cc.
#ifndef DYAD_STORE_SQLITE_H_
#define DYAD_STORE_SQLITE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/status.h"
#include "store/database.h"

struct sqlite3;

namespace dyad::store {

class SqliteDatabase : public Database {
 public:
  static Result<std::unique_ptr<SqliteDatabase>> Open(const std::string& path,
                                                      bool read_only);
  ~SqliteDatabase() override;

  Status Exec(std::string_view sql) override;
  Result<Statement> Prepare(std::string_view sql) override;
  Dialect dialect() const override { return Dialect::kSqlite; }
  const std::string& name() const override { return path_; }

  // SQLite's own: the rowid of the last INSERT, and the rows changed by the
  // last INSERT, UPDATE or DELETE (the ingest's fast path uses them).
  std::int64_t LastInsertId() const;
  int Changes() const;

  // Only Open() makes one (the key is private).
  class Key {
    friend class SqliteDatabase;
    Key() = default;
  };
  SqliteDatabase(Key, sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}

 private:
  sqlite3* db_;
  std::string path_;
};

}  // namespace dyad::store

#endif  // DYAD_STORE_SQLITE_H_

// The PostgreSQL backend of store::Database, over libpq: a connection made
// from a postgresql:// URL, statements prepared on the server (the store's
// "?N" parameters rewritten to "$N", values sent as text) and COPY for bulk
// loading. libpq-fe.h is included only by postgres.cc.
#ifndef DYAD_STORE_POSTGRES_H_
#define DYAD_STORE_POSTGRES_H_

#include <memory>
#include <string>
#include <string_view>

#include "dyad/status.h"
#include "store/database.h"

struct pg_conn;
struct pg_result;

namespace dyad::store {

// True for the URLs this backend takes: postgresql://... or postgres://...
bool IsPostgresUrl(std::string_view db);

// `url` without its password ("postgresql://user@host/db"), for messages.
std::string RedactedUrl(std::string_view url);

// "SELECT ?1, ?" -> "SELECT $1, $2": numbered and bare SQLite parameters as
// PostgreSQL's, outside quoted strings.
std::string PostgresParameters(std::string_view sql);

class PostgresDatabase : public Database {
 public:
  // Connects; with `read_only`, every transaction is read-only.
  static Result<std::unique_ptr<PostgresDatabase>> Open(const std::string& url,
                                                        bool read_only);
  ~PostgresDatabase() override;

  Status Exec(std::string_view sql) override;
  Result<Statement> Prepare(std::string_view sql) override;
  Dialect dialect() const override { return Dialect::kPostgres; }
  const std::string& name() const override { return name_; }

  // COPY ... FROM STDIN with `rows` in COPY's text format (see CopyField).
  Status Copy(std::string_view copy_sql, std::string_view rows);

  // True when the connection is lost (the server stopped or restarted, the
  // network failed): every call fails until Reconnect() succeeds.
  bool Lost() const;
  // Connects again with the same URL, trying for up to `seconds`, and sets
  // the session up as Open() did. What lived in the old session (prepared
  // statements, temporary tables, an open transaction) is gone: statements
  // prepared before must be prepared again.
  Status Reconnect(double seconds);
  // True when the last failed Exec or Copy lost to a concurrent transaction
  // (a deadlock or a serialization failure): the server rolled it back,
  // and running it again may succeed.
  bool Conflicted() const { return last_state_ == "40P01" || last_state_ == "40001"; }

  // Only Open() makes one (the key is private).
  class Key {
    friend class PostgresDatabase;
    Key() = default;
  };
  PostgresDatabase(Key, pg_conn* conn, std::string name, bool read_only)
      : conn_(conn), name_(std::move(name)), read_only_(read_only) {}

 private:
  Status SetUpSession();
  // The error of a call that failed with `result` (nullptr: none came);
  // notes its SQLSTATE and whether the connection went with it.
  Status Failed(const pg_result* result);

  pg_conn* conn_;
  std::string name_;
  bool read_only_;
  std::string last_state_;  // SQLSTATE of the last failed Exec or Copy
  bool lost_ = false;       // a call failed with the connection; see Lost()
  int next_statement_ = 0;  // names server-side prepared statements
};

// Appends `value` to a COPY text row, escaped, followed by `end` ('\t' or
// '\n').
void CopyField(std::string* row, std::string_view value, char end);
// Appends COPY's NULL.
void CopyNull(std::string* row, char end);

}  // namespace dyad::store

#endif  // DYAD_STORE_POSTGRES_H_

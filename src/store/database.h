// The store's view of a SQL database: a connection that runs SQL and
// prepares statements whose rows are read by column. SQLite (sqlite.h) and
// PostgreSQL (postgres.h) implement it; the store's queries are written once
// in the SQL both speak, with SQLite-style "?" and "?N" parameters (the
// PostgreSQL backend rewrites them to "$N").
#ifndef DYAD_STORE_DATABASE_H_
#define DYAD_STORE_DATABASE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad::store {

// What a backend's statement does; used through Statement.
class StatementImpl {
 public:
  virtual ~StatementImpl() = default;
  // `copy`: false when the caller keeps `text` alive until Reset().
  virtual void BindText(int index, std::string_view text, bool copy) = 0;
  virtual void BindInt(int index, std::int64_t value) = 0;
  virtual void BindReal(int index, double value) = 0;
  virtual void BindNull(int index) = 0;
  virtual Result<bool> Step() = 0;
  virtual void Reset() = 0;  // ready to run again, bindings cleared
  virtual std::int64_t Int(int column) const = 0;
  virtual double Real(int column) const = 0;
  virtual std::string Text(int column) const = 0;
};

// A prepared statement (a movable value). Parameters count from 1, result
// columns from 0; NULL reads as 0 or "".
class Statement {
 public:
  Statement() = default;
  explicit Statement(std::unique_ptr<StatementImpl> impl) : impl_(std::move(impl)) {}

  bool Valid() const { return impl_ != nullptr; }

  Statement& Bind(int index, std::string_view text) {  // copies the text
    impl_->BindText(index, text, true);
    return *this;
  }
  // Binds without a copy: `text` must stay alive until the statement is
  // reset (Run() resets it). Saves a copy per value on the ingest path.
  Statement& BindUnowned(int index, std::string_view text) {
    impl_->BindText(index, text, false);
    return *this;
  }
  Statement& Bind(int index, std::int64_t value) {
    impl_->BindInt(index, value);
    return *this;
  }
  Statement& Bind(int index, double value) {
    impl_->BindReal(index, value);
    return *this;
  }
  Statement& BindNull(int index) {
    impl_->BindNull(index);
    return *this;
  }

  // Steps once: true while there is a row, false when done.
  Result<bool> Step() { return impl_->Step(); }
  // Runs to completion (for statements without rows), then resets.
  Status Run();
  void Reset() { impl_->Reset(); }

  std::int64_t Int(int column) const { return impl_->Int(column); }
  double Real(int column) const { return impl_->Real(column); }
  std::string Text(int column) const { return impl_->Text(column); }

 private:
  std::unique_ptr<StatementImpl> impl_;
};

enum class Dialect { kSqlite, kPostgres };

class Database {
 public:
  virtual ~Database() = default;
  // Runs one or more statements without parameters or rows.
  virtual Status Exec(std::string_view sql) = 0;
  virtual Result<Statement> Prepare(std::string_view sql) = 0;
  virtual Dialect dialect() const = 0;
  // The file or URL (without its password), for messages.
  virtual const std::string& name() const = 0;
};

inline Status Statement::Run() {
  while (true) {
    auto row = Step();
    if (!row.ok()) {
      Reset();
      return row.status();
    }
    if (!*row) break;
  }
  Reset();
  return Status::Ok();
}

}  // namespace dyad::store

#endif  // DYAD_STORE_DATABASE_H_

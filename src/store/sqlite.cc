#include "store/sqlite.h"

#include <sqlite3.h>

#include <string>
#include <utility>

namespace dyad::store {
namespace {

constexpr int kBusyTimeoutMs = 5000;

// What a user can do about the common failures, after SQLite's message.
std::string Hint(int code) {
  switch (code & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return " (another process is writing to the store; waited " +
             std::to_string(kBusyTimeoutMs / 1000) + " s, nothing was written)";
    case SQLITE_READONLY:
      return " (the store or its folder is read-only)";
    case SQLITE_FULL:
      return " (the disk is full; the current document was not stored)";
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      return " (not a dyad store, or a damaged one)";
    default:
      return "";
  }
}

// "PATH: message (hint)" for the last error on `db`.
Status Error(sqlite3* db, int code) {
  if (!db) return Status::IOError("store: out of memory");
  const char* file = sqlite3_db_filename(db, "main");
  return Status::IOError(std::string(file && *file ? file : "store") + ": " +
                         sqlite3_errmsg(db) + Hint(code));
}

}  // namespace

Statement::Statement(Statement&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)),
      stmt_(std::exchange(other.stmt_, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    if (stmt_) sqlite3_finalize(stmt_);
    db_ = std::exchange(other.db_, nullptr);
    stmt_ = std::exchange(other.stmt_, nullptr);
  }
  return *this;
}

Statement::~Statement() {
  if (stmt_) sqlite3_finalize(stmt_);
}

Statement& Statement::Bind(int index, std::string_view text) {
  sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()),
                    SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::BindUnowned(int index, std::string_view text) {
  sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()),
                    SQLITE_STATIC);
  return *this;
}

Statement& Statement::Bind(int index, std::int64_t value) {
  sqlite3_bind_int64(stmt_, index, value);
  return *this;
}

Statement& Statement::Bind(int index, double value) {
  sqlite3_bind_double(stmt_, index, value);
  return *this;
}

Statement& Statement::BindNull(int index) {
  sqlite3_bind_null(stmt_, index);
  return *this;
}

Result<bool> Statement::Step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return Error(db_, rc);
}

Status Statement::Run() {
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

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::int64_t Statement::Int(int column) const {
  return sqlite3_column_int64(stmt_, column);
}

double Statement::Real(int column) const { return sqlite3_column_double(stmt_, column); }

std::string Statement::Text(int column) const {
  auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  return p ? std::string(p, sqlite3_column_bytes(stmt_, column)) : std::string();
}

Result<std::unique_ptr<Database>> Database::Open(const std::string& path,
                                                 bool read_only) {
  sqlite3* db = nullptr;
  int flags =
      read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  int rc = sqlite3_open_v2(path.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    Status s = Status::IOError(
        path + ": cannot open the store: " + (db ? sqlite3_errmsg(db) : "out of memory"));
    sqlite3_close(db);
    return s;
  }
  sqlite3_busy_timeout(db, kBusyTimeoutMs);
  return std::make_unique<Database>(Key(), db, path);
}

Database::~Database() { sqlite3_close(db_); }

Status Database::Exec(std::string_view sql) {
  char* message = nullptr;
  int rc = sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, &message);
  if (rc == SQLITE_OK) return Status::Ok();
  std::string text = message ? message : sqlite3_errmsg(db_);
  sqlite3_free(message);
  return Status::IOError(path_ + ": " + text + Hint(rc));
}

Result<Statement> Database::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  int rc =
      sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
  if (rc != SQLITE_OK) return Error(db_, rc);
  return Statement(db_, stmt);
}

std::int64_t Database::LastInsertId() const { return sqlite3_last_insert_rowid(db_); }

int Database::Changes() const { return sqlite3_changes(db_); }

}  // namespace dyad::store

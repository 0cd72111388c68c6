#include "store/sqlite.h"

#include <sqlite3.h>

#include <cstdio>
#include <filesystem>
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
    case SQLITE_IOERR:
      return " (is the disk full? Whole documents only were stored; make room and run "
             "the same command again to complete it)";
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

// A prepared SQLite statement.
class SqliteStatement : public StatementImpl {
 public:
  SqliteStatement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  ~SqliteStatement() override { sqlite3_finalize(stmt_); }
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;

  void BindText(int index, std::string_view text, bool copy) override {
    sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()),
                      copy ? SQLITE_TRANSIENT : SQLITE_STATIC);
  }
  void BindInt(int index, std::int64_t value) override {
    sqlite3_bind_int64(stmt_, index, value);
  }
  void BindReal(int index, double value) override {
    sqlite3_bind_double(stmt_, index, value);
  }
  void BindNull(int index) override { sqlite3_bind_null(stmt_, index); }

  Result<bool> Step() override {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    return Error(db_, rc);
  }
  void Reset() override {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }

  std::int64_t Int(int column) const override {
    return sqlite3_column_int64(stmt_, column);
  }
  double Real(int column) const override { return sqlite3_column_double(stmt_, column); }
  std::string Text(int column) const override {
    auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    return p ? std::string(p, sqlite3_column_bytes(stmt_, column)) : std::string();
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_;
};

// "file:PATH?immutable=1": SQLite's URI for a file nobody changes, read
// without locks or the WAL's -shm file.
std::string ImmutableUri(const std::string& path) {
  std::string uri = "file:";
  for (char c : path) {
    if (c == '%' || c == '?' || c == '#') {
      char hex[4];
      std::snprintf(hex, sizeof hex, "%%%02X", static_cast<unsigned char>(c));
      uri += hex;
    } else {
      uri += c;
    }
  }
  return uri + "?mode=ro&immutable=1";
}

// Opens `target` (a path, or a URI with SQLITE_OPEN_URI in `flags`).
Result<sqlite3*> OpenConnection(const std::string& path, const std::string& target,
                                int flags) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(target.c_str(), &db, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    Status s = Status::IOError(
        path + ": cannot open the store: " + (db ? sqlite3_errmsg(db) : "out of memory"));
    sqlite3_close(db);
    return s;
  }
  sqlite3_busy_timeout(db, kBusyTimeoutMs);
  return db;
}

// A store in WAL mode is read through its -shm file, which a reader creates
// when it is missing: in a folder the reader cannot write (an archive, a
// read-only mount) the first read fails. When there is
// no write-ahead log to read either, nothing can change the file, and it is
// opened immutable instead (doc/store.md).
Result<sqlite3*> ReopenWhereReadOnly(const std::string& path, sqlite3* db) {
  if (sqlite3_exec(db, "SELECT COUNT(*) FROM sqlite_master", nullptr, nullptr, nullptr) ==
      SQLITE_OK)
    return db;
  // A read-only folder (SQLITE_READONLY_DIRECTORY) or mount (SQLITE_CANTOPEN);
  // other errors are reported by the first query, as before.
  const int code = sqlite3_extended_errcode(db) & 0xff;
  if (code != SQLITE_CANTOPEN && code != SQLITE_READONLY) return db;
  sqlite3_close(db);
  std::error_code ec;
  if (std::filesystem::file_size(path + "-wal", ec) > 0 && !ec)
    return Status::IOError(
        path + ": cannot read the store: its write-ahead log " + path +
        "-wal holds writes not yet in the store, and its folder cannot be written "
        "(open it once where it can be written, or copy it with its -wal file to such "
        "a folder)");
  return OpenConnection(path, ImmutableUri(path), SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
}

}  // namespace

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::Open(const std::string& path,
                                                             bool read_only) {
  int flags =
      read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  auto db = OpenConnection(path, path, flags);
  if (db.ok() && read_only) db = ReopenWhereReadOnly(path, *db);
  if (!db.ok()) return db.status();
  return std::make_unique<SqliteDatabase>(Key(), *db, path);
}

SqliteDatabase::~SqliteDatabase() { sqlite3_close(db_); }

Status SqliteDatabase::Exec(std::string_view sql) {
  char* message = nullptr;
  int rc = sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, &message);
  if (rc == SQLITE_OK) return Status::Ok();
  std::string text = message ? message : sqlite3_errmsg(db_);
  sqlite3_free(message);
  return Status::IOError(path_ + ": " + text + Hint(rc));
}

Result<Statement> SqliteDatabase::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  int rc =
      sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
  if (rc != SQLITE_OK) return Error(db_, rc);
  return Statement(std::make_unique<SqliteStatement>(db_, stmt));
}

std::int64_t SqliteDatabase::LastInsertId() const {
  return sqlite3_last_insert_rowid(db_);
}

int SqliteDatabase::Changes() const { return sqlite3_changes(db_); }

}  // namespace dyad::store

#include "store/postgres.h"

#include <libpq-fe.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <utility>
#include <vector>

namespace dyad::store {
namespace {

// Owns a PGresult.
struct ResultDeleter {
  void operator()(PGresult* r) const { PQclear(r); }
};
using PgResult = std::unique_ptr<PGresult, ResultDeleter>;

std::string Trimmed(const char* message) {
  std::string s = message ? message : "";
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

// Whether a call that failed with `result` lost the connection. libpq marks
// the connection bad only once it has read the end of the stream; an error
// met while sending (a COPY into a server that died) leaves it looking
// good. Errors the server sends carry a SQLSTATE; those libpq makes itself
// carry none, and all of them are about the connection.
bool ConnectionFailed(PGconn* conn, const PGresult* result) {
  if (PQstatus(conn) != CONNECTION_OK || result == nullptr) return true;
  const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
  if (state == nullptr || *state == '\0') return true;
  const std::string_view code(state);
  // 08: connection exception; 57P01-57P03: the server is shutting down or
  // cannot connect now.
  return code.starts_with("08") || code == "57P01" || code == "57P02" || code == "57P03";
}

// A statement prepared on the server. Values travel as text.
class PostgresStatement : public StatementImpl {
 public:
  PostgresStatement(PGconn* conn, std::string name, const std::string* db_name,
                    bool* lost, int params)
      : conn_(conn),
        name_(std::move(name)),
        db_name_(db_name),
        lost_(lost),
        values_(params),
        null_(params, true) {}
  ~PostgresStatement() override {
    result_.reset();
    PgResult r(PQexec(conn_, ("DEALLOCATE " + name_).c_str()));  // server side too
  }
  PostgresStatement(const PostgresStatement&) = delete;
  PostgresStatement& operator=(const PostgresStatement&) = delete;

  void BindText(int index, std::string_view text, bool) override {
    if (Slot(index)) values_[index - 1].assign(text), null_[index - 1] = false;
  }
  void BindInt(int index, std::int64_t value) override {
    if (Slot(index)) values_[index - 1] = std::to_string(value), null_[index - 1] = false;
  }
  void BindReal(int index, double value) override {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.17g", value);
    if (Slot(index)) values_[index - 1] = buf, null_[index - 1] = false;
  }
  void BindNull(int index) override {
    if (Slot(index)) null_[index - 1] = true;
  }

  Result<bool> Step() override {
    if (!result_) {
      std::vector<const char*> params(values_.size());
      for (std::size_t i = 0; i < values_.size(); ++i)
        params[i] = null_[i] ? nullptr : values_[i].c_str();
      result_.reset(PQexecPrepared(conn_, name_.c_str(), static_cast<int>(params.size()),
                                   params.data(), nullptr, nullptr, 0));
      ExecStatusType status = PQresultStatus(result_.get());
      if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        Status error = Status::IOError(*db_name_ + ": " +
                                       Trimmed(PQresultErrorMessage(result_.get())));
        if (ConnectionFailed(conn_, result_.get())) *lost_ = true;
        result_.reset();
        return error;
      }
      row_ = -1;
    }
    return ++row_ < PQntuples(result_.get());
  }
  void Reset() override {
    result_.reset();
    null_.assign(null_.size(), true);
  }

  std::int64_t Int(int column) const override {
    return std::strtoll(PQgetvalue(result_.get(), row_, column), nullptr, 10);
  }
  double Real(int column) const override {
    return std::strtod(PQgetvalue(result_.get(), row_, column), nullptr);
  }
  std::string Text(int column) const override {
    return std::string(PQgetvalue(result_.get(), row_, column),
                       PQgetlength(result_.get(), row_, column));
  }

 private:
  bool Slot(int index) const {
    return index >= 1 && index <= static_cast<int>(values_.size());
  }

  PGconn* conn_;
  std::string name_;
  const std::string* db_name_;
  bool* lost_;  // the database's: set when a step lost the connection
  std::vector<std::string> values_;
  std::vector<bool> null_;
  PgResult result_;
  int row_ = -1;
};

// Counts the parameters of SQL already rewritten to $N.
int CountParameters(std::string_view sql) {
  int most = 0;
  for (std::size_t i = 0; i < sql.size(); ++i) {
    if (sql[i] != '$') continue;
    int n = 0;
    while (i + 1 < sql.size() && sql[i + 1] >= '0' && sql[i + 1] <= '9')
      n = n * 10 + (sql[++i] - '0');
    most = std::max(most, n);
  }
  return most;
}

}  // namespace

bool IsPostgresUrl(std::string_view db) {
  return db.starts_with("postgresql://") || db.starts_with("postgres://");
}

std::string RedactedUrl(std::string_view url) {
  std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return std::string(url);
  std::size_t at = url.find('@', scheme);
  std::size_t colon = url.find(':', scheme + 3);
  if (at == std::string_view::npos || colon == std::string_view::npos || colon > at)
    return std::string(url);
  return std::string(url.substr(0, colon)) + std::string(url.substr(at));
}

std::string PostgresParameters(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int most = 0;
  bool quoted = false;
  for (std::size_t i = 0; i < sql.size(); ++i) {
    char c = sql[i];
    if (c == '\'') quoted = !quoted;
    if (c != '?' || quoted) {
      out += c;
      continue;
    }
    int n = 0;
    bool numbered = false;
    while (i + 1 < sql.size() && sql[i + 1] >= '0' && sql[i + 1] <= '9')
      n = n * 10 + (sql[++i] - '0'), numbered = true;
    if (!numbered) n = most + 1;
    most = std::max(most, n);
    out += '$' + std::to_string(n);
  }
  return out;
}

void CopyField(std::string* row, std::string_view value, char end) {
  for (char c : value) {
    switch (c) {
      case '\\':
        *row += "\\\\";
        break;
      case '\t':
        *row += "\\t";
        break;
      case '\n':
        *row += "\\n";
        break;
      case '\r':
        *row += "\\r";
        break;
      default:
        row->push_back(c);
    }
  }
  row->push_back(end);
}

void CopyNull(std::string* row, char end) {
  *row += "\\N";
  row->push_back(end);
}

Result<std::unique_ptr<PostgresDatabase>> PostgresDatabase::Open(const std::string& url,
                                                                 bool read_only) {
  const std::string name = RedactedUrl(url);
  PGconn* conn = PQconnectdb(url.c_str());
  if (conn == nullptr) return Status::IOError(name + ": cannot connect: out of memory");
  if (PQstatus(conn) != CONNECTION_OK) {
    Status s =
        Status::IOError(name + ": cannot connect: " + Trimmed(PQerrorMessage(conn)) +
                        " (is the server running, and the URL right?)");
    PQfinish(conn);
    return s;
  }
  auto db = std::make_unique<PostgresDatabase>(Key(), conn, name, read_only);
  if (Status s = db->SetUpSession(); !s.ok()) return s;
  return db;
}

PostgresDatabase::~PostgresDatabase() { PQfinish(conn_); }

// Quiet NOTICEs ("relation already exists, skipping") and, for readers, a
// server-enforced promise not to write.
Status PostgresDatabase::SetUpSession() {
  std::string setup = "SET client_min_messages = warning";
  if (read_only_) setup += "; SET default_transaction_read_only = on";
  return Exec(setup);
}

bool PostgresDatabase::Lost() const { return lost_ || PQstatus(conn_) != CONNECTION_OK; }

Status PostgresDatabase::Failed(const PGresult* result) {
  const char* state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
  last_state_ = state ? state : "";
  if (ConnectionFailed(conn_, result)) lost_ = true;
  return Status::IOError(
      name_ + ": " +
      Trimmed(result ? PQresultErrorMessage(result) : PQerrorMessage(conn_)));
}

Status PostgresDatabase::Reconnect(double seconds) {
  using Clock = std::chrono::steady_clock;
  const auto deadline = Clock::now() + std::chrono::duration<double>(seconds);
  // A server shutting down still accepts connections for a moment (and
  // ends them), so a session counts only once it answers.
  for (;;) {
    PQreset(conn_);
    lost_ = false;
    if (PQstatus(conn_) == CONNECTION_OK && SetUpSession().ok()) return Status::Ok();
    if (Clock::now() >= deadline) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(250));
  }
  return Status::IOError(name_ + ": connection lost, and not regained within " +
                         std::to_string(static_cast<int>(seconds)) +
                         " s: " + Trimmed(PQerrorMessage(conn_)));
}

Status PostgresDatabase::Exec(std::string_view sql) {
  last_state_.clear();
  PgResult r(PQexec(conn_, std::string(sql).c_str()));
  ExecStatusType status = PQresultStatus(r.get());
  if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) return Status::Ok();
  return Failed(r.get());
}

Result<Statement> PostgresDatabase::Prepare(std::string_view sql) {
  const std::string text = PostgresParameters(sql);
  const std::string statement = "dyad_" + std::to_string(next_statement_++);
  PgResult r(PQprepare(conn_, statement.c_str(), text.c_str(), 0, nullptr));
  if (PQresultStatus(r.get()) != PGRES_COMMAND_OK) return Failed(r.get());
  return Statement(std::make_unique<PostgresStatement>(conn_, statement, &name_, &lost_,
                                                       CountParameters(text)));
}

Status PostgresDatabase::Copy(std::string_view copy_sql, std::string_view rows) {
  last_state_.clear();
  PgResult start(PQexec(conn_, std::string(copy_sql).c_str()));
  if (PQresultStatus(start.get()) != PGRES_COPY_IN) return Failed(start.get());
  constexpr std::size_t kChunk = 1 << 20;
  bool sent = true;
  for (std::size_t at = 0; sent && at < rows.size(); at += kChunk) {
    std::size_t n = std::min(kChunk, rows.size() - at);
    sent = PQputCopyData(conn_, rows.data() + at, static_cast<int>(n)) == 1;
  }
  if (PQputCopyEnd(conn_, sent ? nullptr : "client failed to send") != 1 || !sent) {
    lost_ = true;  // nothing more can be sent on this connection
    return Status::IOError(name_ + ": COPY failed: " + Trimmed(PQerrorMessage(conn_)));
  }
  Status status = Status::Ok();
  while (PGresult* raw = PQgetResult(conn_)) {
    PgResult r(raw);
    if (PQresultStatus(r.get()) != PGRES_COMMAND_OK) status = Failed(r.get());
  }
  return status;
}

}  // namespace dyad::store

// The PostgreSQL store: schema, opening, and ingest by bulk loading. A
// batch of documents is staged in memory, sent with COPY into temporary
// tables and moved into the store by a few set-based statements, all in one
// transaction: a batch (and so each of its documents) is all or nothing.
#include <chrono>
#include <optional>
#include <random>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "store/postgres.h"
#include "store/store_impl.h"
#include "util/strings.h"

namespace dyad::store {
namespace {

// Codes compare bytewise (COLLATE "C") so that prefix ranges and their
// index work whatever the server's locale.
constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS dyad_schema (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
  id BIGSERIAL PRIMARY KEY,
  doc_id TEXT NOT NULL UNIQUE,
  date INTEGER,
  outlet TEXT, title TEXT, url TEXT,
  hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sentences (
  doc BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (doc, idx)
);
CREATE TABLE IF NOT EXISTS events (
  id BIGSERIAL PRIMARY KEY,
  date INTEGER NOT NULL,
  source TEXT COLLATE "C" NOT NULL, target TEXT COLLATE "C" NOT NULL,
  code TEXT COLLATE "C" NOT NULL,
  root TEXT NOT NULL, quad INTEGER NOT NULL, goldstein DOUBLE PRECISION NOT NULL,
  source_country TEXT, source_role TEXT, target_country TEXT, target_role TEXT,
  -- also the dyad index: both directions of a dyad are ranges on it
  UNIQUE (source, target, date, code)
);
CREATE TABLE IF NOT EXISTS mentions (
  id BIGSERIAL PRIMARY KEY,
  event BIGINT NOT NULL REFERENCES events(id),
  doc BIGINT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL,
  modality TEXT NOT NULL,
  source_begin BIGINT, source_end BIGINT, source_name TEXT,
  target_begin BIGINT, target_end BIGINT, target_name TEXT,
  trigger_begin BIGINT, trigger_end BIGINT, trigger_text TEXT,
  rule TEXT
);
CREATE INDEX IF NOT EXISTS events_reverse ON events (target, source, date);
CREATE INDEX IF NOT EXISTS events_date ON events (date);
CREATE INDEX IF NOT EXISTS mentions_event ON mentions (event);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions (doc);
)sql";

// Per connection: where a batch is staged before it is moved in.
constexpr const char* kStaging = R"sql(
CREATE TEMP TABLE IF NOT EXISTS staged_documents (
  doc_id TEXT, date INTEGER, outlet TEXT, title TEXT, url TEXT, hash TEXT
) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS staged_sentences (
  doc_id TEXT, idx INTEGER, text TEXT
) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS staged_mentions (
  seq BIGINT, doc_id TEXT, date INTEGER, source TEXT COLLATE "C",
  target TEXT COLLATE "C", code TEXT COLLATE "C", root TEXT, quad INTEGER,
  goldstein DOUBLE PRECISION, source_country TEXT, source_role TEXT,
  target_country TEXT, target_role TEXT, sentence INTEGER, modality TEXT,
  source_begin BIGINT, source_end BIGINT, source_name TEXT,
  target_begin BIGINT, target_end BIGINT, target_name TEXT,
  trigger_begin BIGINT, trigger_end BIGINT, trigger_text TEXT, rule TEXT
) ON COMMIT DELETE ROWS;
CREATE TEMP TABLE IF NOT EXISTS replaced_events (id BIGINT PRIMARY KEY)
  ON COMMIT DELETE ROWS;
)sql";

// Moves a staged batch into the store, in this order.
constexpr const char* kMoveIn[] = {
    "INSERT INTO documents (doc_id, date, outlet, title, url, hash) "
    "SELECT doc_id, date, outlet, title, url, hash FROM staged_documents",
    "INSERT INTO sentences (doc, idx, text) SELECT d.id, s.idx, s.text "
    "FROM staged_sentences s JOIN documents d ON d.doc_id = s.doc_id "
    "ON CONFLICT DO NOTHING",
    // New events in the order they were first mentioned.
    "INSERT INTO events (date, source, target, code, root, quad, goldstein, "
    "source_country, source_role, target_country, target_role) "
    "SELECT date, source, target, code, root, quad, goldstein, source_country, "
    "source_role, target_country, target_role FROM (SELECT DISTINCT ON (date, source, "
    "target, code) * FROM staged_mentions ORDER BY date, source, target, code, seq) f "
    "ORDER BY seq ON CONFLICT DO NOTHING",
    "INSERT INTO mentions (event, doc, sentence, modality, source_begin, source_end, "
    "source_name, target_begin, target_end, target_name, trigger_begin, trigger_end, "
    "trigger_text, rule) SELECT e.id, d.id, s.sentence, s.modality, s.source_begin, "
    "s.source_end, s.source_name, s.target_begin, s.target_end, s.target_name, "
    "s.trigger_begin, s.trigger_end, s.trigger_text, s.rule FROM staged_mentions s "
    "JOIN documents d ON d.doc_id = s.doc_id JOIN events e ON e.date = s.date AND "
    "e.source = s.source AND e.target = s.target AND e.code = s.code ORDER BY s.seq",
};

void Field(std::string* row, std::string_view v, char end = '\t') {
  CopyField(row, v, end);
}
void Field(std::string* row, std::int64_t v, char end = '\t') {
  CopyField(row, std::to_string(v), end);
}

// How long a writer tries to regain a lost connection (a server restarted,
// a failover) before it gives up, and how often it does so in one call.
constexpr double kReconnectSeconds = 60;
constexpr int kReconnects = 5;
// How often a batch that lost a deadlock to another writer goes again.
constexpr int kConflictAttempts = 10;

// '{"a","b"}': a text[] literal of `items`.
std::string TextArray(const std::vector<std::string>& items) {
  std::string array = "{";
  for (const auto& item : items) {
    array += array.size() > 1 ? ",\"" : "\"";
    for (char c : item) {
      if (c == '"' || c == '\\') array += '\\';
      array += c;
    }
    array += '"';
  }
  return array + '}';
}

class PostgresWriter : public Writer {
 public:
  explicit PostgresWriter(PostgresDatabase* db) : db_(db) {}
  ~PostgresWriter() override { (void)Commit(); }

  Result<IngestResult> Ingest(const Document& doc, const std::vector<Event>& events,
                              const std::string& hash) override;
  Status Commit() override;
  Status Prefetch(const std::vector<std::string>& ids) override;

 private:
  // A stored document's row and hash; nullopt when there is none.
  struct Stored {
    std::string row, hash;
  };
  Result<std::optional<Stored>> Lookup(const std::string& id);
  Status PrefetchOnce(const std::vector<std::string>& ids);
  // The open batch in one transaction.
  Status WriteBatch();
  // Whether the open batch is in the store already: after a connection was
  // lost at COMMIT, it may or may not have been committed.
  Result<bool> BatchStored();
  // Runs `step`; when it failed because the connection was lost, connects
  // again and runs it again (a few times at most).
  template <typename Step>
  auto Retrying(Step step) -> decltype(step());

  PostgresDatabase* db_;
  Statement find_;  // a document's row and hash by its id
  // What Prefetch learnt: stored documents, and ids known to be absent.
  std::unordered_map<std::string, Stored> known_;
  std::unordered_set<std::string> absent_;
  // The open batch, as COPY text.
  std::string documents_, sentences_, mentions_;
  std::vector<std::string> replaced_;  // rows of documents being replaced
  std::unordered_map<std::string, std::string> staged_;  // id -> hash
  std::size_t pending_ = 0;
  std::int64_t seq_ = 0;
  bool conflicted_ = false;  // the last batch lost to another writer
};

Result<IngestResult> PostgresWriter::Ingest(const Document& doc,
                                            const std::vector<Event>& events,
                                            const std::string& hash) {
  // A document twice in one batch: the first goes in before the second is
  // compared with it.
  if (staged_.count(doc.id)) DYAD_RETURN_IF_ERROR(Commit());
  IngestResult result;
  auto stored = Lookup(doc.id);
  if (!stored.ok()) return stored.status();
  if (*stored) {
    if ((*stored)->hash == hash) {
      result.outcome = IngestResult::Outcome::kUnchanged;
      return result;
    }
    replaced_.push_back((*stored)->row);
    result.outcome = IngestResult::Outcome::kReplaced;
  }

  staged_[doc.id] = hash;
  Field(&documents_, doc.id);
  if (std::int64_t d = DateNumber(doc.date))
    Field(&documents_, d);
  else
    CopyNull(&documents_, '\t');
  Field(&documents_, doc.source);
  Field(&documents_, doc.title);
  Field(&documents_, doc.url);
  Field(&documents_, hash, '\n');
  int last_sentence = -1;
  for (const Event& e : events) {
    if (e.sentence != last_sentence) {
      last_sentence = e.sentence;
      Field(&sentences_, doc.id);
      Field(&sentences_, std::int64_t{e.sentence});
      Field(&sentences_, e.text, '\n');
      ++result.sentences;
    }
    // A de-duplicated event stands for several mentions in its document;
    // the extra ones have no evidence of their own.
    for (int k = 0; k < std::max(e.mentions, 1); ++k) {
      Field(&mentions_, ++seq_);
      Field(&mentions_, doc.id);
      Field(&mentions_, DateNumber(e.date));
      for (const std::string* s : {&e.source, &e.target, &e.event_code, &e.root_code})
        Field(&mentions_, *s);
      Field(&mentions_, std::int64_t{e.quad_class});
      char g[32];
      std::snprintf(g, sizeof g, "%.17g", e.goldstein);
      Field(&mentions_, g);
      for (const std::string* s :
           {&e.source_country, &e.source_role, &e.target_country, &e.target_role})
        Field(&mentions_, *s);
      Field(&mentions_, std::int64_t{e.sentence});
      Field(&mentions_, e.modality);
      for (const Span* span :
           {&e.evidence.source, &e.evidence.target, &e.evidence.trigger}) {
        if (k == 0) {
          Field(&mentions_, std::int64_t{span->begin});
          Field(&mentions_, std::int64_t{span->end});
          Field(&mentions_, span->text);
        } else {
          for (int i = 0; i < 3; ++i) CopyNull(&mentions_, '\t');
        }
      }
      Field(&mentions_, e.rule, '\n');
    }
    result.events += e.mentions;
  }
  if (++pending_ >= batch_size_) DYAD_RETURN_IF_ERROR(Commit());
  return result;
}

template <typename Step>
auto PostgresWriter::Retrying(Step step) -> decltype(step()) {
  for (int attempt = 0;; ++attempt) {
    auto result = step();
    if (result.ok() || !db_->Lost() || attempt == kReconnects) return result;
    // A new session: its statements and temporary tables are made anew.
    DYAD_RETURN_IF_ERROR(db_->Reconnect(kReconnectSeconds));
    find_ = Statement();
    DYAD_RETURN_IF_ERROR(db_->Exec(kStaging));
  }
}

Result<std::optional<PostgresWriter::Stored>> PostgresWriter::Lookup(
    const std::string& id) {
  if (auto it = known_.find(id); it != known_.end()) return std::optional(it->second);
  if (absent_.count(id)) return std::optional<Stored>();
  return Retrying([&]() -> Result<std::optional<Stored>> {
    if (!find_.Valid()) {
      auto st = db_->Prepare("SELECT id, hash FROM documents WHERE doc_id = ?");
      if (!st.ok()) return st.status();
      find_ = std::move(*st);
    }
    find_.Bind(1, id);
    auto row = find_.Step();
    if (!row.ok()) {
      find_.Reset();
      return row.status();
    }
    std::optional<Stored> out;
    if (*row) out = Stored{find_.Text(0), find_.Text(1)};
    find_.Reset();
    return out;
  });
}

// One round trip for many documents: "SELECT ... WHERE doc_id = ANY(array)".
Status PostgresWriter::Prefetch(const std::vector<std::string>& ids) {
  return Retrying([&] { return PrefetchOnce(ids); });
}

Status PostgresWriter::PrefetchOnce(const std::vector<std::string>& ids) {
  known_.clear();
  absent_.clear();
  if (ids.empty()) return Status::Ok();
  auto st = db_->Prepare(
      "SELECT doc_id, id, hash FROM documents WHERE doc_id = ANY(?::text[])");
  if (!st.ok()) return st.status();
  st->Bind(1, TextArray(ids));
  while (true) {
    auto row = st->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    known_[st->Text(0)] = Stored{st->Text(1), st->Text(2)};
  }
  for (const auto& id : ids)
    if (!known_.count(id)) absent_.insert(id);
  return Status::Ok();
}

Status PostgresWriter::WriteBatch() {
  auto batch = [&]() -> Status {
    DYAD_RETURN_IF_ERROR(db_->Exec("BEGIN"));
    if (!replaced_.empty()) {
      // Replaced documents go with their mentions; events left without
      // mentions go too (only theirs can be).
      std::string rows;
      for (const std::string& id : replaced_) rows += (rows.empty() ? "(" : ", ") + id;
      rows += ")";
      for (const std::string& sql :
           {"INSERT INTO replaced_events SELECT DISTINCT event FROM mentions WHERE doc "
            "IN " +
                rows,
            "DELETE FROM documents WHERE id IN " + rows,
            std::string(
                "DELETE FROM events WHERE id IN (SELECT id FROM replaced_events) "
                "AND NOT EXISTS (SELECT 1 FROM mentions WHERE event = events.id)")})
        DYAD_RETURN_IF_ERROR(db_->Exec(sql));
    }
    DYAD_RETURN_IF_ERROR(db_->Copy("COPY staged_documents FROM STDIN", documents_));
    DYAD_RETURN_IF_ERROR(db_->Copy("COPY staged_sentences FROM STDIN", sentences_));
    DYAD_RETURN_IF_ERROR(db_->Copy("COPY staged_mentions FROM STDIN", mentions_));
    for (const char* sql : kMoveIn) DYAD_RETURN_IF_ERROR(db_->Exec(sql));
    return db_->Exec("COMMIT");
  };
  Status s = batch();
  conflicted_ = !s.ok() && db_->Conflicted();  // before ROLLBACK clears it
  if (!s.ok() && !db_->Lost()) (void)db_->Exec("ROLLBACK");
  return s;
}

// A batch is one transaction, so its documents are all stored (with the
// batch's hashes) or none is, unless another writer stored some meanwhile.
Result<bool> PostgresWriter::BatchStored() {
  std::vector<std::string> ids;
  for (const auto& [id, hash] : staged_) ids.push_back(id);
  auto st =
      db_->Prepare("SELECT doc_id, hash FROM documents WHERE doc_id = ANY(?::text[])");
  if (!st.ok()) return st.status();
  st->Bind(1, TextArray(ids));
  std::size_t stored = 0;
  for (;;) {
    auto row = st->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    auto it = staged_.find(st->Text(0));
    stored += it != staged_.end() && it->second == st->Text(1);
  }
  if (stored != 0 && stored != staged_.size())
    return Status::IOError(
        db_->name() + ": a batch interrupted by a lost connection is " +
        "stored in part (did another writer store the same documents?)");
  return stored != 0;
}

Status PostgresWriter::Commit() {
  if (pending_ == 0 && replaced_.empty()) return Status::Ok();
  // After a lost connection, the batch goes again unless its COMMIT had
  // been carried out before the connection went.
  // Writers beside this one (Dask workers) may deadlock with it on events
  // both report; the server then rolls one back, and it goes again.
  bool again = false;
  Status s;
  for (int attempt = 0; attempt < kConflictAttempts; ++attempt) {
    conflicted_ = false;
    s = Retrying([&]() -> Status {
      if (std::exchange(again, true) && !staged_.empty()) {
        auto stored = BatchStored();
        if (!stored.ok() || *stored) return stored.status();
      }
      return WriteBatch();
    });
    if (s.ok() || !conflicted_) break;
    // Two writers that deadlocked and go again at once deadlock again:
    // wait a random, growing while first.
    static thread_local std::minstd_rand jitter(std::random_device{}());
    std::this_thread::sleep_for(std::chrono::milliseconds(
        (attempt + 1) * std::uniform_int_distribution<int>(10, 100)(jitter)));
  }
  // The prefetched answers are stale for what this batch stored.
  for (const auto& [id, hash] : staged_) {
    absent_.erase(id);
    known_.erase(id);
  }
  documents_.clear();
  sentences_.clear();
  mentions_.clear();
  replaced_.clear();
  staged_.clear();
  pending_ = 0;
  return s;
}

}  // namespace

Status OpenPostgresStore(const std::string& url, bool read_only, Store::Impl* impl) {
  auto opened = PostgresDatabase::Open(url, read_only);
  if (!opened.ok()) return opened.status();
  PostgresDatabase* db = opened->get();
  impl->db = std::move(*opened);
  // The schema's version, when the store has one.
  auto version = db->Prepare(
      "SELECT (SELECT to_regclass('dyad_schema') IS NOT NULL), "
      "(SELECT to_regclass('events') IS NOT NULL)");
  if (!version.ok()) return version.status();
  if (auto r = version->Step(); !r.ok()) return r.status();
  const bool has_version = version->Text(0) == "t", has_events = version->Text(1) == "t";
  version->Reset();
  std::int64_t found = 0;
  if (has_version) {
    auto st = db->Prepare("SELECT coalesce(max(version), 0) FROM dyad_schema");
    if (!st.ok()) return st.status();
    if (auto r = st->Step(); !r.ok()) return r.status();
    found = st->Int(0);
  }
  if ((has_version || has_events) && found != kSchemaVersion)
    return WrongVersion(db->name(), found);
  if (read_only) {
    if (!has_version)
      return Status::IOError(db->name() + ": no dyad store here (run dyad ingest first)");
    return Status::Ok();
  }
  DYAD_RETURN_IF_ERROR(db->Exec(kSchema));
  if (!has_version)
    DYAD_RETURN_IF_ERROR(db->Exec("INSERT INTO dyad_schema VALUES (" +
                                  std::to_string(kSchemaVersion) + ")"));
  DYAD_RETURN_IF_ERROR(db->Exec(kStaging));
  impl->writer = std::make_unique<PostgresWriter>(db);
  return Status::Ok();
}

}  // namespace dyad::store

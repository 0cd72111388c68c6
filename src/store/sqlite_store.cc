// The SQLite store: schema, opening, and ingest with each document under
// its own savepoint, batched into transactions.
#include <algorithm>
#include <unordered_map>

#include "store/sqlite.h"
#include "store/store_impl.h"
#include "util/strings.h"

namespace dyad::store {
namespace {

constexpr const char* kConnectionPragmas =
    "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;";

constexpr const char* kSchema = R"sql(
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS documents (
  id INTEGER PRIMARY KEY,
  doc_id TEXT NOT NULL UNIQUE,
  date INTEGER,            -- YYYYMMDD, or NULL
  outlet TEXT, title TEXT, url TEXT,
  hash TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sentences (
  doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (doc, idx)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS events (
  id INTEGER PRIMARY KEY,
  date INTEGER NOT NULL,   -- YYYYMMDD, 0 when unknown
  source TEXT NOT NULL, target TEXT NOT NULL, code TEXT NOT NULL,
  root TEXT NOT NULL, quad INTEGER NOT NULL, goldstein REAL NOT NULL,
  source_country TEXT, source_role TEXT, target_country TEXT, target_role TEXT,
  -- also the dyad index: both directions of a dyad are ranges on it. There
  -- is no (target, ...) index: it cost 15% of the ingest, and a query by
  -- target alone walks the date index instead.
  UNIQUE (source, target, date, code)
);
CREATE TABLE IF NOT EXISTS mentions (
  id INTEGER PRIMARY KEY,
  event INTEGER NOT NULL REFERENCES events(id),
  doc INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence INTEGER NOT NULL,
  modality TEXT NOT NULL,
  source_begin INTEGER, source_end INTEGER, source_name TEXT,
  target_begin INTEGER, target_end INTEGER, target_name TEXT,
  trigger_begin INTEGER, trigger_end INTEGER, trigger_text TEXT,
  rule TEXT
);
CREATE INDEX IF NOT EXISTS events_date ON events (date);
CREATE INDEX IF NOT EXISTS mentions_event ON mentions (event);
CREATE INDEX IF NOT EXISTS mentions_doc ON mentions (doc);
CREATE TEMP TABLE IF NOT EXISTS replaced_events (id INTEGER PRIMARY KEY);
)sql";

class SqliteWriter : public Writer {
 public:
  explicit SqliteWriter(SqliteDatabase* db) : db_(db) {}
  ~SqliteWriter() override { (void)Commit(); }

  Result<IngestResult> Ingest(const Document& doc, const std::vector<Event>& events,
                              const std::string& hash) override;

  Status Commit() override {
    if (!in_transaction_) return Status::Ok();
    in_transaction_ = false;
    pending_ = 0;
    Status s = db_->Exec("COMMIT");
    if (!s.ok()) (void)db_->Exec("ROLLBACK");
    return s;
  }

 private:
  // A statement used per document, prepared once; keyed by the address of
  // its SQL literal, so that finding it costs no string.
  Result<Statement*> Prepared(const char* sql) {
    auto it = statements_.find(sql);
    if (it == statements_.end()) {
      auto st = db_->Prepare(sql);
      if (!st.ok()) return st.status();
      it = statements_.emplace(sql, std::move(*st)).first;
    }
    it->second.Reset();  // in case an error left it mid-way
    return &it->second;
  }

  SqliteDatabase* db_;
  std::unordered_map<const char*, Statement> statements_;
  bool in_transaction_ = false;
  std::size_t pending_ = 0;  // documents in the open transaction
};

Result<IngestResult> SqliteWriter::Ingest(const Document& doc,
                                          const std::vector<Event>& events,
                                          const std::string& hash) {
  SqliteDatabase& db = *db_;
  IngestResult result;
  if (!in_transaction_) {
    DYAD_RETURN_IF_ERROR(db.Exec("BEGIN IMMEDIATE"));
    in_transaction_ = true;
  }
  // Savepoints through prepared statements: Exec would parse them anew for
  // every document.
  auto savepoint = Prepared("SAVEPOINT document");
  if (!savepoint.ok()) return savepoint.status();
  DYAD_RETURN_IF_ERROR((*savepoint)->Run());
  // Any error from here on rolls the whole document back, and only it.
  auto fail = [&](const Status& s) -> Result<IngestResult> {
    (void)db.Exec("ROLLBACK TO document");
    (void)db.Exec("RELEASE document");
    return s;
  };
  // The document is complete: release it into the batch, which commits
  // every batch_size documents.
  auto done = [&]() -> Result<IngestResult> {
    auto release = Prepared("RELEASE document");
    if (!release.ok()) return fail(release.status());
    if (Status s = (*release)->Run(); !s.ok()) return fail(s);
    if (++pending_ >= batch_size_) DYAD_RETURN_IF_ERROR(Commit());
    return result;
  };
  auto find_or = Prepared("SELECT id, hash FROM documents WHERE doc_id = ?");
  if (!find_or.ok()) return fail(find_or.status());
  Statement& find = **find_or;
  find.Bind(1, doc.id);
  auto row = find.Step();
  if (!row.ok()) return fail(row.status());
  if (*row) {
    std::int64_t old = find.Int(0);
    if (find.Text(1) == hash) {
      find.Reset();
      result.outcome = IngestResult::Outcome::kUnchanged;
      return done();
    }
    find.Reset();
    // A changed document replaces its old mentions; events left without
    // mentions go too (only the old document's events can be).
    for (const char* sql :
         {"DELETE FROM temp.replaced_events",
          "INSERT OR IGNORE INTO temp.replaced_events SELECT event FROM mentions "
          "WHERE doc = ?1",
          "DELETE FROM documents WHERE id = ?1",
          "DELETE FROM events WHERE id IN (SELECT id FROM temp.replaced_events) AND "
          "NOT EXISTS (SELECT 1 FROM mentions WHERE event = events.id)"}) {
      auto st = Prepared(sql);
      if (!st.ok()) return fail(st.status());
      if (std::string_view(sql).find("?1") != std::string_view::npos) (*st)->Bind(1, old);
      if (Status s = (*st)->Run(); !s.ok()) return fail(s);
    }
    result.outcome = IngestResult::Outcome::kReplaced;
  } else {
    find.Reset();
  }

  auto insert_doc_or = Prepared(
      "INSERT INTO documents (doc_id, date, outlet, title, url, hash) VALUES (?, ?, ?, "
      "?, ?, ?)");
  if (!insert_doc_or.ok()) return fail(insert_doc_or.status());
  Statement& insert_doc = **insert_doc_or;
  insert_doc.Bind(1, doc.id);
  if (int d = DateNumber(doc.date))
    insert_doc.Bind(2, std::int64_t{d});
  else
    insert_doc.BindNull(2);
  insert_doc.Bind(3, doc.source).Bind(4, doc.title).Bind(5, doc.url).Bind(6, hash);
  if (Status s = insert_doc.Run(); !s.ok()) return fail(s);
  const std::int64_t doc_row = db.LastInsertId();

  auto insert_sentence_or =
      Prepared("INSERT OR IGNORE INTO sentences (doc, idx, text) VALUES (?, ?, ?)");
  auto insert_event_or = Prepared(
      "INSERT INTO events (date, source, target, code, root, quad, goldstein, "
      "source_country, source_role, target_country, target_role) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (source, target, date, code) DO NOTHING");
  auto find_event_or = Prepared(
      "SELECT id FROM events WHERE date = ? AND source = ? AND target = ? AND code = ?");
  auto insert_mention_or = Prepared(
      "INSERT INTO mentions (event, doc, sentence, modality, source_begin, source_end, "
      "source_name, target_begin, target_end, target_name, trigger_begin, trigger_end, "
      "trigger_text, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  for (auto* st :
       {&insert_sentence_or, &insert_event_or, &find_event_or, &insert_mention_or})
    if (!st->ok()) return fail(st->status());
  Statement& insert_sentence = **insert_sentence_or;
  Statement& insert_event = **insert_event_or;
  Statement& find_event = **find_event_or;
  Statement& insert_mention = **insert_mention_or;
  int last_sentence = -1;  // events come in sentence order
  for (const Event& e : events) {
    if (e.sentence != last_sentence) {
      last_sentence = e.sentence;
      insert_sentence.Bind(1, doc_row)
          .Bind(2, std::int64_t{e.sentence})
          .BindUnowned(3, e.text);
      if (Status s = insert_sentence.Run(); !s.ok()) return fail(s);
      result.sentences += static_cast<std::size_t>(db.Changes());
    }
    // The event row: inserted, or (when another mention made it) found.
    const std::int64_t date = DateNumber(e.date);
    insert_event.Bind(1, date)
        .BindUnowned(2, e.source)
        .BindUnowned(3, e.target)
        .BindUnowned(4, e.event_code);
    insert_event.BindUnowned(5, e.root_code)
        .Bind(6, std::int64_t{e.quad_class})
        .Bind(7, e.goldstein);
    insert_event.BindUnowned(8, e.source_country)
        .BindUnowned(9, e.source_role)
        .BindUnowned(10, e.target_country)
        .BindUnowned(11, e.target_role);
    if (Status s = insert_event.Run(); !s.ok()) return fail(s);
    std::int64_t event_row = db.LastInsertId();
    if (db.Changes() == 0) {
      find_event.Bind(1, date)
          .BindUnowned(2, e.source)
          .BindUnowned(3, e.target)
          .BindUnowned(4, e.event_code);
      auto found = find_event.Step();
      if (!found.ok() || !*found) {
        find_event.Reset();
        return fail(found.ok() ? Status::IOError("store: event vanished")
                               : found.status());
      }
      event_row = find_event.Int(0);
      find_event.Reset();
    }
    const Evidence& ev = e.evidence;
    insert_mention.Bind(1, event_row).Bind(2, doc_row).Bind(3, std::int64_t{e.sentence});
    insert_mention.BindUnowned(4, e.modality);
    insert_mention.Bind(5, std::int64_t{ev.source.begin})
        .Bind(6, std::int64_t{ev.source.end});
    insert_mention.BindUnowned(7, ev.source.text);
    insert_mention.Bind(8, std::int64_t{ev.target.begin})
        .Bind(9, std::int64_t{ev.target.end});
    insert_mention.BindUnowned(10, ev.target.text);
    insert_mention.Bind(11, std::int64_t{ev.trigger.begin});
    insert_mention.Bind(12, std::int64_t{ev.trigger.end})
        .BindUnowned(13, ev.trigger.text);
    insert_mention.BindUnowned(14, e.rule);
    if (Status s = insert_mention.Run(); !s.ok()) return fail(s);
    // A de-duplicated event stands for several mentions in its document.
    for (int extra = 1; extra < e.mentions; ++extra) {
      insert_mention.Bind(1, event_row)
          .Bind(2, doc_row)
          .Bind(3, std::int64_t{e.sentence});
      insert_mention.BindUnowned(4, e.modality).BindUnowned(14, e.rule);
      if (Status s = insert_mention.Run(); !s.ok()) return fail(s);
    }
    result.events += e.mentions;
  }
  return done();
}

}  // namespace

Status OpenSqliteStore(const std::string& path, bool read_only, Store::Impl* impl) {
  auto opened = SqliteDatabase::Open(path, read_only);
  if (!opened.ok()) return opened.status();
  SqliteDatabase* db = opened->get();
  impl->db = std::move(*opened);
  // Readers and writers alike: aggregates sort in memory, not in temp files.
  if (Status s = impl->db->Exec(kConnectionPragmas); !s.ok()) return s;
  // The schema's version: a store from another version is refused plainly
  // rather than failing on a missing column later.
  std::int64_t values[2] = {0, 0};  // schema version, number of tables
  const char* queries[2] = {"PRAGMA user_version", "SELECT COUNT(*) FROM sqlite_master"};
  for (int i = 0; i < 2; ++i) {
    auto st = impl->db->Prepare(queries[i]);
    if (!st.ok()) return st.status();
    if (auto r = st->Step(); !r.ok()) return r.status();
    values[i] = st->Int(0);
  }
  const std::int64_t found = values[0];
  const bool empty = values[1] == 0;
  if (!empty && found != kSchemaVersion) return WrongVersion(path, found);
  if (!read_only) {
    Status s = impl->db->Exec(kSchema);
    if (!s.ok()) return s;
    if (empty) {  // a new store; an existing one is not written to on open
      s = impl->db->Exec("PRAGMA user_version = " + std::to_string(kSchemaVersion));
      if (!s.ok()) return s;
    }
    impl->writer = std::make_unique<SqliteWriter>(db);
  }
  return Status::Ok();
}

}  // namespace dyad::store

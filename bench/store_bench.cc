// Event store benchmarks.
//
//   bench_store ingest CORPUS [DB] [BATCH=2048]
//     codes and ingests a gen_corpus corpus (documents separated by "###"
//     lines) into a fresh SQLite store on one thread, as dyad ingest does
//     (BATCH documents per commit), and prints sentences/s for coding alone,
//     for coding plus storing, and for storing alone. DB may be a
//     postgresql:// URL (its dyad tables are dropped first and after).
//   bench_store series [EVENTS=10000000] [DB]
//     fills a store with EVENTS synthetic events (one mention each) in bulk,
//     then times dyad series questions (month and day) on busy dyads.
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "corpus.h"
#include "dyad/coder.h"
#include "dyad/store.h"
#include "store/postgres.h"
#include "store/sqlite.h"
#include "text/sentence_splitter.h"

namespace {

namespace fs = std::filesystem;

double Seconds(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// CPU seconds of this process: steadier than wall time on a shared machine.
double CpuSeconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

// Empties the store: removes a SQLite file, or drops a PostgreSQL store's
// tables (the URL's database itself stays).
void RemoveStore(const std::string& path) {
  if (dyad::store::IsPostgresUrl(path)) {
    auto db = dyad::store::PostgresDatabase::Open(path, false);
    if (db.ok())
      (void)(*db)->Exec(
          "DROP TABLE IF EXISTS mentions, sentences, events, documents, dyad_schema");
    return;
  }
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path + suffix);
}

[[noreturn]] void Die(const std::string& message) {
  std::fprintf(stderr, "bench_store: %s\n", message.c_str());
  std::exit(1);
}

// Tells the store which 64 documents come next, from `from`.
void Prefetch(dyad::Store& store, const std::vector<dyad::Document>& docs,
              std::size_t from) {
  std::vector<std::string> ids;
  for (std::size_t i = from; i < std::min(docs.size(), from + 64); ++i)
    ids.push_back(docs[i].id);
  if (auto s = store.Prefetch(ids); !s.ok()) Die(s.message());
}

int Ingest(const char* corpus, const std::string& db, std::size_t batch) {
  auto docs = dyad::bench::ReadCorpus("bench_store", corpus);
  // Spread over 20 days, so that events repeat across documents as in news.
  for (std::size_t i = 0; i < docs.size(); ++i)
    docs[i].date = "2024-07-" + std::to_string(10 + i % 20);
  std::size_t sentences = 0;
  for (const auto& d : docs) sentences += dyad::text::SplitSentences(d.text).size();
  auto dict = dyad::Dictionary::Default();
  if (!dict.ok()) Die(dict.status().message());
  dyad::Coder coder(std::move(*dict));

  // Best of three runs each: these machines are shared and noisy.
  double code_secs = 1e9, ingest_secs = 1e9, code_cpu = 1e9, ingest_cpu = 1e9;
  std::size_t events = 0;
  for (int run = 0; run < 3; ++run) {
    auto t0 = std::chrono::steady_clock::now();
    double c0 = CpuSeconds();
    events = 0;
    for (const auto& d : docs) events += coder.Code(d).size();
    code_secs = std::min(code_secs, Seconds(t0));
    code_cpu = std::min(code_cpu, CpuSeconds() - c0);

    RemoveStore(db);
    auto store = dyad::Store::Open(db);
    if (!store.ok()) Die(store.status().message());
    (*store)->SetBatchSize(batch);
    t0 = std::chrono::steady_clock::now();
    c0 = CpuSeconds();
    for (std::size_t i = 0; i < docs.size(); ++i) {
      if (i % 64 == 0) Prefetch(**store, docs, i);  // as dyad ingest does
      auto r = (*store)->Ingest(docs[i], coder.Code(docs[i]));
      if (!r.ok()) Die(r.status().message());
    }
    if (auto s = (*store)->Commit(); !s.ok()) Die(s.message());
    ingest_secs = std::min(ingest_secs, Seconds(t0));
    ingest_cpu = std::min(ingest_cpu, CpuSeconds() - c0);
  }
  std::printf("corpus: %zu documents, %zu sentences, %zu events\n", docs.size(),
              sentences, events);
  std::printf("code only:      %8.0f sentences/s (by CPU time %8.0f)\n",
              sentences / code_secs, sentences / code_cpu);
  std::printf(
      "code + store:   %8.0f sentences/s (by CPU time %8.0f), %.1f us/event stored\n",
      sentences / ingest_secs, sentences / ingest_cpu,
      (ingest_cpu - code_cpu) / std::max<std::size_t>(events, 1) * 1e6);
  // Storing alone, from events coded beforehand: what the store costs.
  std::vector<std::vector<dyad::Event>> coded;
  coded.reserve(docs.size());
  for (const auto& d : docs) coded.push_back(coder.Code(d));
  double store_cpu = 1e9;
  for (int run = 0; run < 3; ++run) {
    RemoveStore(db);
    auto store = dyad::Store::Open(db);
    if (!store.ok()) Die(store.status().message());
    (*store)->SetBatchSize(batch);
    double c0 = CpuSeconds();
    for (std::size_t i = 0; i < docs.size(); ++i) {
      if (i % 64 == 0) Prefetch(**store, docs, i);
      auto r = (*store)->Ingest(docs[i], coded[i]);
      if (!r.ok()) Die(r.status().message());
    }
    if (auto s = (*store)->Commit(); !s.ok()) Die(s.message());
    store_cpu = std::min(store_cpu, CpuSeconds() - c0);
  }
  std::printf("store only:     %8.0f sentences/s by CPU time, %.1f us/event\n",
              sentences / store_cpu, store_cpu / std::max<std::size_t>(events, 1) * 1e6);
  if (!dyad::store::IsPostgresUrl(db))
    std::printf("store size:     %.1f MB\n", fs::file_size(db) / 1e6);
  RemoveStore(db);
  return 0;
}

// Bulk-fills `db` with `n` events, one mention each, spread over ten years
// (2015-2024), 40 countries in every direction and 16 event codes.
void FillSynthetic(const std::string& db, long n) {
  RemoveStore(db);
  {
    auto store = dyad::Store::Open(db);
    if (!store.ok()) Die(store.status().message());
  }
  auto conn = dyad::store::SqliteDatabase::Open(db, false);
  if (!conn.ok()) Die(conn.status().message());
  const std::string actors =
      "'USACHNRUSGBRFRADEUJPNINDBRAIRNISRPSEUKRTURSAUEGYPAKAFGSYRIRQ"
      "KORPRKMEXCANAUSITAESPPOLNGAKENZAFETHSDNVENCOLARGIDNPHLVNMTHA'";
  const std::string codes = "'010020036042043051057061111112120130141163173190'";
  const std::string sql =
      "PRAGMA synchronous = OFF; PRAGMA journal_mode = OFF; PRAGMA cache_size = -1000000;"
      "DROP INDEX IF EXISTS events_dyad; DROP INDEX IF EXISTS events_reverse;"
      "DROP INDEX IF EXISTS events_date; DROP INDEX IF EXISTS mentions_event;"
      "DROP INDEX IF EXISTS mentions_doc; BEGIN;"
      "INSERT INTO documents (id, doc_id, hash) VALUES (1, 'synthetic', '0');"
      "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < " +
      std::to_string(n - 1) +
      ") INSERT OR IGNORE INTO events (id, date, source, target, code, root, quad, "
      "goldstein) SELECT i + 1, date, substr(" +
      actors + ", 1 + 3 * s, 3), substr(" + actors +
      ", 1 + 3 * ((s + 1 + j / 40 % 39) % 40), 3), substr(" + codes +
      ", 1 + 3 * c, 3), substr(" + codes +
      ", 1 + 3 * c, 2), 1 + c / 4, c - 8.0 FROM (SELECT i, i / 3650 AS j, "
      "i / 3650 % 40 AS s, (i * 7 + i / 3650 / 1560) % 16 AS c, "
      "CAST(strftime('%Y%m%d', julianday('2015-01-01') + i % 3650) AS INTEGER) AS date "
      "FROM n);"
      "INSERT INTO mentions (event, doc, sentence, modality) "
      "SELECT id, 1, 0, 'asserted' FROM events; COMMIT;";
  if (auto s = (*conn)->Exec(sql); !s.ok()) Die(s.message());
  conn->reset();
  // Reopening recreates the indexes.
  auto store = dyad::Store::Open(db);
  if (!store.ok()) Die(store.status().message());
}

int Series(long n, const std::string& db) {
  auto t0 = std::chrono::steady_clock::now();
  FillSynthetic(db, n);
  std::printf("filled %ld synthetic events in %.1f s (%.0f MB)\n", n, Seconds(t0),
              fs::file_size(db) / 1e6);
  auto store = dyad::Store::Open(db, /*read_only=*/true);
  if (!store.ok()) Die(store.status().message());
  auto counts = (*store)->Counts();
  if (!counts.ok()) Die(counts.status().message());
  std::printf("store: %lld events, %lld mentions\n", static_cast<long long>((*counts)[1]),
              static_cast<long long>((*counts)[2]));
  for (const char* by : {"month", "day"}) {
    for (auto [a, b] : {std::pair{"USA", "CHN"}, std::pair{"RUS", "UKR"}}) {
      double best = 1e9;
      std::size_t rows = 0, events = 0;
      for (int r = 0; r < 3; ++r) {
        t0 = std::chrono::steady_clock::now();
        auto series = (*store)->DyadSeries(a, b, by, {});
        if (!series.ok()) Die(series.status().message());
        best = std::min(best, Seconds(t0));
        rows = series->size();
        events = 0;
        for (const auto& p : *series) events += p.events;
      }
      std::printf("dyad %s %s --by %-5s %6zu rows, %7zu events: %7.1f ms\n", a, b, by,
                  rows, events, best * 1e3);
    }
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::string what = argc > 1 ? argv[1] : "";
  std::string tmp = (fs::temp_directory_path() / "dyad_bench_store.db").string();
  if (what == "ingest" && argc > 2)
    return Ingest(argv[2], argc > 3 ? argv[3] : tmp,
                  argc > 4 ? std::max(1L, std::atol(argv[4])) : 2048);
  if (what == "series")
    return Series(argc > 2 ? std::atol(argv[2]) : 10000000, argc > 3 ? argv[3] : tmp);
  std::fprintf(stderr,
               "usage: bench_store ingest CORPUS [DB] [BATCH=2048]\n"
               "       bench_store series [EVENTS=10000000] [DB]\n");
  return 2;
}

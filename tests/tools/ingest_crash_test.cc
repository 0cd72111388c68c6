// dyad ingest killed with SIGKILL in the middle of a run leaves a consistent
// store (only whole documents), and rerunning the same command completes it
// with exactly the events of an uninterrupted run; on SQLite and on a
// throwaway PostgreSQL cluster.
#include <gtest/gtest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <thread>

#include "testing/postgres_cluster.h"

namespace {

namespace fs = std::filesystem;

constexpr int kDocuments = 6000;

// Each document reports two events in two sentences, so a store holding
// whole documents only has exactly twice as many mentions as documents.
void WriteArticles(const fs::path& path) {
  const char* countries[] = {"France", "Germany", "Japan",  "Brazil", "India",
                             "Egypt",  "Kenya",   "Mexico", "Canada", "Peru",
                             "Chile",  "Spain",   "Italy",  "Poland", "Norway"};
  const char* verbs[] = {"condemned", "praised", "accused", "criticised", "welcomed"};
  const int n = std::size(countries);
  std::ofstream out(path);
  for (int i = 0; i < kDocuments; ++i) {
    const char* a = countries[i % n];
    const char* b = countries[(i / n + 1 + i % n) % n == i % n ? (i + 1) % n
                                                               : (i / n + 1 + i % n) % n];
    const char* c = countries[(i * 7 + 3) % n];
    const char* d = countries[(i * 7 + 4) % n];
    char date[16];
    std::snprintf(date, sizeof date, "2024-%02d-%02d", 1 + i % 12, 1 + i % 28);
    out << "{\"id\":\"doc" << i << "\",\"date\":\"" << date << "\",\"source\":\"Outlet "
        << i % 7 << "\",\"text\":\"" << a << " " << verbs[i % 5] << " " << b << ". " << c
        << " " << verbs[(i / 5) % 5] << " " << d << ".\"}\n";
  }
}

int RunDyad(const std::string& args, std::string* out = nullptr) {
  std::string cmd = std::string(DYAD_BINARY) + " " + args + " 2>/dev/null";
  std::string text;
  FILE* pipe = popen(cmd.c_str(), "r");
  if (!pipe) return -1;
  char buf[4096];
  for (std::size_t got; (got = fread(buf, 1, sizeof buf, pipe)) > 0;)
    text.append(buf, got);
  int status = pclose(pipe);
  if (out) *out = text;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// documents and mentions, from `dyad query summary`.
std::pair<long, long> Totals(const std::string& db) {
  std::string out;
  if (RunDyad("query --db '" + db + "' summary --format jsonl", &out) != 0)
    return {-1, -1};
  long docs = -1, mentions = -1;
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) {
    auto row = nlohmann::json::parse(line);
    if (row["list"] == "documents") docs = row["events"];
    if (row["list"] == "mentions") mentions = row["events"];
  }
  return {docs, mentions};
}

// Every stored event without its row id, in a stable order.
std::vector<nlohmann::json> AllEvents(const std::string& db) {
  std::string out;
  EXPECT_EQ(
      RunDyad("query --db '" + db + "' events --limit 1000000 --format jsonl", &out), 0);
  std::vector<nlohmann::json> events;
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);) {
    auto e = nlohmann::json::parse(line);
    e.erase("id");
    events.push_back(std::move(e));
  }
  std::sort(events.begin(), events.end(),
            [](const auto& x, const auto& y) { return x.dump() < y.dump(); });
  return events;
}

// Ingests `articles` into `whole` uninterrupted and into `crashed` with a
// SIGKILL in the middle, then reruns the crashed one.
void KillAndRerun(const fs::path& articles, const std::string& whole,
                  const std::string& crashed) {
  ASSERT_EQ(RunDyad("ingest --db '" + whole + "' " + articles.string()), 0);
  ASSERT_EQ(Totals(whole), (std::pair<long, long>{kDocuments, 2L * kDocuments}));

  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    freopen("/dev/null", "w", stderr);
    execl(DYAD_BINARY, "dyad", "ingest", "--db", crashed.c_str(), articles.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  // Kill it once some batches are committed, in the middle of the next ones.
  for (int i = 0; i < 1000 && Totals(crashed).first <= 0; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  kill(pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status)) << "ingest finished before it could be killed";

  auto [docs, mentions] = Totals(crashed);
  EXPECT_GT(docs, 0);
  EXPECT_LT(docs, kDocuments);
  EXPECT_EQ(mentions, 2 * docs) << "a document was stored in part";

  ASSERT_EQ(RunDyad("ingest --db '" + crashed + "' " + articles.string()), 0);
  EXPECT_EQ(Totals(crashed), Totals(whole));
  EXPECT_EQ(AllEvents(crashed), AllEvents(whole));
}

class IngestCrashTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("dyad_crash_test_" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    WriteArticles(dir_ / "articles.jsonl");
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(IngestCrashTest, KilledIngestIsConsistentAndRerunCompletesIt) {
  KillAndRerun(dir_ / "articles.jsonl", (dir_ / "whole.db").string(),
               (dir_ / "crashed.db").string());
}

// A disk that fills up (a file size limit stands in for it): a clear error
// naming the store, only whole documents kept, and a rerun completes it.
TEST_F(IngestCrashTest, FullDiskIsAClearErrorAndLosesNoDocument) {
  const fs::path articles = dir_ / "articles.jsonl", full = dir_ / "full.db",
                 log = dir_ / "stderr.txt";
  const std::string whole = (dir_ / "whole.db").string();
  ASSERT_EQ(RunDyad("ingest --db " + whole + " " + articles.string()), 0);
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    freopen(log.c_str(), "w", stderr);
    signal(SIGXFSZ, SIG_IGN);  // a write past the limit then fails instead
    rlimit limit{256 * 1024, 256 * 1024};
    setrlimit(RLIMIT_FSIZE, &limit);
    execl(DYAD_BINARY, "dyad", "ingest", "--db", full.c_str(), articles.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 1);
  std::ifstream in(log);
  std::stringstream message;
  message << in.rdbuf();
  EXPECT_NE(message.str().find(full.string() + ": "), std::string::npos) << message.str();
  EXPECT_NE(message.str().find("disk"), std::string::npos) << message.str();

  auto [docs, mentions] = Totals(full.string());
  EXPECT_LT(docs, kDocuments);
  EXPECT_EQ(mentions, 2 * docs) << "a document was stored in part";
  ASSERT_EQ(RunDyad("ingest --db " + full.string() + " " + articles.string()), 0);
  EXPECT_EQ(Totals(full.string()), Totals(whole));
  EXPECT_EQ(AllEvents(full.string()), AllEvents(whole));
}

// SQLite's own check of a store file: "ok" when sound, else what SQLite
// said. Opened for writing, as the next ingest opens it: a write-ahead log
// left by a killed process is recovered on open, which a read-only handle
// cannot do when the process died before the log's index was made (the
// check then failed with no answer on a loaded machine).
std::string IntegrityCheck(const std::string& db) {
  sqlite3* handle = nullptr;
  std::string result = "cannot open";
  if (sqlite3_open_v2(db.c_str(), &handle, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
    sqlite3_busy_timeout(handle, 5000);
    sqlite3_stmt* stmt = nullptr;
    result.clear();
    if (sqlite3_prepare_v2(handle, "PRAGMA integrity_check", -1, &stmt, nullptr) ==
        SQLITE_OK)
      while (sqlite3_step(stmt) == SQLITE_ROW)
        result += reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    if (result.empty()) result = sqlite3_errmsg(handle);
    sqlite3_finalize(stmt);
  }
  sqlite3_close(handle);
  return result;
}

// Issue 14: a SIGKILL at 20 random moments of one ingest, each followed by
// SQLite's integrity check and the whole-documents check; each run resumes
// the last, and the last completes it with exactly the events of an
// uninterrupted run.
TEST_F(IngestCrashTest, KilledAtTwentyRandomMoments) {
  const fs::path articles = dir_ / "articles.jsonl";
  const std::string whole = (dir_ / "whole.db").string();
  const std::string crashed = (dir_ / "crashed.db").string();
  ASSERT_EQ(RunDyad("ingest --db '" + whole + "' " + articles.string()), 0);
  std::mt19937 random(::testing::UnitTest::GetInstance()->random_seed());
  int killed = 0;
  bool readable = false;
  for (int trial = 0; trial < 20; ++trial) {
    pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      freopen("/dev/null", "w", stderr);
      execl(DYAD_BINARY, "dyad", "ingest", "--db", crashed.c_str(), articles.c_str(),
            static_cast<char*>(nullptr));
      _exit(127);
    }
    const int ms = std::uniform_int_distribution<int>(0, 150)(random);
    std::this_thread::sleep_for(std::chrono::milliseconds(ms));
    kill(pid, SIGKILL);
    int status = 0;
    waitpid(pid, &status, 0);
    killed += WIFSIGNALED(status);
    if (!fs::exists(crashed)) continue;  // killed before it made the store
    EXPECT_EQ(IntegrityCheck(crashed), "ok")
        << "trial " << trial << " at " << ms << " ms";
    auto [docs, mentions] = Totals(crashed);
    if (docs < 0) {
      // Killed while it made the store's tables: nothing stored yet, and
      // the next run makes them. A store once read must stay readable.
      EXPECT_FALSE(readable) << "trial " << trial << ": the store became unreadable";
      continue;
    }
    readable = true;
    EXPECT_EQ(mentions, 2 * docs) << "trial " << trial << ": a document stored in part";
  }
  EXPECT_GE(killed, 10) << "ingest ended before most kills";
  ASSERT_EQ(RunDyad("ingest --db '" + crashed + "' " + articles.string()), 0);
  EXPECT_EQ(IntegrityCheck(crashed), "ok");
  EXPECT_EQ(Totals(crashed), Totals(whole));
  EXPECT_EQ(AllEvents(crashed), AllEvents(whole));
}

TEST_F(IngestCrashTest, OnPostgresToo) {
  std::string why;
  auto cluster = dyad::testing::PostgresCluster::Start(&why);
  ASSERT_NE(cluster, nullptr) << why;
  KillAndRerun(dir_ / "articles.jsonl", cluster->Url("whole"), cluster->Url("crashed"));
  // A wrong URL: a clear error naming it, exit 1.
  std::string out;
  EXPECT_EQ(RunDyad("query --db 'postgresql:///none?host=/nonexistent' summary", &out),
            1);
}

// `dyad ingest --db DB ARTICLES`, started with its standard error to `log`.
pid_t StartIngest(const std::string& db, const fs::path& articles, const fs::path& log) {
  pid_t pid = fork();
  if (pid == 0) {
    freopen(log.c_str(), "w", stderr);
    execl(DYAD_BINARY, "dyad", "ingest", "--db", db.c_str(), articles.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

// The exit status of a finished `pid`, or -1; `*log` gets what it wrote.
int Finished(pid_t pid, const fs::path& log_path, std::string* log) {
  int status = 0;
  waitpid(pid, &status, 0);
  std::ifstream in(log_path);
  std::stringstream text;
  text << in.rdbuf();
  *log = text.str();
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// Issue 14: the PostgreSQL server stopped in the middle of an ingest and
// started again a second later (a restart, a failover; "fast" ends the
// sessions, "immediate" is a crash). The ingest reconnects and finishes: the
// store holds whole documents only, the summary counts each document once,
// the events are exactly those of an uninterrupted run, and a rerun stores
// nothing more.
TEST_F(IngestCrashTest, PostgresRestartedMidIngest) {
  std::string why;
  auto cluster = dyad::testing::PostgresCluster::Start(&why);
  ASSERT_NE(cluster, nullptr) << why;
  const fs::path articles = dir_ / "articles.jsonl", log = dir_ / "stderr.txt";
  const std::string whole = cluster->Url("whole");
  ASSERT_EQ(RunDyad("ingest --db '" + whole + "' " + articles.string()), 0);
  const auto expected_totals = Totals(whole);
  const auto expected_events = AllEvents(whole);
  for (std::string mode : {"fast", "immediate"}) {
    SCOPED_TRACE(mode);
    const std::string db = cluster->Url("restarted_" + mode);
    pid_t pid = StartIngest(db, articles, log);
    ASSERT_GT(pid, 0);
    // A loaded machine (ctest -j2 beside builds) may take seconds to store
    // the first batch; the restart must come after it.
    for (int i = 0; i < 6000 && Totals(db).first <= 0; ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    ASSERT_GT(Totals(db).first, 0) << "nothing stored after 30 s";
    int status = 0;
    ASSERT_EQ(waitpid(pid, &status, WNOHANG), 0) << "ingest ended before the restart";
    ASSERT_TRUE(cluster->StopServer(mode));
    std::this_thread::sleep_for(std::chrono::seconds(1));
    ASSERT_TRUE(cluster->StartServer());
    auto [docs, mentions] = Totals(db);
    EXPECT_LT(docs, kDocuments) << "ingest ended before the server was back";
    EXPECT_EQ(mentions, 2 * docs) << "a document was stored in part";
    std::string message;
    ASSERT_EQ(Finished(pid, log, &message), 0) << message;
    EXPECT_NE(message.find("6000 documents (6000 new, 0 unchanged, 0 replaced), 12000 "
                           "sentences, 12000 event mentions; skipped 0;"),
              std::string::npos)
        << message;
    EXPECT_EQ(Totals(db), expected_totals);
    EXPECT_EQ(AllEvents(db), expected_events);

    ASSERT_EQ(Finished(StartIngest(db, articles, log), log, &message), 0) << message;
    EXPECT_NE(message.find("6000 documents (0 new, 6000 unchanged, 0 replaced)"),
              std::string::npos)
        << message;
    EXPECT_EQ(Totals(db), expected_totals);
  }
}

}  // namespace

// The PostgreSQL backend against a throwaway cluster: the same documents
// ingested into SQLite and PostgreSQL give the same answers to every
// question, and its failures are clear errors.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "dyad/coder.h"
#include "dyad/store.h"
#include "testing/postgres_cluster.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

class PostgresStoreTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    cluster_ = testing::PostgresCluster::Start(&why_).release();
  }
  static void TearDownTestSuite() {
    delete cluster_;
    cluster_ = nullptr;
  }
  void SetUp() override { ASSERT_NE(cluster_, nullptr) << why_; }

  static testing::PostgresCluster* cluster_;
  static std::string why_;
};

testing::PostgresCluster* PostgresStoreTest::cluster_ = nullptr;
std::string PostgresStoreTest::why_;

Document Doc(std::string id, std::string date, std::string text, std::string outlet) {
  Document d;
  d.id = std::move(id);
  d.date = std::move(date);
  d.text = std::move(text);
  d.source = std::move(outlet);
  return d;
}

std::vector<Document> Documents() {
  std::vector<Document> docs;
  const char* texts[] = {
      "Iran condemned Israel. Egypt praised Jordan.",
      "Iran condemned Israel on Tuesday, and Israel accused Iran of arming militias.",
      "China denied supplying weapons to Russia. NATO leaders criticised China.",
      "The United States imposed sanctions on Russia. Russia threatened to retaliate.",
      "Germany and France signed an agreement with Poland.",
      "Police arrested protesters in Kenya. Kenya appealed for aid from the UN.",
  };
  for (int i = 0; i < 24; ++i) {
    char date[16];
    std::snprintf(date, sizeof date, "2024-%02d-%02d", 1 + i % 3, 1 + (i * 5) % 27);
    docs.push_back(Doc("doc" + std::to_string(i), date, texts[i % 6],
                       "Outlet " + std::to_string(i % 4)));
  }
  std::ifstream seed(std::string(DYAD_SHARED_DIR) + "/corpus/seed-article.txt");
  std::stringstream text;
  text << seed.rdbuf();
  docs.push_back(Doc("seed", "2024-07-11", text.str(), "Seed"));
  return docs;
}

std::string Num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.6f", v);
  return buf;
}

// Everything the store answers, as text, without row ids.
std::string Answers(Store& store) {
  std::ostringstream out;
  auto counts = store.Counts();
  if (!counts.ok()) return "error: " + counts.status().message();
  for (auto c : *counts) out << c << " ";
  out << "\n";
  EventQuery all;
  all.limit = 100000;
  for (const EventQuery& q : {all, [] {
                                EventQuery q;
                                q.actor = "IR";
                                q.text = "CONDEMNED";
                                q.limit = 3;
                                q.offset = 1;
                                return q;
                              }()}) {
    auto events = store.Events(q);
    if (!events.ok()) return "error: " + events.status().message();
    for (const auto& e : *events)
      out << e.date << "|" << e.source << "|" << e.target << "|" << e.event_code << "|"
          << e.root_code << "|" << e.quad_class << "|" << Num(e.goldstein) << "|"
          << e.num_mentions << "|" << e.num_articles << "|" << e.num_sources << "|"
          << e.modality << "|" << e.text << "|" << e.doc << "|" << e.source_name << "|"
          << e.target_name << "|" << e.source_country << e.source_role << e.target_country
          << e.target_role << "\n";
  }
  auto mentions = store.Mentions({}, 0, 100000);
  if (!mentions.ok()) return "error: " + mentions.status().message();
  for (const auto& m : *mentions)
    out << m.event_date << "|" << m.doc << "|" << m.outlet << "|" << m.doc_date << "|"
        << m.sentence << "|" << m.modality << "|" << m.source_begin << "|"
        << m.target_begin << "|" << m.trigger_begin << "|" << m.source_name << "|"
        << m.target_name << "|" << m.trigger_text << "|" << m.rule << "\n";
  for (std::int64_t event : {1, 2, 5}) {
    auto reports = store.EventMentions(event);
    if (!reports.ok()) return "error: " + reports.status().message();
    for (const auto& m : *reports)
      out << m.doc << "|" << m.sentence << "|" << m.rule << "\n";
  }
  for (const char* by : {"day", "week", "month"}) {
    auto series = store.DyadSeries("IRN", "ISR", by, {});
    if (!series.ok()) return "error: " + series.status().message();
    for (const auto& p : *series)
      out << p.period << "|" << p.source << "|" << p.target << "|" << p.events << "|"
          << p.quad[0] << p.quad[1] << p.quad[2] << p.quad[3] << "|"
          << Num(p.goldstein_sum) << "|" << Num(p.goldstein_mean) << "\n";
  }
  for (const AggregateScope& scope :
       {AggregateScope{"2024-01-01", "2024-12-31", false},
        AggregateScope{"2024-01-01", "2024-12-31", true}, AggregateScope{"", "", false},
        AggregateScope{"", "2024-02-01", true}}) {
    auto actors = store.Actors(scope, 50);
    if (!actors.ok()) return "error: " + actors.status().message();
    for (const auto& a : *actors)
      out << a.actor << "|" << a.as_source << "|" << a.as_target << "|"
          << Num(a.goldstein_mean) << "\n";
    auto edges = store.Network(scope, 1);
    if (!edges.ok()) return "error: " + edges.status().message();
    for (const auto& e : *edges)
      out << e.source << ">" << e.target << "|" << e.events << "|" << e.cooperation << "|"
          << e.conflict << "|" << Num(e.goldstein_sum) << "\n";
    auto summary = store.Summary(scope, 5);
    if (!summary.ok()) return "error: " + summary.status().message();
    out << summary->documents << "|" << summary->events << "|" << summary->mentions << "|"
        << summary->first_date << "|" << summary->last_date << "\n";
    for (const auto& [code, n] : summary->top_codes) out << code << ":" << n << " ";
    for (const auto* list :
         {&summary->top_dyads, &summary->most_conflictual, &summary->most_cooperative})
      for (const auto& e : *list) out << e.source << ">" << e.target << " ";
    out << "\n";
  }
  return out.str();
}

void IngestAll(Store& store, const std::vector<Document>& docs, std::size_t batch) {
  static const Coder coder(*Dictionary::Default(), CoderOptions{.monadic = true});
  store.SetBatchSize(batch);
  for (const auto& d : docs) {
    auto r = store.Ingest(d, coder.Code(d));
    ASSERT_TRUE(r.ok()) << r.status().message();
  }
  ASSERT_TRUE(store.Commit().ok());
}

TEST_F(PostgresStoreTest, SameAnswersAsSqlite) {
  const std::string path = (fs::temp_directory_path() / "dyad_pg_twin.db").string();
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path + suffix);
  auto lite = Store::Open(path);
  auto pg = Store::Open(cluster_->Url("twin"));
  ASSERT_TRUE(lite.ok()) << lite.status().message();
  ASSERT_TRUE(pg.ok()) << pg.status().message();
  auto docs = Documents();
  IngestAll(**lite, docs, 1);
  IngestAll(**pg, docs, 7);  // batches of several documents
  const std::string answers = Answers(**lite);
  EXPECT_GT(answers.size(), 5000u);
  EXPECT_EQ(Answers(**pg), answers);

  // Unchanged documents are no-ops; a changed one replaces its events.
  static const Coder coder(*Dictionary::Default(), CoderOptions{.monadic = true});
  auto again = (*pg)->Ingest(docs[3], coder.Code(docs[3]));
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->outcome, IngestResult::Outcome::kUnchanged);
  Document changed = docs[0];
  changed.text = "Egypt praised Jordan. Iran praised Iraq.";
  for (auto* store : {&*lite, &*pg}) {
    auto r = (*store)->Ingest(changed, coder.Code(changed));
    ASSERT_TRUE(r.ok()) << r.status().message();
    EXPECT_EQ(r->outcome, IngestResult::Outcome::kReplaced);
    // The same id twice in one batch: the second replaces the first.
    Document twice = changed;
    twice.text = "Iran praised Iraq.";
    r = (*store)->Ingest(twice, coder.Code(twice));
    ASSERT_TRUE(r.ok()) << r.status().message();
    EXPECT_EQ(r->outcome, IngestResult::Outcome::kReplaced);
    ASSERT_TRUE((*store)->Commit().ok());
  }
  EXPECT_EQ(Answers(**pg), Answers(**lite));
  lite->reset();
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path + suffix);
}

TEST_F(PostgresStoreTest, PrefetchedIngestHasTheSameOutcomes) {
  auto pg = Store::Open(cluster_->Url("prefetch"));
  ASSERT_TRUE(pg.ok()) << pg.status().message();
  static const Coder coder(*Dictionary::Default(), CoderOptions{.monadic = true});
  auto docs = Documents();
  docs.resize(6);
  docs[5].id = "we\"ird\\id, {x}";  // quoted in the array literal
  (*pg)->SetBatchSize(4);
  auto ingest = [&](const std::vector<Document>& batch) {
    std::vector<std::string> ids;
    for (const auto& d : batch) ids.push_back(d.id);
    EXPECT_TRUE((*pg)->Prefetch(ids).ok());
    std::vector<IngestResult::Outcome> outcomes;
    for (const auto& d : batch) {
      auto r = (*pg)->Ingest(d, coder.Code(d));
      EXPECT_TRUE(r.ok()) << r.status().message();
      outcomes.push_back(r.ok() ? r->outcome : IngestResult::Outcome::kAdded);
    }
    EXPECT_TRUE((*pg)->Commit().ok());
    return outcomes;
  };
  using O = IngestResult::Outcome;
  EXPECT_EQ(ingest(docs), std::vector<O>(6, O::kAdded));
  // Again, with one changed and one given twice (the batch flushes between).
  std::vector<Document> again = docs;
  again[2].text = "Egypt praised Jordan.";
  again.push_back(again[2]);
  again.back().text = "Egypt praised Jordan again.";
  EXPECT_EQ(ingest(again),
            (std::vector<O>{O::kUnchanged, O::kUnchanged, O::kReplaced, O::kUnchanged,
                            O::kUnchanged, O::kUnchanged, O::kReplaced}));
  EXPECT_EQ((*(*pg)->Counts())[0], 6);
}

TEST_F(PostgresStoreTest, ClearErrors) {
  // No server at that socket.
  auto none = Store::Open("postgresql:///x?host=/nonexistent&user=dyad");
  ASSERT_FALSE(none.ok());
  EXPECT_NE(none.status().message().find("postgresql:///x?host=/nonexistent"),
            std::string::npos)
      << none.status().message();
  EXPECT_NE(none.status().message().find("cannot connect"), std::string::npos);
  // A password never shows in a message.
  auto secret = Store::Open("postgresql://dyad:hunter2@127.0.0.1:1/x?connect_timeout=2");
  ASSERT_FALSE(secret.ok());
  EXPECT_EQ(secret.status().message().find("hunter2"), std::string::npos)
      << secret.status().message();
  // Reading a database that holds no store.
  auto empty = Store::Open(cluster_->Url("empty"), /*read_only=*/true);
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.status().message().find("no dyad store"), std::string::npos);
  // A read-only store refuses to ingest.
  ASSERT_TRUE(Store::Open(cluster_->Url("ro")).ok());
  auto ro = Store::Open(cluster_->Url("ro"), /*read_only=*/true);
  ASSERT_TRUE(ro.ok()) << ro.status().message();
  auto r = (*ro)->Ingest(Doc("a", "2024-01-01", "Iran condemned Israel.", ""), {});
  EXPECT_FALSE(r.ok());
}

}  // namespace
}  // namespace dyad

#include "dyad/store.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "dyad/coder.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ =
        (fs::temp_directory_path() /
         ("dyad_store_" +
          std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) +
          ".db"))
            .string();
    Remove();
    auto s = Store::Open(path_);
    ASSERT_TRUE(s.ok()) << s.status().message();
    store_ = std::move(*s);
  }
  void TearDown() override {
    store_.reset();
    Remove();
  }
  void Remove() {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path_ + suffix);
  }

  static Document Doc(std::string id, std::string text, std::string outlet = "") {
    Document d;
    d.id = std::move(id);
    d.date = "2024-07-11";
    d.text = std::move(text);
    d.source = std::move(outlet);
    return d;
  }
  IngestResult Ingest(const Document& d) {
    static const Coder coder(*Dictionary::Default());
    auto r = store_->Ingest(d, coder.Code(d));
    EXPECT_TRUE(r.ok()) << r.status().message();
    return r.ok() ? *r : IngestResult();
  }
  std::vector<std::int64_t> Counts() { return *store_->Counts(); }

  std::string path_;
  std::unique_ptr<Store> store_;
};

TEST_F(StoreTest, IngestIsIdempotentAndReplacesChangedDocuments) {
  auto first = Ingest(Doc("a", "Iran condemned Israel. Egypt praised Jordan."));
  EXPECT_EQ(first.outcome, IngestResult::Outcome::kAdded);
  EXPECT_EQ(first.events, 2u);
  EXPECT_EQ(Counts(), (std::vector<std::int64_t>{1, 2, 2}));

  auto again = Ingest(Doc("a", "Iran condemned Israel. Egypt praised Jordan."));
  EXPECT_EQ(again.outcome, IngestResult::Outcome::kUnchanged);
  EXPECT_EQ(Counts(), (std::vector<std::int64_t>{1, 2, 2}));

  auto changed = Ingest(Doc("a", "Iran condemned Israel."));
  EXPECT_EQ(changed.outcome, IngestResult::Outcome::kReplaced);
  EXPECT_EQ(Counts(), (std::vector<std::int64_t>{1, 1, 1})) << "the praise event is gone";
}

TEST_F(StoreTest, OneEventAcrossDocumentsWithCounts) {
  Ingest(Doc("a", "Iran condemned Israel.", "Outlet A"));
  Ingest(Doc("b", "Iran condemned Israel on Friday. Later, Iran condemned Israel again.",
             "Outlet B"));
  auto events = store_->Events(EventQuery{});
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 1u);
  const StoredEvent& e = (*events)[0];
  EXPECT_EQ(e.source, "IRN");
  EXPECT_EQ(e.target, "ISR");
  EXPECT_EQ(e.event_code, "111");
  EXPECT_EQ(e.num_mentions, 3);
  EXPECT_EQ(e.num_articles, 2);
  EXPECT_EQ(e.num_sources, 2);
  EXPECT_EQ(e.date, "2024-07-11");
}

TEST_F(StoreTest, QueriesFilter) {
  Ingest(
      Doc("a", "Iran condemned Israel. Egypt praised Jordan. Russia attacked Ukraine."));
  EventQuery q;
  q.actor = "ISR";
  EXPECT_EQ(store_->Events(q)->size(), 1u);
  q = EventQuery();
  q.code = "19";
  auto fights = store_->Events(q);
  ASSERT_EQ(fights->size(), 1u);
  EXPECT_EQ((*fights)[0].source, "RUS");
  q = EventQuery();
  q.quad_class = 1;
  EXPECT_EQ(store_->Events(q)->size(), 1u);
  q = EventQuery();
  q.text = "praised";
  EXPECT_EQ(store_->Events(q)->size(), 1u);
  q = EventQuery();
  q.from = "2025-01-01";
  EXPECT_TRUE(store_->Events(q)->empty());
  q = EventQuery();
  q.limit = 2;
  EXPECT_EQ(store_->Events(q)->size(), 2u);
}

TEST(StoreOpenTest, ClearErrors) {
  auto missing = Store::Open("/nonexistent/dir/x.db");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("/nonexistent/dir/x.db"), std::string::npos);
  auto read_only =
      Store::Open((fs::temp_directory_path() / "dyad_no_such.db").string(), true);
  EXPECT_FALSE(read_only.ok());
}

TEST(ContentHashTest, StableAndSensitive) {
  EXPECT_EQ(ContentHash("abc"), ContentHash("abc"));
  EXPECT_NE(ContentHash("abc"), ContentHash("abd"));
  EXPECT_EQ(ContentHash("").size(), 16u);
}

}  // namespace
}  // namespace dyad

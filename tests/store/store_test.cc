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
    static const Coder coder(*Dictionary::Default(), CoderOptions{.monadic = true});
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
  EXPECT_EQ(changed.sentences, 1u);
  EXPECT_EQ(Counts(), (std::vector<std::int64_t>{1, 1, 1})) << "the praise event is gone";

  // An event another document also reports stays, with that mention only.
  Ingest(Doc("b", "Iran condemned Israel."));
  Ingest(Doc("a", "Egypt praised Jordan."));
  EXPECT_EQ(Counts(), (std::vector<std::int64_t>{2, 2, 2}));
  EventQuery q;
  q.source = "IRN";
  auto kept = store_->Events(q);
  ASSERT_EQ(kept->size(), 1u);
  EXPECT_EQ((*kept)[0].num_articles, 1);
  EXPECT_EQ((*kept)[0].doc, "b");
}

TEST_F(StoreTest, CountsSentencesNotEvents) {
  auto two_in_one = Ingest(Doc("c", "Iran condemned Israel and praised Jordan."));
  EXPECT_EQ(two_in_one.events, 2u);
  EXPECT_EQ(two_in_one.sentences, 1u) << "one sentence holds both events";
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

TEST_F(StoreTest, DyadSeriesActorsAndNetwork) {
  Document july =
      Doc("a", "Iran condemned Israel. Israel accused Iran. Egypt praised Jordan.");
  Document august = Doc("b", "Iran praised Israel. Iran condemned Israel.");
  august.date = "2024-08-02";
  Ingest(july);
  Ingest(august);

  auto series = store_->DyadSeries("ISR", "IRN", "month", {});
  ASSERT_TRUE(series.ok()) << series.status().message();
  ASSERT_EQ(series->size(), 3u);  // July both ways, August Iran to Israel
  EXPECT_EQ((*series)[0].period, "2024-07");
  EXPECT_EQ((*series)[0].source, "IRN");
  EXPECT_EQ((*series)[0].quad[2], 1) << "a condemnation is verbal conflict";
  EXPECT_EQ((*series)[1].source, "ISR");
  const DyadPeriod& aug = (*series)[2];
  EXPECT_EQ(aug.period, "2024-08");
  EXPECT_EQ(aug.events, 2);
  EXPECT_EQ(aug.quad[0], 1);
  EXPECT_EQ(aug.quad[2], 1);
  EXPECT_DOUBLE_EQ(aug.goldstein_mean, aug.goldstein_sum / 2);
  auto days = store_->DyadSeries("IRN", "ISR", "day", {"2024-08-01", ""});
  ASSERT_EQ(days->size(), 1u);
  EXPECT_EQ((*days)[0].period, "2024-08-02");
  EXPECT_TRUE(store_->DyadSeries("EGY", "ISR", "month", {})->empty());

  auto actors = store_->Actors({}, 10);
  ASSERT_TRUE(actors.ok());
  ASSERT_GE(actors->size(), 4u);
  EXPECT_EQ((*actors)[0].actor, "IRN");  // 4 events: 3 as source, 1 as target
  EXPECT_EQ((*actors)[0].as_source, 3);
  EXPECT_EQ((*actors)[0].as_target, 1);
  EXPECT_EQ(store_->Actors({}, 1)->size(), 1u);

  auto edges = store_->Network({}, 2);
  ASSERT_TRUE(edges.ok());
  ASSERT_EQ(edges->size(), 1u);  // only Iran to Israel has two or more events
  EXPECT_EQ((*edges)[0].source, "IRN");
  EXPECT_EQ((*edges)[0].events, 3);
  EXPECT_EQ((*edges)[0].cooperation, 1);
  EXPECT_EQ((*edges)[0].conflict, 2);
  EXPECT_EQ(store_->Network({"", "2024-07-31"}, 1)->size(), 3u);
}

TEST_F(StoreTest, WeeksAreIsoWeeks) {
  // 2024-12-30 is a Monday in ISO week 1 of 2025; 2021-01-03 a Sunday in
  // week 53 of 2020; 2024-07-11 is in week 28.
  for (const char* date : {"2024-12-30", "2021-01-03", "2024-07-11"}) {
    Document d = Doc(date, "Iran condemned Israel.");
    d.date = date;
    Ingest(d);
  }
  auto weeks = store_->DyadSeries("IRN", "ISR", "week", {});
  ASSERT_TRUE(weeks.ok()) << weeks.status().message();
  std::vector<std::string> periods;
  for (const auto& p : *weeks) periods.push_back(p.period);
  EXPECT_EQ(periods, (std::vector<std::string>{"2020-W53", "2024-W28", "2025-W01"}));
}

TEST_F(StoreTest, SummaryListsTotalsDyadsCodesAndExtremes) {
  Ingest(Doc("a",
             "Russia attacked Ukraine. Russia attacked Ukraine again on Friday. Egypt "
             "praised Jordan. Iran condemned Israel."));
  auto summary = store_->Summary({}, 10);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  EXPECT_EQ(summary->documents, 1);
  EXPECT_EQ(summary->events, 3);
  EXPECT_EQ(summary->mentions, 4);
  EXPECT_EQ(summary->first_date, "2024-07-11");
  ASSERT_FALSE(summary->top_dyads.empty());
  EXPECT_EQ(summary->top_dyads[0].source, "RUS");
  EXPECT_EQ(summary->top_dyads[0].events, 2);
  ASSERT_FALSE(summary->top_codes.empty());
  EXPECT_EQ(summary->top_codes[0].second, 2);
  ASSERT_EQ(summary->most_conflictual.size(), 2u);  // Russia-Ukraine, Iran-Israel
  EXPECT_EQ(summary->most_conflictual[0].source, "RUS");
  ASSERT_EQ(summary->most_cooperative.size(), 1u);
  EXPECT_EQ(summary->most_cooperative[0].source, "EGY");
  EXPECT_EQ(store_->Summary({}, 1)->top_dyads.size(), 1u);
  EXPECT_EQ(store_->Summary({"2025-01-01", ""}, 10)->events, 0);
}

TEST_F(StoreTest, AggregatesLeaveOutDeniedEventsUnlessAsked) {
  Ingest(Doc("a", "China denied that it supplied weapons to Russia."));
  EventQuery q;
  q.modality = "denied";
  ASSERT_EQ(store_->Events(q)->size(), 1u) << "the denied event is stored";
  EXPECT_TRUE(store_->DyadSeries("CHN", "RUS", "month", {})->empty());
  EXPECT_TRUE(store_->Network({}, 1)->empty());
  // The denial itself (016, no target) counts; what was denied does not.
  EXPECT_EQ(store_->Summary({}, 10)->events, 1);
  EXPECT_EQ(store_->Summary({}, 10)->mentions, 1);
  AggregateScope all;
  all.all_modalities = true;
  auto series = store_->DyadSeries("CHN", "RUS", "month", all);
  ASSERT_EQ(series->size(), 1u);
  EXPECT_EQ((*series)[0].quad[1], 1);
  EXPECT_EQ(store_->Network(all, 1)->size(), 1u);
  EXPECT_EQ(store_->Summary(all, 10)->events, 2);
  EXPECT_EQ(store_->Summary(all, 10)->mentions, 2);
}

TEST_F(StoreTest, KeysetPagesAndMentionsCoverEverythingOnce) {
  Document july = Doc("a", "Iran condemned Israel. Egypt praised Jordan.");
  Document june = Doc("b", "Russia attacked Ukraine. Iran condemned Israel.");
  june.date = "2024-06-01";
  june.url = "https://example.org/b";
  Ingest(july);
  Ingest(june);
  EventQuery q;
  q.limit = 1;
  std::vector<std::string> seen;
  for (int guard = 0; guard < 10; ++guard) {
    auto page = store_->Events(q);
    ASSERT_TRUE(page.ok());
    if (page->empty()) break;
    const StoredEvent& e = page->front();
    seen.push_back(e.date + " " + e.source + ">" + e.target);
    q.after_date =
        std::stoll(e.date.substr(0, 4) + e.date.substr(5, 2) + e.date.substr(8));
    q.after_id = e.id;
  }
  EXPECT_EQ(seen, (std::vector<std::string>{"2024-06-01 RUS>UKR", "2024-06-01 IRN>ISR",
                                            "2024-07-11 IRN>ISR", "2024-07-11 EGY>JOR"}));
  auto mentions = store_->Mentions({}, 0, 100);
  ASSERT_TRUE(mentions.ok());
  ASSERT_EQ(mentions->size(), 4u);
  const StoredMention& attack = (*mentions)[2];  // b's first sentence
  EXPECT_EQ(attack.doc, "b");
  EXPECT_EQ(attack.url, "https://example.org/b");
  EXPECT_EQ(attack.event_date, "2024-06-01");
  EXPECT_EQ(attack.source_name, "Russia");
  EXPECT_EQ(attack.source_begin, 0);
  EXPECT_EQ(attack.trigger_text, "attacked");
  EXPECT_EQ(store_->Mentions({}, (*mentions)[1].id, 100)->size(), 2u);
  EXPECT_EQ(store_->Mentions({"2024-07-01", ""}, 0, 100)->size(), 2u);
}

TEST_F(StoreTest, LockedStoreIsAClearErrorAndWritesNothing) {
  store_->SetBatchSize(100);  // keeps the write transaction open
  Ingest(Doc("a", "Iran condemned Israel."));
  auto other = Store::Open(path_);
  ASSERT_TRUE(other.ok()) << other.status().message();
  static const Coder coder(*Dictionary::Default(), CoderOptions{.monadic = true});
  Document b = Doc("b", "Egypt praised Jordan.");
  auto r = (*other)->Ingest(b, coder.Code(b));
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find(path_), std::string::npos) << r.status().message();
  EXPECT_NE(r.status().message().find("another process is writing"), std::string::npos)
      << r.status().message();
  ASSERT_TRUE(store_->Commit().ok());
  EXPECT_EQ(Counts(), (std::vector<std::int64_t>{1, 1, 1}));  // b was not written
  auto again = (*other)->Ingest(b, coder.Code(b));            // and can be, once free
  EXPECT_TRUE(again.ok()) << again.status().message();
}

TEST(StoreOpenTest, ClearErrors) {
  auto missing = Store::Open("/nonexistent/dir/x.db");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("/nonexistent/dir/x.db"), std::string::npos);
  auto read_only =
      Store::Open((fs::temp_directory_path() / "dyad_no_such.db").string(), true);
  EXPECT_FALSE(read_only.ok());
}

TEST(ContentHashTest, PiecesHashAsTheWhole) {
  ContentHasher h;
  for (const char* piece :
       {"Iran condemned ", "Israel.\n\n", "", "Egypt praised Jordan."})
    h.Add(piece);
  EXPECT_EQ(h.Hex(), ContentHash("Iran condemned Israel.\n\nEgypt praised Jordan."));
  EXPECT_EQ(ContentHasher().Hex(), ContentHash(""));
}

TEST(ContentHashTest, StableAndSensitive) {
  EXPECT_EQ(ContentHash("abc"), ContentHash("abc"));
  EXPECT_NE(ContentHash("abc"), ContentHash("abd"));
  EXPECT_EQ(ContentHash("").size(), 16u);
}

}  // namespace
}  // namespace dyad

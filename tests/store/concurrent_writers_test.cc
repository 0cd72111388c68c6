// Writers side by side on one PostgreSQL store (Dask workers): batches that
// report the same events in opposite orders, committed at the same moment,
// deadlock on the events' unique key; the server rolls one back, and the
// writer sends that batch again, so both are stored whole.
#include <gtest/gtest.h>

#include <latch>
#include <string>
#include <thread>
#include <vector>

#include "dyad/store.h"
#include "testing/postgres_cluster.h"

namespace dyad {
namespace {

constexpr int kEvents = 3000;

// One document reporting kEvents events of `round`, in ascending order of
// their actors or, `reversed`, in descending order.
std::pair<Document, std::vector<Event>> Report(const std::string& id, int round,
                                               bool reversed) {
  Document doc;
  doc.id = id;
  doc.date = "2024-05-01";
  doc.text = id;
  std::vector<Event> events;
  for (int k = 0; k < kEvents; ++k) {
    const int n = reversed ? kEvents - 1 - k : k;
    Event e;
    e.date = doc.date;
    e.source = "R" + std::to_string(round) + "A" + std::to_string(n);
    e.target = "USA";
    e.event_code = e.base_code = "112";
    e.root_code = "11";
    e.quad_class = 3;
    e.goldstein = -2;
    e.text = "x";
    events.push_back(std::move(e));
  }
  return {std::move(doc), std::move(events)};
}

TEST(ConcurrentWritersTest, ADeadlockedBatchGoesAgain) {
  std::string why;
  auto cluster = testing::PostgresCluster::Start(&why);
  ASSERT_NE(cluster, nullptr) << why;
  const std::string url = cluster->Url("writers");
  auto a = Store::Open(url), b = Store::Open(url);
  ASSERT_TRUE(a.ok() && b.ok());
  for (auto* store : {&*a, &*b}) (*store)->SetBatchSize(1000);
  constexpr int kRounds = 3;
  for (int round = 0; round < kRounds; ++round) {
    auto [doc_a, events_a] = Report("a" + std::to_string(round), round, false);
    auto [doc_b, events_b] = Report("b" + std::to_string(round), round, true);
    ASSERT_TRUE((*a)->Ingest(doc_a, events_a).ok());
    ASSERT_TRUE((*b)->Ingest(doc_b, events_b).ok());
    std::latch start(2);
    Status committed_a, committed_b;
    std::thread other([&] {
      start.arrive_and_wait();
      committed_b = (*b)->Commit();
    });
    start.arrive_and_wait();
    committed_a = (*a)->Commit();
    other.join();
    EXPECT_TRUE(committed_a.ok()) << "round " << round << ": " << committed_a.message();
    EXPECT_TRUE(committed_b.ok()) << "round " << round << ": " << committed_b.message();
  }
  auto counts = (*a)->Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(*counts, (std::vector<std::int64_t>{2 * kRounds, kEvents * kRounds,
                                                2 * kEvents * kRounds}));
}

}  // namespace
}  // namespace dyad

// The coding pipeline writes every document's events once, in input order,
// whatever the number of coders and however small the in-flight budget.
#include "coding_pipeline.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

namespace dyad::cli {
namespace {

const Coder& TestCoder() {
  static const Coder coder(*Dictionary::Default());
  return coder;
}

TEST(CodingPipelineTest, WritesInInputOrder) {
  const char* texts[] = {"Iran condemned Israel.", "Nothing happened here.",
                         "Brazil praised Argentina.", "Russia attacked Ukraine."};
  std::vector<std::string> written;  // the writer thread only
  std::vector<std::string> expected;
  {
    CodingPipeline pipeline(TestCoder(), 4, /*max_docs=*/3, /*max_bytes=*/1 << 20,
                            [&](std::vector<Event>&& events, std::size_t) {
                              written.push_back(events.empty() ? "-" : events[0].doc);
                            });
    for (int i = 0; i < 300; ++i) {
      Document d;
      d.id = "doc" + std::to_string(i);
      d.date = "2024-07-11";
      d.text = texts[i % 4];
      expected.push_back(i % 4 == 1 ? "-" : d.id);
      pipeline.Push(std::move(d));
      if (i == 150) {
        pipeline.Drain();
        EXPECT_EQ(written.size(), 151u);
      }
    }
  }  // drains
  EXPECT_EQ(written, expected);
}

// A reader slower than the coders (a feed read as it arrives) still sees each
// document written as soon as it is coded, not held back for a batch.
TEST(CodingPipelineTest, WritesADocumentWithoutWaitingForMore) {
  std::atomic<int> written = 0;
  CodingPipeline pipeline(TestCoder(), 2, /*max_docs=*/128, 1 << 20,
                          [&](std::vector<Event>&&, std::size_t) { ++written; });
  for (int i = 1; i <= 3; ++i) {
    Document d;
    d.text = "Iran condemned Israel.";
    pipeline.Push(std::move(d));
    const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(20);
    while (written < i && std::chrono::steady_clock::now() < give_up)
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    EXPECT_EQ(written, i) << "document " << i << " was not written without a Drain";
  }
}

TEST(CodingPipelineTest, StopsCleanlyWithNothingPushed) {
  int calls = 0;
  {
    CodingPipeline pipeline(TestCoder(), 2, 8, 1 << 20,
                            [&](std::vector<Event>&&, std::size_t) { ++calls; });
  }
  EXPECT_EQ(calls, 0);
}

TEST(CodingPipelineTest, ADocumentOverTheByteBudgetStillGoes) {
  int calls = 0;
  CodingPipeline pipeline(TestCoder(), 2, 8, /*max_bytes=*/4,
                          [&](std::vector<Event>&&, std::size_t) { ++calls; });
  Document d;
  d.text = "Iran condemned Israel.";
  pipeline.Push(d);
  pipeline.Push(d);
  pipeline.Drain();
  EXPECT_EQ(calls, 2);
}

}  // namespace
}  // namespace dyad::cli

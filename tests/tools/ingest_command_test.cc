// dyad ingest in bounded memory: a text too large to hold is coded and
// hashed piece by piece, and is stored as the same text held whole is.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "testing/cli_fixture.h"

namespace dyad::cli {
namespace {

class IngestCommandTest : public testing::CliFixture {};

// The "N event mentions" of dyad ingest's summary.
std::string Mentions(const std::string& err) {
  const auto end = err.find(" event mentions");
  const auto begin = err.rfind(", ", end);
  return end == std::string::npos || begin == std::string::npos
             ? "?"
             : err.substr(begin + 2, end - begin - 2);
}

TEST_F(IngestCommandTest, AStreamedTextIsStoredAsTheSameTextHeldWhole) {
  const char* pairs[][2] = {{"Iran", "Israel"},
                            {"China", "Japan"},
                            {"France", "Mali"},
                            {"Russia", "Georgia"},
                            {"Egypt", "Sudan"}};
  std::string text;
  for (int i = 0; text.size() < (9u << 20); ++i) {  // over 8 MiB: streamed
    const auto& p = pairs[i % 5];
    text += std::string(p[0]) + " condemned " + p[1] + " on Monday. The talks lasted " +
            std::to_string(i % 97) + " hours and ended late in the evening.\n\n";
  }
  const auto file = Write("2024-01-05-big.txt", text);
  std::string escaped;
  for (char c : text) escaped += c == '\n' ? std::string("\\n") : std::string(1, c);
  const auto jsonl = Write("big.jsonl", "{\"id\":\"" + file.string() +
                                            "\",\"date\":\"2024-01-05\",\"text\":\"" +
                                            escaped + "\"}\n");
  const std::string streamed_db = (dir_ / "streamed.db").string();
  auto streamed = Dyad("ingest --db " + streamed_db + " " + file.string());
  ASSERT_EQ(streamed.exit, 0) << streamed.err;
  EXPECT_NE(streamed.err.find("1 document (1 new"), std::string::npos) << streamed.err;
  // Held whole (one JSON line): the same events, and the same content hash,
  // as the same id with the same text is no change.
  auto whole = Dyad("ingest --db " + (dir_ / "whole.db").string() + " " + jsonl.string());
  ASSERT_EQ(whole.exit, 0) << whole.err;
  EXPECT_EQ(Mentions(streamed.err), Mentions(whole.err));
  auto again = Dyad("ingest --db " + streamed_db + " " + jsonl.string());
  EXPECT_NE(again.err.find("1 unchanged"), std::string::npos) << again.err;
  // And what dyad code writes for the file.
  auto coded = Dyad("code " + file.string());
  ASSERT_EQ(coded.exit, 0) << coded.err;
  long mentions = 0;
  std::istringstream lines(coded.out);
  for (std::string line; std::getline(lines, line);)
    mentions += nlohmann::json::parse(line)["mentions"].get<long>();
  EXPECT_EQ(Mentions(streamed.err), std::to_string(mentions));
  EXPECT_GT(mentions, 0);
}

// Issue 14: a text over 8 MiB with an invalid byte after its first MiB was
// reported skipped but stored, cut at the bad piece. It is not stored.
TEST_F(IngestCommandTest, AStreamedTextWithABadByteLaterIsNotStoredAtAll) {
  std::string text;
  while (text.size() < (9u << 20)) text += "Iran condemned Israel on Monday.\n\n";
  text[3u << 20] = '\xff';
  const auto file = Write("2024-01-05-bad.txt", text);
  const std::string db = (dir_ / "bad.db").string();
  auto ingest = Dyad("ingest --db " + db + " " + file.string());
  EXPECT_EQ(ingest.exit, 1) << ingest.err;
  EXPECT_NE(ingest.err.find("invalid UTF-8 at byte offset " + std::to_string(3u << 20)),
            std::string::npos)
      << ingest.err;
  EXPECT_NE(ingest.err.find("not stored"), std::string::npos) << ingest.err;
  EXPECT_NE(ingest.err.find(" 0 documents"), std::string::npos) << ingest.err;
  auto events = Dyad("query --db " + db + " events --format jsonl");
  EXPECT_EQ(events.exit, 0) << events.err;
  EXPECT_EQ(events.out, "");
}

// Issue 14: a streamed input whose first MiB after its first byte is all
// UTF-8 continuation bytes (no line break, no space) must end, with an
// error, or with --lenient coded as replacement characters.
TEST_F(IngestCommandTest, ContinuationBytesEndTheStream) {
  std::string text = "a" + std::string((2u << 20) + 5, '\x80');
  const auto file = Write("cont.txt", std::string(9u << 20, ' ') + text);
  for (const std::string& args : {std::string("code -"), std::string("code --lenient -"),
                                  "ingest --db " + (dir_ / "c.db").string() + " -"}) {
    auto run = DyadWithin(120, args, text);
    EXPECT_NE(run.exit, 124) << args << ": did not end";
    EXPECT_EQ(run.exit, args.find("lenient") != std::string::npos ? 0 : 1)
        << args << run.err;
  }
  auto big = DyadWithin(120, "code " + file.string());
  EXPECT_EQ(big.exit, 1) << big.err;
}

}  // namespace
}  // namespace dyad::cli

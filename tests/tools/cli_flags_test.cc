#include "cli_flags.h"

#include <gtest/gtest.h>

namespace dyad::cli {
namespace {

TEST(CliFlagsTest, ValuesSwitchesAndPositionals) {
  auto flags = ParseFlags({"--date=2024-07-11", "-o", "out.tsv", "--lenient", "a.txt"},
                          {{"--date", ""}, {"--output", "-o"}, {"--lenient", "", false}});
  ASSERT_TRUE(flags.ok()) << flags.status().message();
  EXPECT_EQ(flags->Get("--date"), "2024-07-11");
  EXPECT_EQ(flags->Get("--output"), "out.tsv");
  EXPECT_TRUE(flags->Has("--lenient"));
  EXPECT_EQ(flags->positionals, std::vector<std::string>{"a.txt"});
  EXPECT_FALSE(ParseFlags({"--nope"}, {{"--date", ""}}).ok());
}

TEST(CliFlagsTest, BadDateFlagNamesTheFirstBadOption) {
  auto flags = ParseFlags({"--from", "2024-01-31", "--to", "2024-02-30"},
                          {{"--from", ""}, {"--to", ""}});
  ASSERT_TRUE(flags.ok());
  EXPECT_EQ(BadDateFlag(*flags, {"--from"}), "");
  EXPECT_EQ(BadDateFlag(*flags, {"--from", "--to"}),
            "--to must be YYYY-MM-DD, not '2024-02-30'");
  EXPECT_EQ(BadDateFlag(*flags, {"--date"}), "") << "an absent option is fine";
}

TEST(CliFlagsTest, BadNumberFlagChecksRangeAndForm) {
  auto flags =
      ParseFlags({"--limit", "12", "--quad", "9", "--min", "2x", "--jobs="},
                 {{"--limit", ""}, {"--quad", ""}, {"--min", ""}, {"--jobs", ""}});
  ASSERT_TRUE(flags.ok());
  long n = 0;
  EXPECT_EQ(BadNumberFlag(*flags, "--limit", 100, 0, 1000, &n), "");
  EXPECT_EQ(n, 12);
  EXPECT_EQ(BadNumberFlag(*flags, "--offset", 7, 0, 1000, &n), "") << "absent";
  EXPECT_EQ(n, 7);
  EXPECT_EQ(BadNumberFlag(*flags, "--quad", 0, 0, 4, &n),
            "--quad must be a number from 0 to 4, not '9'");
  EXPECT_NE(BadNumberFlag(*flags, "--min", 1, 1, 10, &n), "");
  EXPECT_NE(BadNumberFlag(*flags, "--jobs", 1, 1, 256, &n), "") << "present but empty";
}

}  // namespace
}  // namespace dyad::cli

#include "util/strings.h"

#include <gtest/gtest.h>

namespace dyad {
namespace {

TEST(StringsTest, TrimAndSplit) {
  EXPECT_EQ(Trim("  a b \n"), "a b");
  auto parts = Split(" a | b || c ", '|');
  ASSERT_EQ(parts.size(), 4u);
  EXPECT_EQ(parts[0], "a");
  EXPECT_EQ(parts[2], "");
  EXPECT_EQ(SplitWords("  one  two\tthree ").size(), 3u);
}

TEST(StringsTest, ParsesAndFormatsDates) {
  int d = 0;
  EXPECT_TRUE(ParseDate("2024-07-11", &d));
  EXPECT_EQ(d, 20240711);
  EXPECT_EQ(FormatDate(d), "2024-07-11");
  EXPECT_TRUE(ParseDate("20240229", &d));
  EXPECT_FALSE(ParseDate("2023-02-29", &d));  // not a leap year
  EXPECT_FALSE(ParseDate("2024-13-01", &d));
  EXPECT_FALSE(ParseDate("2024-7-11", &d));
  EXPECT_FALSE(ParseDate("yesterday", &d));
}

TEST(StringsTest, EscapesJson) {
  std::string out;
  AppendJsonEscaped("a\"b\\c\nd\x01", &out);
  EXPECT_EQ(out, "a\\\"b\\\\c\\nd\\u0001");
}

}  // namespace
}  // namespace dyad

#include "text/normalize.h"

#include <gtest/gtest.h>

namespace dyad::text {
namespace {

TEST(NormalizeTest, MapsTypographyToAscii) {
  EXPECT_EQ(NormalizeWord("China\xE2\x80\x99s"), "china's");
  EXPECT_EQ(NormalizeWord("\xE2\x80\x9CQuote\xE2\x80\x9D"), "\"quote\"");
  EXPECT_EQ(NormalizeWord("2019\xE2\x80\x93"
                          "2020"),
            "2019-2020");
  EXPECT_EQ(NormalizeWord("a\xC2\xA0"
                          "b"),
            "a b");
  EXPECT_EQ(NormalizeWord("wait\xE2\x80\xA6"), "wait...");
  EXPECT_EQ(NormalizeWord("\xC3\x89LYS\xC3\x89"
                          "E"),
            "\xC3\xA9lys\xC3\xA9"
            "e");
}

TEST(NormalizeTest, ClassifiesCharacters) {
  int len;
  EXPECT_EQ(CharClassAt("\xE2\x80\x94", 0, &len), CharClass::kDash);
  EXPECT_EQ(len, 3);
  EXPECT_EQ(CharClassAt("\xE2\x80\x99", 0, &len), CharClass::kApostrophe);
  EXPECT_EQ(CharClassAt("\xC2\xA0", 0, &len), CharClass::kSpace);
  EXPECT_EQ(CharClassAt("\xEF\xBB\xBF", 0, &len), CharClass::kIgnorable);
  // A right-to-left mark before a quoted post ("\u200F@user:").
  EXPECT_EQ(CharClassAt("\xE2\x80\x8F", 0, &len), CharClass::kIgnorable);
  EXPECT_EQ(CharClassAt("\xC3\xA9", 0, &len), CharClass::kLetter);
  EXPECT_EQ(CharClassAt("\n", 0, &len), CharClass::kNewline);
}

}  // namespace
}  // namespace dyad::text

#include "util/utf8.h"

#include <gtest/gtest.h>

namespace dyad::utf8 {
namespace {

TEST(Utf8Test, AcceptsAsciiAndMultibyte) {
  EXPECT_EQ(Validate(""), kValid);
  EXPECT_EQ(Validate("plain ascii text that is long enough for the fast path"), kValid);
  EXPECT_EQ(Validate("China\xE2\x80\x99s role \xE2\x80\x93 caf\xC3\xA9 \xF0\x9F\x98\x80"),
            kValid);
}

TEST(Utf8Test, FindsFirstBadByte) {
  EXPECT_EQ(Validate("abc\xFF"), 3u);
  EXPECT_EQ(Validate("0123456789abcdef\x80"), 16u);  // after the 8-byte fast path
  EXPECT_EQ(Validate("ok \xC3"), 3u);                // truncated sequence
  EXPECT_EQ(Validate("\xC0\xAF"), 0u);               // overlong
  EXPECT_EQ(Validate("\xED\xA0\x80"), 0u);           // surrogate
  EXPECT_EQ(Validate("\xF4\x90\x80\x80"), 0u);       // above U+10FFFF
}

TEST(Utf8Test, ReplaceInvalidCountsReplacements) {
  std::size_t n = 0;
  EXPECT_EQ(ReplaceInvalid("a\xFF"
                           "b\xC3",
                           &n),
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD");
  EXPECT_EQ(n, 2u);
  EXPECT_EQ(ReplaceInvalid("fine", &n), "fine");
  EXPECT_EQ(n, 0u);
}

TEST(Utf8Test, DecodeAndAppendRoundTrip) {
  for (char32_t cp : {U'A', U'\u00E9', U'\u2019', U'\U0001F600'}) {
    std::string s;
    Append(cp, &s);
    char32_t back;
    EXPECT_EQ(Decode(s, 0, &back), static_cast<int>(s.size()));
    EXPECT_EQ(back, cp);
  }
  char32_t cp;
  EXPECT_EQ(Decode("\xFF", 0, &cp), 1);
  EXPECT_EQ(cp, 0xFFFDu);
}

TEST(Utf8Test, BinaryMeansNulBytes) {
  EXPECT_TRUE(LooksBinary(std::string_view("a\0b", 3)));
  EXPECT_FALSE(LooksBinary("text"));
}

}  // namespace
}  // namespace dyad::utf8

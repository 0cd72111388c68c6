#include "text/tokenizer.h"

#include <gtest/gtest.h>

namespace dyad::text {
namespace {

std::vector<std::string> Norms(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& t : Tokenize(text)) out.push_back(t.norm);
  return out;
}

using V = std::vector<std::string>;

TEST(TokenizerTest, SplitsPossessivesBothApostrophes) {
  EXPECT_EQ(Norms("Russia's war"), (V{"russia", "'s", "war"}));
  EXPECT_EQ(Norms("Russia\xE2\x80\x99s war"), (V{"russia", "'s", "war"}));
  EXPECT_EQ(Norms("the allies' plan"), (V{"the", "allies", "'s", "plan"}));
}

TEST(TokenizerTest, SplitsContractions) {
  EXPECT_EQ(Norms("China didn't attack"), (V{"china", "did", "not", "attack"}));
  EXPECT_EQ(Norms("They won't, can't"), (V{"they", "will", "not", ",", "can", "not"}));
  EXPECT_EQ(Norms("they're here"), (V{"they", "are", "here"}));
  EXPECT_EQ(Norms("O'Brien"), (V{"o'brien"}));
}

TEST(TokenizerTest, KeepsCompoundsInitialismsNumbers) {
  EXPECT_EQ(Norms("dual-use goods"), (V{"dual-use", "goods"}));
  EXPECT_EQ(Norms("the U.S. said"), (V{"the", "u.s.", "said"}));
  EXPECT_EQ(Norms("Gen. Smith and J. Doe"), (V{"gen.", "smith", "and", "j.", "doe"}));
  EXPECT_EQ(Norms("3.5 percent of 1,000"), (V{"3.5", "percent", "of", "1,000"}));
  EXPECT_EQ(Norms("end."), (V{"end", "."}));
}

TEST(TokenizerTest, NormalisesDashesAndQuotes) {
  EXPECT_EQ(Norms("Kong \xE2\x80\x93 NATO"), (V{"kong", "--", "nato"}));
  EXPECT_EQ(Norms("\xE2\x80\x9C"
                  "Cold War\xE2\x80\x9D"),
            (V{"\"", "cold", "war", "\""}));
}

TEST(TokenizerTest, SpansPointIntoTheOriginal) {
  std::string text = "He said: NATO\xE2\x80\x99s \xE2\x80\x9Cview\xE2\x80\x9D";
  for (const auto& t : Tokenize(text)) {
    ASSERT_LE(t.end, text.size());
    ASSERT_LT(t.begin, t.end);
  }
  auto tokens = Tokenize(text);
  ASSERT_EQ(tokens.size(), 8u);
  EXPECT_EQ(text.substr(tokens[3].begin, tokens[3].size()), "NATO");
  EXPECT_EQ(text.substr(tokens[4].begin, tokens[4].size()), "\xE2\x80\x99s");
  EXPECT_TRUE(tokens[3].capitalized);
  EXPECT_FALSE(tokens[1].capitalized);
}

TEST(TokenizerTest, SubrangeOffsetsAreDocumentOffsets) {
  std::string doc = "First. Second sentence.";
  auto tokens = Tokenize(doc, 7, doc.size());
  ASSERT_FALSE(tokens.empty());
  EXPECT_EQ(tokens[0].begin, 7u);
  EXPECT_EQ(tokens[0].norm, "second");
}

TEST(TokenizerTest, LongInputIsLinear) {
  std::string big;
  for (int i = 0; i < 20000; ++i) big += "word ";
  EXPECT_EQ(Tokenize(big).size(), 20000u);
  std::string one(1 << 20, 'a');  // a megabyte with no space
  EXPECT_EQ(Tokenize(one).size(), 1u);
}

}  // namespace
}  // namespace dyad::text

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

TEST(TokenizerTest, KeepsAddressesWhole) {
  EXPECT_EQ(Norms("see http://www.bbc.co.uk/news?id=5&x=1."),
            (V{"see", "http://www.bbc.co.uk/news?id=5&x=1", "."}));
  EXPECT_EQ(Norms("at www.example.org, or"), (V{"at", "www.example.org", ",", "or"}));
  EXPECT_EQ(Norms("mail jo.doe@mail.utexas.edu today"),
            (V{"mail", "jo.doe@mail.utexas.edu", "today"}));
  EXPECT_EQ(Norms("Space.com reported"), (V{"space.com", "reported"}));
  EXPECT_EQ(Norms("open Guaranty.doc now"), (V{"open", "guaranty.doc", "now"}));
  // Not addresses: numbers, initialisms, a missing space after a full stop.
  EXPECT_EQ(Norms("3.5bn and No.1"), (V{"3.5bn", "and", "no.", "1"}));
  EXPECT_EQ(Norms("e.g. this"), (V{"e.g.", "this"}));
  EXPECT_EQ(Norms("he said.The end"), (V{"he", "said", ".", "the", "end"}));
}

TEST(TokenizerTest, KeepsDatesRunsAndEmoticonsWhole) {
  EXPECT_EQ(Norms("on 01/24/2001 and 9/11"), (V{"on", "01/24/2001", "and", "9/11"}));
  EXPECT_EQ(Norms("No way!!! Really?!"), (V{"no", "way", "!!!", "really", "?!"}));
  EXPECT_EQ(Norms("***** ____"), (V{"*****", "____"}));
  EXPECT_EQ(Norms("great :) and :-( end"), (V{"great", ":)", "and", ":-(", "end"}));
  EXPECT_EQ(Norms("ratio:)"), (V{"ratio", ":", ")"}));
  EXPECT_EQ(Norms("image_jpg_part"), (V{"image_jpg_part"}));
}

TEST(TokenizerTest, AddressCheckStaysLinear) {
  std::string dots;
  for (int i = 0; i < 100000; ++i) dots += "ab.Ab.";  // no address: "Ab" ends it
  EXPECT_EQ(Tokenize(dots).size(), 400000u);
}

TEST(TokenizerTest, SplitsHyphensAsTreebanksDo) {
  const std::string doc =
      "al-Qaeda's e-mail to pro-Beijing long-range 713-853-3989 01-Feb-02";
  auto tokens = Tokenize(doc);
  SplitHyphens(doc, &tokens);
  V norms;
  for (const auto& t : tokens) norms.push_back(t.norm);
  EXPECT_EQ(norms, (V{"al", "-", "qaeda", "'s", "e-mail", "to", "pro-beijing", "long",
                      "-", "range", "713-853-3989", "01-feb-02"}));
  EXPECT_EQ(doc.substr(tokens[2].begin, tokens[2].end - tokens[2].begin), "Qaeda");
  EXPECT_TRUE(tokens[2].capitalized);
  EXPECT_EQ(tokens[1].kind, TokenKind::kPunct);
}

}  // namespace
}  // namespace dyad::text

#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

namespace dyad::text {
namespace {

std::vector<std::string> Sentences(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& s : SplitSentences(text))
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

using V = std::vector<std::string>;

TEST(SentenceSplitterTest, SplitsOnFullStops) {
  EXPECT_EQ(Sentences("NATO met. China objected! Why? Nobody knows."),
            (V{"NATO met.", "China objected!", "Why?", "Nobody knows."}));
}

TEST(SentenceSplitterTest, KeepsAbbreviationsAndInitials) {
  EXPECT_EQ(Sentences("Mr. Smith met Gen. Lee in St. Petersburg on Jan. 5. They talked."),
            (V{"Mr. Smith met Gen. Lee in St. Petersburg on Jan. 5.", "They talked."}));
  EXPECT_EQ(Sentences("J. R. Doe spoke. U.S. officials agreed."),
            (V{"J. R. Doe spoke.", "U.S. officials agreed."}));
  EXPECT_EQ(Sentences("Talks with the U.S. The next round starts soon."),
            (V{"Talks with the U.S.", "The next round starts soon."}));
  EXPECT_EQ(Sentences("Growth was 3.5 percent. Prices rose."),
            (V{"Growth was 3.5 percent.", "Prices rose."}));
}

TEST(SentenceSplitterTest, KeepsClosingQuotesAndBrackets) {
  EXPECT_EQ(
      Sentences("He said \xE2\x80\x9CNo.\xE2\x80\x9D Then he left. (It rained.) Done."),
      (V{"He said \xE2\x80\x9CNo.\xE2\x80\x9D", "Then he left.", "(It rained.)",
         "Done."}));
  EXPECT_EQ(Sentences("\"Stop!\" he shouted. They stopped."),
            (V{"\"Stop!\" he shouted.", "They stopped."}));
}

TEST(SentenceSplitterTest, SeparatesDatelines) {
  auto segs =
      SplitSentences("HONG KONG (AP) \xE2\x80\x94 Protesters marched. Police watched.");
  ASSERT_EQ(segs.size(), 3u);
  EXPECT_EQ(segs[0].kind, SegmentKind::kDateline);
  EXPECT_EQ(Sentences("Hong Kong \xE2\x80\x93 NATO leaders spoke."),
            (V{"Hong Kong", "NATO leaders spoke."}));
  EXPECT_EQ(Sentences("WASHINGTON, March 3 (Reuters) - The talks failed."),
            (V{"WASHINGTON, March 3 (Reuters)", "The talks failed."}));
  // A dash inside a sentence is not a dateline.
  EXPECT_EQ(
      Sentences("China said the plan \xE2\x80\x93 a bold one \xE2\x80\x93 would fail."),
      (V{"China said the plan \xE2\x80\x93 a bold one \xE2\x80\x93 would fail."}));
}

TEST(SentenceSplitterTest, HeadlinesAndParagraphs) {
  auto segs = SplitSentences(
      "NATO Leaders Meet in Vilnius\nThe summit opened on Tuesday. It "
      "ended\nlate on Wednesday.\n\nA new paragraph");
  ASSERT_EQ(segs.size(), 4u);
  EXPECT_EQ(segs[0].kind, SegmentKind::kFragment);
  EXPECT_EQ(segs[1].kind, SegmentKind::kSentence);
  EXPECT_EQ(segs[3].kind, SegmentKind::kFragment);
  EXPECT_EQ(Sentences("It ended\nlate on Wednesday."),
            (V{"It ended\nlate on Wednesday."}));
}

TEST(SentenceSplitterTest, EmptyAndBlankInput) {
  EXPECT_TRUE(SplitSentences("").empty());
  EXPECT_TRUE(SplitSentences(" \n\n \t").empty());
}

TEST(SentenceSplitterTest, BoundsRunawaySentences) {
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "word ";
  auto segs = SplitSentences(text);
  ASSERT_GT(segs.size(), 1u);
  std::size_t covered = 0;
  for (const auto& s : segs) {
    EXPECT_LE(s.end - s.begin, kMaxSentenceBytes);
    covered += s.end - s.begin;
  }
  EXPECT_GT(covered, text.size() - segs.size() * 2);
}

TEST(SentenceSplitterTest, LowercaseStartsOfInformalWriting) {
  EXPECT_EQ(Sentences("We landed last night. i flew in from Lagos."),
            (V{"We landed last night.", "i flew in from Lagos."}));
  EXPECT_EQ(Sentences("Is it safe? we asked."), (V{"Is it safe?", "we asked."}));
  // Abbreviations, quotations and ordinary lowercase words do not end one.
  EXPECT_EQ(Sentences("It cost approx. the same."), (V{"It cost approx. the same."}));
  EXPECT_EQ(Sentences("\"Is it safe?\" he asked."), (V{"\"Is it safe?\" he asked."}));
  EXPECT_EQ(Sentences("Growth slowed. analysts said."),
            (V{"Growth slowed. analysts said."}));
}

}  // namespace
}  // namespace dyad::text

// The PETRARCH readers against crafted files (issue 14): what a line may
// expand to is capped, and a line over a cap is a warning naming its file
// and line, not millions of phrases.
#include <gtest/gtest.h>

#include <string>

#include "dict/petrarch_format.h"

namespace dyad::dict {
namespace {

bool HasWarning(const Entries& e, const std::string& text) {
  for (const auto& w : e.warnings)
    if (w.find(text) != std::string::npos) return true;
  return false;
}

TEST(PetrarchLimitsTest, AnIssuePhraseOfManyJoinsIsSkippedWithItsLine) {
  std::string joins = "n:a";
  for (int i = 0; i < 40; ++i) joins += "+n:b" + std::to_string(i);  // 2^80 forms
  Entries e;
  ASSERT_TRUE(ParsePetrarch(PetrarchFile::kIssues, "t.issues",
                            "<ISSUE CATEGORY=\"EDU\">\nn:school\n" + joins +
                                "\nv:teach n:pupil\n</ISSUE>\n",
                            &e)
                  .ok());
  EXPECT_TRUE(HasWarning(e, "t.issues:3: issue phrase with more than 256 forms"))
      << (e.warnings.empty() ? "" : e.warnings[0]);
  EXPECT_EQ(e.issues.size(), 2u + 8u);  // school(s); teach x4 by pupil(s)
}

TEST(PetrarchLimitsTest, AnAgentOfManySubstitutionsIsSkippedWithItsLine) {
  std::string text;
  std::string phrase;
  for (int m = 0; m < 8; ++m) {
    text += "!m" + std::to_string(m) + "! = A" + std::to_string(m) + ", B, C, D, E\n";
    phrase += "!m" + std::to_string(m) + "!_";
  }
  text += phrase + " [~GOV]\nPOLICE {POLICEMEN} [~COP]\n";
  Entries e;
  ASSERT_TRUE(ParsePetrarch(PetrarchFile::kAgents, "t.agents", text, &e).ok());
  EXPECT_TRUE(HasWarning(e, "t.agents:9: agent with more than 256 phrases"));
  ASSERT_EQ(e.agents.size(), 1u);
  EXPECT_EQ(e.agents[0].code, "COP");
}

TEST(PetrarchLimitsTest, AnAgentOfAThousandPluralsIsSkippedWithItsLine) {
  std::string plurals;
  for (int i = 0; i < 1000; ++i) plurals += " P" + std::to_string(i);
  Entries e;
  ASSERT_TRUE(ParsePetrarch(PetrarchFile::kAgents, "t.agents",
                            "OFFICER {" + plurals + "} [~COP]\n", &e)
                  .ok());
  EXPECT_TRUE(HasWarning(e, "t.agents:1: agent with more than 256 phrases"));
  EXPECT_TRUE(e.agents.empty());
}

}  // namespace
}  // namespace dyad::dict

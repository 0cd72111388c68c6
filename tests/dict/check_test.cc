#include "dict/check.h"

#include <gtest/gtest.h>

#include "dyad/dictionary.h"

namespace dyad {
namespace {

bool Mentions(const std::vector<std::string>& problems, const std::string& text) {
  for (const auto& p : problems)
    if (p.find(text) != std::string::npos) return true;
  return false;
}

TEST(DictionaryCheckTest, FindsEachKindOfProblem) {
  auto d = Dictionary::FromText("c.dyad", R"(@actors
Russia = RUS
Russia = RUS
Georgia = GEO
Georgia = USA
the = XXX
A Person = AAAGOV 2000-01-01..2010-01-01, AAAMIL 2005-01-01..2012-01-01
B Person = BBBGOV 2000-01-01..2010-01-01, BBBELI 2010-01-01..
@agents
police = COP
@verbs
attack = 190
attack = 193
police = 173
the = 010
)");
  ASSERT_TRUE(d.ok()) << d.status().message();
  auto problems = d->Check();
  EXPECT_TRUE(
      Mentions(problems, "c.dyad:3: duplicate actor \"Russia\" (also at c.dyad:2)"));
  EXPECT_TRUE(Mentions(problems, "c.dyad:5: conflicting actor \"Georgia\""));
  EXPECT_TRUE(Mentions(problems, "c.dyad:6: actor \"the\" is only function words"));
  EXPECT_TRUE(Mentions(problems, "c.dyad:7: overlapping date ranges for \"A Person\""));
  EXPECT_FALSE(Mentions(problems, "B Person"));  // a hand-over on one day is fine
  EXPECT_TRUE(Mentions(problems, "c.dyad:13: conflicting verb pattern \"attack\""));
  EXPECT_TRUE(Mentions(problems, "c.dyad:14: verb pattern \"police\" can never match"));
  EXPECT_TRUE(Mentions(problems, "c.dyad:15: verb pattern \"the\" can never match"));
}

TEST(DictionaryCheckTest, AcronymsAreNotFunctionWords) {
  auto d = Dictionary::FromText("a.dyad", "@actors\nUS = USA\nWHO = IGOUNOHLHWHO\n");
  ASSERT_TRUE(d.ok());
  EXPECT_TRUE(d->Check().empty());
}

TEST(DictionaryCheckTest, DefaultDictionariesAreClean) {
  auto d = Dictionary::Default();
  ASSERT_TRUE(d.ok());
  auto problems = d->Check();
  std::string all;
  for (const auto& p : problems) all += p + "\n";
  EXPECT_TRUE(problems.empty()) << all;
}

}  // namespace
}  // namespace dyad

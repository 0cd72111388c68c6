#include "lexicon/verb_forms.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace dyad::lexicon {
namespace {

std::uint8_t FlagsOf(const std::vector<VerbForm>& forms, std::string_view form) {
  for (const auto& f : forms)
    if (f.form == form) return f.flags;
  return 0;
}

TEST(VerbFormsTest, RegularInflections) {
  const auto& v = VerbForms::Default();
  auto f = v.Inflect("criticise");
  EXPECT_EQ(FlagsOf(f, "criticise"), kBase);
  EXPECT_EQ(FlagsOf(f, "criticises"), kThirdPerson);
  EXPECT_EQ(FlagsOf(f, "criticised"), kPast | kPastParticiple);
  EXPECT_EQ(FlagsOf(f, "criticising"), kGerund);
  EXPECT_EQ(FlagsOf(f, "criticized"), kPast | kPastParticiple);  // the other spelling
  EXPECT_TRUE(FlagsOf(v.Inflect("accuse"), "accused") & kPastParticiple);
  EXPECT_TRUE(FlagsOf(v.Inflect("deny"), "denies") & kThirdPerson);
  EXPECT_TRUE(FlagsOf(v.Inflect("deny"), "denied") & kPast);
  EXPECT_TRUE(FlagsOf(v.Inflect("stop"), "stopped") & kPast);
  EXPECT_TRUE(FlagsOf(v.Inflect("stop"), "stopping") & kGerund);
  EXPECT_TRUE(FlagsOf(v.Inflect("push"), "pushes") & kThirdPerson);
  EXPECT_TRUE(FlagsOf(v.Inflect("panic"), "panicked") & kPast);
  EXPECT_TRUE(FlagsOf(v.Inflect("agree"), "agreeing") & kGerund);
}

TEST(VerbFormsTest, IrregularInflections) {
  const auto& v = VerbForms::Default();
  auto seek = v.Inflect("seek");
  EXPECT_TRUE(FlagsOf(seek, "sought") & kPast);
  auto take = v.Inflect("take");
  EXPECT_EQ(FlagsOf(take, "taken"), kPastParticiple);
  EXPECT_TRUE(FlagsOf(take, "took") & kPast);
  EXPECT_TRUE(FlagsOf(v.Inflect("lie"), "lying") & kGerund);
  EXPECT_TRUE(FlagsOf(v.Inflect("be"), "was") & kPast);
  EXPECT_TRUE(FlagsOf(v.Inflect("have"), "has") & kThirdPerson);
}

TEST(VerbFormsTest, InvariantVerbsArePastAndParticipleToo) {
  // "the convoy was hit": a passive only if "hit" is a participle.
  const auto& v = VerbForms::Default();
  EXPECT_EQ(FlagsOf(v.Inflect("hit"), "hit"), kBase | kPast | kPastParticiple);
  EXPECT_EQ(FlagsOf(v.Inflect("cut ties with"), "cut ties with"),
            kBase | kPast | kPastParticiple);
  EXPECT_EQ(FlagsOf(v.Inflect("attack"), "attack"), kBase);
}

TEST(VerbFormsTest, MultiWordBasesInflectTheirFirstWord) {
  auto f = VerbForms::Default().Inflect("point out");
  EXPECT_TRUE(FlagsOf(f, "pointed out") & kPast);
  EXPECT_TRUE(FlagsOf(f, "points out") & kThirdPerson);
}

TEST(VerbFormsTest, CustomExceptionList) {
  VerbForms v("smote smite\nsmitten smite\n");
  auto f = v.Inflect("smite");
  EXPECT_TRUE(FlagsOf(f, "smote") & kPast);
  EXPECT_EQ(FlagsOf(f, "smitten"), kPastParticiple);
  auto lemmas = v.Lemmas("smote");
  ASSERT_FALSE(lemmas.empty());
  EXPECT_EQ(lemmas[0], "smite");
}

TEST(VerbFormsTest, LemmasOfRegularForms) {
  auto l = VerbForms::Default().Lemmas("accused");
  EXPECT_NE(std::find(l.begin(), l.end(), "accuse"), l.end());
  l = VerbForms::Default().Lemmas("stopping");
  EXPECT_NE(std::find(l.begin(), l.end(), "stop"), l.end());
}

}  // namespace
}  // namespace dyad::lexicon

#include "lexicon/parts_of_speech.h"

#include <gtest/gtest.h>

#include "lexicon/verb_forms.h"

namespace dyad::lexicon {
namespace {

bool Has(std::string_view w, std::uint16_t flag) {
  return (PartsOfSpeech(w) & flag) != 0;
}

std::uint16_t VerbFlags(std::string_view w) { return PartsOfSpeech(w) >> kVerbFormShift; }

TEST(PartsOfSpeechTest, RareVerbFormsAreVerbs) {
  EXPECT_TRUE(Has("overthrew", kCanBeVerb));
  EXPECT_TRUE(VerbFlags("overthrew") & kPast);
  EXPECT_FALSE(Has("overthrew", kCanBeNoun));
  EXPECT_TRUE(Has("shelled", kCanBeVerb));
  EXPECT_TRUE(VerbFlags("shelling") & kGerund);
  EXPECT_TRUE(VerbFlags("criticises") & kThirdPerson);
}

TEST(PartsOfSpeechTest, AmbiguousWordsHaveEveryClass) {
  EXPECT_TRUE(Has("shot", kCanBeVerb));
  EXPECT_TRUE(Has("shot", kCanBeNoun));
  EXPECT_TRUE(Has("target", kCanBeNoun));
  EXPECT_TRUE(Has("target", kCanBeVerb));
  EXPECT_TRUE(Has("protesters", kCanBeNoun));
  EXPECT_TRUE(Has("militias", kCanBeNoun));
  EXPECT_TRUE(Has("free", kCanBeAdjective));
  EXPECT_TRUE(Has("quickly", kCanBeAdverb));
}

TEST(PartsOfSpeechTest, UnknownWordsHaveNone) {
  EXPECT_EQ(PartsOfSpeech(""), 0);
  EXPECT_EQ(PartsOfSpeech("navalny"), 0);
  EXPECT_EQ(PartsOfSpeech("xqzt"), 0);
  EXPECT_EQ(PartsOfSpeech("Overthrew"), 0);  // norms are lowercase
}

}  // namespace
}  // namespace dyad::lexicon

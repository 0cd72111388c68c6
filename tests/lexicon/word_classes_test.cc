#include "lexicon/word_classes.h"

#include <gtest/gtest.h>

namespace dyad::lexicon {
namespace {

TEST(WordClassesTest, ClosedClasses) {
  EXPECT_TRUE(Is("the", kDeterminer));
  EXPECT_TRUE(Is("its", kPossessive));
  EXPECT_TRUE(Is("was", kBeForm));
  EXPECT_TRUE(Is("not", kNegator));
  EXPECT_TRUE(Is("in", kLocative));
  EXPECT_FALSE(Is("against", kLocative));
  EXPECT_TRUE(Is("against", kPreposition));
  EXPECT_TRUE(Is("if", kConditional));
  EXPECT_EQ(ClassesOf("china"), 0u);
}

}  // namespace
}  // namespace dyad::lexicon

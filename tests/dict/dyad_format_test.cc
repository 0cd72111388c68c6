#include "dict/dyad_format.h"

#include <gtest/gtest.h>

namespace dyad::dict {
namespace {

TEST(DyadFormatTest, ParsesAllSections) {
  Entries e;
  Status s = ParseDyadFormat("t.dyad", R"(# a comment
@actors
Russia | Russian = RUS
Vladimir Putin | Putin = RUSGOV 2000-05-07..2008-05-07, RUSGOV 2012-05-07.., RUS
@agents
police | police officer = COP   # trailing comment
@verbs
arrest | take + into custody = 173
@nouns
criticism from $ = 111
@discards
box office = sentence
horoscope = story
)",
                             &e);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(e.actors.size(), 2u);
  EXPECT_EQ(e.actors[1].names[1], "Putin");
  ASSERT_EQ(e.actors[1].roles.size(), 3u);
  EXPECT_EQ(e.actors[1].roles[0].from, 20000507);
  EXPECT_EQ(e.actors[1].roles[1].to, 0);
  EXPECT_FALSE(e.actors[1].roles[2].dated());
  EXPECT_EQ(e.actors[1].loc.line, 4);
  ASSERT_EQ(e.agents.size(), 1u);
  EXPECT_EQ(e.agents[0].code, "COP");
  ASSERT_EQ(e.patterns.size(), 3u);
  EXPECT_EQ(e.patterns[1].trigger, (std::vector<std::string>{"take"}));
  ASSERT_EQ(e.patterns[1].tail.size(), 3u);
  EXPECT_EQ(e.patterns[1].tail[0].kind, PatternElement::kTarget);
  EXPECT_EQ(e.patterns[1].tail[2].word, "custody");
  EXPECT_EQ(e.patterns[2].kind, PatternEntry::kNoun);
  EXPECT_TRUE(e.patterns[2].HasSlot(PatternElement::kSource));
  ASSERT_EQ(e.discards.size(), 2u);
  EXPECT_TRUE(e.discards[1].story);
}

// Each bad line is reported as file:line: message.
struct BadCase {
  const char* text;
  const char* message;
};

class DyadFormatErrorTest : public ::testing::TestWithParam<BadCase> {};

TEST_P(DyadFormatErrorTest, NamesFileAndLine) {
  Entries e;
  Status s = ParseDyadFormat("bad.dyad", GetParam().text, &e);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find(GetParam().message), std::string::npos) << s.message();
}

INSTANTIATE_TEST_SUITE_P(
    Errors, DyadFormatErrorTest,
    ::testing::Values(
        BadCase{"Russia = RUS\n", "bad.dyad:1: entry before any section header"},
        BadCase{"@actors\n\nRussia RUS\n", "bad.dyad:3: missing '='"},
        BadCase{"@verbs\nattack = 9x1\n", "bad.dyad:2: unknown CAMEO code \"9x1\""},
        BadCase{"@verbs\nattack = 999\n", "bad.dyad:2: unknown CAMEO code \"999\""},
        BadCase{"@actors\nRussia = rus\n", "bad.dyad:2: bad actor code \"rus\""},
        BadCase{"@actors\nX = RUSGOV 2020-01-01..2019-01-01\n", "ends before it starts"},
        BadCase{"@actors\nX = RUSGOV 2020-13-01..\n", "bad.dyad:2: bad date"},
        BadCase{"@actors\nX = RUSGOV 2020\n", "bad date range"},
        BadCase{"@agents\npolice = COPS\n", "bad.dyad:2: bad agent code"},
        BadCase{"@verbs\n+ attack = 190\n", "must start with a word"},
        BadCase{"@verbs\nhit + + = 190\n", "more than one + or $"},
        BadCase{"@discards\nfootball = match\n", "discard scope"},
        BadCase{"@things\n", "bad.dyad:1: unknown section \"@things\""},
        BadCase{"@actors\nA || B = RUS\n", "bad.dyad:2: empty phrase"},
        // Found by the dictionary fuzzer: a phrase of control characters
        // has no words, and compiling it read past an empty list.
        BadCase{"@agents\n\x1c\x1c\x1c = GOV\n", "bad.dyad:2: a phrase with no words"},
        BadCase{"@actors\nA = \n", "missing value"},
        BadCase{"@actors\nA = RUS\n\xFF\n", "bad.dyad:3: invalid UTF-8 at byte offset"}));

TEST(DyadFormatTest, BinaryInputIsRefused) {
  Entries e;
  Status s = ParseDyadFormat("bin", std::string_view("\0\1\2", 3), &e);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("binary"), std::string::npos);
}

TEST(DyadFormatTest, ReportsSeveralErrorsAtOnce) {
  Entries e;
  Status s = ParseDyadFormat("m.dyad", "@verbs\na = 999\nb = 998\nc = 010\n", &e);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("m.dyad:2:"), std::string::npos);
  EXPECT_NE(s.message().find("m.dyad:3:"), std::string::npos);
}

}  // namespace
}  // namespace dyad::dict

namespace dyad::dict {
namespace {

TEST(DyadFormatTest, PlacesAreActorPhrasesMarkedAsPlaces) {
  Entries e;
  Status s = ParseDyadFormat("p.dyad", "@places\nSouth China Sea = -\nSinai = EGY\n", &e);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(e.actors.size(), 2u);
  EXPECT_TRUE(e.actors[0].place);
  EXPECT_TRUE(e.actors[0].roles.empty());
  ASSERT_EQ(e.actors[1].roles.size(), 1u);
  EXPECT_EQ(e.actors[1].roles[0].code, "EGY");
  Entries bad;
  s = ParseDyadFormat("p.dyad", "@places\nSinai = EGYGOV\n", &bad);
  EXPECT_NE(s.message().find("p.dyad:2: bad place value"), std::string::npos);
}

TEST(DyadFormatTest, PeopleAreActorsMarkedAsPersons) {
  Entries e;
  Status s = ParseDyadFormat("p.dyad",
                             "@people\nElizabeth Warren = USALEG\n@actors\nKenya = KEN\n"
                             "Moi = KENGOV 1978-08-22..2002-12-30\n",
                             &e);
  ASSERT_TRUE(s.ok()) << s.message();
  ASSERT_EQ(e.actors.size(), 3u);
  EXPECT_TRUE(e.actors[0].person);
  EXPECT_TRUE(e.actors[0].IsPerson());
  EXPECT_FALSE(e.actors[1].IsPerson());
  // An entry with a dated role is a person in any actor section.
  EXPECT_FALSE(e.actors[2].person);
  EXPECT_TRUE(e.actors[2].IsPerson());
}

}  // namespace
}  // namespace dyad::dict

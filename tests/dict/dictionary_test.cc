#include "dyad/dictionary.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "dict/compiled.h"
#include "text/tokenizer.h"

namespace dyad {
namespace {

TEST(DictionaryTest, DefaultLoads) {
  auto d = Dictionary::Default();
  ASSERT_TRUE(d.ok()) << d.status().message();
  DictionaryStats s = d->Stats();
  EXPECT_GT(s.actors, 100u);
  EXPECT_GT(s.agents, 10u);
  EXPECT_GT(s.verb_patterns, 100u);
  EXPECT_GT(s.noun_patterns, 10u);
  EXPECT_GE(s.per_root.size(), 20u) << "every CAMEO root has a pattern";
}

std::uint32_t LongestVerb(const Dictionary& d, std::string_view text) {
  const auto& c = d.compiled();
  auto tokens = text::Tokenize(text);
  auto ids = c.Ids(tokens);
  return c.verbs().LongestMatch(ids, 0).length;
}

TEST(DictionaryTest, VerbsMatchInEveryInflection) {
  auto d = Dictionary::FromText("v.dyad", "@verbs\ncriticise | point out = 111\n");
  ASSERT_TRUE(d.ok()) << d.status().message();
  for (auto form : {"criticise", "criticises", "criticised", "criticising", "criticized",
                    "criticizes", "criticizing"})
    EXPECT_EQ(LongestVerb(*d, form), 1u) << form;
  EXPECT_EQ(LongestVerb(*d, "pointed out"), 2u);
  EXPECT_EQ(LongestVerb(*d, "criticism"), 0u);
}

TEST(DictionaryTest, NounsAndAgentsMatchPluralsAndSpellings) {
  auto d = Dictionary::FromText("n.dyad",
                                "@agents\ndefence industry | policeman = MIL\n"
                                "@nouns\naccusation against + = 112\n");
  ASSERT_TRUE(d.ok()) << d.status().message();
  const auto& c = d->compiled();
  for (auto [text, len] : {std::pair{"defense industry", 2u},
                           {"defence industries", 2u},
                           {"policemen", 1u}}) {
    auto ids = c.Ids(text::Tokenize(text));
    EXPECT_EQ(c.agents().LongestMatch(ids, 0).length, len) << text;
  }
  auto ids = c.Ids(text::Tokenize("accusations against"));
  EXPECT_EQ(c.nouns().LongestMatch(ids, 0).length, 2u);
}

TEST(DictionaryTest, DatedRoles) {
  auto d = Dictionary::FromText(
      "p.dyad",
      "@actors\nA Person = XXXGOV 2000-01-01..2004-12-31, XXXOPP\n"
      "B Person = YYYGOV 2010-01-01..2012-12-31, YYYGOV 2015-01-01..\n"
      "Yland = YYY\nC Person = IGOZZZ 2001-01-01..2002-01-01\n");
  ASSERT_TRUE(d.ok()) << d.status().message();
  const auto& c = d->compiled();
  const auto& a = c.entries().actors[0];
  const auto& b = c.entries().actors[1];
  EXPECT_EQ(c.ActorCode(a, 20030101), "XXXGOV");
  EXPECT_EQ(c.ActorCode(a, 20050101), "XXXOPP");  // the undated role
  // Between or after offices, one of the country's elite; before, its own.
  EXPECT_EQ(c.ActorCode(b, 20130101), "YYYELI");
  EXPECT_EQ(c.ActorCode(b, 20050101), "YYY");
  // A former officer of an organisation speaks for nobody.
  EXPECT_EQ(c.ActorCode(c.entries().actors[3], 20100101), "");
  EXPECT_EQ(c.ActorCode(b, 20160101), "YYYGOV");
  EXPECT_EQ(c.ActorCode(b, 0), "YYYGOV");  // no date: the latest role
}

TEST(DictionaryTest, FromPathsReadsDirectoriesAndNamesErrors) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "dyad_dict_test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "a.dyad") << "@actors\nRussia = RUS\n";
  std::ofstream(dir / "b.dyad") << "@verbs\narrest = 173\n";
  std::ofstream(dir / "notes.txt") << "not a dictionary";
  auto d = Dictionary::FromPaths({dir.string()});
  ASSERT_TRUE(d.ok()) << d.status().message();
  EXPECT_EQ(d->Stats().actors, 1u);
  EXPECT_EQ(d->Stats().verb_patterns, 1u);

  std::ofstream(dir / "c.dyad") << "@verbs\n\nattack = 1999\n";
  auto bad = Dictionary::FromPaths({dir.string()});
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("c.dyad:3: unknown CAMEO code"),
            std::string::npos)
      << bad.status().message();

  auto missing = Dictionary::FromPaths({(dir / "nope.dyad").string()});
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("nope.dyad"), std::string::npos);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace dyad

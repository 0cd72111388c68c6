// The PETRARCH/TABARI readers on small dictionaries written here, and on the
// field's own files in ../shared/petrarch (read from there).
#include "dict/petrarch_format.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>

#include "dyad/coder.h"
#include "dyad/dictionary.h"

namespace dyad::dict {
namespace {

TEST(PetrarchLinesTest, CommentsOfEveryKind) {
  auto lines = petrarch::Lines(
      "<!-- a header -->\nKEEP # note\n<!-- two\nlines -->\n\tINDENTED ; old\n+X <!-- c "
      "-->\n");
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].text, "KEEP");
  EXPECT_EQ(lines[0].number, 2);
  EXPECT_EQ(lines[1].text, "INDENTED");
  EXPECT_TRUE(lines[1].indented);
  EXPECT_EQ(lines[2].text, "+X");
}

TEST(PetrarchLinesTest, PhrasesAndDates) {
  EXPECT_EQ(petrarch::Phrase("PRESIDENT_GEORGE_W._BUSH_"), "president george w. bush");
  EXPECT_EQ(petrarch::Phrase("UN"), "UN");  // an acronym keeps its capitals
  EXPECT_EQ(petrarch::Phrase("IRAN"), "iran");
  EXPECT_EQ(petrarch::Date("950701"), 19950701);
  EXPECT_EQ(petrarch::Date("080101"), 20080101);  // 00-30 is 20YY
  EXPECT_EQ(petrarch::Date("19950601"), 19950601);
  EXPECT_EQ(petrarch::Date("951301"), 0);
  EXPECT_EQ(petrarch::Date("x"), 0);
}

TEST(PetrarchActorsTest, SynonymsAndDatedCodes) {
  Entries e;
  ASSERT_TRUE(ParsePetrarch(PetrarchFile::kActors, "t.actors",
                            "ARNOR_ [ARN]\n+ARNORIAN\n"
                            "KING_ELESSAR # a person\n+STRIDER\n"
                            "\t[ARNGOV 950701-991231]\n\t[ARNREB <950630]\n\t[ARN]\n"
                            "NOBODY [---]\n",
                            &e)
                  .ok());
  ASSERT_EQ(e.actors.size(), 2u);
  EXPECT_EQ(e.actors[0].names, (std::vector<std::string>{"arnor", "arnorian"}));
  const auto& king = e.actors[1];
  EXPECT_EQ(king.names[1], "strider");
  ASSERT_EQ(king.roles.size(), 3u);
  EXPECT_EQ(king.roles[0].code, "ARNGOV");
  EXPECT_EQ(king.roles[0].from, 19950701);
  EXPECT_EQ(king.roles[1].to, 19950630);
  EXPECT_FALSE(king.roles[2].dated());  // the default goes last
  EXPECT_EQ(e.skipped["actor with the null code [---]"], 1u);
}

TEST(PetrarchActorsTest, BadLinesAreWarningsWithFileAndLine) {
  Entries e;
  ASSERT_TRUE(ParsePetrarch(PetrarchFile::kActors, "t.actors",
                            "A [AAA]\nB\n\t[BBB 990101-980101]\nC [A*B]\n", &e)
                  .ok());
  ASSERT_EQ(e.warnings.size(), 2u);
  EXPECT_EQ(e.warnings[0].rfind("t.actors:3: bad date range", 0), 0u) << e.warnings[0];
  EXPECT_EQ(e.warnings[1].rfind("t.actors:4: bad actor code", 0), 0u) << e.warnings[1];
  EXPECT_EQ(e.actors.size(), 1u);
}

TEST(PetrarchAgentsTest, SubstitutionsPluralsAndPrefixAgents) {
  Entries e;
  ASSERT_TRUE(ParsePetrarch(PetrarchFile::kAgents, "t.agents",
                            "!PERSON! = MAN, WOMAN\nCONGRESS!PERSON! [~LEG]\n"
                            "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~JUD]\n"
                            "HUMAN_RIGHTS_BODY [NGO~]\n",
                            &e)
                  .ok());
  ASSERT_EQ(e.agents.size(), 2u);
  EXPECT_EQ(e.agents[0].names,
            (std::vector<std::string>{"congressman", "congresswoman"}));
  EXPECT_EQ(e.agents[0].code, "LEG");
  EXPECT_EQ(e.agents[1].names[1], "attorneys general");
  EXPECT_EQ(e.skipped["agent written before the actor code ([NGO~])"], 1u);
}

TEST(PetrarchVerbsTest, BlocksPatternsSetsAndCodes) {
  Entries e;
  ASSERT_TRUE(
      ParsePetrarchVerbs("t.verbs",
                         "&ARMS\n+WEAPON\n+RIFLE_\n\n"
                         "--- SEND [070] ---\nSEND {SENT}\nDISPATCH [072]\n"
                         "- * &ARMS (TO) + [0332]\n"
                         "- * ENVOY [042:043]\n- % * DELEGATIONS [036]\n"
                         "- SAID * [010]\n- + * FOO [011]\n~ a (b) SAY = a b 010\n",
                         &e)
          .ok());
  // Two bare verbs, four patterns per verb.
  ASSERT_EQ(e.patterns.size(), 10u);
  EXPECT_EQ(e.patterns[0].text, "send");
  EXPECT_EQ(e.patterns[1].code, "072");  // the verb's own code
  const PatternEntry& arms = e.patterns[2];
  EXPECT_EQ(arms.code, "0332");
  ASSERT_EQ(arms.tail.size(), 3u);
  EXPECT_EQ(arms.tail[0].kind, PatternElement::kSet);
  EXPECT_EQ(e.sets[arms.tail[0].set].size(), 3u);  // weapon, weapons, rifle
  EXPECT_EQ(arms.tail[1].word, "to");
  EXPECT_EQ(arms.tail[2].kind, PatternElement::kTarget);
  EXPECT_EQ(e.patterns[4].text, "send envoy");
  EXPECT_EQ(e.patterns[4].reverse_code, "043");
  EXPECT_TRUE(e.patterns[6].compound_subject);
  EXPECT_EQ(e.patterns[8].text, "said * send");  // a word before the verb
  ASSERT_EQ(e.patterns[8].head.size(), 1u);
  EXPECT_EQ(e.patterns[8].head[0].word, "said");
  EXPECT_EQ(e.skipped["verb pattern with an actor before the verb"], 1u);
  EXPECT_EQ(e.skipped["transformation (~ ...)"], 1u);
}

TEST(PetrarchVerbsTest, CoderUsesTheImportedPatterns) {
  const std::string dir = std::string(DYAD_SOURCE_DIR) + "/tests/dict/petrarch/";
  auto d = Dictionary::FromPaths({dir + "mini.actors.txt", dir + "mini.verbs.txt"});
  ASSERT_TRUE(d.ok()) << d.status().message();
  Coder coder(std::move(*d));
  Document doc;
  doc.id = "t";
  doc.date = "2020-05-01";
  doc.text = "Arnor sent two rifles to Gondor.";
  auto events = coder.Code(doc);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source, "ARN");
  EXPECT_EQ(events[0].target, "GON");
  EXPECT_EQ(events[0].event_code, "0332");
  // PETRARCH's names are in capitals, which says nothing about case: they
  // match lower-case text as PETRARCH matches it.
  doc.text = "arnor sent two rifles to gondor.";
  ASSERT_EQ(coder.Code(doc).size(), 1u);
  doc.text = "Arnor and Gondor sent delegations.";  // "%": each to the other
  events = coder.Code(doc);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].event_code, "036");
  EXPECT_TRUE(events[0].issues.empty());
  doc.text = "Arnor sent an envoy to Gondor.";  // a two-way code
  events = coder.Code(doc);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[1].source, "GON");
  EXPECT_EQ(events[1].event_code, "043");
}

TEST(PetrarchIssuesTest, MarkedWordsCategoriesAndIgnorePhrases) {
  Entries e;
  ASSERT_TRUE(ParsePetrarch(PetrarchFile::kIssues, "t.issues",
                            "<ISSUE CATEGORY=\"EDU\" TYPE=\"ALL\">\n"
                            "pre+n:school [EARLY]\nliteracy\n~financial literacy\n"
                            "n:journalist v:arrest [PRESS]\n</ISSUE>\n",
                            &e)
                  .ok());
  std::vector<std::string> phrases;
  for (const auto& i : e.issues) phrases.push_back(i.phrase + "=" + i.code);
  EXPECT_NE(std::find(phrases.begin(), phrases.end(), "pre schools=EARLY"),
            phrases.end());
  EXPECT_NE(std::find(phrases.begin(), phrases.end(), "pre-school=EARLY"), phrases.end());
  EXPECT_NE(std::find(phrases.begin(), phrases.end(), "literacy=EDU"), phrases.end());
  EXPECT_NE(std::find(phrases.begin(), phrases.end(), "journalists arrested=PRESS"),
            phrases.end());
  auto ignore = std::find_if(e.issues.begin(), e.issues.end(), [](const IssueEntry& i) {
    return i.phrase == "financial literacy";
  });
  ASSERT_NE(ignore, e.issues.end());
  EXPECT_TRUE(ignore->ignore);
}

TEST(PetrarchFilesTest, ThePhoenixSetLoads) {
  const std::string dir = std::string(DYAD_SHARED_DIR) + "/petrarch/dictionaries";
  auto d = Dictionary::FromPaths({dir});
  ASSERT_TRUE(d.ok()) << d.status().message();
  DictionaryStats s = d->Stats();
  EXPECT_GT(s.actors, 25000u);
  EXPECT_GT(s.agents, 2000u);
  EXPECT_GT(s.verb_patterns, 40000u);
  EXPECT_GT(s.discards, 400u);
  EXPECT_LT(d->Warnings().size(), 20u);  // the field's files hold a few bad lines
}

TEST(PetrarchFilesTest, FormatIsToldByNameOrContent) {
  EXPECT_EQ(*DetectPetrarchFile("x/CAMEO.2.0.txt", ""), PetrarchFile::kVerbs);
  EXPECT_EQ(*DetectPetrarchFile("Phoenix.agents.txt", ""), PetrarchFile::kAgents);
  EXPECT_EQ(*DetectPetrarchFile("mine.txt", "--- SAY [010] ---\nSAY\n"),
            PetrarchFile::kVerbs);
  EXPECT_FALSE(DetectPetrarchFile("notes.txt", "hello\n").ok());
  Entries e;
  EXPECT_FALSE(
      ParsePetrarch(PetrarchFile::kActors, "bin", std::string("A\0B", 3), &e).ok());
  EXPECT_FALSE(ParsePetrarch(PetrarchFile::kActors, "u", "A \xff [AAA]\n", &e).ok());
}

}  // namespace
}  // namespace dyad::dict

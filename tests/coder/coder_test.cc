#include "dyad/coder.h"

#include <gtest/gtest.h>

#include "syntax/model.h"
#include "testing/coded.h"

namespace dyad {
namespace {

class CoderTest : public ::testing::Test {
 protected:
  static const Coder& Default() {
    // One-actor events are kept here: these tests are about the analysis;
    // the output rules (dyadic only, reporting verbs) have tests of their own.
    static const Coder coder(*Dictionary::Default(), CoderOptions{.monadic = true});
    return coder;
  }
  static std::vector<Event> Code(std::string text, std::string date = "2024-07-11",
                                 const Coder& coder = Default()) {
    Document doc;
    doc.id = "test";
    doc.date = std::move(date);
    doc.text = std::move(text);
    return coder.Code(doc);
  }
};

TEST_F(CoderTest, CodesASimpleArrest) {
  std::string text = "Russian police arrested students in Moscow on Tuesday.";
  auto events = Code(text);
  ASSERT_EQ(events.size(), 1u);
  const Event& e = events[0];
  EXPECT_EQ(e.source, "RUSCOP");
  EXPECT_EQ(e.source_country, "RUS");
  EXPECT_EQ(e.source_role, "COP");
  EXPECT_EQ(e.target, "RUSEDU");  // the students' country from the sentence
  EXPECT_EQ(e.event_code, "173");
  EXPECT_EQ(e.root_code, "17");
  EXPECT_EQ(e.quad_class, 4);
  EXPECT_DOUBLE_EQ(e.goldstein, -5.0);
  EXPECT_EQ(e.modality, "asserted");
  EXPECT_EQ(e.date, "2024-07-11");
  EXPECT_EQ(e.text, text);
  EXPECT_EQ(e.evidence.trigger.text, "arrested");
  EXPECT_EQ(text.substr(e.evidence.source.begin,
                        e.evidence.source.end - e.evidence.source.begin),
            "Russian police");
  EXPECT_EQ(e.evidence.target.text, "students in Moscow");
  EXPECT_NE(e.rule.find("data/verbs-"), std::string::npos);
}

TEST_F(CoderTest, PassiveVoiceSwapsSourceAndTarget) {
  auto events =
      Code("Opposition activists were arrested by Belarusian police on Sunday.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source, "BLRCOP");
  EXPECT_EQ(events[0].target, "BLROPP");
  EXPECT_NE(events[0].rule.find("passive"), std::string::npos);
}

TEST_F(CoderTest, NegatedVerbsGiveNoEvent) {
  EXPECT_TRUE(Code("China did not attack Taiwan.").empty());
  EXPECT_TRUE(Code("China didn\xE2\x80\x99t attack Taiwan.").empty());
  EXPECT_TRUE(Code("Japan has never threatened South Korea.").empty());
}

TEST_F(CoderTest, QuestionsAndConditionalsAreHypothetical) {
  auto q = Code("Will China attack Taiwan?");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].modality, "hypothetical");
  auto c = Code("If Iran attacks Israel, the region will suffer.");
  ASSERT_FALSE(c.empty());
  EXPECT_EQ(c[0].modality, "hypothetical");
}

TEST_F(CoderTest, NominalEvents) {
  auto events = Code(
      "The statement stressed China\xE2\x80\x99s support for Russia\xE2\x80\x99s "
      "defence industry.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source, "CHN");
  EXPECT_EQ(events[0].target, "RUSMIL");
  EXPECT_EQ(events[0].event_code, "070");
  auto from = Code("The plan drew criticism from NATO.");
  ASSERT_EQ(from.size(), 1u);
  EXPECT_EQ(from[0].source, "IGOWSTNAT");
  EXPECT_EQ(from[0].event_code, "111");
}

TEST_F(CoderTest, PlacesAreNotTargets) {
  auto events = Code("Ukrainian troops attacked in Russia on Monday.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source, "UKRMIL");
  EXPECT_EQ(events[0].target, "");
}

TEST_F(CoderTest, AcronymsNeedCapitals) {
  auto events = Code("They told us that Iran criticised the US.");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].source, "IRN");
  EXPECT_EQ(events[0].target, "USA");
}

TEST_F(CoderTest, DatedRolesFollowTheDocumentDate) {
  auto in_office = Code("Jens Stoltenberg criticised Russia.", "2020-01-01");
  ASSERT_EQ(in_office.size(), 1u);
  EXPECT_EQ(in_office[0].source, "IGOWSTNAT");
  auto before = Code("Jens Stoltenberg criticised Russia.", "2010-01-01");
  ASSERT_EQ(before.size(), 1u);
  EXPECT_EQ(before[0].source, "NORGOV");
}

TEST_F(CoderTest, OneEventPerDyadAndCodeUnlessAllMentions) {
  std::string text = "Iran criticised Israel. Later, Iran criticised Israel again.";
  auto once = Code(text);
  ASSERT_EQ(once.size(), 1u);
  EXPECT_EQ(once[0].mentions, 2);
  CoderOptions opts;
  opts.all_mentions = true;
  Coder all(*Dictionary::Default(), opts);
  EXPECT_EQ(Code(text, "2024-07-11", all).size(), 2u);
}

TEST_F(CoderTest, Discards) {
  EXPECT_TRUE(Code("Brazil attacked Argentina in the World Cup final.").empty());
  auto events = Code("Your horoscope: Mars attacks. Russia criticised Ukraine.");
  EXPECT_TRUE(events.empty());
}

TEST_F(CoderTest, EmptyAndHugeInputs) {
  EXPECT_TRUE(Code("").empty());
  EXPECT_TRUE(Code("   \n\n").empty());
  std::string huge;
  for (int i = 0; i < 10000; ++i) huge += "Russia ";
  huge += "attacked Ukraine.";
  auto events = Code(huge);
  EXPECT_LE(events.size(), 2u);
}

TEST_F(CoderTest, ExplainShowsTheAnalysis) {
  std::string out = Default().Explain("Russian police arrested students.", "2024-07-11");
  EXPECT_NE(out.find("tokens:"), std::string::npos);
  EXPECT_NE(out.find("RUSCOP"), std::string::npos);
  EXPECT_NE(out.find("fired"), std::string::npos);
  EXPECT_NE(out.find("event  RUSCOP -> RUSEDU 173"), std::string::npos) << out;
  EXPECT_NE(out.find("clause [0,"), std::string::npos) << out;
}

}  // namespace
}  // namespace dyad

namespace dyad {
namespace {

std::string Summary(const std::vector<Event>& events) {
  std::string out;
  for (const Event& e : events)
    out += std::to_string(e.sentence) + " " + e.source + ">" + e.target + ":" +
           e.event_code + ":" + e.modality + " @" +
           std::to_string(e.evidence.trigger.begin) + " x" + std::to_string(e.mentions) +
           "\n";
  return out;
}

TEST(DocumentCoderTest, PiecesGiveTheSameEventsAsTheWhole) {
  std::string text;
  for (int i = 0; i < 30; ++i) {
    text +=
        "China criticised NATO on Monday. It also accused the alliance of "
        "provocation.\n\n";
    text +=
        "Iran and Syria condemned Israel. Both countries blamed the United States.\n\n";
  }
  Coder coder(*Dictionary::Default());
  Document doc;
  doc.id = "pieces";
  doc.date = "2024-07-11";
  doc.text = text;
  std::string whole = Summary(coder.Code(doc));
  ASSERT_FALSE(whole.empty());

  DocumentCoder pieces(coder, doc);
  std::vector<Event> events;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t cut = text.find("\n\n", pos + 200);
    cut = cut == std::string::npos ? text.size() : cut + 2;
    for (auto& e : pieces.Add(std::string_view(text).substr(pos, cut - pos)))
      events.push_back(std::move(e));
    pos = cut;
  }
  for (auto& e : pieces.Finish()) events.push_back(std::move(e));
  EXPECT_EQ(Summary(events), whole);
}

TEST(DocumentCoderTest, AllMentionsAreReturnedAsTheyCome) {
  CoderOptions opts;
  opts.all_mentions = true;
  Coder coder(*Dictionary::Default(), opts);
  Document header;
  header.id = "stream";
  DocumentCoder d(coder, header);
  EXPECT_EQ(d.Add("Iran condemned Israel.\n\n").size(), 1u);
  auto second = d.Add("Iran condemned Israel again.\n");
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(second[0].sentence, 1);
  EXPECT_EQ(second[0].evidence.trigger.begin, 24u + 5u);  // offsets count from the start
  EXPECT_TRUE(d.Finish().empty());
}

// The output rules the field expects, with the coder's default options.
TEST(CoderOutputRulesTest, DyadicOnlyAndReportingVerbsAttribute) {
  const Coder coder(*Dictionary::Default());
  auto code = [](const std::string& text, const Coder& c) {
    return testing::Coded(c, text);
  };
  using V = std::vector<std::string>;
  // "said" attributes; the attack has no target, so nothing by default.
  EXPECT_EQ(code("Ukraine said Russia attacked Kharkiv.", coder), V{});
  EXPECT_EQ(
      code("Ukrainian officials said Russian forces shelled Ukrainian troops.", coder),
      V{"RUSMIL>UKRMIL:194:reported"});
  const Coder monadic(*Dictionary::Default(), CoderOptions{.monadic = true});
  EXPECT_EQ(code("Ukraine said Russia attacked Kharkiv.", monadic),
            V{"RUS>:190:reported"});
  const Coder petrarch(*Dictionary::Default(),
                       CoderOptions{.monadic = true, .reporting_events = true});
  EXPECT_EQ(code("Iran issued a statement.", petrarch), V{"IRN>:010:asserted"});
  // A paragraph without a full stop is not a headline for that alone.
  EXPECT_EQ(code("Syrian rebels shelled Russian troops overnight, state television "
                 "reported\n\nMore followed.",
                 coder),
            V{"SYRREB>RUSMIL:194:reported"});
  // A headline's "to" infinitive is a plan.
  EXPECT_EQ(code("Turkey to attack Syria\n\nNothing else.", coder),
            V{"TUR>SYR:190:hypothetical"});
}

TEST_F(CoderTest, TitlesWithNamesAndTheirLaterMentions) {
  auto events = Code(
      "Governor Pedro Pierluisi of Puerto Rico met the Puerto Rico Senate. "
      "Pierluisi later criticized the Senate.",
      "2019-08-08");
  ASSERT_EQ(events.size(), 3u);  // a meeting is two events (040 each way)
  EXPECT_EQ(events[2].source, "PRIGOV");
  EXPECT_EQ(events[2].source_name, "Pierluisi");
  EXPECT_EQ(events[2].target, "PRILEG");
  auto vice =
      Code("Chinese Vice Foreign Minister Wu Daiwei criticized Japan.", "2004-11-16");
  ASSERT_EQ(vice.size(), 1u);
  EXPECT_EQ(vice[0].source, "CHNGOV");
  auto former =
      Code("Former French President Jacques Chirac praised Germany.", "2019-09-30");
  ASSERT_EQ(former.size(), 1u);
  EXPECT_EQ(former[0].source, "FRAELI");
  // A surname that is a common word is not taken alone.
  auto may = Code(
      "Prime Minister Theresa Brightwater of Arnor met Gondor. In May, Gondor "
      "criticized Germany.",
      "2019-01-01");
  for (const Event& e : may) EXPECT_NE(e.source_name, "May");
}

TEST_F(CoderTest, AgentsWithNoCountryTakeTheStorysCountry) {
  auto events = Code(
      "Georgian activists marched in Tbilisi on Friday. Georgia's government "
      "stayed silent. Police arrested three activists.",
      "2012-05-17");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(events.back().source, "GEOCOP");
  EXPECT_EQ(events.back().target, "GEOOPP");
  EXPECT_EQ(events.back().event_code, "173");
}

TEST_F(CoderTest, SerialCommaListsAreGroups) {
  auto events = Code("Japan, India, and Australia met in Tokyo.");
  EXPECT_EQ(events.size(), 6u);  // each pair, both ways
  auto clauses =
      Code("Russia pledged aid to Ukraine, and Poland promised weapons to Kyiv.");
  ASSERT_EQ(clauses.size(), 2u);
  EXPECT_EQ(clauses[1].source, "POL");
}

// With the parser (CoderOptions::syntax): verbs are verbs and nouns nouns.
TEST_F(CoderTest, TheTreeChoosesVerbsAndNouns) {
  if (!syntax::SyntaxModel::Builtin().ok())
    GTEST_SKIP() << "built without a syntax model";
  const Coder parsed(*Dictionary::Default(),
                     CoderOptions{.monadic = true, .syntax = true});
  auto bombed =
      Code("Russian jets bombed a rebel target near Idlib.", "2024-07-11", parsed);
  for (const Event& e : bombed) EXPECT_NE(e.evidence.trigger.text, "target");
  auto banners =
      Code("Protesters carried banners reading 'Free Navalny' outside the embassy.",
           "2024-07-11", parsed);
  EXPECT_TRUE(banners.empty()) << banners[0].event_code;
  // A title-case headline is not left to the tagger.
  auto headline = Code("Iran Condemns Israel\n\nMore followed.", "2024-07-11", parsed);
  ASSERT_EQ(headline.size(), 1u);
  EXPECT_EQ(headline[0].event_code, "111");
  // Without the parser (--no-syntax) nothing is parsed: the window rules
  // alone read "charges" as a verb, the tree as a noun. ("a rebel target" the window
  // rules now refuse too: a plain verb form after a singular noun.)
  const auto reads_charges = [](const std::vector<Event>& events) {
    for (const Event& e : events)
      if (e.evidence.trigger.text == "charges") return true;
    return false;
  };
  const std::string charged = "Protesters who attack police risk charges in Kenya.";
  const Coder rules(*Dictionary::Default(),
                    CoderOptions{.monadic = true, .syntax = false});
  EXPECT_TRUE(reads_charges(Code(charged, "2024-07-11", rules)));
  EXPECT_FALSE(reads_charges(Code(charged, "2024-07-11", parsed)));
  // The parser is on by default.
  EXPECT_TRUE(CoderOptions().syntax);
  // A past participle that modifies a noun is an adjective, no act; a verb
  // after its subject stays a verb.
  for (const char* adjective :
       {"The Kenyan parliament investigated the alleged misconduct of President Ruto.",
        "Germany called for the release of the imprisoned activist from Russia."})
    for (const Event& e : Code(adjective, "2024-07-11", parsed))
      EXPECT_TRUE(e.event_code.substr(0, 2) != "17" && e.event_code.substr(0, 3) != "112")
          << adjective << " " << e.event_code << " " << e.evidence.trigger.text;
  auto used =
      Code("Police used force against protesters in Nairobi.", "2024-07-11", parsed);
  ASSERT_FALSE(used.empty());
  EXPECT_EQ(used[0].evidence.trigger.text.substr(0, 4), "used");
}

TEST_F(CoderTest, TheFirstPersonOfAQuotationIsItsSpeaker) {
  auto quoted = Code("\"We condemn Israel,\" Egypt's foreign minister said.");
  ASSERT_EQ(quoted.size(), 1u);
  EXPECT_EQ(quoted[0].source, "EGYGOV");
  EXPECT_EQ(quoted[0].source_name, "We");
  EXPECT_EQ(quoted[0].target, "ISR");
  // A quotation running on into the next sentence keeps its speaker.
  auto running = Code(
      "The Iranian foreign minister said: \"This is a crime. We condemn "
      "Israel.\"");
  ASSERT_FALSE(running.empty());
  EXPECT_EQ(running.back().source, "IRNGOV");
  // Outside quotation marks "we" is the writer: no actor.
  for (const Event& e : Code("We condemn Israel, an Egyptian blogger wrote."))
    EXPECT_NE(e.source_name, "We");
}

TEST_F(CoderTest, NoSelfActsAndNoBackground) {
  // An actor on itself is no interaction.
  for (const Event& e : Code("Some protesters shielded themselves from the police."))
    EXPECT_NE(e.target_name, "themselves");
  for (const Event& e :
       Code("Iraq's foreign ministry called the strike a violation of Iraqi "
            "sovereignty."))
    EXPECT_NE(e.target, "IRQ");
  // ... but a country's people may act against it.
  EXPECT_FALSE(Code("British protesters marched against Britain's government.").empty());
  // A sentence about a year before last is background.
  EXPECT_TRUE(Code("In 2015, Saudi Arabia attacked Yemen.", "2019-09-15").empty());
  EXPECT_EQ(Code("In 2019, Saudi Arabia attacked Yemen.", "2019-09-15").size(), 1u);
  EXPECT_EQ(Code("Saudi Arabia attacked Yemen, whose leader ruled from 2008 until 2016.",
                 "2019-09-15")
                .size(),
            1u);
  EXPECT_EQ(Code("In 2015, Saudi Arabia attacked Yemen.", "").size(), 1u);  // no date
}

}  // namespace
}  // namespace dyad

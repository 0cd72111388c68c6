// The validation-records reader on small files written here, and the scores
// on PETRARCH's unit-test records (../shared/petrarch) as floors that may
// only move up.
#include "validate/records.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "dyad/coder.h"
#include "validate/scorer.h"

namespace dyad::validate {
namespace {

constexpr const char* kRecords = R"(<?xml version='1.0' encoding='utf-8'?>
<Validation>
<Environment>
  <Verbfile>mini.verbs.txt</Verbfile>
  <Actorfile>mini.actors.txt</Actorfile>
</Environment>
<Sentences>
<Sentence category="DEMO" date="20200501" id="T-1" sentence="true">
<EventCoding eventcode="0332" sourcecode="ARN" targetcode="GON" />
<Text>
Arnor sent two rifles
to Gondor.
</Text>
<Parse>ignored</Parse>
</Sentence>
<Config option="require_dyad" value="False" />
<Sentence category="DEMO" date="20200501" id="T-2" sentence="true">
<EventCoding noevents="True" />
<Text>Nothing happened.</Text>
</Sentence>
<Sentence category="ERROR" date="20200501" id="T-3" sentence="true">
<EventCoding error="discard" />
<Text>Arnor sent rifles to Gondor in a football match.</Text>
</Sentence>
</Sentences>
</Validation>
)";

TEST(RecordsTest, ReadsEnvironmentRecordsAndConfig) {
  auto file = ParseRecords("r.xml", kRecords);
  ASSERT_TRUE(file.ok()) << file.status().message();
  EXPECT_EQ(file->environment["Verbfile"], "mini.verbs.txt");
  ASSERT_EQ(file->records.size(), 3u);
  const Record& r = file->records[0];
  EXPECT_EQ(r.id, "T-1");
  EXPECT_EQ(r.date, "2020-05-01");
  EXPECT_EQ(r.text, "Arnor sent two rifles to Gondor.");
  ASSERT_EQ(r.expected.size(), 1u);
  EXPECT_EQ(r.expected[0].code, "0332");
  EXPECT_TRUE(r.config.empty());
  EXPECT_EQ(file->records[1].config.at("require_dyad"), "false");
  EXPECT_TRUE(file->records[1].no_events);
  EXPECT_EQ(file->records[2].error, "discard");
}

TEST(RecordsTest, MalformedFilesNameTheLine) {
  auto bad =
      ParseRecords("r.xml", "<Validation>\n<Sentence id='x'>\n<Text>a</Sentence>\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message().rfind("r.xml:3: malformed XML", 0), 0u)
      << bad.status().message();
  auto no_code = ParseRecords(
      "r.xml",
      "<V><Sentence id='x'>\n<EventCoding sourcecode='A'/><Text>a</Text></Sentence></V>");
  ASSERT_FALSE(no_code.ok());
  EXPECT_NE(no_code.status().message().find("r.xml:2:"), std::string::npos);
  EXPECT_FALSE(ParseRecords("r.xml", "<V></V>").ok());  // no records
  EXPECT_FALSE(ParseRecords("r.xml", "").ok());
}

TEST(ScorerTest, ExactPrecisionAndRecall) {
  auto file = ParseRecords("r.xml", kRecords);
  ASSERT_TRUE(file.ok());
  const std::string dir = std::string(DYAD_SOURCE_DIR) + "/tests/dict/petrarch/";
  auto d = Dictionary::FromPaths({dir + "mini.actors.txt", dir + "mini.verbs.txt"});
  ASSERT_TRUE(d.ok());
  Coder coder(std::move(*d), CoderOptions::Petrarch());
  Report report = ScoreAll(coder, *file);
  EXPECT_TRUE(report.results[0].exact());
  EXPECT_TRUE(report.results[1].exact());
  // No discard list here, so the football match is coded: a miss.
  EXPECT_FALSE(report.results[2].exact());
  EXPECT_EQ(report.overall.exact, 2);
  EXPECT_EQ(report.overall.matched, 1);
  EXPECT_EQ(report.overall.produced, 2);
  EXPECT_DOUBLE_EQ(report.overall.Precision(), 50.0);
  EXPECT_DOUBLE_EQ(report.overall.Recall(), 100.0);
}

// PETRARCH's unit-test records with their dictionaries: dyad must keep at
// least these many records exactly right (raise the floors when it improves).
Tally ValidateWith(const std::string& records, const std::string& verbs) {
  const std::string shared = std::string(DYAD_SHARED_DIR) + "/petrarch/";
  std::ifstream in(shared + "validation/" + records);
  std::stringstream text;
  text << in.rdbuf();
  auto file = ParseRecords(records, text.str());
  EXPECT_TRUE(file.ok()) << file.status().message();
  if (!file.ok()) return {};
  const std::string dicts = shared + "dictionaries/";
  auto d = Dictionary::FromPaths(
      {dicts + verbs, dicts + "PETR.Validate.actors.txt",
       dicts + "PETR.Validate.agents.txt", dicts + "PETR.Validate.discards.txt"},
      DictionaryFormat::kAuto);
  EXPECT_TRUE(d.ok()) << d.status().message();
  if (!d.ok()) return {};
  Coder coder(std::move(*d), CoderOptions::Petrarch());
  return ScoreAll(coder, *file).overall;
}

TEST(ValidationFloorsTest, PetrarchTwoUnitTests) {
  Tally t = ValidateWith("PETR.UnitTest.records.2.0.xml", "PETR.Validate.verbs.2.0.txt");
  EXPECT_EQ(t.records, 284);
  EXPECT_GE(t.exact, 203) << "exact " << t.ExactPercent() << "%";  // 71.5%
}

TEST(ValidationFloorsTest, OlderUnitTests) {
  Tally t = ValidateWith("PETR.UnitTest.records.xml", "PETR.Validate.verbs.txt");
  EXPECT_EQ(t.records, 284);
  // 180 since any "-ly" adverb keeps a passive ("was heavily criticized
  // over ...": PETRARCH's record reads its subject as the critic).
  EXPECT_GE(t.exact, 180) << "exact " << t.ExactPercent() << "%";  // 63.4%
}

}  // namespace
}  // namespace dyad::validate

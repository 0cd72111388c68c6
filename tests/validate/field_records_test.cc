// Records files as the field publishes them (issue 14): what PETRARCH read
// past is read as it did, with a warning naming the line, not refused.
// The files here are written for the test, in the shapes of the field's.
#include <gtest/gtest.h>

#include <string>

#include "validate/records.h"

namespace dyad::validate {
namespace {

constexpr const char* kFieldRecords = R"(<?xml version='1.0' encoding='utf-8'?>
<Validation>
<!-- Records for the demo. A record looks like
     <Sentence date="20200501" id="X">
     <EventCoding sourcecode="ARN" targetcode="GON" eventcode="0332">
     and older files used <!-- nested comments --> as well -- like this.
-->
<Environment>
  <Verbfile>mini.verbs.txt</Verbfile>
  <Actorfile>mini.actors.txt, more.actors.txt</Actorfile>
</Environment>
<Sentences>
<Sentence category="DEMO" date="200501" id="T-1" sentence="true">
<EventCoding eventcode="0332" sourcecode="ARN" targetcode="GON" />
<Text>Arnor sent two rifles to Gondor.</Text>
</Sentence>
<Sentence category="DEMO" date="20200502" id="T-2" sentence="true" />
<Sentence category="DEMO" date="950101" id="T-3" sentence="true">
<EventCoding noevents="True" />
<Text>Nothing happened.</Text>
</Sentence>
</Sentences>
</Validation>
)";

bool Has(const std::vector<std::string>& warnings, const std::string& text) {
  for (const auto& w : warnings)
    if (w.find(text) != std::string::npos) return true;
  return false;
}

TEST(FieldRecordsTest, OdditiesAreReadAsPetrarchDidWithWarnings) {
  auto file = ParseRecords("field.xml", kFieldRecords);
  ASSERT_TRUE(file.ok()) << file.status().message();
  ASSERT_EQ(file->records.size(), 2u);
  EXPECT_EQ(file->records[0].id, "T-1");
  EXPECT_EQ(file->records[0].date, "2020-05-01");
  EXPECT_EQ(file->records[0].line, 13);
  EXPECT_EQ(file->records[1].id, "T-3");
  EXPECT_EQ(file->records[1].date, "1995-01-01");
  EXPECT_TRUE(Has(file->warnings, "field.xml:3: a comment holding \"--\""))
      << file->warnings[0];
  EXPECT_TRUE(
      Has(file->warnings, "field.xml:13: sentence T-1: six-digit date \"200501\""));
  EXPECT_TRUE(Has(file->warnings, "field.xml:17: sentence T-2 has no <Text>; skipped"));
  EXPECT_EQ(file->warnings.size(), 4u);
  EXPECT_EQ(EnvironmentFiles(file->environment["Actorfile"]),
            (std::vector<std::string>{"mini.actors.txt", "more.actors.txt"}));
}

// Found by tests/fuzz/records_fuzz.cc: a date of eight digits whose year
// has leading zeros threw std::out_of_range (a five-digit number was cut
// as YYYYMMDD).
TEST(FieldRecordsTest, AYearWithLeadingZerosIsADate) {
  auto file = ParseRecords(
      "r.xml",
      "<V>\n<Sentence id='x' date=\"00030204\">\n<Text>a</Text></Sentence></V>\n");
  ASSERT_TRUE(file.ok()) << file.status().message();
  EXPECT_EQ(file->records[0].date, "0003-02-04");
}

TEST(FieldRecordsTest, WhatIsReallyBrokenIsStillAnError) {
  // A bad date, and XML that no reading can mend.
  auto bad_date = ParseRecords(
      "r.xml", "<V>\n<Sentence id='x' date='2020-1'>\n<Text>a</Text></Sentence></V>\n");
  ASSERT_FALSE(bad_date.ok());
  EXPECT_NE(bad_date.status().message().find("r.xml:2:"), std::string::npos);
  auto unclosed = ParseRecords("r.xml", "<V>\n<!-- never closed\n<Sentence id='x'>\n");
  EXPECT_FALSE(unclosed.ok());
}

}  // namespace
}  // namespace dyad::validate

// The validation records of PETRARCH and TABARI: an XML file whose
// <Environment> names the dictionaries, and whose <Sentence> records each
// give a text and the events it should yield (<EventCoding sourcecode
// targetcode eventcode>), none (noevents="True") or a discard/error.
// <Config option value> settings between records apply to the records after
// them. <Parse> trees are ignored: dyad reads the <Text> itself.
#ifndef DYAD_VALIDATE_RECORDS_H_
#define DYAD_VALIDATE_RECORDS_H_

#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "dyad/status.h"

namespace dyad::validate {

struct ExpectedEvent {
  std::string source, target, code;
  bool operator<(const ExpectedEvent& o) const {
    return std::tie(source, target, code) < std::tie(o.source, o.target, o.code);
  }
  bool operator==(const ExpectedEvent& o) const = default;
};

struct Record {
  std::string id, category;
  std::string date;  // YYYY-MM-DD
  std::string text;  // one line
  int line = 0;      // where the record starts in its file
  std::vector<ExpectedEvent> expected;
  bool no_events = false;  // noevents="True"
  std::string error;       // error="...": a record that must not be coded
  // Settings in force for this record (option -> value, lower case).
  std::map<std::string, std::string> config;
};

struct RecordsFile {
  // <Environment>: Verbfile, Actorfile, Agentfile, Discardfile, Issuefile
  // -> file name, as written.
  std::map<std::string, std::string> environment;
  std::vector<Record> records;
  // What was read as PETRARCH read it rather than as XML or this format
  // say, "file:line: message" each: a comment holding "--" or a comment, a
  // <Sentence/> without a text (skipped), a six-digit date (YYMMDD).
  std::vector<std::string> warnings;
};

// The file names an <Environment> entry gives: one, or several separated
// by commas ("a.actors.txt, b.actors.txt"), as PETRARCH's config allows.
std::vector<std::string> EnvironmentFiles(const std::string& value);

// Reads a records file; a malformed one is an error naming `name` and the
// line. The field's files hold what PETRARCH read past (RecordsFile::
// warnings): those are read as it did, with a warning.
Result<RecordsFile> ParseRecords(std::string_view name, std::string_view xml);

}  // namespace dyad::validate

#endif  // DYAD_VALIDATE_RECORDS_H_

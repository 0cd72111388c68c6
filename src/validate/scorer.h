// Scores the coder against validation records: codes each record's text
// and compares the events it yields with the ones the record expects, as
// (source, target, code) sets.
//
// dyad's codes are put in PETRARCH's notation for the comparison: no
// target is "---", an agent without a country ("police") is "---COP". With
// require_dyad (PETRARCH's default, changed by <Config>), events without a
// target do not count.
#ifndef DYAD_VALIDATE_SCORER_H_
#define DYAD_VALIDATE_SCORER_H_

#include <map>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "validate/records.h"

namespace dyad::validate {

struct RecordResult {
  const Record* record = nullptr;
  std::vector<ExpectedEvent> expected;  // sorted, unique
  std::vector<ExpectedEvent> produced;  // sorted, unique
  std::vector<std::string> rules;       // the rule behind each produced event
  int matched = 0;                      // events in both
  bool exact() const { return expected == produced; }
};

struct Tally {
  int records = 0, exact = 0;
  int expected = 0, produced = 0, matched = 0;
  void Add(const RecordResult& r);
  double ExactPercent() const { return records ? 100.0 * exact / records : 0; }
  double Precision() const { return produced ? 100.0 * matched / produced : 0; }
  double Recall() const { return expected ? 100.0 * matched / expected : 0; }
};

RecordResult ScoreRecord(const Coder& coder, const Record& record);

struct Report {
  std::vector<RecordResult> results;
  Tally overall;
  std::map<std::string, Tally> by_category;
};

Report ScoreAll(const Coder& coder, const RecordsFile& file);

}  // namespace dyad::validate

#endif  // DYAD_VALIDATE_SCORER_H_

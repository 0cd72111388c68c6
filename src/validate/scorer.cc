#include "validate/scorer.h"

#include <algorithm>

namespace dyad::validate {
namespace {

// An actor code in PETRARCH's notation.
std::string Petrarch(const std::string& code, const std::string& country,
                     const std::string& role) {
  if (code.empty()) return "---";
  if (country.empty() && !role.empty() && role == code) return "---" + code;
  return code;
}

}  // namespace

void Tally::Add(const RecordResult& r) {
  ++records;
  exact += r.exact();
  expected += static_cast<int>(r.expected.size());
  produced += static_cast<int>(r.produced.size());
  matched += r.matched;
}

RecordResult ScoreRecord(const Coder& coder, const Record& record) {
  RecordResult out;
  out.record = &record;
  if (record.error.empty() && !record.no_events) out.expected = record.expected;
  std::sort(out.expected.begin(), out.expected.end());
  out.expected.erase(std::unique(out.expected.begin(), out.expected.end()),
                     out.expected.end());

  auto it = record.config.find("require_dyad");
  const bool require_dyad = it == record.config.end() || it->second != "false";
  Document doc;
  doc.id = record.id;
  doc.date = record.date;
  doc.text = record.text;
  std::map<ExpectedEvent, std::string> produced;
  for (const Event& e : coder.Code(doc)) {
    ExpectedEvent p{Petrarch(e.source, e.source_country, e.source_role),
                    Petrarch(e.target, e.target_country, e.target_role), e.event_code};
    if (require_dyad && p.target == "---") continue;
    produced.emplace(p, e.rule);
  }
  for (const auto& [event, rule] : produced) {
    out.produced.push_back(event);
    out.rules.push_back(rule);
    out.matched += std::binary_search(out.expected.begin(), out.expected.end(), event);
  }
  return out;
}

Report ScoreAll(const Coder& coder, const RecordsFile& file) {
  Report report;
  report.results.reserve(file.records.size());
  for (const Record& r : file.records) {
    report.results.push_back(ScoreRecord(coder, r));
    report.overall.Add(report.results.back());
    report.by_category[r.category].Add(report.results.back());
  }
  return report;
}

}  // namespace dyad::validate

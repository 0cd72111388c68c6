// dyad validate: runs the coder over PETRARCH/TABARI validation records
// with the dictionaries their <Environment> names, and reports how many
// records come out exactly right, event precision and recall, per category
// and overall, and every miss with the rules that fired.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli_flags.h"
#include "commands.h"
#include "dyad/coder.h"
#include "validate/records.h"
#include "validate/scorer.h"

namespace dyad::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kValidateHelp =
    R"(Usage: dyad validate RECORDS.xml [--dict-dir DIR] [--verbs FILE] [--misses N]

Codes the <Text> of every <Sentence> record with the dictionaries named in
the file's <Environment> (Verbfile, Actorfile, Agentfile, Discardfile), read
as PETRARCH dictionaries, and compares the events with the record's
<EventCoding> lines. Prints each record that is not exactly right (its text,
the events expected and produced, and the rule behind each), a table per
category, and a last line:

  exact: N/M records (P%), event precision P%, event recall R%

Options:
  --dict-dir DIR   where the <Environment> files are (default: beside the
                   records, else ../dictionaries from them)
  --verbs FILE     use FILE as the verb dictionary instead of the Verbfile
  --misses N       show at most N misses (default: all; 0 for none)
  -h, --help       show this help

Exit status: 0 when the records were run, whatever the score; 1 when the
records file or a dictionary cannot be read; 2 on bad usage.
)";

std::string Join(const std::vector<validate::ExpectedEvent>& events) {
  if (events.empty()) return "(none)";
  std::string out;
  for (const auto& e : events)
    out += (out.empty() ? "" : "; ") + e.source + " " + e.target + " " + e.code;
  return out;
}

void PrintMiss(const validate::RecordResult& r, std::ostream& out) {
  const validate::Record& rec = *r.record;
  out << rec.id << " [" << rec.category << "] line " << rec.line << ": " << rec.text
      << "\n  expected: " << Join(r.expected) << "\n  produced: ";
  if (r.produced.empty()) out << "(none)";
  out << "\n";
  for (std::size_t i = 0; i < r.produced.size(); ++i)
    out << "    " << r.produced[i].source << " " << r.produced[i].target << " "
        << r.produced[i].code << "  <- " << r.rules[i] << "\n";
}

void PrintTally(const std::string& name, const validate::Tally& t, std::ostream& out) {
  char line[160];
  std::snprintf(line, sizeof line, "%-12s %7d %7d %6.1f%% %9.1f%% %7.1f%%\n",
                name.c_str(), t.records, t.exact, t.ExactPercent(), t.Precision(),
                t.Recall());
  out << line;
}

}  // namespace

int RunValidate(const std::vector<std::string>& args) {
  auto flags = ParseFlags(
      args,
      {{"--dict-dir", ""}, {"--verbs", ""}, {"--misses", ""}, {"--help", "-h", false}});
  if (flags.ok() && flags->Has("--help")) {
    std::cout << kValidateHelp;
    return kExitOk;
  }
  if (!flags.ok() || flags->positionals.size() != 1) {
    std::cerr << "dyad validate: "
              << (flags.ok() ? "expected one records file" : flags.status().message())
              << "\nTry 'dyad validate --help'.\n";
    return kExitUsage;
  }
  long misses = -1;  // all
  if (std::string bad = BadNumberFlag(*flags, "--misses", -1, 0, 1000000000, &misses);
      !bad.empty()) {
    std::cerr << "dyad validate: " << bad << "\n";
    return kExitUsage;
  }
  const fs::path path = flags->positionals[0];
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "dyad validate: " << path.string() << ": cannot open\n";
    return kExitBadInput;
  }
  std::stringstream text;
  text << in.rdbuf();
  auto file = validate::ParseRecords(path.string(), text.str());
  if (!file.ok()) {
    std::cerr << "dyad validate: " << file.status().message() << "\n";
    return kExitBadInput;
  }
  for (const auto& warning : file->warnings)
    std::cerr << "dyad validate: " << warning << "\n";
  // The dictionaries the environment names.
  fs::path dir = flags->Get("--dict-dir");
  const fs::path beside = path.parent_path();
  std::vector<std::string> paths;
  for (const char* key : {"Verbfile", "Actorfile", "Agentfile", "Discardfile"}) {
    auto it = file->environment.find(key);
    std::string name = it == file->environment.end() ? "" : it->second;
    if (std::string(key) == "Verbfile" && flags->Has("--verbs")) {
      paths.push_back(flags->Get("--verbs"));
      continue;
    }
    for (const std::string& one : validate::EnvironmentFiles(name)) {
      fs::path found = dir.empty() ? beside / one : dir / one;
      if (dir.empty() && !fs::exists(found)) found = beside / ".." / "dictionaries" / one;
      paths.push_back(found.string());
    }
  }
  auto dictionary = Dictionary::FromPaths(paths);  // each verb file's dialect told apart
  if (!dictionary.ok()) {
    std::cerr << "dyad validate: " << dictionary.status().message() << "\n";
    return kExitBadInput;
  }
  // PETRARCH's conventions: the records say themselves whether one-actor
  // events count (require_dyad), and "said" is a statement (010).
  const Coder coder(std::move(*dictionary), CoderOptions::Petrarch());
  validate::Report report = validate::ScoreAll(coder, *file);

  std::cout << "records " << path.string() << "\ndictionaries";
  for (const auto& p : paths) std::cout << " " << p;
  std::cout << "\n\n";
  long shown = 0;
  for (const auto& r : report.results) {
    if (r.exact()) continue;
    if (misses >= 0 && shown >= misses) break;
    PrintMiss(r, std::cout);
    ++shown;
  }
  std::cout << "\ncategory     records   exact  exact%  precision  recall\n";
  for (const auto& [category, tally] : report.by_category)
    PrintTally(category, tally, std::cout);
  PrintTally("all", report.overall, std::cout);
  const auto& t = report.overall;
  char last[200];
  std::snprintf(last, sizeof last,
                "exact: %d/%d records (%.1f%%), event precision %.1f%%, event recall "
                "%.1f%%\n",
                t.exact, t.records, t.ExactPercent(), t.Precision(), t.Recall());
  std::cout << last;
  return kExitOk;
}

}  // namespace dyad::cli

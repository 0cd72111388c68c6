// dyad export: the whole store (or a period of it) as files other tools
// read: GDELT 2.0's event and mention tables, CSV or JSON Lines.
#include <fstream>
#include <iostream>

#include "cli_flags.h"
#include "commands.h"
#include "dyad/store.h"
#include "outputs.h"
#include "util/strings.h"

namespace dyad::cli {
namespace {

constexpr const char* kExportHelp =
    R"(Usage: dyad export --db PATH [--format gdelt|csv|jsonl] [--mentions] [options]

Writes every stored event (or, with --mentions, every mention) in date
order, a page at a time, so any size of store streams in bounded memory.

Formats:
  gdelt   GDELT 2.0 tab-separated tables without a header: the 61 event
          columns (fields dyad does not have, such as tone and geography,
          are empty), or the 16 mention columns with --mentions
  csv     the same fields as 'dyad query events --format csv', with a header
  jsonl   one JSON object per line

Options:
  --db PATH          the store (required)
  --from D --to D    only events in this period (YYYY-MM-DD)
  --mentions         export mentions instead of events
  -o, --output FILE  write to FILE (default standard output)
  -h, --help         show this help
)";

constexpr std::size_t kPage = 10000;

std::string Digits(const std::string& date) {  // "2024-07-11" -> "20240711"
  std::string out;
  for (char c : date)
    if (c != '-') out.push_back(c);
  return out;
}

std::string Clean(std::string s) {  // one TSV cell
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
}

// An actor's ten GDELT columns: code, name, country, known group, ethnic,
// two religions, three types.
void ActorColumns(std::ostream& out, const std::string& code, const std::string& name,
                  const std::string& country, const std::string& role) {
  out << code << '\t' << Clean(name) << '\t' << country << "\t\t\t\t\t" << role
      << "\t\t\t";
}

void WriteGdeltEvent(const StoredEvent& e, std::ostream& out) {
  const std::string day = Digits(e.date);
  const int year = day.size() == 8 ? std::stoi(day.substr(0, 4)) : 0;
  const int month = day.size() == 8 ? std::stoi(day.substr(4, 2)) : 0;
  const int dom = day.size() == 8 ? std::stoi(day.substr(6, 2)) : 0;
  char fraction[16];
  std::snprintf(fraction, sizeof fraction, "%.4f", year + (month * 30 + dom) / 365.0);
  out << e.id << '\t' << day << '\t' << day.substr(0, 6) << '\t' << day.substr(0, 4)
      << '\t' << fraction << '\t';
  ActorColumns(out, e.source, e.source_name, e.source_country, e.source_role);
  ActorColumns(out, e.target, e.target_name, e.target_country, e.target_role);
  char goldstein[16];
  std::snprintf(goldstein, sizeof goldstein, "%.1f", e.goldstein);
  out << "0\t" << e.event_code << '\t' << e.event_code.substr(0, 3) << '\t' << e.root_code
      << '\t' << e.quad_class << '\t' << goldstein << '\t' << e.num_mentions << '\t'
      << e.num_sources << '\t' << e.num_articles << "\t\t";     // AvgTone: empty
  for (int geo = 0; geo < 3; ++geo) out << "\t\t\t\t\t\t\t\t";  // 3 x 8 geography
  out << day << "000000\t" << Clean(e.url.empty() ? e.doc : e.url) << '\n';
}

void WriteGdeltMention(const StoredMention& m, std::ostream& out) {
  const std::string when = Digits(m.event_date) + "000000";
  const std::string seen = (m.doc_date.empty() ? when : Digits(m.doc_date) + "000000");
  // MentionType 1 is "web"; Confidence is 100 for what dyad coded itself.
  out << m.event << '\t' << when << '\t' << seen << "\t1\t" << Clean(m.outlet) << '\t'
      << Clean(m.url.empty() ? m.doc : m.url) << '\t' << m.sentence + 1 << '\t'
      << m.source_begin << '\t' << (m.target_name.empty() ? -1 : m.target_begin) << '\t'
      << m.trigger_begin << "\t1\t100\t\t\t\t" << Clean(m.modality) << '\n';
}

void WriteMention(const StoredMention& m, const std::string& format, bool first,
                  std::ostream& out) {
  if (format == "csv") {
    if (first)
      out << "mention_id,event_id,event_date,doc,outlet,url,sentence,modality,"
             "source_offset,target_offset,trigger_offset,source_name,target_name,"
             "trigger,rule\n";
    out << m.id << ',' << m.event << ',' << m.event_date << ',' << CsvCell(m.doc) << ','
        << CsvCell(m.outlet) << ',' << CsvCell(m.url) << ',' << m.sentence << ','
        << m.modality << ',' << m.source_begin << ',' << m.target_begin << ','
        << m.trigger_begin << ',' << CsvCell(m.source_name) << ','
        << CsvCell(m.target_name) << ',' << CsvCell(m.trigger_text) << ','
        << CsvCell(m.rule) << '\n';
    return;
  }
  std::string line = "{\"mention_id\":" + std::to_string(m.id) +
                     ",\"event_id\":" + std::to_string(m.event) + ",\"event_date\":\"" +
                     m.event_date + "\",\"doc\":\"";
  AppendJsonEscaped(m.doc, &line);
  line += "\",\"outlet\":\"";
  AppendJsonEscaped(m.outlet, &line);
  line += "\",\"url\":\"";
  AppendJsonEscaped(m.url, &line);
  line += "\",\"sentence\":" + std::to_string(m.sentence) + ",\"modality\":\"" +
          m.modality + "\",\"source_offset\":" + std::to_string(m.source_begin) +
          ",\"target_offset\":" + std::to_string(m.target_begin) +
          ",\"trigger_offset\":" + std::to_string(m.trigger_begin) +
          ",\"source_name\":\"";
  AppendJsonEscaped(m.source_name, &line);
  line += "\",\"target_name\":\"";
  AppendJsonEscaped(m.target_name, &line);
  line += "\",\"trigger\":\"";
  AppendJsonEscaped(m.trigger_text, &line);
  line += "\",\"rule\":\"";
  AppendJsonEscaped(m.rule, &line);
  out << line << "\"}\n";
}

}  // namespace

int RunExport(const std::vector<std::string>& args) {
  auto flags = ParseFlags(args, {{"--db", ""},
                                 {"--format", ""},
                                 {"--from", ""},
                                 {"--to", ""},
                                 {"--mentions", "", false},
                                 {"--output", "-o"},
                                 {"--help", "-h", false}});
  if (flags.ok() && flags->Has("--help")) {
    std::cout << kExportHelp;
    return kExitOk;
  }
  std::string format = flags.ok() ? flags->Get("--format", "gdelt") : "";
  std::string usage = !flags.ok()           ? flags.status().message()
                      : !flags->Has("--db") ? "--db PATH is required"
                      : !flags->positionals.empty()
                          ? "unexpected argument '" + flags->positionals[0] + "'"
                      : (format != "gdelt" && format != "csv" && format != "jsonl")
                          ? "--format must be gdelt, csv or jsonl, not '" + format + "'"
                          : "";
  int d;
  for (const char* name : {"--from", "--to"})
    if (usage.empty() && !flags->Get(name).empty() && !ParseDate(flags->Get(name), &d))
      usage = std::string(name) + " must be YYYY-MM-DD, not '" + flags->Get(name) + "'";
  if (!usage.empty()) {
    std::cerr << "dyad export: " << usage << "\nTry 'dyad export --help'.\n";
    return kExitUsage;
  }
  auto store = Store::Open(flags->Get("--db"), /*read_only=*/true);
  if (!store.ok()) {
    std::cerr << "dyad export: " << store.status().message() << "\n";
    return kExitBadInput;
  }
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (std::string path = flags->Get("--output"); !path.empty() && path != "-") {
    file.open(path, std::ios::binary);
    if (!file) {
      std::cerr << "dyad export: cannot write '" << path << "'\n";
      return kExitBadInput;
    }
    out = &file;
  }
  AggregateScope scope{flags->Get("--from"), flags->Get("--to"), true};
  std::size_t written = 0;
  if (flags->Has("--mentions")) {
    for (std::int64_t after = 0;;) {
      auto page = (*store)->Mentions(scope, after, kPage);
      if (!page.ok()) {
        std::cerr << "dyad export: " << page.status().message() << "\n";
        return kExitBadInput;
      }
      for (const auto& m : *page) {
        if (format == "gdelt")
          WriteGdeltMention(m, *out);
        else
          WriteMention(m, format, written == 0, *out);
        ++written;
      }
      if (page->size() < kPage) break;
      after = page->back().id;
    }
  } else {
    EventQuery q;
    q.from = scope.from;
    q.to = scope.to;
    q.limit = kPage;
    for (bool first = true;; first = false) {
      auto page = (*store)->Events(q);
      if (!page.ok()) {
        std::cerr << "dyad export: " << page.status().message() << "\n";
        return kExitBadInput;
      }
      if (format == "gdelt")
        for (const auto& e : *page) WriteGdeltEvent(e, *out);
      else
        PrintStoredEvents(*page, format, *out, /*header=*/first);
      written += page->size();
      if (page->size() < kPage) break;
      q.after_date = std::stoll(Digits(page->back().date));
      q.after_id = page->back().id;
    }
  }
  out->flush();
  if (!*out) {
    std::cerr << "dyad export: error writing output\n";
    return kExitBadInput;
  }
  std::cerr << "dyad export: " << written
            << (flags->Has("--mentions") ? " mentions" : " events") << "\n";
  return kExitOk;
}

}  // namespace dyad::cli

// dyad export: the whole store (or a period of it) as files other tools
// read: GDELT 2.0's event and mention tables, PLOVER, CSV or JSON Lines.
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
    R"(Usage: dyad export --db PATH|URL [--format gdelt|plover|csv|jsonl] [--mentions]
                   [options]

Writes every stored event (or, with --mentions, every mention) in date
order, a page at a time, so any size of store streams in bounded memory.

Formats:
  gdelt   GDELT 2.0 tab-separated tables without a header: the 61 event
          columns (fields dyad does not have, such as tone and geography,
          are empty), or the 16 mention columns with --mentions
  plover  JSON Lines in the PLOVER ontology: each event's CAMEO code becomes
          a PLOVER event, mode and context (a table of our own, checked
          against the OEDA's CAMEO2PLOVER conversion); plain statements
          (CAMEO 010-014, 017) have no PLOVER event and are left out, and
          counted on standard error (events only, not --mentions)
  csv     the same fields as 'dyad query events --format csv', with a header
  jsonl   one JSON object per line

Options:
  --db PATH|URL      the store (required): a SQLite file or postgresql:// URL
  --from D --to D    only events in this period (YYYY-MM-DD)
  --mentions         export mentions instead of events
  -o, --output FILE  write to FILE (default standard output)
  -h, --help         show this help
)";

constexpr std::size_t kPage = 10000;

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
  std::string usage =
      !flags.ok()           ? flags.status().message()
      : !flags->Has("--db") ? "--db PATH|URL is required"
      : !flags->positionals.empty()
          ? "unexpected argument '" + flags->positionals[0] + "'"
      : (format != "gdelt" && format != "plover" && format != "csv" && format != "jsonl")
          ? "--format must be gdelt, plover, csv or jsonl, not '" + format + "'"
      : (format == "plover" && flags->Has("--mentions"))
          ? "--format plover exports events; use csv or jsonl for mentions"
          : "";
  if (usage.empty()) usage = BadDateFlag(*flags, {"--from", "--to"});
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
  std::size_t written = 0, no_plover = 0;
  if (flags->Has("--mentions")) {
    for (std::int64_t after = 0;;) {
      auto page = (*store)->Mentions(scope, after, kPage);
      if (!page.ok()) {
        std::cerr << "dyad export: " << page.status().message() << "\n";
        return kExitBadInput;
      }
      if (format == "gdelt")
        for (const auto& m : *page) WriteGdeltMention(m, *out);
      else
        PrintStoredMentions(*page, format, *out, /*header=*/written == 0);
      written += page->size();
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
      if (format == "gdelt") {
        for (const auto& e : *page) WriteGdeltEvent(e, *out);
      } else if (format == "plover") {
        for (const auto& e : *page) no_plover += !WritePloverEvent(e, *out);
      } else {
        PrintStoredEvents(*page, format, *out, /*header=*/first);
      }
      written += page->size();
      if (page->size() < kPage) break;
      int last_date = 0;  // 0 for an event without a date
      ParseDate(page->back().date, &last_date);
      q.after_date = last_date;
      q.after_id = page->back().id;
    }
  }
  out->flush();
  if (!*out) {
    std::cerr << "dyad export: error writing output\n";
    return kExitBadInput;
  }
  std::cerr << "dyad export: " << written - no_plover
            << (flags->Has("--mentions") ? " mentions" : " events");
  if (no_plover > 0)
    std::cerr << " (" << no_plover << " statements with no PLOVER event left out)";
  std::cerr << "\n";
  return kExitOk;
}

}  // namespace dyad::cli

// dyad query: questions to the event store from the command line.

#include <cstdlib>
#include <iostream>

#include "cli_flags.h"
#include "commands.h"
#include "dyad/store.h"
#include "outputs.h"

namespace dyad::cli {
namespace {

constexpr const char* kQueryHelp =
    R"(Usage: dyad query --db PATH|URL QUESTION [options] [--format FORMAT]

Questions:
  events              the stored events in date order, with their evidence
  mentions ID         every report of event ID (the id events prints with
                      --format csv or jsonl): document, outlet, sentence,
                      offsets of source, target and trigger, and the rule
  dyad A B            how the relation between actors A and B (code prefixes,
                      CHN matches CHNGOV) changes over time, both directions
  actors              actors ranked by the events they took part in
  network             directed actor-to-actor edges weighted by events
  summary             totals, top dyads and codes, the most conflictual and
                      the most cooperative relations

Options:
  --from D --to D     date range (YYYY-MM-DD), for every question
  --by day|week|month period of a dyad series (default month)
  --min N             network: only edges with at least N events (default 1)
  --all-modalities    dyad, actors, network, summary: also count events that
                      were denied or only hypothetical (left out by default)
  --limit N           events, actors: at most N rows (default 100);
                      summary: N per list (default 10)
  --format F          table (default), csv, json, jsonl; network also graphml
  -h, --help          show this help

Event filters: --actor A (source or target prefix), --source S, --target T,
--code C (prefix: 11 is a root), --quad 1-4, --modality M, --text WORDS,
--offset N.
)";

}  // namespace

namespace {

int Fail(const Status& status) {
  std::cerr << "dyad query: " << status.message() << "\n";
  return kExitBadInput;
}

}  // namespace

int RunQuery(const std::vector<std::string>& args) {
  auto flags = ParseFlags(args, {{"--db", ""},
                                 {"--from", ""},
                                 {"--to", ""},
                                 {"--actor", ""},
                                 {"--source", ""},
                                 {"--target", ""},
                                 {"--code", ""},
                                 {"--quad", ""},
                                 {"--modality", ""},
                                 {"--text", ""},
                                 {"--limit", ""},
                                 {"--offset", ""},
                                 {"--by", ""},
                                 {"--min", ""},
                                 {"--all-modalities", "", false},
                                 {"--format", ""},
                                 {"--help", "-h", false}});
  if (flags.ok() && flags->Has("--help")) {
    std::cout << kQueryHelp;
    return kExitOk;
  }
  const std::vector<std::string>* pos = flags.ok() ? &flags->positionals : nullptr;
  std::string question = pos && !pos->empty() ? (*pos)[0] : "";
  std::string usage;
  if (!flags.ok()) {
    usage = flags.status().message();
  } else if (!flags->Has("--db")) {
    usage = "--db PATH|URL is required";
  } else if (question != "events" && question != "mentions" && question != "dyad" &&
             question != "actors" && question != "network" && question != "summary") {
    usage = question.empty() ? "expected a question: events, mentions ID, dyad A B, "
                               "actors, network or summary"
                             : "unknown question '" + question +
                                   "' (expected events, mentions ID, dyad A B, actors, "
                                   "network or summary)";
  } else if (pos->size() != (question == "dyad"       ? 3u
                             : question == "mentions" ? 2u
                                                      : 1u)) {
    usage = question == "dyad"       ? "dyad takes two actor codes: dyad A B"
            : question == "mentions" ? "mentions takes an event id: mentions ID"
                                     : question + " takes no arguments";
  }
  if (!usage.empty()) {
    std::cerr << "dyad query: " << usage << "\nTry 'dyad query --help'.\n";
    return kExitUsage;
  }
  long limit, offset, quad, min_events;
  for (std::string bad : {BadNumberFlag(*flags, "--limit", 100, 0, 1000000, &limit),
                          BadNumberFlag(*flags, "--offset", 0, 0, 1L << 40, &offset),
                          BadNumberFlag(*flags, "--quad", 0, 0, 4, &quad),
                          BadNumberFlag(*flags, "--min", 1, 0, 1L << 30, &min_events)}) {
    if (bad.empty()) continue;
    std::cerr << "dyad query: " << bad << "\n";
    return kExitUsage;
  }
  if (std::string bad = BadDateFlag(*flags, {"--from", "--to"}); !bad.empty()) {
    std::cerr << "dyad query: " << bad << "\n";
    return kExitUsage;
  }
  std::string by = flags->Get("--by", "month");
  if (by != "day" && by != "week" && by != "month") {
    std::cerr << "dyad query: --by must be day, week or month, not '" << by << "'\n";
    return kExitUsage;
  }
  std::string format = flags->Get("--format", "table");
  if (format != "table" && format != "csv" && format != "json" && format != "jsonl" &&
      !(format == "graphml" && question == "network")) {
    std::cerr << "dyad query: --format must be table, csv, json or jsonl"
              << (question == "network" ? " or graphml" : "") << "\n";
    return kExitUsage;
  }
  auto store = Store::Open(flags->Get("--db"), /*read_only=*/true);
  if (!store.ok()) return Fail(store.status());
  const std::string from = flags->Get("--from"), to = flags->Get("--to");
  AggregateScope scope{from, to, flags->Has("--all-modalities")};
  if (question == "mentions") {
    char* end = nullptr;
    const std::string& id = (*pos)[1];
    long long event = std::strtoll(id.c_str(), &end, 10);
    if (id.empty() || *end != '\0' || event <= 0) {
      std::cerr << "dyad query: mentions takes an event id (a positive number), not '"
                << id << "'\n";
      return kExitUsage;
    }
    auto mentions = (*store)->EventMentions(event);
    if (!mentions.ok()) return Fail(mentions.status());
    PrintStoredMentions(*mentions, format, std::cout, /*header=*/true);
  } else if (question == "dyad") {
    auto series = (*store)->DyadSeries((*pos)[1], (*pos)[2], by, scope);
    if (!series.ok()) return Fail(series.status());
    PrintDyadSeries(*series, format, std::cout);
  } else if (question == "actors") {
    auto actors = (*store)->Actors(scope, static_cast<std::size_t>(limit));
    if (!actors.ok()) return Fail(actors.status());
    PrintActors(*actors, format, std::cout);
  } else if (question == "summary") {
    auto summary = (*store)->Summary(
        scope, flags->Has("--limit") ? static_cast<std::size_t>(limit) : 10);
    if (!summary.ok()) return Fail(summary.status());
    PrintSummary(*summary, format, std::cout);
  } else if (question == "network") {
    auto edges = (*store)->Network(scope, static_cast<int>(min_events));
    if (!edges.ok()) return Fail(edges.status());
    PrintNetwork(*edges, format, std::cout);
  } else {
    EventQuery q;
    q.from = from;
    q.to = to;
    q.actor = flags->Get("--actor");
    q.source = flags->Get("--source");
    q.target = flags->Get("--target");
    q.code = flags->Get("--code");
    q.modality = flags->Get("--modality");
    q.text = flags->Get("--text");
    q.limit = static_cast<std::size_t>(limit);
    q.offset = static_cast<std::size_t>(offset);
    q.quad_class = static_cast<int>(quad);
    auto events = (*store)->Events(q);
    if (!events.ok()) return Fail(events.status());
    PrintStoredEvents(*events, format, std::cout);
  }
  return kExitOk;
}

}  // namespace dyad::cli

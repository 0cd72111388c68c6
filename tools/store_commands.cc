// dyad ingest and dyad query: the event store from the command line.

#include <cstdio>
#include <iostream>

#include "cli_flags.h"
#include "commands.h"
#include "dyad/coder.h"
#include "dyad/store.h"
#include "inputs.h"
#include "outputs.h"
#include "progress.h"
#include "util/strings.h"

namespace dyad::cli {
namespace {

constexpr std::size_t kIngestBatch = 256;

constexpr const char* kIngestHelp =
    R"(Usage: dyad ingest --db PATH|URL [FILE|DIR|-]... [options]

Codes documents and stores them with their sentences and events in the
SQLite store at PATH (created if needed), or in the PostgreSQL database a
postgresql:// URL names (its tables are created if needed). Storing a
document again is a no-op; a changed document under the same id replaces its
events. Each document is stored whole or not at all (documents are committed
in batches, at least twice a second; PostgreSQL loads each batch with COPY),
so an interrupted run is completed by rerunning it.

Options:
  --db PATH|URL        the store (required), a file or
                       postgresql://[user[:password]@][host][:port]/dbname
  --date YYYY-MM-DD    date of the documents (as for dyad code)
  --dict PATH          dictionary file or directory (repeatable)
  --input auto|text|jsonl
  --monadic            also store events with no target
  --lenient            replace invalid UTF-8 instead of skipping the input
  -h, --help           show this help
)";

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

int RunIngest(const std::vector<std::string>& args) {
  auto flags = ParseFlags(args, {{"--db", ""},
                                 {"--date", ""},
                                 {"--dict", ""},
                                 {"--dict-format", ""},
                                 {"--input", ""},
                                 {"--monadic", "", false},
                                 {"--lenient", "", false},
                                 {"--help", "-h", false}});
  if (!flags.ok() || (!flags->Has("--help") && !flags->Has("--db"))) {
    std::cerr << "dyad ingest: "
              << (flags.ok() ? "--db PATH|URL is required" : flags.status().message())
              << "\nTry 'dyad ingest --help'.\n";
    return kExitUsage;
  }
  if (flags->Has("--help")) {
    std::cout << kIngestHelp;
    return kExitOk;
  }
  InputOptions in_opts;
  in_opts.date = flags->Get("--date");
  if (std::string bad = BadDateFlag(*flags, {"--date"}); !bad.empty()) {
    std::cerr << "dyad ingest: " << bad << "\n";
    return kExitUsage;
  }
  in_opts.lenient = flags->Has("--lenient");
  in_opts.format = flags->Get("--input", "auto");
  auto dictionary = LoadDictionary(*flags);
  if (!dictionary) return DictionaryFailure(*flags);
  Coder coder(std::move(*dictionary), CoderOptions{.monadic = flags->Has("--monadic")});
  auto store = Store::Open(flags->Get("--db"));
  if (!store.ok()) {
    std::cerr << "dyad ingest: " << store.status().message() << "\n";
    return kExitBadInput;
  }
  // Whole documents are batched into transactions, committed at least every
  // half second, so that an interrupted run loses little and a rerun
  // completes it.
  (*store)->SetBatchSize(kIngestBatch);
  std::vector<std::string> inputs = flags->positionals;
  if (inputs.empty()) inputs.push_back("-");
  InputReader reader(inputs, in_opts, std::cerr);
  Progress progress("dyad ingest");
  double last_commit = 0;
  std::size_t docs = 0, added = 0, unchanged = 0, replaced = 0, events = 0;
  // Documents go in chunks, so that a shared store (PostgreSQL) is asked
  // once per chunk whether they are stored already.
  constexpr std::size_t kChunk = 64;
  std::vector<Document> chunk;
  bool more = true;
  while (more) {
    chunk.clear();
    Document doc;
    bool streamed = false;
    while (chunk.size() < kChunk && (more = reader.Next(&doc, &streamed))) {
      if (streamed) {  // a very large text: read it whole for the store
        std::string piece;
        while (reader.NextPiece(&piece)) doc.text += piece;
      }
      chunk.push_back(std::move(doc));
      doc = Document();
    }
    std::vector<std::string> ids;
    for (const auto& d : chunk) ids.push_back(d.id);
    if (Status s = (*store)->Prefetch(ids); !s.ok()) {
      std::cerr << "dyad ingest: " << s.message() << "\n";
      return kExitBadInput;
    }
    for (const Document& d : chunk) {
      auto result = (*store)->Ingest(d, coder.Code(d));
      if (!result.ok()) {
        std::cerr << "dyad ingest: " << d.id << ": " << result.status().message() << "\n";
        return kExitBadInput;
      }
      ++docs;
      events += result->events;
      switch (result->outcome) {
        case IngestResult::Outcome::kAdded:
          ++added;
          break;
        case IngestResult::Outcome::kUnchanged:
          ++unchanged;
          break;
        case IngestResult::Outcome::kReplaced:
          ++replaced;
          break;
      }
      progress.Tick(docs, events, reader.bytes_read(), reader.total_bytes());
      if (double now = progress.Elapsed(); now - last_commit > 0.5) {
        last_commit = now;
        if (Status s = (*store)->Commit(); !s.ok()) {
          std::cerr << "dyad ingest: " << s.message() << "\n";
          return kExitBadInput;
        }
      }
    }
  }
  if (Status s = (*store)->Commit(); !s.ok()) {
    std::cerr << "dyad ingest: " << s.message() << "\n";
    return kExitBadInput;
  }
  double secs = progress.Elapsed();
  std::fprintf(
      stderr,
      "%sdyad ingest: %zu documents (%zu new, %zu unchanged, %zu replaced), %zu event "
      "mentions, %d bad inputs, %.2f s\n",
      progress.enabled() ? "\r" : "", docs, added, unchanged, replaced, events,
      reader.errors(), secs);
  return reader.errors() > 0 ? kExitBadInput : kExitOk;
}

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

// dyad ingest: codes documents and keeps them, their sentences and events in
// the event store, in bounded memory: documents go in chunks of at most
// kChunkDocs documents and kChunkBytes of text, and a text too large to
// hold (InputReader streams it) is coded piece by piece and hashed as it
// goes, never held whole. A document's events are held until it is stored,
// since it is stored in one transaction.

#include <cstdio>
#include <iostream>

#include "cli_flags.h"
#include "commands.h"
#include "dyad/coder.h"
#include "dyad/store.h"
#include "inputs.h"
#include "piecewise_coding.h"
#include "progress.h"
#include "run_summary.h"

namespace dyad::cli {
namespace {

constexpr std::size_t kIngestBatch = 256;
// Documents go in chunks, so that a shared store (PostgreSQL) is asked once
// per chunk whether they are stored already; a chunk holds at most this
// many documents and this much text (or one larger document).
constexpr std::size_t kChunkDocs = 64;
constexpr std::size_t kChunkBytes = 16u << 20;

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
  --input auto|text|jsonl|html|feed|warc|conllu   (as for dyad code: pages,
                       feeds, WARC archives and treebanks are read too)
  --no-syntax          code without the parser, as dyad code --no-syntax
  --monadic            also store events with no target
  --lenient            replace invalid UTF-8 instead of skipping the input
  --max-line MIB       refuse JSON lines, pages, feeds and WARC records
                       longer than MIB MiB (default 64)
  -h, --help           show this help
)";

// Stores documents and counts what happened to them.
class Ingester {
 public:
  Ingester(Store& store, const Coder& coder, InputReader& reader)
      : store_(store), coder_(coder), reader_(reader), progress_("dyad ingest") {}

  // Reads, codes and stores every input; false (reported) when the store
  // failed.
  bool Run() {
    std::vector<Document> chunk;
    std::size_t chunk_bytes = 0;
    Document doc;
    bool streamed = false;
    for (bool more = true; more;) {
      more = reader_.Next(&doc, &streamed);
      if (more && !streamed) {
        chunk_bytes += doc.text.size();
        chunk.push_back(std::move(doc));
        doc = Document();
      }
      if (!more || streamed || chunk.size() >= kChunkDocs || chunk_bytes >= kChunkBytes) {
        if (!StoreChunk(&chunk)) return false;
        chunk_bytes = 0;
      }
      if (more && streamed && !StoreStreamed(doc)) return false;
    }
    if (Status s = store_.Commit(); !s.ok()) return Failed(s);
    return true;
  }

  void PrintSummary() const {
    RunSummary summary;
    summary.documents = docs_;
    summary.sentences = sentences_;
    summary.events = events_;
    summary.documents_detail = std::to_string(added_) + " new, " +
                               std::to_string(unchanged_) + " unchanged, " +
                               std::to_string(replaced_) + " replaced";
    summary.events_name = "event mention";
    summary.skipped = reader_.skipped();
    summary.bad_inputs = static_cast<std::size_t>(reader_.errors());
    summary.seconds = progress_.Elapsed();
    std::fprintf(stderr, "%s%s\n", progress_.enabled() ? "\r\033[K" : "",
                 summary.Line("dyad ingest").c_str());
  }

 private:
  bool StoreChunk(std::vector<Document>* chunk) {
    std::vector<std::string> ids;
    for (const auto& d : *chunk) ids.push_back(d.id);
    if (Status s = store_.Prefetch(ids); !s.ok()) return Failed(s);
    for (Document& d : *chunk) {
      std::size_t sentences = 0;
      std::vector<Event> events = CodeDocument(coder_, d, &sentences);
      sentences_ += sentences;
      if (!Stored(d, store_.Ingest(d, events))) return false;
      std::string().swap(d.text);  // done with it
    }
    chunk->clear();
    return true;
  }

  // A text too large to hold: coded and hashed piece by piece.
  bool StoreStreamed(const Document& header) {
    if (Status s = store_.Prefetch({header.id}); !s.ok()) return Failed(s);
    DocumentCoder document(coder_, header);
    ContentHasher hash;
    std::vector<Event> events;
    auto keep = [&](std::vector<Event>&& some) {
      for (Event& e : some) events.push_back(std::move(e));
    };
    std::string piece;
    while (reader_.NextPiece(&piece)) {
      hash.Add(piece);
      CodeInPieces(&document, piece, keep);
      progress_.Tick(docs_, events_, reader_.bytes_read(), reader_.total_bytes());
    }
    keep(document.Finish());
    sentences_ += document.sentences();
    if (reader_.StreamFailed()) {
      // Stored whole or not at all: what was read of it is dropped.
      std::cerr << "dyad ingest: " << header.id << ": not stored (nothing of it)\n";
      return true;
    }
    return Stored(header, store_.Ingest(header, events, hash.Hex()));
  }

  bool Stored(const Document& d, const Result<IngestResult>& result) {
    if (!result.ok()) {
      std::cerr << "dyad ingest: " << d.id << ": " << result.status().message() << "\n";
      return false;
    }
    ++docs_;
    events_ += result->events;
    switch (result->outcome) {
      case IngestResult::Outcome::kAdded:
        ++added_;
        break;
      case IngestResult::Outcome::kUnchanged:
        ++unchanged_;
        break;
      case IngestResult::Outcome::kReplaced:
        ++replaced_;
        break;
    }
    progress_.Tick(docs_, events_, reader_.bytes_read(), reader_.total_bytes());
    // Committed at least every half second, so that an interrupted run
    // loses little and a rerun completes it.
    if (double now = progress_.Elapsed(); now - last_commit_ > 0.5) {
      last_commit_ = now;
      if (Status s = store_.Commit(); !s.ok()) return Failed(s);
    }
    return true;
  }

  bool Failed(const Status& s) {
    std::cerr << "dyad ingest: " << s.message() << "\n";
    return false;
  }

  Store& store_;
  const Coder& coder_;
  InputReader& reader_;
  Progress progress_;
  double last_commit_ = 0;
  std::size_t docs_ = 0, added_ = 0, unchanged_ = 0, replaced_ = 0, events_ = 0;
  std::size_t sentences_ = 0;
};

}  // namespace

int RunIngest(const std::vector<std::string>& args) {
  auto flags = ParseFlags(args, {{"--db", ""},
                                 {"--date", ""},
                                 {"--dict", ""},
                                 {"--dict-format", ""},
                                 {"--input", ""},
                                 {"--monadic", "", false},
                                 {"--no-syntax", "", false},
                                 {"--lenient", "", false},
                                 {"--max-line", ""},
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
  std::string bad = BadDateFlag(*flags, {"--date"});
  if (bad.empty()) bad = MaxLineFlag(*flags, &in_opts);
  if (!bad.empty()) {
    std::cerr << "dyad ingest: " << bad << "\n";
    return kExitUsage;
  }
  in_opts.lenient = flags->Has("--lenient");
  in_opts.format = flags->Get("--input", "auto");
  if (std::string bad_input = BadInputFlag(in_opts.format); !bad_input.empty()) {
    std::cerr << "dyad ingest: " << bad_input << "\n";
    return kExitUsage;
  }
  auto dictionary = LoadDictionary(*flags);
  if (!dictionary) return DictionaryFailure(*flags);
  Coder coder(std::move(*dictionary), CoderOptions{.monadic = flags->Has("--monadic"),
                                                   .syntax = !flags->Has("--no-syntax")});
  auto store = Store::Open(flags->Get("--db"));
  if (!store.ok()) {
    std::cerr << "dyad ingest: " << store.status().message() << "\n";
    return kExitBadInput;
  }
  // Whole documents are batched into transactions.
  (*store)->SetBatchSize(kIngestBatch);
  std::vector<std::string> inputs = flags->positionals;
  if (inputs.empty()) inputs.push_back("-");
  InputReader reader(inputs, in_opts, std::cerr);
  Ingester ingester(**store, coder, reader);
  if (!ingester.Run()) return kExitBadInput;
  ingester.PrintSummary();
  return reader.errors() > 0 ? kExitBadInput : kExitOk;
}

}  // namespace dyad::cli

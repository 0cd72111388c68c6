// dyad code: reads documents, codes them (in parallel with -j), writes events
// in input order.

#include <atomic>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>

#include "cli_flags.h"
#include "coding_pipeline.h"
#include "commands.h"
#include "dyad/coder.h"
#include "inputs.h"
#include "outputs.h"
#include "piecewise_coding.h"
#include "progress.h"
#include "run_summary.h"
#include "util/strings.h"

namespace dyad::cli {
namespace {

constexpr const char* kCodeHelp = R"(Usage: dyad code [FILE|DIR|-]... [options]

Codes English news text into CAMEO events, one document per text file, one
per line of a JSON Lines file ({"id","date","title","text","url","source"}),
the article of an HTML page, each item of an RSS or Atom feed, each English
HTML page of a WARC archive (.warc, .warc.gz). With no inputs, reads
standard input. Ends with a summary line on stderr.

Options:
  --format jsonl|tsv   output format (default jsonl; tsv has GDELT's columns)
  -o, --output FILE    write events to FILE instead of standard output
  --date YYYY-MM-DD    date of the documents (default: the JSON "date", or a
                       date in the file name such as 2024-07-11-story.txt)
  --dict PATH          dictionary file or directory (repeatable); default:
                       the built-in dictionaries. PETRARCH and TABARI
                       dictionaries are read too (see --dict-format)
  --dict-format F      auto (default: *.dyad files in dyad's format, others
                       as PETRARCH/TABARI), dyad, petrarch or tabari
  --input auto|text|jsonl|html|feed|warc|conllu
                       how to read inputs (default: by extension: .jsonl,
                       .html/.htm, .rss/.atom, .warc/.warc.gz, .conllu (a
                       treebank: each '# newdoc' is a document); else by
                       content; standard input is text)
  -j, --jobs N         code with N threads (output order stays the same)
  --all-mentions       keep every mention, not one event per
                       (date, source, target, code) per document
  --monadic            also keep events with no target ("police fired tear
                       gas"); by default only dyadic events are written
  --no-syntax          leave out dyad's tagger and parser: the word-window
                       rules alone choose triggers and arguments (about 2.7
                       times as fast, a little less accurate on real news);
                       by default sentences of at most 40 tokens that hold a
                       trigger and two actors are parsed (--syntax)
  --purposes           also code the acts a sentence names as aims under
                       "to" ("efforts to censor the media"); intentions
                       ("pledged to send troops") are coded anyway
  --lenient            replace invalid UTF-8 bytes instead of skipping the file
  --max-line MIB       refuse JSON lines, pages, feeds and WARC records
                       longer than MIB MiB (default 64): reading one takes
                       about twice its length in memory
  -h, --help           show this help

Exit status: 0 success, 1 some input was bad (reported on stderr; the other
inputs are still coded), 2 bad usage.
)";

}  // namespace

int DictionaryFailure(const ParsedFlags& flags) {
  const std::string f = flags.Get("--dict-format", "auto");
  return f == "auto" || f == "dyad" || f == "petrarch" || f == "tabari" ? kExitBadInput
                                                                        : kExitUsage;
}

std::optional<Dictionary> LoadDictionary(const ParsedFlags& flags) {
  const std::vector<std::string> paths = flags.All("--dict");
  const std::string format = flags.Get("--dict-format", "auto");
  DictionaryFormat f = DictionaryFormat::kAuto;
  if (format == "dyad") {
    f = DictionaryFormat::kDyad;
  } else if (format == "petrarch") {
    f = DictionaryFormat::kPetrarch;
  } else if (format == "tabari") {
    f = DictionaryFormat::kTabari;
  } else if (format != "auto") {
    std::cerr << "dyad: --dict-format must be auto, dyad, petrarch or tabari, not '"
              << format << "'\n";
    return std::nullopt;
  }
  Result<Dictionary> d =
      paths.empty() ? Dictionary::Default() : Dictionary::FromPaths(paths, f);
  if (!d.ok()) {
    std::cerr << "dyad: " << d.status().message() << "\n";
    return std::nullopt;
  }
  std::size_t unread = 0;
  for (const auto& [why, n] : d->Stats().skipped)
    if (why.rfind("line that could not be read", 0) == 0) unread += n;
  if (unread > 0)
    std::cerr << "dyad: " << unread << " dictionary line" << (unread == 1 ? "" : "s")
              << " could not be read and were skipped (dyad dict check --dict ... lists "
                 "them)\n";
  return std::move(d).value();
}

std::string BadInputFlag(const std::string& format) {
  for (const char* f : {"auto", "text", "jsonl", "html", "feed", "warc", "conllu"})
    if (format == f) return "";
  return "--input must be auto, text, jsonl, html, feed, warc or conllu, not '" + format +
         "'";
}

std::string MaxLineFlag(const ParsedFlags& flags, InputOptions* options) {
  long mib = 0;
  const long fallback = static_cast<long>(InputOptions::kDefaultMaxLineBytes >> 20);
  std::string bad = BadNumberFlag(flags, "--max-line", fallback, 1, 1L << 20, &mib);
  if (bad.empty()) options->max_line_bytes = static_cast<std::size_t>(mib) << 20;
  return bad;
}

int RunCode(const std::vector<std::string>& args) {
  auto flags = ParseFlags(args, {{"--format", ""},
                                 {"--output", "-o"},
                                 {"--date", ""},
                                 {"--dict", ""},
                                 {"--dict-format", ""},
                                 {"--input", ""},
                                 {"--jobs", "-j"},
                                 {"--all-mentions", "", false},
                                 {"--monadic", "", false},
                                 {"--syntax", "", false},
                                 {"--no-syntax", "", false},
                                 {"--purposes", "", false},
                                 {"--lenient", "", false},
                                 {"--max-line", ""},
                                 {"--help", "-h", false}});
  if (!flags.ok()) {
    std::cerr << "dyad code: " << flags.status().message() << "\n"
              << "Try 'dyad code --help'.\n";
    return kExitUsage;
  }
  if (flags->Has("--help")) {
    std::cout << kCodeHelp;
    return kExitOk;
  }
  auto usage = [](const std::string& msg) {
    std::cerr << "dyad code: " << msg << "\nTry 'dyad code --help'.\n";
    return kExitUsage;
  };
  std::string format = flags->Get("--format", "jsonl");
  if (format != "jsonl" && format != "tsv")
    return usage("--format must be jsonl or tsv, not '" + format + "'");
  InputOptions in_opts;
  in_opts.date = flags->Get("--date");
  if (std::string bad = BadDateFlag(*flags, {"--date"}); !bad.empty()) return usage(bad);
  int date;
  if (ParseDate(in_opts.date, &date)) in_opts.date = FormatDate(date);
  in_opts.lenient = flags->Has("--lenient");
  in_opts.format = flags->Get("--input", "auto");
  if (std::string bad = BadInputFlag(in_opts.format); !bad.empty()) return usage(bad);
  if (std::string bad = MaxLineFlag(*flags, &in_opts); !bad.empty()) return usage(bad);
  long jobs_flag = 1;
  if (std::string bad = BadNumberFlag(*flags, "--jobs", 1, 1, 256, &jobs_flag);
      !bad.empty())
    return usage(bad);
  const int jobs = static_cast<int>(jobs_flag);

  std::optional<Dictionary> dictionary = LoadDictionary(*flags);
  if (!dictionary) return DictionaryFailure(*flags);
  CoderOptions coder_opts;
  coder_opts.all_mentions = flags->Has("--all-mentions");
  coder_opts.monadic = flags->Has("--monadic");
  coder_opts.syntax = !flags->Has("--no-syntax");
  coder_opts.purposes = flags->Has("--purposes");
  Coder coder(std::move(*dictionary), coder_opts);

  std::ofstream file;
  std::ostream* out = &std::cout;
  if (flags->Has("--output") && flags->Get("--output") != "-") {
    file.open(flags->Get("--output"), std::ios::binary | std::ios::trunc);
    if (!file) {
      std::cerr << "dyad code: cannot write '" << flags->Get("--output") << "'\n";
      return kExitBadInput;
    }
    out = &file;
  }
  EventWriter writer(*out, format == "tsv" ? OutputFormat::kTsv : OutputFormat::kJsonl);

  std::vector<std::string> inputs = flags->positionals;
  if (inputs.empty()) inputs.push_back("-");
  InputReader reader(inputs, in_opts, std::cerr);
  Progress progress("dyad");
  std::atomic<std::size_t> docs = 0, events_out = 0, sentences = 0;
  auto tick = [&] {
    progress.Tick(docs, events_out, reader.bytes_read(), reader.total_bytes());
  };
  auto write = [&](const std::vector<Event>& events) {
    for (const Event& e : events) writer.Write(e);
    events_out += events.size();
  };
  auto done = [&](std::size_t doc_sentences) {
    sentences += doc_sentences;
    ++docs;
  };
  // At most this many documents (or bytes) in flight, so memory stays bounded.
  const std::size_t max_docs = static_cast<std::size_t>(jobs) * 64;
  const std::size_t max_bytes = static_cast<std::size_t>(jobs) * (8u << 20);
  // With several jobs, this thread only reads; coders and a writer thread
  // do the rest (coding_pipeline.h).
  std::optional<CodingPipeline> pipeline;
  if (jobs > 1)
    pipeline.emplace(coder, jobs, max_docs, max_bytes,
                     [&](std::vector<Event>&& events, std::size_t doc_sentences) {
                       write(events);
                       done(doc_sentences);
                     });
  Document doc;
  bool streamed = false;
  while (reader.Next(&doc, &streamed)) {
    if (streamed || doc.text.size() > kCodingPieceBytes) {
      // A large document, coded piece by piece in its own order, after the
      // documents before it are written (piecewise_coding.h).
      if (pipeline) pipeline->Drain();
      DocumentCoder document(coder, doc);
      auto emit = [&](std::vector<Event>&& events) {
        write(events);
        tick();
      };
      if (streamed) {
        std::string piece;
        while (reader.NextPiece(&piece)) CodeInPieces(&document, piece, emit);
      } else {
        CodeInPieces(&document, doc.text, emit);
      }
      write(document.Finish());
      done(document.sentences());
    } else if (pipeline) {
      pipeline->Push(std::move(doc));
    } else {
      std::size_t doc_sentences = 0;
      write(coder.Code(doc, &doc_sentences));
      done(doc_sentences);
    }
    doc = Document();
    tick();
  }
  pipeline.reset();  // drains
  out->flush();
  if (!*out) {
    std::cerr << "dyad code: error writing output\n";
    return kExitBadInput;
  }
  RunSummary summary;
  summary.documents = docs;
  summary.sentences = sentences;
  summary.events = events_out;
  summary.skipped = reader.skipped();
  summary.bad_inputs = static_cast<std::size_t>(reader.errors());
  summary.seconds = progress.Elapsed();
  std::fprintf(stderr, "%s%s\n", progress.enabled() ? "\r\033[K" : "",
               summary.Line("dyad code").c_str());
  return reader.errors() > 0 ? kExitBadInput : kExitOk;
}

}  // namespace dyad::cli

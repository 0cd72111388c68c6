// Reads the documents named on the command line: text files (one document
// each), directories of them, standard input ("-"), JSON Lines files of
// articles ({"id","date","title","text","url","source"}), HTML pages (the
// article in them), RSS and Atom feeds (each item), WARC archives (each
// English HTML page) and CoNLL-U treebanks (each "# newdoc"), one at a time so that
// memory does not grow with the number of documents. A file's kind comes from --input,
// else its extension, else its first bytes (dyad/extract.h SniffFormat).
//
// Problems are reported on `err` with the file (and line for JSON Lines,
// record offset for WARC) and counted; the reader then goes on with the next
// input. Inputs left out for what they are (a page with no article text, a
// WARC record that is not HTML or not English) are counted by reason.
#ifndef DYAD_TOOLS_INPUTS_H_
#define DYAD_TOOLS_INPUTS_H_

#include <deque>
#include <fstream>
#include <iosfwd>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/event.h"
#include "dyad/warc.h"

namespace dyad::cli {

struct InputOptions {
  std::string date;      // --date: overrides every document's date
  bool lenient = false;  // replace invalid UTF-8 instead of refusing
  // auto (by extension, else content), text, jsonl, html, feed, warc or conllu.
  std::string format = "auto";
  // A JSON line longer than this is reported and skipped (--max-line), so
  // that one line cannot take all memory: reading it needs about twice
  // its length. The same limit holds for an HTML page, a feed and a WARC
  // record, which are read whole.
  std::size_t max_line_bytes = kDefaultMaxLineBytes;
  static constexpr std::size_t kDefaultMaxLineBytes = 64u << 20;
};

class InputReader {
 public:
  InputReader(const std::vector<std::string>& inputs, InputOptions options,
              std::ostream& err);
  ~InputReader();

  // The next document; false when all inputs are read. A large text file
  // (over kStreamBytes) or standard input comes as a header only, with
  // `*streamed` set: its text is then read with NextPiece().
  bool Next(Document* doc, bool* streamed = nullptr);

  // The next piece of a streamed document, ending at a paragraph or line
  // break where there is one; false at its end (or on a read error or bad
  // data, which is reported: then StreamFailed() is true, and the document
  // is incomplete, so it must not be stored). Each piece read is non-empty:
  // every call consumes input or ends the stream.
  bool NextPiece(std::string* piece);
  // Whether the streamed document ended on an error rather than at its end.
  bool StreamFailed() const { return stream_failed_; }

  static constexpr std::size_t kStreamBytes = 8u << 20;
  static constexpr std::size_t kPieceBytes = 1u << 20;

  int errors() const { return errors_; }
  // Inputs left out, by reason ("not English": 3), bad ones not included.
  std::map<std::string, std::size_t> skipped() const;
  std::size_t bytes_read() const {
    return bytes_ + (warc_ ? static_cast<std::size_t>(warc_->bytes_read()) : 0);
  }
  // The size of all input files (standard input counts as 0), for an ETA.
  std::size_t total_bytes() const { return total_bytes_; }

 private:
  enum class Kind { kText, kJsonl, kHtml, kFeed, kWarc, kConllu, kSniff };
  struct Pending {
    std::string path;  // "-" for standard input
    Kind kind = Kind::kText;
  };
  Kind KindFor(const std::string& path) const;
  // web_inputs.cc: pages, feeds and archives.
  Kind Sniff(const std::string& path);
  // The whole of a page or feed, at most max_line_bytes; false (reported)
  // when it cannot be read or is larger.
  bool ReadWhole(const Pending& p, std::string* content);
  bool ReadPage(const Pending& p, Document* doc);
  void ReadFeed(const Pending& p);
  void OpenWarc(const Pending& p);
  bool NextWarc(Document* doc);
  // conllu_inputs.cc: a treebank's documents.
  void ReadConllu(const Pending& p);
  void Skip(const std::string& where, const std::string& reason, const std::string& why);
  void Expand(const std::string& input);
  // The next line of the JSON Lines input into `line`, without its end;
  // false at the end. A line over the limit is read past and reported, and
  // comes back empty.
  bool ReadJsonLine(std::string* line);
  bool ReadText(const Pending& p, Document* doc, bool* streamed);
  bool NextJsonLine(Document* doc);
  // Ends the streamed document (`failed`: on an error); returns false.
  bool StopStream(bool failed);
  // `base`: where `text` starts in its file, for the offsets in messages.
  bool CheckText(const std::string& where, std::string* text, std::size_t base = 0);
  void Error(const std::string& msg);

  InputOptions options_;
  std::ostream& err_;
  std::vector<Pending> pending_;
  std::size_t next_ = 0;
  // The JSON Lines input being read, if any.
  std::unique_ptr<std::ifstream> jsonl_file_;
  std::istream* jsonl_ = nullptr;
  std::string jsonl_path_;
  long jsonl_line_ = 0;
  int errors_ = 0;
  std::size_t bytes_ = 0;
  std::size_t total_bytes_ = 0;
  // Feed items not returned yet, and the WARC archive being read, if any.
  std::deque<Document> queued_;
  std::unique_ptr<std::ifstream> warc_file_;
  std::unique_ptr<warc::WarcArticles> warc_;
  std::map<std::string, std::size_t> skipped_;
  // The streamed text document being read, if any.
  std::unique_ptr<std::ifstream> stream_file_;
  std::istream* stream_ = nullptr;
  std::string stream_where_;
  std::string stream_carry_;       // read but not yet returned
  std::size_t stream_offset_ = 0;  // file offset of stream_carry_
  bool stream_failed_ = false;
};

// "2024-07-11" from a name such as "2024-07-11-nato.txt", or "".
std::string DateFromFileName(const std::string& path);

// Where to end a piece of `text` of at most `limit` bytes (limit > 0): after
// its last paragraph break, else its last line break, else its last space,
// else at a character boundary; text.size() when the text fits.
std::size_t PieceEnd(std::string_view text, std::size_t limit);

}  // namespace dyad::cli

#endif  // DYAD_TOOLS_INPUTS_H_

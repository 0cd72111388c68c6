// Reads the documents named on the command line: text files (one document
// each), directories of them, standard input ("-"), and JSON Lines files of
// articles ({"id","date","title","text","url","source"}), one at a time so
// that memory does not grow with the number of documents.
//
// Problems are reported on `err` with the file (and line for JSON Lines) and
// counted; the reader then goes on with the next input.
#ifndef DYAD_TOOLS_INPUTS_H_
#define DYAD_TOOLS_INPUTS_H_

#include <fstream>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "dyad/event.h"

namespace dyad::cli {

struct InputOptions {
  std::string date;             // --date: overrides every document's date
  bool lenient = false;         // replace invalid UTF-8 instead of refusing
  std::string format = "auto";  // auto (by extension), text or jsonl
};

class InputReader {
 public:
  InputReader(const std::vector<std::string>& inputs, InputOptions options,
              std::ostream& err);
  ~InputReader();

  // The next document; false when all inputs are read.
  bool Next(Document* doc);

  int errors() const { return errors_; }
  std::size_t bytes_read() const { return bytes_; }

 private:
  struct Pending {
    std::string path;  // "-" for standard input
    bool jsonl = false;
  };
  void Expand(const std::string& input);
  bool ReadText(const Pending& p, Document* doc);
  bool NextJsonLine(Document* doc);
  bool CheckText(const std::string& where, std::string* text);
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
};

// "2024-07-11" from a name such as "2024-07-11-nato.txt", or "".
std::string DateFromFileName(const std::string& path);

}  // namespace dyad::cli

#endif  // DYAD_TOOLS_INPUTS_H_

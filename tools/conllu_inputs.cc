// CoNLL-U files as input: each document of a treebank ("# newdoc id = X")
// becomes one Document, so that the English treebanks in ../shared/ud can be
// coded and scored like news (tests/gold-ud).
//
// The text is the sentences' "# text" lines, each its own paragraph (joined
// by a blank line), so that dyad's sentence splitter keeps the treebank's
// sentences. The date is the document's "# meta::dateCreated" (GUM), else the
// "_ENG_YYYYMMDD_" part of its id (EWT), else the file name's; --date wins.
#include <string>
#include <string_view>

#include "dyad/input_check.h"
#include "inputs.h"
#include "util/strings.h"

namespace dyad::cli {
namespace {

// "2004-07-08" from "weblog-..._ENG_20040708_181175", or "".
std::string DateFromEwtId(std::string_view id) {
  const auto at = id.find("_ENG_");
  if (at == std::string_view::npos || at + 13 > id.size()) return "";
  const std::string_view d = id.substr(at + 5, 8);
  for (char c : d)
    if (c < '0' || c > '9') return "";
  return std::string(d.substr(0, 4)) + "-" + std::string(d.substr(4, 2)) + "-" +
         std::string(d.substr(6, 2));
}

// The value of a "# key = value" comment line, when the line is one.
bool CommentValue(std::string_view line, std::string_view key, std::string* value) {
  if (!line.starts_with("# ")) return false;
  line.remove_prefix(2);
  if (!line.starts_with(key)) return false;
  line.remove_prefix(key.size());
  line = Trim(line);
  if (!line.starts_with("=")) return false;
  *value = std::string(Trim(line.substr(1)));
  return true;
}

}  // namespace

void InputReader::ReadConllu(const Pending& p) {
  const std::string where = p.path == "-" ? "<stdin>" : p.path;
  std::string data;
  if (!ReadWhole(p, &data)) return;
  if (!CheckText(where, &data)) return;
  std::vector<Document> docs;
  std::string value;
  std::size_t begin = 0;
  while (begin < data.size()) {
    std::size_t end = data.find('\n', begin);
    if (end == std::string::npos) end = data.size();
    const std::string_view line(data.data() + begin, end - begin);
    begin = end + 1;
    if (CommentValue(line, "newdoc id", &value)) {
      docs.emplace_back();
      docs.back().id = value;
      docs.back().date = DateFromEwtId(value);
    } else if (CommentValue(line, "meta::dateCreated", &value) && !docs.empty()) {
      docs.back().date = value.substr(0, 10);
    } else if (CommentValue(line, "text", &value)) {
      if (docs.empty()) {
        // Sentences before any "# newdoc" form one document named by the file.
        docs.emplace_back();
        docs.back().id = where;
      }
      Document& doc = docs.back();
      // No title: a treebank has none apart from its text (GUM's first
      // sentence is its headline, already in the text).
      if (!doc.text.empty()) doc.text += "\n\n";
      doc.text += value;
    }
  }
  if (docs.empty()) {
    Error(where + ": no '# text' lines: not a CoNLL-U file with sentence texts");
    return;
  }
  for (Document& doc : docs) {
    if (!options_.date.empty()) {
      doc.date = options_.date;
    } else if (!doc.date.empty()) {
      // As a JSON line with a bad "date": reported and left out, never
      // coded under a date it does not have.
      auto date = NormalizeDate(where + " " + doc.id, doc.date);
      if (!date.ok()) {
        Error(date.status().message());
        continue;
      }
      doc.date = *date;
    }
    if (doc.date.empty()) doc.date = DateFromFileName(p.path);
    if (doc.text.empty()) {
      Skip(where + " " + doc.id, "no text", "a document with no '# text' lines");
      continue;
    }
    queued_.push_back(std::move(doc));
  }
}

}  // namespace dyad::cli

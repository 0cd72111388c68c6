#include "syntax/conllu.h"

#include <charconv>
#include <fstream>
#include <sstream>

namespace dyad::syntax {
namespace {

bool ParseInt(std::string_view s, int* out) {
  if (s.empty()) return false;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && p == s.data() + s.size();
}

// Splits a line into exactly ten tab-separated columns; false otherwise.
bool SplitColumns(std::string_view line, std::string_view cols[10]) {
  int n = 0;
  std::size_t start = 0;
  while (n < 10) {
    std::size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      cols[n++] = line.substr(start);
      break;
    }
    cols[n++] = line.substr(start, tab - start);
    start = tab + 1;
  }
  return n == 10 && line.find('\t', start) == std::string_view::npos;
}

std::string_view Unset(const std::string& s) {
  return s.empty() ? std::string_view("_") : std::string_view(s);
}

class Reader {
 public:
  explicit Reader(const std::string& name) : name_(name) {}

  Status Line(std::string_view line, long number) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) return EndSentence(number);
    if (line[0] == '#') {
      Comment(line);
      return Status::Ok();
    }
    std::string_view c[10];
    if (!SplitColumns(line, c)) return Error(number, "expected 10 tab-separated columns");
    if (c[0].find('.') != std::string_view::npos) return Status::Ok();  // empty node
    if (std::size_t dash = c[0].find('-'); dash != std::string_view::npos) {
      int first, last;
      if (!ParseInt(c[0].substr(0, dash), &first) ||
          !ParseInt(c[0].substr(dash + 1), &last) || last < first ||
          first != static_cast<int>(current_.words.size()) + 1)
        return Error(number, "bad multiword token range '" + std::string(c[0]) + "'");
      current_.multiwords.push_back({first - 1, last - 1, std::string(c[1])});
      return Status::Ok();
    }
    int id, head;
    if (!ParseInt(c[0], &id) || id != static_cast<int>(current_.words.size()) + 1)
      return Error(number, "word ID '" + std::string(c[0]) + "' out of sequence");
    if (c[6] == "_") {
      head = 0;
    } else if (!ParseInt(c[6], &head) || head < 0) {
      return Error(number, "HEAD '" + std::string(c[6]) + "' is not a number");
    }
    ConlluWord w;
    w.form = c[1];
    w.lemma = c[2];
    w.upos = c[3];
    w.xpos = c[4];
    w.head = head - 1;
    w.deprel = c[7];
    w.misc = c[9];
    if (!current_.multiwords.empty() && current_.multiwords.back().last >= id - 1)
      w.multiword = static_cast<int>(current_.multiwords.size()) - 1;
    current_.words.push_back(std::move(w));
    return Status::Ok();
  }

  Status EndSentence(long number) {
    if (current_.words.empty()) {
      current_ = ConlluSentence();
      return Status::Ok();
    }
    const int n = static_cast<int>(current_.words.size());
    for (const ConlluWord& w : current_.words)
      if (w.head >= n) return Error(number, "HEAD beyond the end of the sentence");
    for (const ConlluMultiword& m : current_.multiwords)
      if (m.last >= n) return Error(number, "multiword token beyond the sentence");
    sentences_.push_back(std::move(current_));
    current_ = ConlluSentence();
    return Status::Ok();
  }

  std::vector<ConlluSentence> Take() { return std::move(sentences_); }

 private:
  void Comment(std::string_view line) {
    auto value = [&](std::string_view key, std::string* out) {
      std::string_view rest = line.substr(1);
      while (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
      if (rest.substr(0, key.size()) != key) return;
      rest.remove_prefix(key.size());
      while (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
      if (rest.empty() || rest[0] != '=') return;
      rest.remove_prefix(1);
      if (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
      *out = rest;
    };
    std::string_view rest = line.substr(1);
    while (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
    if (rest.starts_with("newpar") || rest.starts_with("newdoc"))
      current_.new_paragraph = true;
    value("sent_id", &current_.sent_id);
    value("text", &current_.text);
  }

  Status Error(long number, const std::string& msg) const {
    return Status::InvalidArgument(name_ + ":" + std::to_string(number) + ": " + msg);
  }

  std::string name_;
  ConlluSentence current_;
  std::vector<ConlluSentence> sentences_;
};

}  // namespace

Result<std::vector<ConlluSentence>> ParseConllu(std::string_view data,
                                                const std::string& name) {
  Reader reader(name);
  long number = 0;
  std::size_t start = 0;
  while (start < data.size()) {
    std::size_t nl = data.find('\n', start);
    if (nl == std::string_view::npos) nl = data.size();
    DYAD_RETURN_IF_ERROR(reader.Line(data.substr(start, nl - start), ++number));
    start = nl + 1;
  }
  DYAD_RETURN_IF_ERROR(reader.EndSentence(number));
  return reader.Take();
}

Result<std::vector<ConlluSentence>> ReadConlluFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError("cannot read '" + path + "'");
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return Status::IOError("error reading '" + path + "'");
  return ParseConllu(buf.str(), path);
}

void WriteConllu(const ConlluSentence& s, std::ostream& out) {
  if (!s.sent_id.empty()) out << "# sent_id = " << s.sent_id << "\n";
  if (!s.text.empty()) out << "# text = " << s.text << "\n";
  std::size_t next_mwt = 0;
  for (std::size_t i = 0; i < s.words.size(); ++i) {
    if (next_mwt < s.multiwords.size() &&
        s.multiwords[next_mwt].first == static_cast<int>(i)) {
      const ConlluMultiword& m = s.multiwords[next_mwt++];
      out << m.first + 1 << '-' << m.last + 1 << '\t' << m.form
          << "\t_\t_\t_\t_\t_\t_\t_\t_\n";
    }
    const ConlluWord& w = s.words[i];
    out << i + 1 << '\t' << Unset(w.form) << '\t' << Unset(w.lemma) << '\t'
        << Unset(w.upos) << '\t' << Unset(w.xpos) << "\t_\t" << w.head + 1 << '\t'
        << Unset(w.deprel) << "\t_\t" << Unset(w.misc) << '\n';
  }
  out << '\n';
}

}  // namespace dyad::syntax

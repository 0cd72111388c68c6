#include "inputs.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <sstream>

#include "dyad/input_check.h"
#include "json_article.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace dyad::cli {
namespace fs = std::filesystem;

namespace {

std::string Extension(const std::string& path) {
  std::string name = AsciiLower(fs::path(path).filename().string());
  if (name.size() > 8 && name.ends_with(".warc.gz")) return ".warc.gz";
  return AsciiLower(fs::path(name).extension().string());
}

// Files a directory contributes: text, JSON Lines, pages, feeds and
// archives, not hidden ones.
bool IsDocumentFile(const fs::path& p) {
  auto name = p.filename().string();
  if (name.empty() || name[0] == '.') return false;
  static const std::vector<std::string> kExtensions = {
      ".txt", ".text", ".jsonl", ".ndjson", ".html", ".htm",     ".xhtml",  ".shtml",
      ".xml", ".rss",  ".atom",  ".rdf",    ".warc", ".warc.gz", ".conllu", ""};
  const std::string ext = Extension(p.string());
  return std::find(kExtensions.begin(), kExtensions.end(), ext) != kExtensions.end();
}

}  // namespace

std::size_t PieceEnd(std::string_view text, std::size_t limit) {
  if (text.size() <= limit) return text.size();
  const std::size_t last = limit - 1;
  std::size_t cut = text.rfind("\n\n", last);
  if (cut != std::string_view::npos && cut > 0) return cut + 2;
  if ((cut = text.rfind('\n', last)) != std::string_view::npos && cut > 0) return cut + 1;
  if ((cut = text.rfind(' ', last)) != std::string_view::npos && cut > 0) return cut + 1;
  cut = limit;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return cut > 0 ? cut : limit;
}

std::string DateFromFileName(const std::string& path) {
  std::string name = fs::path(path).filename().string();
  for (std::size_t i = 0; i + 10 <= name.size(); ++i) {
    int d;
    if (IsAsciiDigit(name[i]) && ParseDate(name.substr(i, 10), &d)) return FormatDate(d);
  }
  return "";
}

InputReader::InputReader(const std::vector<std::string>& inputs, InputOptions options,
                         std::ostream& err)
    : options_(std::move(options)), err_(err) {
  for (const auto& in : inputs) Expand(in);
  for (const auto& p : pending_) {
    std::error_code ec;
    auto size = p.path == "-" ? 0 : std::filesystem::file_size(p.path, ec);
    if (!ec) total_bytes_ += size;
  }
}

InputReader::~InputReader() = default;

void InputReader::Error(const std::string& msg) {
  err_ << "dyad: " << msg << "\n";
  ++errors_;
}

InputReader::Kind InputReader::KindFor(const std::string& path) const {
  const std::string& f = options_.format;
  if (f == "text") return Kind::kText;
  if (f == "jsonl") return Kind::kJsonl;
  if (f == "html") return Kind::kHtml;
  if (f == "feed") return Kind::kFeed;
  if (f == "warc") return Kind::kWarc;
  if (f == "conllu") return Kind::kConllu;
  if (path == "-") return Kind::kText;
  const std::string ext = Extension(path);
  if (ext == ".jsonl" || ext == ".ndjson") return Kind::kJsonl;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml" || ext == ".shtml")
    return Kind::kHtml;
  if (ext == ".rss" || ext == ".atom" || ext == ".rdf") return Kind::kFeed;
  if (ext == ".warc" || ext == ".warc.gz") return Kind::kWarc;
  if (ext == ".conllu") return Kind::kConllu;
  if (ext == ".txt" || ext == ".text") return Kind::kText;
  return Kind::kSniff;  // .xml (a feed or not), .gz, no extension...
}

void InputReader::Expand(const std::string& input) {
  if (input == "-") {
    pending_.push_back({"-", KindFor("-")});
    return;
  }
  std::error_code ec;
  auto st = fs::status(input, ec);
  if (ec || !fs::exists(st)) {
    // Keep the order of errors and documents: report when reached.
    pending_.push_back({input, Kind::kText});
    return;
  }
  if (fs::is_directory(st)) {
    std::vector<fs::path> files;
    for (auto it = fs::recursive_directory_iterator(input, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (it->is_regular_file() && IsDocumentFile(it->path()))
        files.push_back(it->path());
    }
    if (ec) Error(input + ": " + ec.message());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) pending_.push_back({f.string(), KindFor(f.string())});
    return;
  }
  pending_.push_back({input, KindFor(input)});
}

bool InputReader::CheckText(const std::string& where, std::string* text,
                            std::size_t base) {
  const Status checked = dyad::CheckText(where, *text, base);
  if (checked.ok()) return true;
  if (utf8::LooksBinary(*text)) {
    Error(checked.message() + "; skipped");
    return false;
  }
  if (!options_.lenient) {
    // A streamed document's later piece: what came before was read.
    Error(checked.message() + " (use --lenient to replace bad bytes); " +
          (base == 0 ? "skipped" : "the rest of the document is skipped"));
    return false;
  }
  std::size_t replaced = 0;
  *text = utf8::ReplaceInvalid(*text, &replaced);
  err_ << "dyad: " << where << ": replaced " << replaced << " invalid UTF-8 byte"
       << (replaced == 1 ? "" : "s") << " with U+FFFD\n";
  return true;
}

bool InputReader::ReadText(const Pending& p, Document* doc, bool* streamed) {
  std::string where = p.path == "-" ? "<stdin>" : p.path;
  std::unique_ptr<std::ifstream> file;
  std::error_code ec;
  if (p.path != "-") {
    if (!fs::exists(p.path, ec)) {
      Error(p.path + ": no such file or directory");
      return false;
    }
    file = std::make_unique<std::ifstream>(p.path, std::ios::binary);
    if (!*file) {
      Error(p.path + ": cannot open for reading");
      return false;
    }
  }
  *doc = Document();
  doc->id = where;
  doc->date = !options_.date.empty() ? options_.date : DateFromFileName(p.path);
  auto size = p.path == "-" ? 0 : fs::file_size(p.path, ec);
  if (streamed && (p.path == "-" || ec || size > kStreamBytes)) {
    // Too large to hold, or of unknown size: read it piece by piece.
    *streamed = true;
    stream_file_ = std::move(file);
    stream_ = stream_file_ ? static_cast<std::istream*>(stream_file_.get()) : &std::cin;
    stream_where_ = where;
    stream_carry_.clear();
    stream_offset_ = 0;
    stream_failed_ = false;
    return true;
  }
  std::istream& in = file ? *file : std::cin;
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) {
    Error(where + ": read error");
    return false;
  }
  std::string text = std::move(ss).str();
  bytes_ += text.size();
  if (!CheckText(where, &text)) return false;
  doc->text = std::move(text);
  return true;
}

bool InputReader::NextPiece(std::string* piece) {
  if (!stream_) return false;
  // Fill up to two pieces' worth, then cut at the last paragraph break, else
  // the last line break, else (a line of megabytes) the last space, else at
  // a character boundary.
  std::string block(kPieceBytes, '\0');
  while (stream_carry_.size() < 2 * kPieceBytes && *stream_) {
    stream_->read(block.data(), static_cast<std::streamsize>(block.size()));
    stream_carry_.append(block.data(), static_cast<std::size_t>(stream_->gcount()));
  }
  if (stream_->bad()) {
    Error(stream_where_ + ": read error");
    return StopStream(true);
  }
  if (stream_carry_.empty()) return StopStream(false);
  // More to come: cut at a boundary. PieceEnd never returns 0 for a
  // non-empty text; a loop that consumed nothing would never end.
  const std::size_t cut =
      *stream_ ? PieceEnd(stream_carry_, kPieceBytes) : stream_carry_.size();
  if (cut == 0) {
    Error(stream_where_ + ": cannot cut a piece at byte offset " +
          std::to_string(stream_offset_) + "; the rest is skipped");
    return StopStream(true);
  }
  *piece = stream_carry_.substr(0, cut);
  stream_carry_.erase(0, cut);
  std::size_t base = stream_offset_;
  stream_offset_ += cut;
  bytes_ += cut;
  if (!CheckText(stream_where_, piece, base)) return StopStream(true);
  return true;
}

bool InputReader::StopStream(bool failed) {
  stream_ = nullptr;
  stream_file_.reset();
  stream_carry_.clear();
  stream_failed_ = failed;
  return false;
}

bool InputReader::ReadJsonLine(std::string* line) {
  line->clear();
  // Read in blocks, so that a line over the limit is never held whole.
  char block[1 << 16];
  std::size_t length = 0;
  bool any = false;
  for (;;) {
    jsonl_->getline(block, sizeof block);
    const auto got = static_cast<std::size_t>(jsonl_->gcount());
    const bool full = jsonl_->fail() && !jsonl_->eof() && got == sizeof block - 1;
    const bool at_end = jsonl_->eof();
    if (got == 0 && at_end && !any) return false;
    any = true;
    const std::size_t stored = full || at_end ? got : got - 1;  // less the newline
    length += stored;
    if (length <= options_.max_line_bytes) {
      line->append(block, stored);
    } else if (!line->empty()) {
      std::string().swap(*line);  // free it
    }
    if (!full) break;
    jsonl_->clear();
  }
  ++jsonl_line_;
  bytes_ += length + 1;
  if (length > options_.max_line_bytes) {
    Error(jsonl_path_ + ":" + std::to_string(jsonl_line_) + ": line of " +
          std::to_string(length) + " bytes, over the limit of " +
          std::to_string(options_.max_line_bytes >> 20) +
          " MiB (--max-line MiB raises it); skipped");
    line->clear();
  }
  return true;
}

bool InputReader::NextJsonLine(Document* doc) {
  std::string line;
  while (ReadJsonLine(&line)) {
    std::string where = jsonl_path_ + ":" + std::to_string(jsonl_line_);
    if (Trim(line).empty()) continue;
    if (!CheckText(where, &line)) continue;
    JsonArticle article;
    const bool parsed = ParseJsonArticle(line, &article);
    std::string().swap(line);  // the text is in the article now
    if (!parsed) {
      Error(where +
            ": malformed JSON line (expected an object such as "
            "{\"id\":..., \"date\":..., \"text\":...})");
      continue;
    }
    if (!article.has_text) {
      Error(where + ": missing string field \"text\"");
      continue;
    }
    *doc = Document();
    doc->id = article.id.empty() ? where : std::move(article.id);
    doc->text = std::move(article.text);
    doc->title = std::move(article.title);
    doc->url = std::move(article.url);
    doc->source = std::move(article.source);
    if (!options_.date.empty()) {
      doc->date = options_.date;
    } else if (auto date = NormalizeDate(where, article.date); date.ok()) {
      doc->date = std::move(*date);  // also accepts "2024-07-11T09:30:00Z"
    } else {
      Error(date.status().message());
      continue;
    }
    return true;
  }
  if (jsonl_->bad()) Error(jsonl_path_ + ": read error");
  jsonl_ = nullptr;
  jsonl_file_.reset();
  return false;
}

bool InputReader::Next(Document* doc, bool* streamed) {
  if (streamed) *streamed = false;
  stream_ = nullptr;
  stream_file_.reset();
  while (true) {
    if (!queued_.empty()) {
      *doc = std::move(queued_.front());
      queued_.pop_front();
      return true;
    }
    if (warc_ && NextWarc(doc)) return true;
    if (jsonl_ && NextJsonLine(doc)) return true;
    if (next_ >= pending_.size()) return false;
    Pending p = pending_[next_++];
    if (p.kind == Kind::kSniff) {
      p.kind = Sniff(p.path);
      // XML that is no feed (a records file, a sitemap) is no document.
      if (p.kind == Kind::kText && Extension(p.path) == ".xml") {
        Skip(p.path, "not a feed", "XML that is not an RSS or Atom feed");
        continue;
      }
    }
    if (p.kind == Kind::kHtml) {
      if (ReadPage(p, doc)) return true;
      continue;
    }
    if (p.kind == Kind::kFeed) {
      ReadFeed(p);
      continue;
    }
    if (p.kind == Kind::kWarc) {
      OpenWarc(p);
      continue;
    }
    if (p.kind == Kind::kConllu) {
      ReadConllu(p);
      continue;
    }
    if (p.kind == Kind::kText) {
      if (ReadText(p, doc, streamed)) return true;
      continue;
    }
    jsonl_path_ = p.path == "-" ? "<stdin>" : p.path;
    jsonl_line_ = 0;
    if (p.path == "-") {
      jsonl_ = &std::cin;
    } else {
      jsonl_file_ = std::make_unique<std::ifstream>(p.path, std::ios::binary);
      if (!*jsonl_file_) {
        std::error_code ec;
        Error(p.path + (fs::exists(p.path, ec) ? ": cannot open for reading"
                                               : ": no such file or directory"));
        jsonl_file_.reset();
        continue;
      }
      jsonl_ = jsonl_file_.get();
    }
  }
}

}  // namespace dyad::cli

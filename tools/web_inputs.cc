// The InputReader's web inputs (inputs.h): HTML pages, RSS and Atom feeds
// and WARC archives, through the extract module (dyad/extract.h,
// dyad/warc.h). What they hold becomes documents; what they are not (no
// article text, not English) is counted by reason.

#include <filesystem>
#include <iostream>

#include "dyad/extract.h"
#include "dyad/warc.h"
#include "inputs.h"

namespace dyad::cli {
namespace fs = std::filesystem;

std::map<std::string, std::size_t> InputReader::skipped() const {
  std::map<std::string, std::size_t> all = skipped_;
  if (warc_)
    for (const auto& [why, n] : warc_->skipped()) all[why] += n;
  return all;
}

void InputReader::Skip(const std::string& where, const std::string& reason,
                       const std::string& why) {
  err_ << "dyad: " << where << ": " << why << "; skipped\n";
  ++skipped_[reason];
}

InputReader::Kind InputReader::Sniff(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Kind::kText;  // ReadText reports it
  char head[1024];
  in.read(head, sizeof head);
  switch (extract::SniffFormat(
      std::string_view(head, static_cast<std::size_t>(in.gcount())))) {
    case extract::Format::kHtml:
      return Kind::kHtml;
    case extract::Format::kFeed:
      return Kind::kFeed;
    case extract::Format::kWarc:
      return Kind::kWarc;
    case extract::Format::kText:
      break;
  }
  return Kind::kText;
}

bool InputReader::ReadWhole(const Pending& p, std::string* content) {
  const std::string where = p.path == "-" ? "<stdin>" : p.path;
  std::ifstream file;
  if (p.path != "-") {
    std::error_code ec;
    if (!fs::exists(p.path, ec)) {
      Error(p.path + ": no such file or directory");
      return false;
    }
    file.open(p.path, std::ios::binary);
    if (!file) {
      Error(p.path + ": cannot open for reading");
      return false;
    }
  }
  std::istream& in = p.path == "-" ? std::cin : file;
  content->clear();
  char block[1 << 16];
  while (in) {
    in.read(block, sizeof block);
    content->append(block, static_cast<std::size_t>(in.gcount()));
    if (content->size() > options_.max_line_bytes) {
      Error(where + ": over the limit of " +
            std::to_string(options_.max_line_bytes >> 20) +
            " MiB for a page, feed or treebank (--max-line MiB raises it); skipped");
      std::string().swap(*content);
      return false;
    }
  }
  if (in.bad()) {
    Error(where + ": read error");
    return false;
  }
  bytes_ += content->size();
  return true;
}

bool InputReader::ReadPage(const Pending& p, Document* doc) {
  const std::string where = p.path == "-" ? "<stdin>" : p.path;
  std::string html;
  if (!ReadWhole(p, &html)) return false;
  Result<extract::Article> article = extract::ExtractArticle(html);
  std::string().swap(html);
  if (!article.ok()) {
    Skip(where, "no article text", article.status().message());
    return false;
  }
  if (!extract::LooksEnglish(article->text)) {
    Skip(where, "not English", "the article is not in English");
    return false;
  }
  *doc = Document();
  doc->id = where;
  doc->title = std::move(article->title);
  doc->text = std::move(article->text);
  doc->url = std::move(article->url);
  doc->date = !options_.date.empty()   ? options_.date
              : !article->date.empty() ? std::move(article->date)
                                       : DateFromFileName(p.path);
  return true;
}

void InputReader::ReadFeed(const Pending& p) {
  const std::string where = p.path == "-" ? "<stdin>" : p.path;
  std::string xml;
  if (!ReadWhole(p, &xml)) return;
  Result<std::vector<extract::Article>> items = extract::ParseFeed(xml);
  std::string().swap(xml);
  if (!items.ok()) {
    Error(where + ": " + items.status().message() + "; skipped");
    return;
  }
  std::size_t n = 0;
  for (extract::Article& item : *items) {
    ++n;
    if (!extract::LooksEnglish(item.title + "\n\n" + item.text)) {
      ++skipped_["not English"];
      continue;
    }
    Document doc;
    doc.id = item.url.empty() ? where + "#" + std::to_string(n) : item.url;
    doc.url = std::move(item.url);
    doc.title = std::move(item.title);
    // An item with no description is its title alone.
    doc.text = item.text.empty() ? doc.title : std::move(item.text);
    doc.date = !options_.date.empty() ? options_.date
               : !item.date.empty()   ? std::move(item.date)
                                      : DateFromFileName(p.path);
    queued_.push_back(std::move(doc));
  }
}

void InputReader::OpenWarc(const Pending& p) {
  const std::string where = p.path == "-" ? "<stdin>" : p.path;
  warc_file_.reset();
  if (p.path != "-") {
    std::error_code ec;
    if (!fs::exists(p.path, ec)) {
      Error(p.path + ": no such file or directory");
      return;
    }
    warc_file_ = std::make_unique<std::ifstream>(p.path, std::ios::binary);
    if (!*warc_file_) {
      Error(p.path + ": cannot open for reading");
      warc_file_.reset();
      return;
    }
  }
  std::istream& in = warc_file_ ? *warc_file_ : std::cin;
  warc_ = std::make_unique<warc::WarcArticles>(in, where, options_.max_line_bytes);
}

bool InputReader::NextWarc(Document* doc) {
  for (;;) {
    Result<bool> got = warc_->Next(doc);
    if (!got.ok()) {
      Error(got.status().message());
      continue;
    }
    if (*got) {
      if (!options_.date.empty()) doc->date = options_.date;
      return true;
    }
    // The end of the archive: keep its counts.
    for (const auto& [why, n] : warc_->skipped()) skipped_[why] += n;
    bytes_ += static_cast<std::size_t>(warc_->bytes_read());
    warc_.reset();
    warc_file_.reset();
    return false;
  }
}

}  // namespace dyad::cli

// ParseHttpResponse and WarcArticles (dyad/warc.h): from response records
// to articles.

#include "dyad/extract.h"
#include "dyad/warc.h"
#include "extract/gzip_stream.h"
#include "util/strings.h"

namespace dyad::warc {
namespace {

// Undoes chunked transfer coding; false when the chunks are malformed.
bool Dechunk(std::string_view body, std::string* out) {
  out->clear();
  std::size_t i = 0;
  for (;;) {
    const std::size_t nl = body.find('\n', i);
    if (nl == std::string_view::npos) return !out->empty();  // cut short: keep it
    std::string_view size_line = Trim(body.substr(i, nl - i));
    size_line = size_line.substr(0, size_line.find(';'));  // chunk extensions
    std::size_t size = 0;
    if (size_line.empty() || size_line.size() > 12) return false;
    for (char c : size_line) {
      const int d = IsAsciiDigit(c)          ? c - '0'
                    : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                    : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                             : -1;
      if (d < 0) return false;
      size = size * 16 + static_cast<std::size_t>(d);
    }
    i = nl + 1;
    if (size == 0) return true;
    if (size > body.size() - i) {
      out->append(body.substr(i));
      return true;
    }
    out->append(body.substr(i, size));
    i += size;
    while (i < body.size() && (body[i] == '\r' || body[i] == '\n')) ++i;
  }
}

}  // namespace

Result<HttpResponse> ParseHttpResponse(std::string_view block, std::size_t max_body) {
  if (block.rfind("HTTP/", 0) != 0)
    return Status::InvalidArgument("not an HTTP response (no status line)");
  std::size_t header_end = block.find("\r\n\r\n");
  std::size_t body_start = header_end + 4;
  if (header_end == std::string_view::npos) {
    header_end = block.find("\n\n");
    body_start = header_end + 2;
  }
  if (header_end == std::string_view::npos) {
    header_end = block.size();
    body_start = block.size();
  }
  HttpResponse r;
  bool chunked = false;
  std::string coding;
  const std::string_view head = block.substr(0, header_end);
  std::size_t line_start = 0;
  for (bool first = true; line_start <= head.size(); first = false) {
    std::size_t nl = head.find('\n', line_start);
    if (nl == std::string_view::npos) nl = head.size();
    const std::string_view line = Trim(head.substr(line_start, nl - line_start));
    line_start = nl + 1;
    if (first) {
      const std::size_t sp = line.find(' ');
      for (std::size_t i = sp + 1; sp != std::string_view::npos && i < line.size() &&
                                   IsAsciiDigit(line[i]) && r.status < 1000;
           ++i)
        r.status = r.status * 10 + (line[i] - '0');
      continue;
    }
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string key = AsciiLower(Trim(line.substr(0, colon)));
    const std::string value = AsciiLower(Trim(line.substr(colon + 1)));
    if (key == "content-type") {
      r.content_type =
          std::string(Trim(std::string_view(value).substr(0, value.find(';'))));
      if (const std::size_t cs = value.find("charset="); cs != std::string::npos) {
        std::string_view v = std::string_view(value).substr(cs + 8);
        v = v.substr(0, v.find(';'));
        r.charset = std::string(Trim(v));
        std::erase(r.charset, '"');
      }
    } else if (key == "transfer-encoding") {
      chunked = value.find("chunked") != std::string::npos;
    } else if (key == "content-encoding") {
      coding = value;
    }
  }
  std::string_view body = block.substr(std::min(body_start, block.size()));
  std::string dechunked;
  if (chunked) {
    if (!Dechunk(body, &dechunked))
      return Status::InvalidArgument("malformed chunked transfer coding");
    body = dechunked;
  }
  if (coding == "gzip" || coding == "x-gzip" || coding == "deflate") {
    if (!extract::Inflate(body, coding != "deflate", max_body, &r.body))
      return Status::InvalidArgument("its " + coding + " body cannot be decompressed");
  } else if (!coding.empty() && coding != "identity") {
    return Status::InvalidArgument("content coding \"" + coding + "\" not supported");
  } else {
    if (body.size() > max_body)
      return Status::InvalidArgument("body over the size limit");
    r.body = std::string(body);
  }
  return r;
}

WarcArticles::WarcArticles(std::istream& in, std::string name, std::size_t max_bytes)
    : records_(in, name, max_bytes), name_(std::move(name)), max_bytes_(max_bytes) {}

WarcArticles::~WarcArticles() = default;

Result<bool> WarcArticles::Next(Document* doc) {
  Record r;
  for (;;) {
    Result<bool> got = records_.Next(&r);
    if (!got.ok()) return got.status();
    if (!*got) return false;
    // Requests, metadata and warcinfo records are no pages.
    if (r.type != "response" && r.type != "resource") continue;
    if (r.too_long) {
      ++skipped_["over the size limit"];
      continue;
    }
    std::string html, charset;
    if (r.type == "response") {
      Result<HttpResponse> http = ParseHttpResponse(r.block, max_bytes_);
      if (!http.ok())
        return Status::Corruption(name_ + ": record at offset " +
                                  std::to_string(r.offset) + " (" + r.target_uri +
                                  "): " + http.status().message() + "; skipped");
      if (http->status != 200) {
        ++skipped_["HTTP status not 200"];
        continue;
      }
      if (http->content_type != "text/html" &&
          http->content_type != "application/xhtml+xml") {
        ++skipped_["not HTML"];
        continue;
      }
      html = std::move(http->body);
      charset = std::move(http->charset);
    } else {
      if (AsciiLower(r.content_type).rfind("text/html", 0) != 0) {
        ++skipped_["not HTML"];
        continue;
      }
      html = std::move(r.block);
    }
    Result<extract::Article> article =
        extract::ExtractArticle(html, r.target_uri, charset);
    if (!article.ok()) {
      ++skipped_["no article text"];
      continue;
    }
    if (!extract::LooksEnglish(article->text)) {
      ++skipped_["not English"];
      continue;
    }
    *doc = Document();
    doc->id =
        r.target_uri.empty() ? name_ + "@" + std::to_string(r.offset) : r.target_uri;
    doc->url = article->url.empty() ? r.target_uri : std::move(article->url);
    doc->date = article->date.empty() ? r.date : std::move(article->date);
    doc->title = std::move(article->title);
    doc->text = std::move(article->text);
    return true;
  }
}

}  // namespace dyad::warc

// Web archives: the news pages in a WARC file (ISO 28500, WARC/1.0 and
// 1.1), plain or gzip-compressed as Common Crawl publishes them (one gzip
// member per record, or one for the whole file), read as a stream so that a
// file of any size is never held in memory: at most one record's block
// (max_record_bytes) and a 64 KiB buffer.
//
// WarcArticles turns every HTML response record into an article (its
// target URI and date; the page's own date when it has one) and counts the
// records it skips, by reason: not a response, an HTTP status other than
// 200, not HTML, not English (LooksEnglish), no article text. A record that
// is broken (a bad Content-Length, a header that is not WARC's, a truncated
// or corrupt gzip member) is an error that names the file and the record's
// offset; reading goes on at the next record that can be found. A reader is
// used from one thread.
#ifndef DYAD_WARC_H_
#define DYAD_WARC_H_

#include <cstdint>
#include <iosfwd>
#include <map>
#include <memory>
#include <string>

#include "dyad/event.h"
#include "dyad/status.h"

namespace dyad::warc {

struct Record {
  std::string type;          // WARC-Type: response, request, warcinfo...
  std::string target_uri;    // WARC-Target-URI
  std::string date;          // WARC-Date as YYYY-MM-DD
  std::string content_type;  // the record's Content-Type
  std::string block;         // its content; empty when over the limit
  std::uint64_t offset = 0;  // where it starts in the uncompressed stream
  std::uint64_t length = 0;  // its Content-Length
  bool too_long = false;     // the block was over max_record_bytes: skipped
};

// Records one by one from a stream (gzip detected by its magic bytes).
class RecordReader {
 public:
  // `name` starts every message ("crawl.warc.gz").
  RecordReader(std::istream& in, std::string name, std::size_t max_record_bytes);
  ~RecordReader();
  RecordReader(const RecordReader&) = delete;
  RecordReader& operator=(const RecordReader&) = delete;

  // true with the next record; false at the end; an error (Corruption,
  // "NAME: record at offset N: ...") for a broken record, after which the
  // next call goes on with the record after it.
  Result<bool> Next(Record* record);
  // Bytes of the file read so far (compressed bytes for .warc.gz).
  std::uint64_t bytes_read() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

// The HTTP response in a response record's block, with its chunked
// transfer coding and gzip or deflate content coding undone.
struct HttpResponse {
  int status = 0;
  std::string content_type;  // "text/html", lower case, without parameters
  std::string charset;       // from Content-Type, or ""
  std::string body;
};
// InvalidArgument when `block` is no HTTP response, or its body cannot be
// decoded, or decodes to more than `max_body` bytes.
Result<HttpResponse> ParseHttpResponse(std::string_view block, std::size_t max_body);

class WarcArticles {
 public:
  WarcArticles(std::istream& in, std::string name, std::size_t max_record_bytes);
  ~WarcArticles();

  // true with the next article (id and url: the record's target URI, or the
  // page's canonical URL for url; date: the page's, else the record's);
  // false at the end; an error for a broken record (reading goes on).
  Result<bool> Next(Document* doc);
  // Records skipped, by reason ("not HTML": 3).
  const std::map<std::string, std::size_t>& skipped() const { return skipped_; }
  std::uint64_t bytes_read() const { return records_.bytes_read(); }

 private:
  RecordReader records_;
  std::string name_;
  std::size_t max_bytes_;
  std::map<std::string, std::size_t> skipped_;
};

}  // namespace dyad::warc

#endif  // DYAD_WARC_H_

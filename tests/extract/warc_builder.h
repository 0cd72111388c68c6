// Writes WARC files for the tests and the benchmark: records as Common
// Crawl writes them (warcinfo, request, response, metadata), plain or one
// gzip member per record, so that tests can also break them on purpose.
#ifndef DYAD_TESTS_EXTRACT_WARC_BUILDER_H_
#define DYAD_TESTS_EXTRACT_WARC_BUILDER_H_

#include <zlib.h>

#include <string>
#include <string_view>
#include <vector>

namespace dyad::testing {

// One gzip member holding `data`.
inline std::string GzipMember(std::string_view data) {
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, 16 + 15, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

// A WARC record; `length` overrides the Content-Length (to break it).
inline std::string WarcRecord(std::string_view type, std::string_view uri,
                              std::string_view content_type, std::string_view block,
                              long length = -1) {
  std::string r = "WARC/1.0\r\nWARC-Type: " + std::string(type) + "\r\n";
  r += "WARC-Date: 2024-07-12T03:04:05Z\r\n";
  r += "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000000>\r\n";
  if (!uri.empty()) r += "WARC-Target-URI: " + std::string(uri) + "\r\n";
  r += "Content-Type: " + std::string(content_type) + "\r\n";
  r += "Content-Length: " +
       std::to_string(length >= 0 ? static_cast<std::size_t>(length) : block.size()) +
       "\r\n\r\n";
  r += block;
  r += "\r\n\r\n";
  return r;
}

inline std::string HttpResponseBlock(std::string_view content_type, std::string_view body,
                                     int status = 200) {
  return "HTTP/1.1 " + std::to_string(status) +
         " OK\r\nContent-Type: " + std::string(content_type) +
         "\r\nContent-Length: " + std::to_string(body.size()) + "\r\n\r\n" +
         std::string(body);
}

// The three records a crawler writes for one page.
inline std::vector<std::string> PageRecords(
    std::string_view uri, std::string_view html,
    std::string_view content_type = "text/html; charset=utf-8") {
  return {WarcRecord("request", uri, "application/http; msgtype=request",
                     "GET / HTTP/1.1\r\nHost: example\r\n\r\n"),
          WarcRecord("response", uri, "application/http; msgtype=response",
                     HttpResponseBlock(content_type, html)),
          WarcRecord("metadata", uri, "application/warc-fields", "fetchTimeMs: 12\r\n")};
}

// Records as a .warc (plain) or a .warc.gz (one gzip member each).
inline std::string JoinRecords(const std::vector<std::string>& records, bool gzip) {
  std::string out;
  for (const std::string& r : records) out += gzip ? GzipMember(r) : r;
  return out;
}

}  // namespace dyad::testing

#endif  // DYAD_TESTS_EXTRACT_WARC_BUILDER_H_

// Bytes from a stream that may be gzip-compressed, decompressed on the fly
// with zlib: one member or many (a .warc.gz holds one per record), read in
// 64 KiB blocks. A corrupt member is reported and skipped to the next gzip
// header; a member cut short by the end of the file is reported and ends
// the stream. Plain input passes through unchanged.
#ifndef DYAD_EXTRACT_GZIP_STREAM_H_
#define DYAD_EXTRACT_GZIP_STREAM_H_

#include <zlib.h>

#include <cstdint>
#include <istream>
#include <string>
#include <vector>

namespace dyad::extract {

class GzipStream {
 public:
  explicit GzipStream(std::istream& in);
  ~GzipStream();
  GzipStream(const GzipStream&) = delete;
  GzipStream& operator=(const GzipStream&) = delete;

  // Up to `n` bytes into `out`; 0 at the end (or after an error that ends
  // the stream).
  std::size_t Read(char* out, std::size_t n);
  // A problem met since the last call ("truncated gzip member at byte
  // 1234"), or ""; cleared by the call.
  std::string TakeError();
  bool compressed() const { return gzip_; }
  std::uint64_t bytes_in() const { return bytes_in_; }

 private:
  bool Fill();
  // Drops input up to the next gzip header; false at the end.
  bool Resync();

  std::istream& in_;
  z_stream z_{};
  bool gzip_ = false, started_ = false, ended_ = false, member_open_ = false;
  std::vector<unsigned char> buffer_;
  std::size_t pos_ = 0, size_ = 0;
  std::uint64_t bytes_in_ = 0;      // consumed from `in_`, read into buffer_
  std::uint64_t member_start_ = 0;  // compressed offset of the current member
  std::string error_;
};

// Decompresses a whole gzip or zlib/deflate body of at most `max` bytes
// out; false when it is corrupt or larger.
bool Inflate(std::string_view in, bool gzip, std::size_t max, std::string* out);

}  // namespace dyad::extract

#endif  // DYAD_EXTRACT_GZIP_STREAM_H_

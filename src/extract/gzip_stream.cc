#include "extract/gzip_stream.h"

#include <cstring>

namespace dyad::extract {
namespace {

constexpr std::size_t kBufferBytes = 64u << 10;

}  // namespace

GzipStream::GzipStream(std::istream& in) : in_(in), buffer_(kBufferBytes) {}

GzipStream::~GzipStream() {
  if (gzip_) inflateEnd(&z_);
}

bool GzipStream::Fill() {
  if (pos_ > 0) {
    std::memmove(buffer_.data(), buffer_.data() + pos_, size_ - pos_);
    size_ -= pos_;
    pos_ = 0;
  }
  if (size_ == buffer_.size() || !in_) return false;
  in_.read(reinterpret_cast<char*>(buffer_.data() + size_),
           static_cast<std::streamsize>(buffer_.size() - size_));
  const auto got = static_cast<std::size_t>(in_.gcount());
  size_ += got;
  bytes_in_ += got;
  return got > 0;
}

bool GzipStream::Resync() {
  for (;;) {
    for (std::size_t i = pos_; i + 3 <= size_; ++i) {
      if (buffer_[i] == 0x1f && buffer_[i + 1] == 0x8b && buffer_[i + 2] == 0x08) {
        pos_ = i;
        return true;
      }
    }
    // Keep the last two bytes: a header may start there.
    if (size_ >= 2 && pos_ < size_ - 2) pos_ = size_ - 2;
    if (!Fill()) {
      pos_ = size_;
      return false;
    }
  }
}

std::string GzipStream::TakeError() {
  std::string e = std::move(error_);
  error_.clear();
  return e;
}

std::size_t GzipStream::Read(char* out, std::size_t n) {
  if (ended_ || n == 0) return 0;
  if (!started_) {
    started_ = true;
    while (size_ < 2 && Fill()) {
    }
    gzip_ = size_ >= 2 && buffer_[0] == 0x1f && buffer_[1] == 0x8b;
    // 16 + 15: gzip members only, the largest window.
    if (gzip_ && inflateInit2(&z_, 16 + 15) != Z_OK) {
      error_ = "cannot start zlib";
      ended_ = true;
      return 0;
    }
  }
  if (!gzip_) {
    if (pos_ == size_ && !Fill()) {
      ended_ = true;
      return 0;
    }
    const std::size_t take = std::min(n, size_ - pos_);
    std::memcpy(out, buffer_.data() + pos_, take);
    pos_ += take;
    return take;
  }
  std::size_t produced = 0;
  while (produced == 0) {
    if (pos_ == size_ && !Fill()) {
      if (member_open_)
        error_ = "truncated gzip member (starting at compressed byte " +
                 std::to_string(member_start_) + "): the file ends inside it";
      ended_ = true;
      return 0;
    }
    if (!member_open_) {
      inflateReset(&z_);
      member_open_ = true;
      member_start_ = bytes_in_ - (size_ - pos_);
    }
    z_.next_in = buffer_.data() + pos_;
    z_.avail_in = static_cast<uInt>(size_ - pos_);
    z_.next_out = reinterpret_cast<Bytef*>(out);
    z_.avail_out = static_cast<uInt>(std::min<std::size_t>(n, 1u << 30));
    const int rc = inflate(&z_, Z_NO_FLUSH);
    pos_ = size_ - z_.avail_in;
    produced = n - z_.avail_out;
    if (rc == Z_STREAM_END) {
      member_open_ = false;
    } else if (rc == Z_DATA_ERROR || rc == Z_NEED_DICT || rc == Z_MEM_ERROR ||
               rc == Z_STREAM_ERROR) {
      error_ = "corrupt gzip member (starting at compressed byte " +
               std::to_string(member_start_) + "): " + (z_.msg ? z_.msg : "bad data") +
               "; skipped to the next member";
      member_open_ = false;
      if (pos_ < size_) ++pos_;  // past the member's magic, if the error is there
      if (!Resync()) ended_ = true;
      return produced;  // what came before the error; the next read goes on
    }
  }
  return produced;
}

bool Inflate(std::string_view in, bool gzip, std::size_t max, std::string* out) {
  // gzip and zlib by their headers (32 + 15); a raw deflate stream (as some
  // servers send for "deflate") on the second try.
  for (int bits : {gzip ? 32 + 15 : 15, -15}) {
    z_stream z{};
    if (inflateInit2(&z, bits) != Z_OK) return false;
    out->clear();
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    z.avail_in = static_cast<uInt>(in.size());
    char block[1 << 15];
    int rc = Z_OK;
    while (rc == Z_OK) {
      z.next_out = reinterpret_cast<Bytef*>(block);
      z.avail_out = sizeof block;
      rc = inflate(&z, Z_NO_FLUSH);
      out->append(block, sizeof block - z.avail_out);
      if (out->size() > max) rc = Z_MEM_ERROR;
      if (rc == Z_BUF_ERROR && z.avail_in == 0) rc = Z_STREAM_END;  // cut short: keep it
    }
    inflateEnd(&z);
    if (rc == Z_STREAM_END) return true;
    if (out->size() > max) return false;
  }
  return false;
}

}  // namespace dyad::extract

// One client connection's socket as httplib reads and writes it, with the
// limits that keep a hostile client from holding the server (issue 14):
// the whole of a request (its line, headers and body) must arrive within
// one deadline, however slowly it trickles in; its line and headers within
// a byte budget; its body (chunked too, framing counted) within another;
// and its response must be taken within a deadline too. A read past a
// limit fails, and violation() says which limit, so that the server can
// answer 413 or 431 and close the connection.
//
// Used from the connection's own thread only.
#ifndef DYAD_SERVER_GUARDED_STREAM_H_
#define DYAD_SERVER_GUARDED_STREAM_H_

#include <httplib.h>

#include <array>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <functional>

namespace dyad::server {

struct StreamLimits {
  std::size_t max_head_bytes = 64 << 10;          // request line and headers
  std::size_t max_body_bytes = 10 << 20;          // as sent (chunked: with its framing)
  std::chrono::milliseconds request_time{10000};  // a whole request; a response
};

class GuardedStream : public httplib::Stream {
 public:
  enum class Violation { kNone, kHeadTooLarge, kBodyTooLarge, kTooSlow };

  // `stopping` is polled while waiting, so that a stopping server does not
  // wait for its clients' deadlines.
  GuardedStream(int fd, StreamLimits limits, std::function<bool()> stopping);

  // A new request starts now: its deadline and byte budgets start over.
  void BeginRequest();
  // The request's line and headers are read; what follows is its body.
  void EndHead() { in_head_ = false; }
  Violation violation() const { return violation_; }
  // Waits at most `wait` for the first byte of a request (true when there
  // is one, buffered or on the socket).
  bool WaitForRequest(std::chrono::milliseconds wait);

  bool is_readable() const override;
  bool is_writable() const override;
  ssize_t read(char* ptr, size_t size) override;
  ssize_t write(const char* ptr, size_t size) override;
  void get_remote_ip_and_port(std::string& ip, int& port) const override;
  void get_local_ip_and_port(std::string& ip, int& port) const override;
  int socket() const override { return fd_; }

 private:
  using Clock = std::chrono::steady_clock;
  // Polls for `events` until `deadline` (or the server stops).
  bool Poll(short events, Clock::time_point deadline) const;

  int fd_;
  StreamLimits limits_;
  std::function<bool()> stopping_;
  Clock::time_point read_deadline_;
  Clock::time_point write_deadline_;
  bool writing_ = false;
  bool in_head_ = true;
  std::size_t head_bytes_ = 0;
  std::size_t body_bytes_ = 0;
  Violation violation_ = Violation::kNone;
  std::array<char, 4096> buffer_;
  std::size_t begin_ = 0, end_ = 0;  // buffered, not yet read
};

}  // namespace dyad::server

#endif  // DYAD_SERVER_GUARDED_STREAM_H_

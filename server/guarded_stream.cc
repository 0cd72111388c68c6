#include "server/guarded_stream.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cstring>

namespace dyad::server {
namespace {

// How often a wait looks whether the server is stopping.
constexpr std::chrono::milliseconds kStopCheck{500};

void AddressOf(int fd, bool peer, std::string& ip, int& port) {
  sockaddr_storage addr{};
  socklen_t len = sizeof addr;
  const int rc = peer ? getpeername(fd, reinterpret_cast<sockaddr*>(&addr), &len)
                      : getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
  ip.clear();
  port = 0;
  if (rc != 0) return;
  char text[INET6_ADDRSTRLEN] = "";
  if (addr.ss_family == AF_INET) {
    const auto* in = reinterpret_cast<const sockaddr_in*>(&addr);
    inet_ntop(AF_INET, &in->sin_addr, text, sizeof text);
    port = ntohs(in->sin_port);
  } else if (addr.ss_family == AF_INET6) {
    const auto* in6 = reinterpret_cast<const sockaddr_in6*>(&addr);
    inet_ntop(AF_INET6, &in6->sin6_addr, text, sizeof text);
    port = ntohs(in6->sin6_port);
  }
  ip = text;
}

}  // namespace

GuardedStream::GuardedStream(int fd, StreamLimits limits, std::function<bool()> stopping)
    : fd_(fd), limits_(limits), stopping_(std::move(stopping)) {
  BeginRequest();
}

void GuardedStream::BeginRequest() {
  read_deadline_ = Clock::now() + limits_.request_time;
  writing_ = false;
  in_head_ = true;
  head_bytes_ = 0;
  body_bytes_ = 0;
  violation_ = Violation::kNone;
}

bool GuardedStream::Poll(short events, Clock::time_point deadline) const {
  for (;;) {
    if (stopping_()) return false;
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    if (left.count() <= 0) return false;
    pollfd p{fd_, events, 0};
    const int rc = ::poll(&p, 1, static_cast<int>(std::min(left, kStopCheck).count()));
    if (rc > 0) return true;
    if (rc < 0 && errno != EINTR) return false;
  }
}

bool GuardedStream::WaitForRequest(std::chrono::milliseconds wait) {
  return begin_ < end_ || Poll(POLLIN, Clock::now() + wait);
}

bool GuardedStream::is_readable() const {
  return begin_ < end_ || Poll(POLLIN, read_deadline_);
}

bool GuardedStream::is_writable() const {
  return Poll(POLLOUT, writing_ ? write_deadline_ : Clock::now() + limits_.request_time);
}

ssize_t GuardedStream::read(char* ptr, size_t size) {
  if (violation_ != Violation::kNone || size == 0) return -1;
  // The budget of the part being read: the head, then the body.
  std::size_t& used = in_head_ ? head_bytes_ : body_bytes_;
  const std::size_t budget = in_head_ ? limits_.max_head_bytes : limits_.max_body_bytes;
  if (used >= budget) {
    violation_ = in_head_ ? Violation::kHeadTooLarge : Violation::kBodyTooLarge;
    return -1;
  }
  size = std::min(size, budget - used);
  if (begin_ == end_) {
    if (!is_readable()) {
      violation_ = Violation::kTooSlow;
      return -1;
    }
    const ssize_t n = ::recv(fd_, buffer_.data(), buffer_.size(), 0);
    if (n <= 0) return n < 0 ? -1 : 0;
    begin_ = 0;
    end_ = static_cast<std::size_t>(n);
  }
  const std::size_t n = std::min(size, end_ - begin_);
  std::memcpy(ptr, buffer_.data() + begin_, n);
  begin_ += n;
  used += n;
  return static_cast<ssize_t>(n);
}

ssize_t GuardedStream::write(const char* ptr, size_t size) {
  if (!writing_) {
    writing_ = true;
    write_deadline_ = Clock::now() + limits_.request_time;
  }
  std::size_t sent = 0;
  while (sent < size) {
    if (!Poll(POLLOUT, write_deadline_))
      return sent > 0 ? static_cast<ssize_t>(sent) : -1;
    const ssize_t n = ::send(fd_, ptr + sent, size - sent, MSG_NOSIGNAL);
    if (n < 0) {
      if (errno == EINTR || errno == EAGAIN) continue;
      return sent > 0 ? static_cast<ssize_t>(sent) : -1;
    }
    sent += static_cast<std::size_t>(n);
  }
  return static_cast<ssize_t>(sent);
}

void GuardedStream::get_remote_ip_and_port(std::string& ip, int& port) const {
  AddressOf(fd_, true, ip, port);
}

void GuardedStream::get_local_ip_and_port(std::string& ip, int& port) const {
  AddressOf(fd_, false, ip, port);
}

}  // namespace dyad::server

#include "server/guarded_server.h"

#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

#include <string>
#include <thread>

namespace dyad::server {
namespace {

// The request the current thread reads, for ViolationStatus().
thread_local const GuardedStream* current_stream = nullptr;
thread_local bool current_too_many_headers = false;
thread_local std::size_t current_max_headers = 0;

// A thread for each connection (see the header); shutdown() waits for all.
class ThreadPerConnection : public httplib::TaskQueue {
 public:
  void enqueue(std::function<void()> fn) override {
    {
      std::lock_guard lock(mutex_);
      ++running_;
    }
    std::thread([this, fn = std::move(fn)] {
      fn();
      std::lock_guard lock(mutex_);
      if (--running_ == 0) done_.notify_all();
    }).detach();
  }
  void shutdown() override {
    std::unique_lock lock(mutex_);
    done_.wait(lock, [this] { return running_ == 0; });
  }

 private:
  std::mutex mutex_;
  std::condition_variable done_;
  int running_ = 0;
};

// Headers httplib adds to a request itself.
bool AddedByHttplib(const std::string& name) {
  return name == "REMOTE_ADDR" || name == "REMOTE_PORT" || name == "LOCAL_ADDR" ||
         name == "LOCAL_PORT";
}

void RefuseBusy(int fd) {
  static const std::string kBusy =
      "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
      "Content-Length: 48\r\nConnection: close\r\nRetry-After: 1\r\n\r\n"
      "{\"error\":\"too many connections; try again soon\"}";
  (void)::send(fd, kBusy.data(), kBusy.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
}

}  // namespace

GuardedServer::GuardedServer(ConnectionLimits limits) : limits_(limits) {
  new_task_queue = [] { return new ThreadPerConnection(); };
  set_payload_max_length(limits_.stream.max_body_bytes);
}

GuardedServer::~GuardedServer() = default;

GuardedServer::Work::Work(GuardedServer& server) : server_(server) {
  std::unique_lock lock(server_.mutex_);
  server_.changed_.wait(lock,
                        [this] { return server_.working_ < server_.limits_.workers; });
  ++server_.working_;
}

GuardedServer::Work::~Work() {
  std::lock_guard lock(server_.mutex_);
  --server_.working_;
  server_.changed_.notify_one();
}

void GuardedServer::WidenBacklog() {
  const int fd = svr_sock_;
  if (fd != INVALID_SOCKET) ::listen(fd, SOMAXCONN);
}

int GuardedServer::ViolationStatus(std::string* message) {
  if (current_too_many_headers) {
    *message = "more than " + std::to_string(current_max_headers) + " request headers";
    return 431;
  }
  if (!current_stream) return 0;
  switch (current_stream->violation()) {
    case GuardedStream::Violation::kHeadTooLarge:
      *message = "request line and headers over the size limit";
      return 431;
    case GuardedStream::Violation::kBodyTooLarge:
      *message = "request body over the size limit";
      return 413;
    case GuardedStream::Violation::kTooSlow:
      *message = "request not received in time";
      return 408;
    case GuardedStream::Violation::kNone:
      break;
  }
  return 0;
}

bool GuardedServer::Enter(int fd, Entry* entry) {
  std::lock_guard lock(mutex_);
  if (connections_.size() >= limits_.max_connections) {
    // Close the connection idle longest, if any: its thread sees the end of
    // its input and leaves.
    Entry oldest = connections_.end();
    for (auto it = connections_.begin(); it != connections_.end(); ++it) {
      // A connection whose request has arrived but not been read yet (its
      // thread has not woken) is busy, not idle.
      int pending = 0;
      if (it->idle && ::ioctl(it->fd, FIONREAD, &pending) == 0 && pending > 0) continue;
      if (it->idle &&
          (oldest == connections_.end() || it->idle_since < oldest->idle_since))
        oldest = it;
    }
    if (oldest == connections_.end()) return false;
    ::shutdown(oldest->fd, SHUT_RDWR);
    oldest->idle = false;  // not chosen twice
  }
  *entry = connections_.insert(connections_.end(),
                               {fd, true, std::chrono::steady_clock::now()});
  return true;
}

void GuardedServer::Leave(Entry entry) {
  std::lock_guard lock(mutex_);
  connections_.erase(entry);
}

void GuardedServer::SetIdle(Entry entry, bool idle) {
  std::lock_guard lock(mutex_);
  entry->idle = idle;
  if (idle) entry->idle_since = std::chrono::steady_clock::now();
}

bool GuardedServer::process_and_close_socket(int sock) {
  Entry entry;
  if (!Enter(sock, &entry)) {
    RefuseBusy(sock);
    ::shutdown(sock, SHUT_RDWR);
    ::close(sock);
    return false;
  }
  GuardedStream stream(sock, limits_.stream,
                       [this] { return svr_sock_ == INVALID_SOCKET; });
  current_stream = &stream;
  bool ok = true;
  for (int n = 0; n < limits_.keep_alive_requests; ++n) {
    SetIdle(entry, true);
    if (!stream.WaitForRequest(n == 0 ? limits_.stream.request_time : limits_.keep_alive))
      break;
    SetIdle(entry, false);
    stream.BeginRequest();
    current_too_many_headers = false;
    current_max_headers = limits_.max_headers;
    bool closed = false;
    const bool last = n + 1 == limits_.keep_alive_requests;
    ok = process_request(stream, last, closed, [this, &stream](httplib::Request& req) {
      stream.EndHead();
      std::size_t sent = 0;
      for (const auto& [name, value] : req.headers) sent += AddedByHttplib(name) ? 0 : 1;
      current_too_many_headers = sent > limits_.max_headers;
      // Several ranges would be built as one multipart response in memory
      // (1,000 times the file): answer the whole file instead, as a server
      // may (RFC 9110 14.2).
      if (req.ranges.size() > 1) {
        req.ranges.clear();
        req.headers.erase("Range");
      }
    });
    if (!ok || closed || stream.violation() != GuardedStream::Violation::kNone ||
        current_too_many_headers)
      break;
  }
  current_stream = nullptr;
  current_too_many_headers = false;
  Leave(entry);
  ::shutdown(sock, SHUT_RDWR);
  ::close(sock);
  return ok;
}

}  // namespace dyad::server

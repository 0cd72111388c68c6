// httplib's server, hardened against clients that try to hold it (issue
// 14). httplib gives each connection a worker of a fixed pool for as long
// as it is open, so 200 connections that send nothing stalled every other
// client for minutes; and it bounds neither the whole time of a request,
// nor the number and size of its headers, nor a chunked body.
//
// Here each connection has a thread of its own, so an idle one holds no
// worker: the API's work runs under Work (at most `workers` at once). At
// most `max_connections` are open: a new one beyond that closes the
// connection idle longest (waiting for a request), or gets 503 when none
// is idle. A connection's first request must come within the request time
// and a next one within `keep_alive` (at most `keep_alive_requests` per
// connection); each request is read through a GuardedStream (its whole
// time, head and body bounded). Requests with more than `max_headers`
// headers or a head over its budget get 431, bodies over their budget 413,
// and a Range of several parts is answered whole (200), never as a
// multipart response built in memory.
#ifndef DYAD_SERVER_GUARDED_SERVER_H_
#define DYAD_SERVER_GUARDED_SERVER_H_

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <list>
#include <mutex>

#include "server/guarded_stream.h"

namespace dyad::server {

struct ConnectionLimits {
  StreamLimits stream;
  std::size_t max_headers = 100;
  std::size_t max_connections = 256;
  std::chrono::milliseconds keep_alive{2000};
  int keep_alive_requests = 100;
  int workers = 8;  // requests handled at once
};

class GuardedServer : public httplib::Server {
 public:
  explicit GuardedServer(ConnectionLimits limits);
  ~GuardedServer() override;

  // Held while a request's handler runs: at most `workers` at once.
  class Work {
   public:
    explicit Work(GuardedServer& server);
    ~Work();
    Work(const Work&) = delete;
    Work& operator=(const Work&) = delete;

   private:
    GuardedServer& server_;
  };

  // After binding: a listen queue of SOMAXCONN instead of httplib's 5, so
  // that a burst of connections is not met by dropped SYNs (a second
  // each).
  void WidenBacklog();

  // For the error handler: the limit the current thread's request broke,
  // if any, as a status (413, 431, 408) and a message; 0 when none.
  static int ViolationStatus(std::string* message);

 private:
  struct Connection {
    int fd;
    bool idle;
    std::chrono::steady_clock::time_point idle_since;
  };
  using Entry = std::list<Connection>::iterator;

  bool process_and_close_socket(int sock) override;
  // Registers a new connection; false when at the cap with none idle.
  bool Enter(int fd, Entry* entry);
  void Leave(Entry entry);
  void SetIdle(Entry entry, bool idle);

  ConnectionLimits limits_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::list<Connection> connections_;
  int working_ = 0;
};

}  // namespace dyad::server

#endif  // DYAD_SERVER_GUARDED_SERVER_H_

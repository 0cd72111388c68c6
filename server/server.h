// dyad serve: an HTTP server over a store and a coder. It answers the
// questions of `dyad query` as JSON under /api/, codes posted text
// (/api/code), optionally ingests (/api/ingest, with a token), and serves
// the web page's files.
//
// Each request opens the store for itself (a Store is used from one thread
// at a time), read-only unless ingest is allowed; the Coder is shared, as
// coding is read-only. Connections are guarded (guarded_server.h): each
// request must arrive whole within the timeout, headers and bodies have
// size limits (431, 413), open connections are capped and idle ones do
// not hold a worker, so slow, idle or huge requests cannot stall others. A request whose
// Host header is not the server's own address or an allowed name is refused (403), so
// that a page elsewhere cannot read the API through DNS rebinding (host_check.h).
#ifndef DYAD_SERVER_SERVER_H_
#define DYAD_SERVER_SERVER_H_

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "dyad/coder.h"
#include "dyad/status.h"

namespace dyad::server {

struct ServeOptions {
  std::string db;  // store path or postgresql:// URL
  std::string host = "127.0.0.1";
  // Host names answered besides the listening address (host_check.h).
  std::vector<std::string> allowed_hosts;
  int port = 8080;  // 0: any free port
  bool allow_ingest = false;
  std::string token;  // required by /api/ingest when allowed
  std::size_t max_body = 10 << 20;
  std::string web_dir;       // the built web page; empty: a notice page
  int threads = 8;           // requests handled at once
  int timeout_seconds = 10;  // to receive a whole request, and to send a response
  std::size_t max_connections = 256;  // open at once (guarded_server.h)
};

class Server {
 public:
  // Checks the options and that the store opens; binds nothing yet.
  static Result<std::unique_ptr<Server>> Create(ServeOptions options, Coder coder);
  ~Server();

  // Binds the socket; returns the port (useful with port 0).
  Result<int> Bind();
  // Serves until Stop(); returns when stopped.
  Status Run();
  void Stop();

  struct Impl;
  class Key {
    friend class Server;
    Key() = default;
  };
  Server(Key, std::unique_ptr<Impl> impl);

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace dyad::server

#endif  // DYAD_SERVER_SERVER_H_

// Which Host headers `dyad serve` answers, against DNS rebinding: a page on
// another site can make its own name resolve to 127.0.0.1 and then read
// the API of a server on the visitor's machine as its own origin. The
// browser still sends that site's name as the Host, so a server that
// answers only its own address (and names the user allows) is out of reach.
//
// Allowed: the address the server listens on; "localhost" and the loopback
// addresses when it listens on loopback; any IP address when it listens on
// every interface (0.0.0.0 or ::), since a rebinding page always comes by a
// name; and the names given (--allow-host). Ports are not compared (a
// forwarded port sends its own). Names compare case-insensitively.
#ifndef DYAD_SERVER_HOST_CHECK_H_
#define DYAD_SERVER_HOST_CHECK_H_

#include <string>
#include <string_view>
#include <vector>

namespace dyad::server {

class HostCheck {
 public:
  HostCheck(std::string listen_host, const std::vector<std::string>& allowed_names);

  // Whether a request with this Host header ("127.0.0.1:8080", "[::1]:80",
  // "localhost") is answered. A missing (empty) Host is refused.
  bool Allows(std::string_view host_header) const;

  // The error a refused request gets, naming its Host and what to do.
  std::string Refusal(std::string_view host_header) const;

  // "[::1]:8080" -> "::1", "Example.org.:80" -> "example.org".
  static std::string HostName(std::string_view host_header);

 private:
  std::string listen_;  // normalised as HostName does
  bool loopback_ = false, wildcard_ = false;
  std::vector<std::string> allowed_;
};

}  // namespace dyad::server

#endif  // DYAD_SERVER_HOST_CHECK_H_

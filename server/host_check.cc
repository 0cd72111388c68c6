#include "server/host_check.h"

#include <arpa/inet.h>

#include <algorithm>

namespace dyad::server {
namespace {

bool IsIpv4(const std::string& s) {
  in_addr a;
  return inet_pton(AF_INET, s.c_str(), &a) == 1;
}

bool IsIpv6(const std::string& s) {
  in6_addr a;
  return inet_pton(AF_INET6, s.c_str(), &a) == 1;
}

bool IsLoopback(const std::string& s) {
  return s == "localhost" || s == "::1" || (IsIpv4(s) && s.rfind("127.", 0) == 0);
}

}  // namespace

std::string HostCheck::HostName(std::string_view h) {
  std::string name;
  if (!h.empty() && h.front() == '[') {  // [v6]:port
    const auto close = h.find(']');
    name = std::string(h.substr(1, close == std::string_view::npos ? h.npos : close - 1));
  } else if (std::count(h.begin(), h.end(), ':') == 1) {  // name:port or v4:port
    name = std::string(h.substr(0, h.find(':')));
  } else {  // a name, or a bare v6 address
    name = std::string(h);
  }
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) {
    return static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  });
  if (!name.empty() && name.back() == '.') name.pop_back();
  return name;
}

HostCheck::HostCheck(std::string listen_host,
                     const std::vector<std::string>& allowed_names)
    : listen_(HostName(listen_host)) {
  wildcard_ = listen_.empty() || listen_ == "0.0.0.0" || listen_ == "::";
  loopback_ = IsLoopback(listen_);
  for (const auto& n : allowed_names) allowed_.push_back(HostName(n));
}

bool HostCheck::Allows(std::string_view host_header) const {
  const std::string host = HostName(host_header);
  if (host.empty()) return false;
  if (host == listen_) return true;
  if (std::find(allowed_.begin(), allowed_.end(), host) != allowed_.end()) return true;
  const bool ip = IsIpv4(host) || IsIpv6(host);
  if (wildcard_) return ip || host == "localhost";
  if (loopback_) return IsLoopback(host);
  return false;
}

std::string HostCheck::Refusal(std::string_view host_header) const {
  if (host_header.empty()) return "a request needs a Host header";
  return "Host '" + std::string(host_header) + "' is not this server (listening on " +
         (listen_.empty() ? "every address" : listen_) +
         "); to be reached by that name, start dyad serve with --allow-host " +
         HostName(host_header);
}

}  // namespace dyad::server

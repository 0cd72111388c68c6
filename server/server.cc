#include "server.h"

#include <httplib.h>

#include <charconv>
#include <filesystem>

#include "dyad/store.h"
#include "server/api.h"
#include "server/guarded_server.h"
#include "server/host_check.h"

namespace dyad::server {

struct Server::Impl {
  ServeOptions options;
  Api api;
  HostCheck host_check;
  GuardedServer http;
  int port = -1;

  Impl(ServeOptions o, Coder coder)
      : options(std::move(o)),
        api(options.db, options.allow_ingest, options.token, std::move(coder)),
        host_check(options.host, options.allowed_hosts),
        http(Limits(options)) {}

  static ConnectionLimits Limits(const ServeOptions& o) {
    ConnectionLimits limits;
    limits.stream.max_body_bytes = o.max_body;
    limits.stream.request_time = std::chrono::seconds(std::max(1, o.timeout_seconds));
    limits.workers = std::max(1, o.threads);
    limits.max_connections = std::max<std::size_t>(1, o.max_connections);
    return limits;
  }
};

namespace {

constexpr const char* kNoWebPage = R"(<!doctype html>
<html lang="en"><meta charset="utf-8"><title>dyad</title>
<body style="font-family: sans-serif; max-width: 40em; margin: 3em auto">
<h1>dyad</h1>
<p>The web page is not built here (build it with <code>npm run build</code> in
<code>web/</code>, or pass <code>--web DIR</code>). The JSON API works:</p>
<ul>
<li><a href="/api/health">/api/health</a></li>
<li><a href="/api/summary">/api/summary</a></li>
<li><a href="/api/events?limit=20">/api/events</a></li>
<li><a href="/api/actors">/api/actors</a></li>
<li><a href="/api/network">/api/network</a></li>
</ul></body></html>
)";

void Reply(httplib::Response& res, const ApiResponse& r) {
  res.status = r.status;
  // Never throws: a string that is not UTF-8 is written with U+FFFD.
  res.set_content(r.body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                  "application/json");
}

}  // namespace

Server::Server(Key, std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() { Stop(); }

Result<std::unique_ptr<Server>> Server::Create(ServeOptions options, Coder coder) {
  if (options.port < 0 || options.port > 65535)
    return Status::InvalidArgument("--port must be from 0 to 65535");
  if (options.allow_ingest && options.token.empty())
    return Status::InvalidArgument(
        "--allow-ingest needs a token (--token or DYAD_TOKEN): ingest is never open to "
        "anyone who can reach the port");
  if (!options.web_dir.empty() && !std::filesystem::is_directory(options.web_dir))
    return Status::NotFound(options.web_dir + ": no such web directory");
  // The store must open now, not at the first request.
  if (auto store = Store::Open(options.db, !options.allow_ingest); !store.ok())
    return store.status();
  auto impl = std::make_unique<Impl>(std::move(options), std::move(coder));
  Impl& s = *impl;
  httplib::Server& http = s.http;
  // Before any route, the page's files too: no request over a limit, and
  // only this server's own Host.
  http.set_pre_routing_handler([&s](const httplib::Request& req, httplib::Response& res) {
    std::string message;
    if (int status = GuardedServer::ViolationStatus(&message); status != 0) {
      res.status = status;
      res.set_content(nlohmann::json{{"error", message}}.dump(), "application/json");
      return httplib::Server::HandlerResponse::Handled;
    }
    const std::string host = req.get_header_value("Host");
    if (s.host_check.Allows(host)) return httplib::Server::HandlerResponse::Unhandled;
    res.status = 403;
    res.set_content(nlohmann::json{{"error", s.host_check.Refusal(host)}}.dump(),
                    "application/json");
    return httplib::Server::HandlerResponse::Handled;
  });

  auto get = [&s](const char* path, ApiResponse (Api::*handler)(const Params&)) {
    s.http.Get(path, [&s, handler](const httplib::Request& req, httplib::Response& res) {
      GuardedServer::Work work(s.http);
      Params params;
      for (const auto& [k, v] : req.params) params.emplace(k, v);
      if (auto bad = InvalidParam(params)) return Reply(res, *bad);
      Reply(res, (s.api.*handler)(params));
    });
  };
  get("/api/health", &Api::Health);
  get("/api/events", &Api::Events);
  get("/api/dyad", &Api::Dyad);
  get("/api/actors", &Api::Actors);
  get("/api/network", &Api::Network);
  get("/api/summary", &Api::Summary);
  get("/api/resolve", &Api::Resolve);
  http.Get(R"(/api/events/(\d+)/mentions)",
           [&s](const httplib::Request& req, httplib::Response& res) {
             GuardedServer::Work work(s.http);
             Reply(res, s.api.Mentions(req.matches[1]));
           });
  http.Post("/api/code", [&s](const httplib::Request& req, httplib::Response& res) {
    GuardedServer::Work work(s.http);
    Reply(res, s.api.Code(req.body, req.get_header_value("Content-Type")));
  });
  http.Post("/api/ingest", [&s](const httplib::Request& req, httplib::Response& res) {
    GuardedServer::Work work(s.http);
    std::string token = req.get_header_value("X-Dyad-Token");
    const std::string auth = req.get_header_value("Authorization");
    if (token.empty() && auth.rfind("Bearer ", 0) == 0) token = auth.substr(7);
    Reply(res, s.api.Ingest(req.body, token));
  });
  if (!s.options.web_dir.empty()) {
    // httplib refuses paths that climb out of the mount ("..").
    http.set_mount_point("/", s.options.web_dir);
  } else {
    http.Get("/", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(kNoWebPage, "text/html; charset=utf-8");
    });
  }
  // Errors as JSON: unknown paths (404), bodies over the limit (413), ...
  http.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    std::string violation;
    if (int status = GuardedServer::ViolationStatus(&violation); status != 0) {
      res.status = status;
      res.set_content(nlohmann::json{{"error", violation}}.dump(), "application/json");
      return;
    }
    if (!res.body.empty()) return;
    std::string message = res.status == 404   ? "not found: " + req.path
                          : res.status == 413 ? "request body over the size limit"
                          : res.status == 400 ? "bad request"
                                              : "error";
    res.set_content(nlohmann::json{{"error", message}}.dump(), "application/json");
  });
  http.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        res.status = 500;
        res.set_content(R"({"error":"internal error"})", "application/json");
      });
  return std::make_unique<Server>(Key(), std::move(impl));
}

Result<int> Server::Bind() {
  Impl& s = *impl_;
  int port =
      s.options.port == 0
          ? s.http.bind_to_any_port(s.options.host)
          : (s.http.bind_to_port(s.options.host, s.options.port) ? s.options.port : -1);
  if (port < 0)
    return Status::IOError("cannot listen on " + s.options.host + ":" +
                           std::to_string(s.options.port) +
                           " (is the port in use, or the host not this machine's?)");
  s.http.WidenBacklog();
  s.port = port;
  return port;
}

Status Server::Run() {
  if (impl_->port < 0) {
    auto bound = Bind();
    if (!bound.ok()) return bound.status();
  }
  if (!impl_->http.listen_after_bind())
    return Status::IOError("the server stopped on error");
  return Status::Ok();
}

void Server::Stop() {
  if (impl_ && impl_->http.is_running()) impl_->http.stop();
}

}  // namespace dyad::server

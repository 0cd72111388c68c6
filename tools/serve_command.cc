// dyad serve: the HTTP API and web page over a store (server/server.h).
#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <thread>

#include "cli_flags.h"
#include "commands.h"
#include "server/server.h"

namespace dyad::cli {
namespace {

constexpr const char* kServeHelp =
    R"(Usage: dyad serve --db PATH|URL [--port 8080] [--host 127.0.0.1] [options]

Serves a JSON API over the store and the web page:
  GET  /api/health                       store totals
  GET  /api/events?actor=&source=&target=&code=&quad=&modality=&text=&from=&to=&limit=&offset=
  GET  /api/events/ID/mentions           every report of an event
  GET  /api/dyad?a=NATO_CODE&b=CHN&by=day|week|month&from=&to=
  GET  /api/actors?limit=   GET /api/network?min=   GET /api/summary?limit=
  GET  /api/resolve?name=NATO            the code a name stands for
  POST /api/code                         code a text (plain, or JSON {"text","date",
                                         "monadic","syntax"})
  POST /api/ingest                       store an article (with --allow-ingest)
Bad parameters get 400 with a JSON error naming them; unknown paths 404;
bodies over the limit 413.

Options:
  --db PATH|URL        the store (required); opened read-only unless
                       --allow-ingest
  --host H             address to bind (default 127.0.0.1: this machine only)
  --allow-host NAME    also answer requests for this host name (repeatable);
                       others than the bound address (and localhost on
                       loopback) get 403, against DNS rebinding
  --port N             port (default 8080; 0 picks a free one)
  --allow-ingest       accept POST /api/ingest, with the token
  --token T            the ingest token (default: $DYAD_TOKEN); required by
                       --allow-ingest, sent as X-Dyad-Token or Bearer
  --max-body MB        largest request body (default 10; a chunked body
                       counts its framing)
  --max-connections N  connections open at once (default 256); beyond, the
                       one idle longest is closed, or 503 when none is idle
  --timeout S          seconds to receive a whole request, and to send a
                       response (default 10)
  --web DIR            the built web page (default: the one built with dyad)
  --threads N          requests handled at once (default 8)
  --dict PATH          dictionaries for /api/code and ingest (as dyad code)
  -h, --help           show this help

Stops cleanly on Ctrl-C or SIGTERM.
)";

// The web page built with dyad, if any: beside the binary, else the build
// tree's copy.
std::string DefaultWebDir() {
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec && std::filesystem::is_regular_file(exe.parent_path() / "web" / "index.html"))
    return (exe.parent_path() / "web").string();
#ifdef DYAD_WEB_DIR
  if (std::filesystem::is_regular_file(std::filesystem::path(DYAD_WEB_DIR) /
                                       "index.html"))
    return DYAD_WEB_DIR;
#endif
  return "";
}

}  // namespace

int RunServe(const std::vector<std::string>& args) {
  auto flags = ParseFlags(args, {{"--db", ""},
                                 {"--host", ""},
                                 {"--allow-host", ""},
                                 {"--port", ""},
                                 {"--allow-ingest", "", false},
                                 {"--token", ""},
                                 {"--max-body", ""},
                                 {"--web", ""},
                                 {"--threads", ""},
                                 {"--max-connections", ""},
                                 {"--timeout", ""},
                                 {"--dict", ""},
                                 {"--dict-format", ""},
                                 {"--help", "-h", false}});
  if (flags.ok() && flags->Has("--help")) {
    std::cout << kServeHelp;
    return kExitOk;
  }
  std::string usage = !flags.ok()           ? flags.status().message()
                      : !flags->Has("--db") ? "--db PATH|URL is required"
                      : !flags->positionals.empty()
                          ? "unexpected argument '" + flags->positionals[0] + "'"
                          : "";
  server::ServeOptions options;
  auto number = [&](const char* name, long fallback, long lo, long hi) -> long {
    long n = fallback;
    if (std::string bad = BadNumberFlag(*flags, name, fallback, lo, hi, &n); !bad.empty())
      usage = bad;
    return n;
  };
  if (usage.empty()) {
    options.db = flags->Get("--db");
    options.host = flags->Get("--host", "127.0.0.1");
    options.allowed_hosts = flags->All("--allow-host");
    options.port = static_cast<int>(number("--port", 8080, 0, 65535));
    options.max_body = static_cast<std::size_t>(number("--max-body", 10, 1, 4096)) << 20;
    options.threads = static_cast<int>(number("--threads", 8, 1, 256));
    options.max_connections =
        static_cast<std::size_t>(number("--max-connections", 256, 1, 4096));
    options.timeout_seconds = static_cast<int>(number("--timeout", 10, 1, 3600));
    options.allow_ingest = flags->Has("--allow-ingest");
    const char* env = std::getenv("DYAD_TOKEN");
    options.token = flags->Get("--token", env ? env : "");
    options.web_dir = flags->Get("--web", DefaultWebDir());
  }
  if (!usage.empty()) {
    std::cerr << "dyad serve: " << usage << "\nTry 'dyad serve --help'.\n";
    return kExitUsage;
  }
  auto dictionary = LoadDictionary(*flags);
  if (!dictionary) return DictionaryFailure(*flags);
  // Signals go to one waiting thread, which stops the server cleanly.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGINT);
  sigaddset(&signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);
  auto server = server::Server::Create(options, Coder(std::move(*dictionary)));
  if (!server.ok()) {
    std::cerr << "dyad serve: " << server.status().message() << "\n";
    return kExitBadInput;
  }
  auto port = (*server)->Bind();
  if (!port.ok()) {
    std::cerr << "dyad serve: " << port.status().message() << "\n";
    return kExitBadInput;
  }
  std::cerr << "dyad serve: http://" << options.host << ":" << *port << "/ (store "
            << options.db << (options.allow_ingest ? ", ingest allowed" : ", read-only")
            << (options.web_dir.empty() ? ", no web page built" : "") << ")" << std::endl;
  std::jthread waiter([&](std::stop_token) {
    int sig = 0;
    sigwait(&signals, &sig);
    (*server)->Stop();
  });
  Status s = (*server)->Run();
  pthread_kill(waiter.native_handle(), SIGTERM);  // wakes the waiter if still waiting
  return s.ok() ? kExitOk : kExitBadInput;
}

}  // namespace dyad::cli

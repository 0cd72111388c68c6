// The server's soak test (issue 14): dyad serve on a loopback port, under
// 8 clients each sending REQUESTS mixed API requests, while `dyad ingest`
// writes the same store from another process, 200 idle connections stay
// open and a slow client trickles a request. Bounded: it stops by itself.
//
//   bench_soak DYAD [REQUESTS=2000]
//
// Prints the throughput and the p50/p99 latency; exits 1 when any request
// got a 5xx or no answer (a lost request), or the slow client held the
// server (tests/CMakeLists.txt runs a short version).
#include <arpa/inet.h>
#include <httplib.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

const char* kCountries[] = {"Iran", "Israel", "China",   "Japan", "France",
                            "Mali", "Russia", "Georgia", "Egypt", "Sudan"};

// Starts `args` with stdout and stderr to `log`; its pid.
pid_t Spawn(const std::vector<std::string>& args, const fs::path& log) {
  const pid_t pid = fork();
  if (pid == 0) {
    FILE* f = std::fopen(log.c_str(), "w");
    if (f) dup2(fileno(f), 1), dup2(fileno(f), 2);
    std::vector<char*> argv;
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  return pid;
}

// Writes `docs` articles as one JSON Lines file.
void WriteArticles(const fs::path& file, int first, int docs) {
  std::ofstream out(file);
  for (int i = first; i < first + docs; ++i) {
    const char* a = kCountries[i % 10];
    const char* b = kCountries[(i * 7 + 3) % 10];
    out << "{\"id\":\"soak-" << i << "\",\"date\":\"2024-07-" << 10 + i % 18
        << "\",\"text\":\"" << a << " condemned " << b << " on Monday. " << b
        << " accused " << a << " of lying. Talks were held for " << i % 97
        << " hours.\"}\n";
  }
}

int Connect(int port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(port));
  inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
  if (connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: bench_soak DYAD [REQUESTS=2000]\n");
    return 2;
  }
  const std::string dyad = argv[1];
  const int requests = argc > 2 ? std::max(1, std::atoi(argv[2])) : 2000;
  constexpr int kClients = 8, kIdle = 200;
  const fs::path dir =
      fs::temp_directory_path() / ("dyad_soak_" + std::to_string(getpid()));
  fs::create_directories(dir);
  const std::string db = (dir / "soak.db").string();
  WriteArticles(dir / "first.jsonl", 0, 50);
  if (std::system((dyad + " ingest --db " + db + " " + (dir / "first.jsonl").string() +
                   " 2>/dev/null")
                      .c_str()) != 0) {
    std::fprintf(stderr, "bench_soak: the first ingest failed\n");
    return 1;
  }
  // A fixed free port: bind port 0, read it, let it go.
  int port = 0;
  {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
    socklen_t len = sizeof addr;
    bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len);
    port = ntohs(addr.sin_port);
    close(fd);
  }
  const pid_t server =
      Spawn({dyad, "serve", "--db", db, "--port", std::to_string(port), "--timeout", "5"},
            dir / "serve.log");
  httplib::Client probe("127.0.0.1", port);
  bool up = false;
  for (int i = 0; i < 100 && !up; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    auto r = probe.Get("/api/health");
    up = r && r->status == 200;
  }
  if (!up) {
    std::fprintf(stderr, "bench_soak: dyad serve did not start (%s)\n",
                 (dir / "serve.log").c_str());
    kill(server, SIGTERM);
    return 1;
  }
  // Another process writes the store meanwhile.
  WriteArticles(dir / "more.jsonl", 50, 2000);
  const pid_t ingest = Spawn({dyad, "ingest", "--db", db, (dir / "more.jsonl").string()},
                             dir / "ingest.log");
  std::vector<int> idle;
  for (int i = 0; i < kIdle; ++i)
    if (int fd = Connect(port); fd >= 0) idle.push_back(fd);
  // The slow client: a byte of its request every 100 ms.
  std::atomic<bool> done{false};
  std::thread slow([&] {
    while (!done) {
      const int fd = Connect(port);
      const std::string request = "GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX: ";
      for (std::size_t i = 0; !done && i < request.size() + 100; ++i) {
        const char c = i < request.size() ? request[i] : 'a';
        if (send(fd, &c, 1, MSG_NOSIGNAL) <= 0) break;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
      }
      close(fd);
    }
  });
  const std::vector<std::string> paths = {"/api/health",
                                          "/api/events?limit=20",
                                          "/api/events?actor=IRN&code=11",
                                          "/api/dyad?a=IRN&b=ISR&by=week",
                                          "/api/actors",
                                          "/api/network?min=1",
                                          "/api/summary",
                                          "/api/resolve?name=Beijing",
                                          "/api/events?limit=5&offset=10"};
  std::vector<std::vector<double>> latencies(kClients);
  std::atomic<int> errors{0}, lost{0};
  const auto start = Clock::now();
  std::vector<std::thread> clients;
  for (int c = 0; c < kClients; ++c) {
    clients.emplace_back([&, c] {
      httplib::Client client("127.0.0.1", port);
      client.set_keep_alive(true);
      client.set_read_timeout(30, 0);
      for (int i = 0; i < requests; ++i) {
        const auto t0 = Clock::now();
        httplib::Result r =
            i % 10 == 9 ? client.Post("/api/code", "Iran condemned Israel.", "text/plain")
                        : client.Get(paths[(i + c) % paths.size()].c_str());
        latencies[c].push_back(
            std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
        if (!r) {
          ++lost;
          std::fprintf(stderr, "bench_soak: no answer (%s)\n",
                       httplib::to_string(r.error()).c_str());
        } else if (r->status >= 500) {
          ++errors;
          std::fprintf(stderr, "bench_soak: %d %s\n", r->status, r->body.c_str());
        }
      }
    });
  }
  for (auto& t : clients) t.join();
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  done = true;
  slow.join();
  for (int fd : idle) close(fd);
  int status = 0;
  waitpid(ingest, &status, 0);
  kill(server, SIGTERM);
  int server_status = 0;
  waitpid(server, &server_status, 0);
  std::vector<double> all;
  for (const auto& l : latencies) all.insert(all.end(), l.begin(), l.end());
  std::sort(all.begin(), all.end());
  auto at = [&](double q) { return all[static_cast<std::size_t>(q * (all.size() - 1))]; };
  std::printf(
      "bench_soak: %zu requests from %d clients in %.1f s: %.0f requests/s, latency p50 "
      "%.1f "
      "ms, p99 %.1f ms, max %.1f ms; %d idle connections and a slow client; ingest exit "
      "%d; "
      "5xx %d, lost %d\n",
      all.size(), kClients, seconds, all.size() / seconds, at(0.5), at(0.99), all.back(),
      static_cast<int>(idle.size()), WIFEXITED(status) ? WEXITSTATUS(status) : -1,
      errors.load(), lost.load());
  fs::remove_all(dir);
  const bool ok = errors == 0 && lost == 0 && idle.size() == kIdle && WIFEXITED(status) &&
                  WEXITSTATUS(status) == 0;
  return ok ? 0 : 1;
}

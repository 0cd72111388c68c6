// dyad serve against hostile clients (issue 14): each test is an attack
// that worked before the server was guarded (guarded_server.h).
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <string>
#include <vector>

#include "server/server_fixture.h"

namespace dyad::server {
namespace {

using Clock = std::chrono::steady_clock;

class AbuseTest : public ApiTest {
 protected:
  int Connect() {
    const int fd = socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<std::uint16_t>(port_));
    inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
    EXPECT_EQ(connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
    return fd;
  }
  std::string Host() { return "Host: 127.0.0.1:" + std::to_string(port_) + "\r\n"; }

  // Sends `request` and reads until the server closes or `wait` passes.
  std::string Exchange(const std::string& request,
                       std::chrono::milliseconds wait = std::chrono::seconds(5)) {
    const int fd = Connect();
    std::string answer = Send(fd, request, wait);
    close(fd);
    return answer;
  }
  std::string Send(int fd, const std::string& request, std::chrono::milliseconds wait) {
    for (std::size_t sent = 0; sent < request.size();) {
      const ssize_t n =
          send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
      if (n <= 0) break;  // the server may refuse before the end
      sent += static_cast<std::size_t>(n);
    }
    return ReadAll(fd, wait);
  }
  static std::string ReadAll(int fd, std::chrono::milliseconds wait) {
    std::string answer;
    const auto end = Clock::now() + wait;
    char buf[65536];
    while (Clock::now() < end) {
      pollfd p{fd, POLLIN, 0};
      if (poll(&p, 1, 100) <= 0) continue;
      const ssize_t n = recv(fd, buf, sizeof buf, 0);
      if (n <= 0) break;
      answer.append(buf, static_cast<std::size_t>(n));
    }
    return answer;
  }
  static int StatusOf(const std::string& answer) {
    return answer.rfind("HTTP/1.1 ", 0) == 0 ? std::atoi(answer.c_str() + 9) : -1;
  }
};

TEST_F(AbuseTest, InvalidUtf8InAParameterIsA400NamingIt) {
  Start();
  const std::string answer =
      Exchange("GET /api/events?limit=5&actor=%FF%FE HTTP/1.1\r\n" + Host() +
               "Connection: close\r\n\r\n");
  EXPECT_EQ(StatusOf(answer), 400) << answer;
  EXPECT_NE(answer.find("parameter 'actor' is not valid UTF-8"), std::string::npos)
      << answer;
}

TEST_F(AbuseTest, ManyRangesGetTheWholeFileOnce) {
  Start();
  std::string ranges = "bytes=0-";
  for (int i = 0; i < 999; ++i) ranges += ",0-";
  const std::string answer =
      Exchange("GET /index.html HTTP/1.1\r\n" + Host() + "Range: " + ranges +
               "\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(StatusOf(answer), 200) << answer.substr(0, 300);
  EXPECT_LT(answer.size(), 1000u);
  EXPECT_NE(answer.find("<html>dyad page</html>"), std::string::npos);
  // One range is still served as one.
  const std::string one = Exchange("GET /index.html HTTP/1.1\r\n" + Host() +
                                   "Range: bytes=0-5\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(StatusOf(one), 206) << one;
}

TEST_F(AbuseTest, AChunkedBodyOverMaxBodyIsRefused) {
  Start();  // --max-body 4096 bytes
  std::string request = "POST /api/code HTTP/1.1\r\n" + Host() +
                        "Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n";
  for (int i = 0; i < 8; ++i) request += "800\r\n" + std::string(0x800, 'a') + "\r\n";
  request += "0\r\n\r\n";
  const std::string answer = Exchange(request);
  EXPECT_EQ(StatusOf(answer), 413) << answer;
  // A small chunked body is read.
  const std::string small = Exchange("POST /api/code HTTP/1.1\r\n" + Host() +
                                     "Content-Type: text/plain\r\nTransfer-Encoding: "
                                     "chunked\r\nConnection: close\r\n\r\n"
                                     "17\r\nNATO criticised China.\n\r\n0\r\n\r\n");
  EXPECT_EQ(StatusOf(small), 200) << small;
}

TEST_F(AbuseTest, TooManyOrTooLargeHeadersAre431) {
  Start();
  std::string many = "GET /api/health HTTP/1.1\r\n" + Host();
  for (int i = 0; i < 500; ++i) many += "X-N" + std::to_string(i) + ": 1\r\n";
  EXPECT_EQ(StatusOf(Exchange(many + "\r\n")), 431);
  std::string large = "GET /api/health HTTP/1.1\r\n" + Host();
  for (int i = 0; i < 60; ++i)
    large += "X-L" + std::to_string(i) + ": " + std::string(2000, 'x') + "\r\n";
  EXPECT_EQ(StatusOf(Exchange(large + "\r\n")), 431);
  // A request of ordinary size is answered.
  EXPECT_EQ(StatusOf(Exchange("GET /api/health HTTP/1.1\r\n" + Host() +
                              "Connection: close\r\n\r\n")),
            200);
}

TEST_F(AbuseTest, IdleConnectionsDoNotStarveOthers) {
  Start();
  std::vector<int> idle;
  for (int i = 0; i < 200; ++i) idle.push_back(Connect());
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  const auto start = Clock::now();
  for (int i = 0; i < 5; ++i) EXPECT_EQ(Get("/api/health")["status"], "ok");
  EXPECT_LT(Clock::now() - start, std::chrono::seconds(1));
  for (int fd : idle) close(fd);
}

TEST_F(AbuseTest, ConnectionsAreCappedAndIdleOnesGiveWay) {
  options_.max_connections = 8;
  // Busy connections must hold their places for the whole test, however
  // slowly a loaded machine lets the server see them.
  options_.timeout_seconds = 30;
  Start();
  std::vector<int> idle;
  for (int i = 0; i < 8; ++i) idle.push_back(Connect());
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  EXPECT_EQ(Get("/api/health")["status"], "ok");  // one idle one was closed
  // Connections busy sending a request do not give way: once busy ones hold
  // every place, a new one gets 503. A busy one that comes while the idle
  // ones it evicts are still leaving may itself be refused, and a loaded
  // machine decides the order: so busy ones keep coming until the places
  // are full (a server with no cap never fills).
  std::vector<int> busy;
  std::string answer;
  for (int i = 0; i < 40 && StatusOf(answer) != 503; ++i) {
    busy.push_back(Connect());
    const std::string part = "GET /api/health HTTP/1.1\r\n";
    EXPECT_GT(send(busy.back(), part.data(), part.size(), MSG_NOSIGNAL), 0);
    if (busy.size() < 8) continue;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    answer = Exchange("GET /api/health HTTP/1.1\r\n" + Host() + "\r\n",
                      std::chrono::seconds(1));
  }
  EXPECT_EQ(StatusOf(answer), 503) << answer;
  for (int fd : idle) close(fd);
  for (int fd : busy) close(fd);
}

TEST_F(AbuseTest, ATrickledRequestIsCutAtTheTimeout) {
  Start();  // a request must arrive within 2 s, however slowly
  const int fd = Connect();
  const std::string head = "GET /api/health HTTP/1.1\r\n" + Host() + "X-Slow: ";
  ASSERT_GT(send(fd, head.data(), head.size(), MSG_NOSIGNAL), 0);
  const auto start = Clock::now();
  std::string answer;
  while (answer.empty() && Clock::now() - start < std::chrono::seconds(8)) {
    if (send(fd, "a", 1, MSG_NOSIGNAL) <= 0) break;  // a byte every 150 ms
    answer = ReadAll(fd, std::chrono::milliseconds(150));
  }
  EXPECT_LT(Clock::now() - start, std::chrono::seconds(4));
  EXPECT_EQ(StatusOf(answer), 408) << answer;
  close(fd);
}

}  // namespace
}  // namespace dyad::server

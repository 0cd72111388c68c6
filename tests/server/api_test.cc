// The HTTP API against a server the test starts on a free loopback port,
// over a store of two articles.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "dyad/coder.h"
#include "dyad/store.h"
#include "server/server.h"
#include "server/server_fixture.h"

namespace dyad::server {
namespace {

TEST_F(ApiTest, QueriesAnswerAsJson) {
  Start();
  json health = Get("/api/health");
  EXPECT_EQ(health["status"], "ok");
  EXPECT_EQ(health["documents"], 2);
  EXPECT_EQ(health["ingest"], false);

  json events = Get("/api/events?actor=CHN&code=11");
  ASSERT_FALSE(events["events"].empty());
  json first = events["events"][0];
  EXPECT_EQ(first["source"], "IGOWSTNAT");
  EXPECT_EQ(first["target"], "CHN");
  EXPECT_EQ(first["num_articles"], 2);  // both articles report it

  json mentions =
      Get("/api/events/" + std::to_string(first["id"].get<long>()) + "/mentions");
  ASSERT_EQ(mentions["mentions"].size(), 2u);
  EXPECT_EQ(mentions["mentions"][1]["doc"], "a2");
  EXPECT_EQ(mentions["mentions"][1]["trigger"], "criticised");

  json series = Get("/api/dyad?a=IGOWSTNAT&b=CHN&by=day");
  ASSERT_FALSE(series["series"].empty());
  EXPECT_EQ(series["series"][0]["period"], "2024-07-11");
  json actors = Get("/api/actors")["actors"];
  ASSERT_FALSE(actors.empty());
  for (const auto& a : actors) {
    if (a["actor"] != "CHN") continue;
    EXPECT_EQ(a["name"], "China");
  }
  EXPECT_EQ(series["b_name"], "China");
  json network = Get("/api/network");
  EXPECT_FALSE(network["nodes"].empty());
  EXPECT_FALSE(network["edges"].empty());
  EXPECT_EQ(Get("/api/summary")["documents"], 2);
  EXPECT_EQ(Get("/api/resolve?name=NATO")["code"], "IGOWSTNAT");
  EXPECT_EQ(Get("/api/resolve?name=the%20United%20States")["code"], "USA");
  Get("/api/resolve?name=Gondor", 404);
  Get("/api/resolve", 400);
}

TEST_F(ApiTest, BadRequestsAreClearErrors) {
  Start();
  EXPECT_NE(Get("/api/events?quad=9", 400)["error"].get<std::string>().find("'quad'"),
            std::string::npos);
  EXPECT_NE(
      Get("/api/events?from=2024-13-01", 400)["error"].get<std::string>().find("'from'"),
      std::string::npos);
  EXPECT_NE(Get("/api/dyad?a=CHN", 400)["error"].get<std::string>().find("'b'"),
            std::string::npos);
  EXPECT_NE(
      Get("/api/dyad?a=CHN&b=USA&by=year", 400)["error"].get<std::string>().find("'by'"),
      std::string::npos);
  Get("/api/events/999/mentions", 404);
  Get("/api/nothing-here", 404);
  auto big = client_->Post("/api/code", std::string(10000, 'a'), "text/plain");
  ASSERT_TRUE(big);
  EXPECT_EQ(big->status, 413);
  auto bad_json = client_->Post("/api/code", "{not json", "application/json");
  ASSERT_TRUE(bad_json);
  EXPECT_EQ(bad_json->status, 400);
  // Static files: the page, and nothing outside its folder.
  auto page = client_->Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_NE(page->body.find("dyad page"), std::string::npos);
  auto escape = client_->Get("/../secret.txt");
  ASSERT_TRUE(escape);
  EXPECT_NE(escape->status, 200);
  EXPECT_EQ(escape->body.find("not for the web"), std::string::npos);
}

TEST_F(ApiTest, CodesPostedTextWithoutStoringIt) {
  Start();
  auto r = client_->Post("/api/code",
                         R"({"text":"Iran condemned Israel.","date":"2024-01-02"})",
                         "application/json");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  json events = json::parse(r->body)["events"];
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0]["source"], "IRN");
  EXPECT_EQ(events[0]["evidence"]["trigger"]["text"], "condemned");
  r = client_->Post("/api/code", "Iran condemned Israel.", "text/plain");
  ASSERT_TRUE(r);
  EXPECT_EQ(json::parse(r->body)["events"].size(), 1u);
  // One-actor events only when asked for, as dyad code --monadic.
  const std::string monadic =
      R"({"text":"Police fired tear gas in Minsk.","date":"2024-01-02")";
  r = client_->Post("/api/code", monadic + "}", "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(json::parse(r->body)["events"].size(), 0u) << r->body;
  r = client_->Post("/api/code", monadic + R"(,"monadic":true,"syntax":true})",
                    "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(json::parse(r->body)["events"].size(), 1u) << r->body;
  r = client_->Post("/api/code", monadic + R"(,"monadic":"yes"})", "application/json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_NE(r->body.find("'monadic' must be true or false"), std::string::npos);
  EXPECT_EQ(Get("/api/health")["documents"], 2);  // nothing stored
}

// A web page posted as HTML: its article is coded, and the answer carries
// the extracted text the evidence offsets point into.
TEST_F(ApiTest, CodesAPostedWebPage) {
  Start();
  const std::string page =
      "<html><head><title>Condemnation | News</title>"
      "<link rel=canonical href=\"https://news.example/2024/01/02/iran\"></head><body>"
      "<nav><a href=/>Home</a> <a href=/world>World</a></nav><article>"
      "<p>Iran condemned Israel on Tuesday after the strike on its embassy, officials "
      "said.</p>"
      "<div class=share-bar><a href=#>Share this story</a></div></article></body></html>";
  auto r = client_->Post("/api/code", page, "text/html; charset=utf-8");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  json answer = json::parse(r->body);
  EXPECT_EQ(answer["url"], "https://news.example/2024/01/02/iran");
  EXPECT_EQ(answer["date"], "2024-01-02");
  const std::string text = answer["text"];
  EXPECT_EQ(text.find("Share"), std::string::npos) << text;
  ASSERT_GE(answer["events"].size(), 1u) << r->body;
  const json& trigger = answer["events"][0]["evidence"]["trigger"];
  EXPECT_EQ(text.substr(
                trigger["begin"].get<std::size_t>(),
                trigger["end"].get<std::size_t>() - trigger["begin"].get<std::size_t>()),
            "condemned");
  r = client_->Post("/api/code", "<html><body><a href=/a>Only a link</a></body></html>",
                    "text/html");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 400);
  EXPECT_NE(r->body.find("no article text"), std::string::npos) << r->body;
}

TEST_F(ApiTest, IngestNeedsTheFlagAndTheToken) {
  Start();
  const std::string article =
      R"({"id":"a3","date":"2024-07-12","text":"Iran condemned Israel."})";
  auto off = client_->Post("/api/ingest", article, "application/json");
  ASSERT_TRUE(off);
  EXPECT_EQ(off->status, 403);
  server_->Stop();
  thread_.join();

  Start(/*allow_ingest=*/true);
  auto no_token = client_->Post("/api/ingest", article, "application/json");
  ASSERT_TRUE(no_token);
  EXPECT_EQ(no_token->status, 401);
  httplib::Headers headers = {{"X-Dyad-Token", "s3cret"}};
  auto ok = client_->Post("/api/ingest", headers, article, "application/json");
  ASSERT_TRUE(ok);
  ASSERT_EQ(ok->status, 200) << ok->body;
  EXPECT_EQ(json::parse(ok->body)["outcome"], "added");
  EXPECT_EQ(Get("/api/health")["documents"], 3);
  auto missing =
      client_->Post("/api/ingest", headers, R"({"id":"a4"})", "application/json");
  ASSERT_TRUE(missing);
  EXPECT_EQ(missing->status, 400);
}

TEST_F(ApiTest, ASlowClientDoesNotStallOthers) {
  Start();
  // A client that sends half a request and waits.
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<std::uint16_t>(port_));
  inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
  ASSERT_EQ(connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  const char partial[] = "GET /api/health HTTP/1.1\r\nHost: x\r\n";
  ASSERT_GT(write(fd, partial, sizeof partial - 1), 0);
  auto start = std::chrono::steady_clock::now();
  EXPECT_EQ(Get("/api/health")["status"], "ok");
  EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(2));
  close(fd);
}

TEST_F(ApiTest, AnswersOnlyItsOwnHost) {
  Start();
  // DNS rebinding: a page at attacker.example, its name now resolving to
  // 127.0.0.1, asks with its own name as the Host. The page's files too.
  for (const char* path : {"/api/summary", "/api/events", "/"}) {
    auto r = client_->Get(path, {{"Host", "attacker.example:" + std::to_string(port_)}});
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 403) << path;
    EXPECT_NE(r->body.find("attacker.example"), std::string::npos) << r->body;
    EXPECT_EQ(r->body.find("NATO"), std::string::npos) << r->body;
  }
  auto posted = client_->Post("/api/code", {{"Host", "attacker.example"}},
                              "NATO criticised China.", "text/plain");
  ASSERT_TRUE(posted);
  EXPECT_EQ(posted->status, 403);
  // Its own address and localhost are answered.
  for (std::string host :
       {"127.0.0.1:" + std::to_string(port_), "localhost:" + std::to_string(port_)}) {
    auto r = client_->Get("/api/summary", {{"Host", host}});
    ASSERT_TRUE(r) << host;
    EXPECT_EQ(r->status, 200) << host << ": " << r->body;
  }
}

TEST(ServerCreateTest, RefusesUnsafeOrBrokenSetups) {
  ServeOptions o;
  o.db = "/nonexistent/dir/x.db";
  EXPECT_FALSE(Server::Create(o, Coder(*Dictionary::Default())).ok());
  o.db = (fs::temp_directory_path() / "dyad_create_test.db").string();
  o.allow_ingest = true;  // without a token
  auto s = Server::Create(o, Coder(*Dictionary::Default()));
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("token"), std::string::npos);
  fs::remove(o.db);
}

}  // namespace
}  // namespace dyad::server

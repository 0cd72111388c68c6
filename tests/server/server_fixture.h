// A server over a store of two articles, started by a test on a free
// loopback port, and a client for it.
#ifndef DYAD_TESTS_SERVER_SERVER_FIXTURE_H_
#define DYAD_TESTS_SERVER_SERVER_FIXTURE_H_

#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "dyad/coder.h"
#include "dyad/store.h"
#include "server/server.h"

namespace dyad::server {

namespace fs = std::filesystem;
using nlohmann::json;

class ApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("dyad_api_" + std::to_string(getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_ / "web");
    std::ofstream(dir_ / "web" / "index.html") << "<html>dyad page</html>";
    std::ofstream(dir_ / "secret.txt") << "not for the web";
    db_ = (dir_ / "events.db").string();
    auto store = Store::Open(db_);
    ASSERT_TRUE(store.ok());
    const Coder coder(*Dictionary::Default());
    for (const auto& [id, text] :
         {std::pair{"a1", "NATO leaders criticised China. China denied the accusation."},
          std::pair{"a2", "NATO criticised China over its support for Russia."}}) {
      Document d;
      d.id = id;
      d.date = "2024-07-11";
      d.text = text;
      ASSERT_TRUE((*store)->Ingest(d, coder.Code(d)).ok());
    }
  }
  void TearDown() override {
    if (server_) server_->Stop();
    if (thread_.joinable()) thread_.join();
    server_.reset();
    fs::remove_all(dir_);
  }

  void Start(bool allow_ingest = false) {
    ServeOptions o = options_;
    o.db = db_;
    o.port = 0;
    o.allow_ingest = allow_ingest;
    o.token = allow_ingest ? "s3cret" : "";
    o.max_body = 4096;
    o.web_dir = (dir_ / "web").string();
    auto s = Server::Create(o, Coder(*Dictionary::Default()));
    ASSERT_TRUE(s.ok()) << s.status().message();
    server_ = std::move(*s);
    auto port = server_->Bind();
    ASSERT_TRUE(port.ok()) << port.status().message();
    port_ = *port;
    thread_ = std::thread([this] { (void)server_->Run(); });
    client_ = std::make_unique<httplib::Client>("127.0.0.1", port_);
    client_->set_read_timeout(5, 0);
  }

  json Get(const std::string& path, int expect = 200) {
    auto r = client_->Get(path.c_str());
    EXPECT_TRUE(r) << path;
    if (!r) return {};
    EXPECT_EQ(r->status, expect) << path << ": " << r->body;
    EXPECT_EQ(r->get_header_value("Content-Type"), "application/json") << path;
    return json::parse(r->body, nullptr, false);
  }

  fs::path dir_;
  std::string db_;
  std::unique_ptr<Server> server_;
  std::thread thread_;
  int port_ = 0;
  // What Start() begins with; a request must arrive within 2 s, so that the
  // tests of slow clients are quick.
  ServeOptions options_ = [] {
    ServeOptions o;
    o.timeout_seconds = 2;
    return o;
  }();
  std::unique_ptr<httplib::Client> client_;
};

}  // namespace dyad::server

#endif  // DYAD_TESTS_SERVER_SERVER_FIXTURE_H_

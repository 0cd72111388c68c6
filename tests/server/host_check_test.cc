#include "server/host_check.h"

#include <gtest/gtest.h>

namespace dyad::server {
namespace {

TEST(HostCheckTest, ReadsTheNameOutOfAHostHeader) {
  EXPECT_EQ(HostCheck::HostName("127.0.0.1:8080"), "127.0.0.1");
  EXPECT_EQ(HostCheck::HostName("[::1]:8080"), "::1");
  EXPECT_EQ(HostCheck::HostName("::1"), "::1");
  EXPECT_EQ(HostCheck::HostName("Example.ORG.:80"), "example.org");
  EXPECT_EQ(HostCheck::HostName("localhost"), "localhost");
}

TEST(HostCheckTest, OnLoopbackAnswersOnlyLoopbackNames) {
  HostCheck check("127.0.0.1", {});
  EXPECT_TRUE(check.Allows("127.0.0.1:8080"));
  EXPECT_TRUE(check.Allows("localhost:8080"));
  EXPECT_TRUE(check.Allows("LOCALHOST"));
  EXPECT_TRUE(check.Allows("[::1]:8080"));
  // A rebinding page: its own name, resolved to 127.0.0.1.
  EXPECT_FALSE(check.Allows("attacker.example:8080"));
  EXPECT_FALSE(check.Allows("localhost.attacker.example"));
  EXPECT_FALSE(check.Allows("192.168.1.10:8080"));
  EXPECT_FALSE(check.Allows(""));
  EXPECT_NE(check.Refusal("attacker.example:8080").find("--allow-host attacker.example"),
            std::string::npos);
}

TEST(HostCheckTest, AllowedNamesAndOtherListeningAddresses) {
  HostCheck named("127.0.0.1", {"dyad.lan"});
  EXPECT_TRUE(named.Allows("dyad.lan:8080"));
  EXPECT_TRUE(named.Allows("DYAD.lan."));
  EXPECT_FALSE(named.Allows("other.lan"));

  HostCheck lan("192.168.1.5", {});
  EXPECT_TRUE(lan.Allows("192.168.1.5:8080"));
  EXPECT_FALSE(lan.Allows("localhost:8080"));
  EXPECT_FALSE(lan.Allows("example.com"));

  // On every interface: any address literal, never a foreign name.
  HostCheck all("0.0.0.0", {});
  EXPECT_TRUE(all.Allows("10.0.0.7:8080"));
  EXPECT_TRUE(all.Allows("[fe80::1]:8080"));
  EXPECT_TRUE(all.Allows("localhost"));
  EXPECT_FALSE(all.Allows("attacker.example"));
}

}  // namespace
}  // namespace dyad::server

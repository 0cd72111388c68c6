#include "dyad/warc.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "extract/warc_builder.h"

namespace dyad::warc {
namespace {

using dyad::testing::GzipMember;
using dyad::testing::HttpResponseBlock;
using dyad::testing::JoinRecords;
using dyad::testing::PageRecords;
using dyad::testing::WarcRecord;

std::string Page(const std::string& name) {
  std::ifstream in(std::string(DYAD_SOURCE_DIR) + "/tests/extract/pages/" + name,
                   std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A small crawl: warcinfo, three English articles, a French one in the
// middle, an image, a redirect and an index page.
std::vector<std::string> Crawl() {
  std::vector<std::string> r = {
      WarcRecord("warcinfo", "", "application/warc-fields", "software: dyad-tests\r\n")};
  auto add = [&](std::vector<std::string> more) {
    for (auto& m : more) r.push_back(std::move(m));
  };
  add(PageRecords("https://harbourcourier.example/?p=4821", Page("wordpress.html")));
  add(PageRecords("https://lequotidien.example/lyon", Page("french.html")));
  add(PageRecords("https://meridian.example/world/4410", Page("jsonld.html")));
  add(PageRecords("https://img.example/a.png", "\x89PNG...", "image/png"));
  r.push_back(WarcRecord("response", "https://x.example/old",
                         "application/http; msgtype=response",
                         HttpResponseBlock("text/html", "<p>moved</p>", 301)));
  add(PageRecords("https://ledger.example/world", Page("index.html")));
  add(PageRecords("https://wire.example/live", Page("liveblog.html")));
  return r;
}

struct Read {
  std::vector<Document> docs;
  std::vector<std::string> errors;
  std::map<std::string, std::size_t> skipped;
};

Read ReadAll(const std::string& bytes, std::size_t max = 1 << 20) {
  std::istringstream in(bytes);
  WarcArticles articles(in, "crawl.warc.gz", max);
  Read out;
  Document doc;
  for (int guard = 0; guard < 1000; ++guard) {
    Result<bool> got = articles.Next(&doc);
    if (!got.ok()) {
      out.errors.push_back(got.status().message());
      continue;
    }
    if (!*got) break;
    out.docs.push_back(doc);
  }
  out.skipped = articles.skipped();
  return out;
}

void ExpectTheCrawl(const Read& r) {
  ASSERT_EQ(r.docs.size(), 3u);
  EXPECT_EQ(r.docs[0].id, "https://harbourcourier.example/?p=4821");
  EXPECT_EQ(r.docs[0].url,
            "https://harbourcourier.example/2024/07/11/ministers-meet-in-vilnius/");
  EXPECT_EQ(r.docs[0].date, "2024-07-11");  // the page's own date
  EXPECT_EQ(r.docs[1].id, "https://meridian.example/world/4410");
  EXPECT_EQ(r.docs[1].date, "2023-11-03");
  EXPECT_EQ(r.docs[2].date, "2024-06-28");
  EXPECT_EQ(r.skipped.at("not English"), 1u);
  EXPECT_EQ(r.skipped.at("not HTML"), 1u);
  EXPECT_EQ(r.skipped.at("HTTP status not 200"), 1u);
  EXPECT_EQ(r.skipped.at("no article text"), 1u);
}

TEST(WarcArticlesTest, PlainWarc) {
  Read r = ReadAll(JoinRecords(Crawl(), false));
  EXPECT_TRUE(r.errors.empty()) << r.errors[0];
  ExpectTheCrawl(r);
}

TEST(WarcArticlesTest, GzipMemberPerRecord) {
  Read r = ReadAll(JoinRecords(Crawl(), true));
  EXPECT_TRUE(r.errors.empty()) << r.errors[0];
  ExpectTheCrawl(r);
}

TEST(WarcArticlesTest, OneGzipMemberForTheWholeFile) {
  Read r = ReadAll(GzipMember(JoinRecords(Crawl(), false)));
  EXPECT_TRUE(r.errors.empty()) << r.errors[0];
  ExpectTheCrawl(r);
}

TEST(WarcArticlesTest, RecordDateWhenThePageHasNone) {
  const std::string html =
      "<html><body><p>Government troops and rebels exchanged fire near the northern city "
      "on Sunday, local officials said, the third clash this month.</p></body></html>";
  Read r = ReadAll(JoinRecords(PageRecords("https://x.example/story", html), true));
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].date, "2024-07-12");
}

TEST(WarcArticlesTest, TruncatedLastGzipMember) {
  // The archive ends halfway through the live blog's response member.
  std::vector<std::string> records = Crawl();
  records.pop_back();  // its metadata record
  std::string bytes;
  for (std::size_t i = 0; i + 1 < records.size(); ++i) bytes += GzipMember(records[i]);
  const std::string last = GzipMember(records.back());
  bytes += last.substr(0, last.size() / 2);
  Read r = ReadAll(bytes);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].find("crawl.warc.gz: record at offset"), std::string::npos)
      << r.errors[0];
  EXPECT_NE(r.errors[0].find("truncated gzip member"), std::string::npos) << r.errors[0];
  EXPECT_EQ(r.docs.size(), 2u);  // the live blog is lost, the others are read
}

TEST(WarcArticlesTest, CorruptGzipMemberIsSkipped) {
  std::vector<std::string> records = Crawl();
  std::string bytes;
  for (std::size_t i = 0; i < records.size(); ++i) {
    std::string member = GzipMember(records[i]);
    if (i == 2) member[member.size() / 2] ^= 0x55;  // the WordPress page's response
    bytes += member;
  }
  Read r = ReadAll(bytes);
  ASSERT_GE(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].find("gzip"), std::string::npos) << r.errors[0];
  EXPECT_EQ(r.docs.size(), 2u);  // the other English pages
}

TEST(WarcArticlesTest, BadContentLengths) {
  const std::string ok_page = Page("jsonld.html");
  std::vector<std::string> records;
  // Too short: the block's end is read as the next record's header.
  records.push_back(WarcRecord(
      "response", "https://a.example/short", "application/http; msgtype=response",
      HttpResponseBlock("text/html", Page("wordpress.html")), 100));
  for (auto& r : PageRecords("https://b.example/ok", ok_page)) records.push_back(r);
  // Not a number.
  std::string bad = WarcRecord("resource", "https://c.example/", "text/html", "<p>x</p>");
  bad.replace(bad.find("Content-Length: 8"), 17, "Content-Length: eight");
  records.push_back(bad);
  // Too long: it swallows the next record, which is found again.
  records.push_back(WarcRecord("response", "https://d.example/long",
                               "application/http; msgtype=response",
                               HttpResponseBlock("text/html", "<p>x</p>"), 400));
  for (auto& r : PageRecords("https://e.example/ok", ok_page)) records.push_back(r);
  Read r = ReadAll(JoinRecords(records, false));
  ASSERT_EQ(r.errors.size(), 3u) << r.errors[0];
  EXPECT_NE(r.errors[0].find("record at offset 0: its block of 100 bytes"),
            std::string::npos)
      << r.errors[0];
  EXPECT_NE(r.errors[1].find("bad Content-Length \"eight\""), std::string::npos)
      << r.errors[1];
  EXPECT_NE(r.errors[2].find("not followed by a blank line"), std::string::npos)
      << r.errors[2];
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "https://b.example/ok");
  EXPECT_EQ(r.docs[1].id, "https://e.example/ok");
}

TEST(WarcArticlesTest, LengthPastTheEnd) {
  std::string bytes =
      JoinRecords(PageRecords("https://a.example/", Page("jsonld.html")), false);
  bytes += WarcRecord("resource", "https://b.example/", "text/html", "<p>x</p>", 1000000);
  Read r = ReadAll(bytes);
  EXPECT_EQ(r.docs.size(), 1u);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].find("Content-Length is 1000000 but the file ends"),
            std::string::npos)
      << r.errors[0];
}

TEST(WarcArticlesTest, NotAWarcAtAll) {
  Read r = ReadAll("just some text\nthat is not a WARC file\n");
  EXPECT_TRUE(r.docs.empty());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].find("expected a WARC/1.0 or WARC/1.1 line"), std::string::npos);
}

TEST(WarcArticlesTest, RecordsOverTheLimitAreSkipped) {
  Read r = ReadAll(JoinRecords(Crawl(), true), /*max=*/1500);
  EXPECT_TRUE(r.errors.empty());
  EXPECT_TRUE(r.docs.empty());
  EXPECT_GE(r.skipped.at("over the size limit"), 3u);
}

TEST(HttpResponseTest, ChunkedAndGzipBodies) {
  const std::string body = "<p>hello</p>";
  auto chunked = ParseHttpResponse(
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Type: text/html; "
      "charset=ISO-8859-1\r\n\r\n5\r\n<p>he\r\n7;ext=1\r\nllo</p>\r\n0\r\n\r\n",
      1 << 20);
  ASSERT_TRUE(chunked.ok()) << chunked.status().message();
  EXPECT_EQ(chunked->body, body);
  EXPECT_EQ(chunked->charset, "iso-8859-1");
  EXPECT_EQ(chunked->content_type, "text/html");
  auto gz = ParseHttpResponse(
      "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n" + GzipMember(body), 1 << 20);
  ASSERT_TRUE(gz.ok());
  EXPECT_EQ(gz->body, body);
  EXPECT_FALSE(ParseHttpResponse(
                   "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\nnot gzip", 1 << 20)
                   .ok());
  EXPECT_FALSE(ParseHttpResponse("GET / HTTP/1.1\r\n\r\n", 1 << 20).ok());
}

}  // namespace
}  // namespace dyad::warc

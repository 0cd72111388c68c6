// dyad code and ingest on news as users have it: HTML pages, RSS feeds and
// WARC archives, end to end through the binary, with the run summary.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "dyad/extract.h"
#include "extract/warc_builder.h"
#include "testing/cli_fixture.h"

namespace dyad::cli {
namespace {

class WebInputsTest : public testing::CliFixture {};

const char* kPage = R"(<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Arrests in Moscow | Example News</title>
<link rel="canonical" href="https://news.example/2024/03/05/arrests-in-moscow">
<meta property="article:published_time" content="2024-03-05T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Arrests in Moscow</h1>
<p>Russian police arrested students in Moscow on Tuesday, witnesses said.</p>
<div class="share-bar"><a href="#">Share on social media</a></div>
<p>NATO criticised China on Tuesday for its support of the Russian defence industry.</p>
</article><footer>Example News. All rights reserved.</footer></body></html>)";

std::vector<nlohmann::json> Events(const std::string& out) {
  std::vector<nlohmann::json> events;
  std::istringstream lines(out);
  for (std::string line; std::getline(lines, line);)
    if (!line.empty()) events.push_back(nlohmann::json::parse(line));
  return events;
}

TEST_F(WebInputsTest, AnHtmlPageIsCodedFromItsArticle) {
  const auto page = Write("page.html", kPage);
  auto r = Dyad("code " + page.string());
  ASSERT_EQ(r.exit, 0) << r.err;
  auto events = Events(r.out);
  ASSERT_GE(events.size(), 2u) << r.out;
  // Evidence offsets point into the extracted text.
  auto article = extract::ExtractArticle(kPage);
  ASSERT_TRUE(article.ok());
  for (const auto& e : events) {
    EXPECT_EQ(e["date"], "2024-03-05");
    EXPECT_EQ(e["url"], "https://news.example/2024/03/05/arrests-in-moscow");
    for (const char* part : {"source", "trigger"}) {
      const auto& span = e["evidence"][part];
      const auto begin = span["begin"].get<std::size_t>(),
                 end = span["end"].get<std::size_t>();
      EXPECT_EQ(article->text.substr(begin, end - begin),
                span["text"].get<std::string>());
    }
  }
  EXPECT_NE(r.err.find("dyad code: 1 document, 2 sentences, "), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("; skipped 0; "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(" sentences/s"), std::string::npos) << r.err;
}

TEST_F(WebInputsTest, ContentSniffingAndSkippedPages) {
  // No extension: HTML by its first bytes. An index page: skipped, counted.
  const auto page = Write("saved-page", kPage);
  const auto index = Write("index.htm",
                           "<html><body><ul><li><a href=/a>One story</a></li>"
                           "<li><a href=/b>Another story</a></li></ul></body></html>");
  auto r = Dyad("code " + page.string() + " " + index.string());
  ASSERT_EQ(r.exit, 0) << r.err;
  EXPECT_GE(Events(r.out).size(), 2u);
  EXPECT_NE(r.err.find("index.htm: no article text"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("skipped 1 (1 no article text)"), std::string::npos) << r.err;
}

TEST_F(WebInputsTest, EachFeedItemIsADocument) {
  const auto feed = Write("world.rss", R"(<?xml version="1.0"?>
<rss version="2.0"><channel><title>World</title>
<item><title>Arrests</title><link>https://news.example/2024/03/05/arrests</link>
<description>&lt;p&gt;Russian police arrested students in Moscow on Tuesday.&lt;/p&gt;</description></item>
<item><title>Criticism</title><link>https://news.example/b</link><pubDate>Wed, 06 Mar 2024 09:00:00 GMT</pubDate>
<description>NATO criticised China on Wednesday.</description></item>
</channel></rss>)");
  auto r = Dyad("code " + feed.string());
  ASSERT_EQ(r.exit, 0) << r.err;
  auto events = Events(r.out);
  ASSERT_EQ(events.size(), 2u) << r.out;
  EXPECT_EQ(events[0]["doc"], "https://news.example/2024/03/05/arrests");
  EXPECT_EQ(events[0]["date"], "2024-03-05");
  EXPECT_EQ(events[1]["date"], "2024-03-06");
  EXPECT_NE(r.err.find("dyad code: 2 documents"), std::string::npos) << r.err;
}

TEST_F(WebInputsTest, AWarcWithABrokenMemberStillCodesTheRest) {
  using dyad::testing::GzipMember;
  using dyad::testing::PageRecords;
  const std::string french =
      "<html lang=fr><body><article><p>Les ministres de la France et de l'Italie se sont "
      "réunis jeudi à Lyon pour discuter de la coopération policière dans les Alpes, "
      "selon "
      "le communiqué publié après la rencontre.</p></article></body></html>";
  std::string bytes;
  for (const auto& rec : PageRecords("https://news.example/a", kPage))
    bytes += GzipMember(rec);
  for (const auto& rec : PageRecords("https://fr.example/b", french))
    bytes += GzipMember(rec);
  for (const auto& rec : PageRecords("https://news.example/c", kPage))
    bytes += GzipMember(rec);
  bytes.resize(bytes.size() - 10);  // the last member is cut short
  const auto warc = Write("crawl.warc.gz", bytes);
  auto r = Dyad("code " + warc.string());
  EXPECT_EQ(r.exit, 1) << r.err;
  EXPECT_NE(r.err.find("crawl.warc.gz: record at offset"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("truncated gzip member"), std::string::npos) << r.err;
  auto events = Events(r.out);
  ASSERT_GE(events.size(), 4u) << r.out;  // both English pages
  EXPECT_EQ(events[0]["doc"], "https://news.example/a");
  EXPECT_EQ(events.back()["doc"], "https://news.example/c");
  EXPECT_NE(r.err.find("dyad code: 2 documents"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("1 not English"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("1 bad input"), std::string::npos) << r.err;
}

TEST_F(WebInputsTest, IngestKeepsThePagesUrl) {
  using dyad::testing::GzipMember;
  using dyad::testing::PageRecords;
  std::string bytes;
  for (const auto& rec : PageRecords("https://news.example/a?ref=rss", kPage))
    bytes += GzipMember(rec);
  const auto warc = Write("crawl.warc.gz", bytes);
  const std::string db = (dir_ / "events.db").string();
  auto r = Dyad("ingest --db " + db + " " + warc.string());
  ASSERT_EQ(r.exit, 0) << r.err;
  EXPECT_NE(r.err.find("dyad ingest: 1 document (1 new"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(" sentences/s"), std::string::npos) << r.err;
  auto q = Dyad("query --db " + db + " events --format jsonl");
  ASSERT_EQ(q.exit, 0) << q.err;
  EXPECT_NE(q.out.find("https://news.example/2024/03/05/arrests-in-moscow"),
            std::string::npos)
      << q.out;
}

TEST_F(WebInputsTest, XmlThatIsNoFeedIsSkipped) {
  const auto xml =
      Write("records.xml", "<?xml version=\"1.0\"?>\n<Sentences></Sentences>\n");
  auto r = Dyad("code " + xml.string());
  EXPECT_EQ(r.exit, 0) << r.err;
  EXPECT_TRUE(r.out.empty());
  EXPECT_NE(r.err.find("records.xml: XML that is not an RSS or Atom feed; skipped"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("skipped 1 (1 not a feed)"), std::string::npos) << r.err;
}

TEST_F(WebInputsTest, BadInputFlag) {
  auto r = Dyad("code --input pdf");
  EXPECT_EQ(r.exit, 2);
  EXPECT_NE(r.err.find("--input must be auto, text, jsonl, html, feed, warc or conllu"),
            std::string::npos);
}

}  // namespace
}  // namespace dyad::cli

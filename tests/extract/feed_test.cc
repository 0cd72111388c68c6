#include <gtest/gtest.h>

#include "dyad/extract.h"

namespace dyad::extract {
namespace {

constexpr const char* kRss = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Harbour Courier: World</title>
  <link>https://harbourcourier.example/world/</link>
  <description>World news</description>
  <item>
    <title>Ministers meet in Vilnius</title>
    <link>https://harbourcourier.example/2024/07/11/ministers-meet/</link>
    <pubDate>Thu, 11 Jul 2024 08:15:00 +0000</pubDate>
    <description><![CDATA[<p>Foreign ministers met in Vilnius on Thursday.</p>]]></description>
    <content:encoded><![CDATA[<p>Foreign ministers from Lithuania and Poland met in Vilnius on Thursday.</p><p>Polish officials criticised the European Commission.</p>]]></content:encoded>
  </item>
  <item>
    <title>Port strike ends</title>
    <link>https://harbourcourier.example/2024/07/01/port-strike/</link>
    <description>Port workers &amp;amp; the operator agreed a pay deal.</description>
  </item>
  <item><description></description></item>
</channel>
</rss>)";

constexpr const char* kAtom = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Continental Wire</title>
  <entry>
    <title type="html">Leaders agree &lt;em&gt;sanctions&lt;/em&gt;</title>
    <link rel="alternate" href="https://wire.example/live/summit"/>
    <link rel="edit" href="https://wire.example/api/1"/>
    <id>tag:wire.example,2024:1</id>
    <published>2024-06-28T16:40:00+02:00</published>
    <updated>2024-06-29T08:00:00+02:00</updated>
    <summary>Short summary.</summary>
    <content type="html">&lt;p&gt;European leaders agreed new sanctions against Russia.&lt;/p&gt;</content>
  </entry>
</feed>)";

TEST(ParseFeedTest, Rss2WithContentEncoded) {
  auto items = ParseFeed(kRss);
  ASSERT_TRUE(items.ok()) << items.status().message();
  ASSERT_EQ(items->size(), 2u);  // the empty item is left out
  const Article& a = (*items)[0];
  EXPECT_EQ(a.title, "Ministers meet in Vilnius");
  EXPECT_EQ(a.url, "https://harbourcourier.example/2024/07/11/ministers-meet/");
  EXPECT_EQ(a.date, "2024-07-11");
  EXPECT_EQ(a.text,
            "Foreign ministers from Lithuania and Poland met in Vilnius on Thursday.\n\n"
            "Polish officials criticised the European Commission.");
  const Article& b = (*items)[1];
  EXPECT_EQ(b.text, "Port workers & the operator agreed a pay deal.");
  EXPECT_EQ(b.date, "2024-07-01");  // from the link: the item has no date
}

TEST(ParseFeedTest, Atom) {
  auto items = ParseFeed(kAtom);
  ASSERT_TRUE(items.ok()) << items.status().message();
  ASSERT_EQ(items->size(), 1u);
  EXPECT_EQ((*items)[0].title, "Leaders agree sanctions");
  EXPECT_EQ((*items)[0].url, "https://wire.example/live/summit");
  EXPECT_EQ((*items)[0].date, "2024-06-28");
  EXPECT_EQ((*items)[0].text, "European leaders agreed new sanctions against Russia.");
}

TEST(ParseFeedTest, Rss1Rdf) {
  auto items = ParseFeed(R"(<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://x.example/"><title>X</title></channel>
  <item rdf:about="https://x.example/a"><title>A</title><link>https://x.example/a</link>
    <description>The council voted on the budget.</description><dc:date>2024-01-05</dc:date></item>
</rdf:RDF>)");
  ASSERT_TRUE(items.ok());
  ASSERT_EQ(items->size(), 1u);
  EXPECT_EQ((*items)[0].date, "2024-01-05");
  EXPECT_EQ((*items)[0].text, "The council voted on the budget.");
}

TEST(ParseFeedTest, NotAFeed) {
  auto html = ParseFeed("<html><body><p>hello</p></body></html>");
  ASSERT_FALSE(html.ok());
  EXPECT_NE(html.status().message().find("<html>"), std::string::npos);
  EXPECT_FALSE(ParseFeed("").ok());
  EXPECT_FALSE(ParseFeed("just text").ok());
}

TEST(ParseFeedTest, NoNetworkNoExternalEntities) {
  // An external entity is neither fetched nor expanded.
  auto items = ParseFeed(R"(<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><item><title>T</title><description>&xxe;</description></item></channel></rss>)");
  ASSERT_TRUE(items.ok());
  for (const Article& a : *items) EXPECT_EQ(a.text.find("root:"), std::string::npos);
}

TEST(SniffFormatTest, ByFirstBytes) {
  EXPECT_EQ(SniffFormat("WARC/1.0\r\nWARC-Type: warcinfo\r\n"), Format::kWarc);
  EXPECT_EQ(SniffFormat("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"), Format::kFeed);
  EXPECT_EQ(SniffFormat("<feed xmlns=\"http://www.w3.org/2005/Atom\">"), Format::kFeed);
  EXPECT_EQ(SniffFormat("\xEF\xBB\xBF<!DOCTYPE html><html>"), Format::kHtml);
  EXPECT_EQ(SniffFormat("  <html lang=en>"), Format::kHtml);
  EXPECT_EQ(SniffFormat("NATO criticised China."), Format::kText);
  EXPECT_EQ(SniffFormat("<b>bold</b> is not a page"), Format::kText);
  EXPECT_EQ(SniffFormat(""), Format::kText);
}

}  // namespace
}  // namespace dyad::extract

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <vector>

#include "dyad/extract.h"
#include "extract/kept_chars.h"

namespace dyad::extract {
namespace {

std::string Page(const std::string& name) {
  std::ifstream in(std::string(DYAD_SOURCE_DIR) + "/tests/extract/pages/" + name,
                   std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Trimmed(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

TEST(ExtractArticleTest, WordPressArticle) {
  auto a =
      ExtractArticle(Page("wordpress.html"), "https://harbourcourier.example/?p=4821");
  ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_EQ(a->title, "Ministers meet in Vilnius over grain corridor");
  EXPECT_EQ(a->date, "2024-07-11");
  EXPECT_EQ(a->url,
            "https://harbourcourier.example/2024/07/11/ministers-meet-in-vilnius/");
  EXPECT_EQ(a->text, Trimmed(Page("wordpress.expected.txt")));
}

TEST(ExtractArticleTest, JsonLdDateAndRelativeCanonical) {
  auto a =
      ExtractArticle(Page("jsonld.html"), "https://meridian.example/some/path?utm=x");
  ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_EQ(a->date, "2023-11-03");
  EXPECT_EQ(
      a->url,
      "https://meridian.example/world/africa/talks-collapse-eastland-westmark-4410");
  EXPECT_EQ(a->title, "Talks collapse as Eastland accuses Westmark of border incursion");
  EXPECT_EQ(a->text, Trimmed(Page("jsonld.expected.txt")));
}

TEST(ExtractArticleTest, LiveBlogKeepsEveryEntry) {
  auto a = ExtractArticle(Page("liveblog.html"));
  ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_EQ(a->date, "2024-06-28");
  EXPECT_EQ(a->title, "Live: Summit in Brussels, day two");
  EXPECT_EQ(a->text, Trimmed(Page("liveblog.expected.txt")));
}

TEST(ExtractArticleTest, PaywallStubKeepsOnlyTheTeaser) {
  auto a = ExtractArticle(Page("paywall.html"));
  ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_EQ(a->date, "2025-02-14");
  EXPECT_EQ(a->text, Trimmed(Page("paywall.expected.txt")));
}

TEST(ExtractArticleTest, AnIndexPageHasNoArticle) {
  auto a = ExtractArticle(Page("index.html"));
  ASSERT_FALSE(a.ok());
  EXPECT_NE(a.status().message().find("no article text"), std::string::npos);
}

TEST(ExtractArticleTest, MalformedMarkupIsRecovered) {
  auto a = ExtractArticle(Page("malformed.html"));
  ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_EQ(a->title, "Malformed page");
  EXPECT_EQ(a->text, Trimmed(Page("malformed.expected.txt")));
}

TEST(ExtractArticleTest, NotHtmlAtAll) {
  EXPECT_FALSE(ExtractArticle("").ok());
  EXPECT_FALSE(ExtractArticle(std::string("\x00\x01\x02 binary", 10)).ok());
}

TEST(ExtractArticleTest, EncodingsFromMetaAndBytes) {
  const std::string para =
      "The minister said the agreement would be signed in the capital next week, after "
      "months of talks between the two governments.";
  // windows-1252 bytes, declared.
  auto latin = ExtractArticle(
      "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Caf\xE9 owners "
      "protest. " +
      para + "</p></body></html>");
  ASSERT_TRUE(latin.ok()) << latin.status().message();
  EXPECT_EQ(latin->text.substr(0, 5), "Caf\xC3\xA9");
  // Undeclared but valid UTF-8 stays UTF-8.
  auto utf8 = ExtractArticle("<p>Caf\xC3\xA9 owners protest. " + para + "</p>");
  ASSERT_TRUE(utf8.ok());
  EXPECT_EQ(utf8->text.substr(0, 5), "Caf\xC3\xA9");
}

TEST(ExtractArticleTest, DeepNestingDoesNotOverflow) {
  std::string html = "<html><body>";
  for (int i = 0; i < 5000; ++i) html += "<div>";
  html += "<p>Deep text that is long enough to be a paragraph of an article, surely.</p>";
  EXPECT_NO_FATAL_FAILURE((void)ExtractArticle(html));
}

TEST(DatesTest, LooseDates) {
  EXPECT_EQ(ParseLooseDate("2024-07-11T09:30:00+02:00"), "2024-07-11");
  EXPECT_EQ(ParseLooseDate("Thu, 11 Jul 2024 09:30:00 GMT"), "2024-07-11");
  EXPECT_EQ(ParseLooseDate("July 11, 2024"), "2024-07-11");
  EXPECT_EQ(ParseLooseDate("11 July 2024"), "2024-07-11");
  EXPECT_EQ(ParseLooseDate("2024-02-30"), "");
  EXPECT_EQ(ParseLooseDate("yesterday"), "");
  EXPECT_EQ(ParseLooseDate(""), "");
}

TEST(DatesTest, DatesInUrls) {
  EXPECT_EQ(DateFromUrl("https://x.example/2024/07/11/story/"), "2024-07-11");
  EXPECT_EQ(DateFromUrl("https://x.example/news/2024-07-11-story"), "2024-07-11");
  EXPECT_EQ(DateFromUrl("https://x.example/a/20240711/story"), "2024-07-11");
  EXPECT_EQ(DateFromUrl("https://2024.example/story-12345678"), "");
  EXPECT_EQ(DateFromUrl("https://x.example/2024/13/01/story"), "");
}

TEST(HtmlToTextTest, FragmentsBecomeParagraphs) {
  EXPECT_EQ(
      HtmlToText("<p>One &amp; two.</p><p>Three <b>four</b>.</p><script>x()</script>"),
      "One & two.\n\nThree four.");
  EXPECT_EQ(HtmlToText("plain   text"), "plain text");
}

// Boilerplate removal scored against the text each page was written to
// keep: precision and recall of kept characters (kept_chars.h). The first
// pages were written with the extractor; the held-out ones after it was
// done, and scored without changing it. The floors guard against
// regressions; the figures are printed.
dyad::testing::KeptChars ScorePages(const char* label, std::vector<std::string> names) {
  dyad::testing::KeptChars total;
  for (const std::string& name : names) {
    auto a = ExtractArticle(Page(name + ".html"));
    dyad::testing::KeptChars k = dyad::testing::ScoreKeptChars(
        a.ok() ? a->text : "", Page(name + ".expected.txt"));
    std::printf("%-20s precision %.3f recall %.3f\n", name.c_str(), k.Precision(),
                k.Recall());
    total += k;
  }
  std::printf("%-20s precision %.3f recall %.3f\n", label, total.Precision(),
              total.Recall());
  return total;
}

TEST(ExtractionScoreTest, KeptCharactersOverTheTestPages) {
  auto dev = ScorePages("development pages", {"wordpress", "jsonld", "liveblog",
                                              "paywall", "malformed", "tables"});
  EXPECT_GE(dev.Precision(), 0.95);
  EXPECT_GE(dev.Recall(), 0.95);
  auto held_out = ScorePages("held-out pages", {"heldout-wire", "heldout-broadcaster",
                                                "heldout-regional", "heldout-amp"});
  EXPECT_GE(held_out.Precision(), 0.7);
  EXPECT_GE(held_out.Recall(), 0.7);
}

}  // namespace
}  // namespace dyad::extract

#include "json_article.h"

#include <gtest/gtest.h>

namespace dyad::cli {
namespace {

TEST(JsonArticleTest, ReadsTheFieldsAsStrings) {
  JsonArticle a;
  ASSERT_TRUE(ParseJsonArticle(
      R"({"id":42,"date":"2024-07-11","title":"T","text":"caf\u00e9\nline",)"
      R"("url":"u","source":"s","extra":{"id":"inner","text":7},"list":[1,"x"]})",
      &a));
  EXPECT_EQ(a.id, "42");
  EXPECT_EQ(a.date, "2024-07-11");
  EXPECT_EQ(a.title, "T");
  EXPECT_EQ(a.text, "caf\xc3\xa9\nline");
  EXPECT_TRUE(a.has_text);
  EXPECT_EQ(a.url, "u");
  EXPECT_EQ(a.source, "s");

  ASSERT_TRUE(ParseJsonArticle(R"( {"id":1.5,"text":"x","date":null} )", &a));
  EXPECT_EQ(a.id, "1.5");
  EXPECT_EQ(a.date, "");
}

TEST(JsonArticleTest, TextMustBeAString) {
  JsonArticle a;
  ASSERT_TRUE(ParseJsonArticle(R"({"id":"a"})", &a));
  EXPECT_FALSE(a.has_text);
  ASSERT_TRUE(ParseJsonArticle(R"({"text":["x"]})", &a));
  EXPECT_FALSE(a.has_text);
  ASSERT_TRUE(ParseJsonArticle(R"({"text":{"a":"b"}})", &a));
  EXPECT_FALSE(a.has_text);
  ASSERT_TRUE(ParseJsonArticle(R"({"text":"x","text":3})", &a));  // the last counts
  EXPECT_FALSE(a.has_text);
}

TEST(JsonArticleTest, RefusesWhatIsNotOneObject) {
  JsonArticle a;
  EXPECT_FALSE(ParseJsonArticle("broken line", &a));
  EXPECT_FALSE(ParseJsonArticle(R"(["text"])", &a));
  EXPECT_FALSE(ParseJsonArticle(R"("text")", &a));
  EXPECT_FALSE(ParseJsonArticle(R"({"text":"x"} {})", &a));
  EXPECT_FALSE(ParseJsonArticle(R"({"text":"x")", &a));
  EXPECT_FALSE(ParseJsonArticle("", &a));
}

}  // namespace
}  // namespace dyad::cli

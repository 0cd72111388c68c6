#include "json_article.h"

#include <nlohmann/json.hpp>

namespace dyad::cli {
namespace {

using nlohmann::json;

// Keeps the top-level fields of one object; everything deeper is skipped.
class ArticleReader : public nlohmann::json_sax<json> {
 public:
  explicit ArticleReader(JsonArticle* article) : article_(article) {}

  bool null() override { return Scalar(""); }
  bool boolean(bool) override { return Scalar(""); }
  bool number_integer(number_integer_t v) override { return Scalar(std::to_string(v)); }
  bool number_unsigned(number_unsigned_t v) override { return Scalar(std::to_string(v)); }
  bool number_float(number_float_t, const string_t& written) override {
    return Scalar(written);
  }
  bool string(string_t& v) override {
    if (depth_ == 0) return Refuse();
    if (depth_ == 1) {
      if (std::string* field = Field()) *field = std::move(v);  // no copy
      if (key_ == "text") article_->has_text = true;
    }
    return true;
  }
  bool binary(binary_t&) override { return Scalar(""); }
  bool start_object(std::size_t) override {
    if (depth_ == 1) Scalar("");  // an object where a string belongs: ""
    ++depth_;
    return true;
  }
  bool end_object() override {
    --depth_;
    if (depth_ == 0) complete_ = true;
    return true;
  }
  bool start_array(std::size_t) override {
    if (depth_ == 0) return Refuse();
    if (depth_ == 1) Scalar("");
    ++depth_;
    return true;
  }
  bool end_array() override {
    --depth_;
    return true;
  }
  bool key(string_t& k) override {
    if (depth_ == 1) key_ = k;
    return true;
  }
  bool parse_error(std::size_t, const std::string&,
                   const nlohmann::detail::exception&) override {
    return false;
  }

  bool complete() const { return complete_; }

 private:
  std::string* Field() {
    if (key_ == "id") return &article_->id;
    if (key_ == "date") return &article_->date;
    if (key_ == "title") return &article_->title;
    if (key_ == "text") return &article_->text;
    if (key_ == "url") return &article_->url;
    if (key_ == "source") return &article_->source;
    return nullptr;
  }
  // A value that is not a string: numbers as written, others "".
  bool Scalar(const std::string& value) {
    if (depth_ == 0) return Refuse();
    if (depth_ == 1) {
      if (std::string* field = Field()) *field = value;
      if (key_ == "text") article_->has_text = false;
    }
    return true;
  }
  bool Refuse() { return false; }  // the line is not an object

  JsonArticle* article_;
  int depth_ = 0;
  std::string key_;
  bool complete_ = false;
};

}  // namespace

bool ParseJsonArticle(std::string_view line, JsonArticle* article) {
  *article = JsonArticle();
  ArticleReader reader(article);
  const bool ok = json::sax_parse(line, &reader, json::input_format_t::json,
                                  /*strict=*/true, /*ignore_comments=*/false);
  return ok && reader.complete();
}

}  // namespace dyad::cli

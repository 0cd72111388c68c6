// One article of a JSON Lines input ({"id","date","title","text","url",
// "source"}), read without building a JSON document: the parser's string
// is moved into the article, so that a line of N bytes needs about 2N bytes
// at most, not four copies of its text.
#ifndef DYAD_TOOLS_JSON_ARTICLE_H_
#define DYAD_TOOLS_JSON_ARTICLE_H_

#include <string>
#include <string_view>

namespace dyad::cli {

struct JsonArticle {
  // The fields as strings: strings as they are, numbers as written; other
  // values (and absent fields) are "".
  std::string id, date, title, text, url, source;
  bool has_text = false;  // "text" was there, as a string
};

// Parses `line`; false when it is not a JSON object.
bool ParseJsonArticle(std::string_view line, JsonArticle* article);

}  // namespace dyad::cli

#endif  // DYAD_TOOLS_JSON_ARTICLE_H_

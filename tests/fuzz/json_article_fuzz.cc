// Fuzz target: the JSON Lines article reader (one line).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "json_article.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  dyad::cli::JsonArticle article;
  (void)dyad::cli::ParseJsonArticle(
      std::string_view(reinterpret_cast<const char*>(data), size), &article);
  return 0;
}

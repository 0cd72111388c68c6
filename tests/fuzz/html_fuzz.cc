// Fuzz target: the web page and feed readers (dyad/extract.h): article
// extraction, feeds, HTML fragments, format sniffing and the language check
// on any bytes.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dyad/extract.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  (void)dyad::extract::ExtractArticle(in, "https://fuzz.example/2024/01/02/x");
  (void)dyad::extract::ParseFeed(in);
  (void)dyad::extract::HtmlToText(in);
  (void)dyad::extract::SniffFormat(in);
  (void)dyad::extract::LooksEnglish(in);
  (void)dyad::extract::ParseLooseDate(in);
  (void)dyad::extract::DateFromUrl(in);
  return 0;
}

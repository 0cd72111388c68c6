// Fuzz target: the WARC reader (dyad/warc.h) on any bytes, plain or gzip,
// with a small record limit so that long records are exercised too; every
// record it finds goes through the HTTP parser and the article extractor.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "dyad/warc.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  dyad::warc::WarcArticles articles(in, "fuzz.warc", 1 << 16);
  dyad::Document doc;
  // Each call reads input or ends, so this ends; the bound is a guard.
  for (std::size_t i = 0; i <= size + 1; ++i) {
    dyad::Result<bool> got = articles.Next(&doc);
    if (got.ok() && !*got) break;
  }
  (void)dyad::warc::ParseHttpResponse(
      std::string_view(reinterpret_cast<const char*>(data), size), 1 << 16);
  return 0;
}

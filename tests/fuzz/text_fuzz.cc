// Fuzz target: the sentence splitter and the tokenizer on any text, with
// the invariants the coder relies on (spans inside the text, in order).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "text/sentence_splitter.h"
#include "text/tokenizer.h"
#include "util/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (dyad::utf8::Validate(text) != dyad::utf8::kValid) return 0;  // as the readers do
  std::size_t last = 0;
  for (const auto& segment : dyad::text::SplitSentences(text)) {
    if (segment.begin < last || segment.end < segment.begin || segment.end > size)
      std::abort();
    last = segment.begin;
    for (const auto& token : dyad::text::Tokenize(text, segment.begin, segment.end))
      if (token.begin < segment.begin || token.end > segment.end) std::abort();
  }
  return 0;
}

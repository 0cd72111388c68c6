// Fuzz target: the CoNLL-U reader of the syntax module (dyad parse --eval,
// --train).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "syntax/conllu.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  (void)dyad::syntax::ParseConllu(
      std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.conllu");
  return 0;
}

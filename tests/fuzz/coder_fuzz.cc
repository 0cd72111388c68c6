// Fuzz target: the whole coder on a document (the default dictionaries),
// window rules and, for one input in four, the parser too.
#include <cstddef>
#include <cstdint>
#include <string>

#include "dyad/coder.h"
#include "util/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const dyad::Coder* coder = new dyad::Coder(*dyad::Dictionary::Default());
  static const dyad::Coder* syntax = [] {
    dyad::CoderOptions options;
    options.syntax = true;
    return new dyad::Coder(*dyad::Dictionary::Default(), options);
  }();
  if (size == 0) return 0;
  dyad::Document doc;
  doc.id = "fuzz";
  doc.date = "2024-07-11";
  doc.text = dyad::utf8::ReplaceInvalid(
      std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1), nullptr);
  const dyad::Coder& c = data[0] % 4 == 0 ? *syntax : *coder;
  for (const dyad::Event& e : c.Code(doc)) {
    if (e.evidence.trigger.end > doc.text.size()) __builtin_trap();
  }
  return 0;
}

// Fuzz target: the dictionary readers. The first byte chooses the format:
// dyad's own, or a PETRARCH/TABARI actors, agents, verbs, discards or
// issues file; the rest is the file. A dictionary that loads is compiled
// into a Coder and codes a sentence, as dyad code --dict would.
#include <cstddef>
#include <cstdint>
#include <string>

#include "dict/dyad_format.h"
#include "dict/petrarch_format.h"
#include "dyad/coder.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  dyad::dict::Entries entries;
  switch (data[0] % 7) {
    case 0:
      (void)dyad::dict::ParseDyadFormat("fuzz.dyad", text, &entries);
      break;
    case 1: {
      auto dictionary = dyad::Dictionary::FromText("fuzz.dyad", text);
      if (dictionary.ok()) {
        dyad::Coder coder(std::move(*dictionary));
        dyad::Document doc;
        doc.text = "Russian police arrested students in Moscow on Tuesday.";
        (void)coder.Code(doc);
      }
      break;
    }
    default: {
      const auto kind = static_cast<dyad::dict::PetrarchFile>(data[0] % 7 - 2);
      (void)dyad::dict::ParsePetrarch(kind, "fuzz.txt", text, &entries);
      break;
    }
  }
  return 0;
}

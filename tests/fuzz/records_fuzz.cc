// Fuzz target: the reader of PETRARCH/TABARI validation records (XML).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "validate/records.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  (void)dyad::validate::ParseRecords(
      "fuzz.xml", std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}

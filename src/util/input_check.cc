#include "dyad/input_check.h"

#include "util/strings.h"
#include "util/utf8.h"

namespace dyad {

Status CheckText(std::string_view where, std::string_view text, std::size_t base) {
  if (auto nul = text.find('\0'); nul != std::string_view::npos)
    return Status::Corruption(std::string(where) + ": binary data (NUL byte at offset " +
                              std::to_string(base + nul) + "), not text");
  if (auto bad = utf8::Validate(text); bad != utf8::kValid)
    return Status::Corruption(std::string(where) + ": invalid UTF-8 at byte offset " +
                              std::to_string(base + bad));
  return Status::Ok();
}

Result<std::string> NormalizeDate(std::string_view where, std::string_view date) {
  if (date.empty()) return std::string();
  int d = 0;
  if (date.size() >= 10 && ParseDate(date.substr(0, 10), &d)) return FormatDate(d);
  return Status::InvalidArgument(std::string(where) + ": bad \"date\" \"" +
                                 std::string(date) + "\" (expected YYYY-MM-DD)");
}

}  // namespace dyad

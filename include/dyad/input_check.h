// Checks on a document before it is coded: its text must be UTF-8 text and
// its date a real YYYY-MM-DD day. dyad code and the Python binding both use
// these, so that a bad input is reported with the same words everywhere.
//
// Every message starts with `where` (a file, "file:line", or a document id).
// Plain functions; safe from any thread.
#ifndef DYAD_INPUT_CHECK_H_
#define DYAD_INPUT_CHECK_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad {

// OK for well-formed UTF-8 without NUL bytes; otherwise Corruption with
// "WHERE: binary data (NUL byte at offset N), not text" or "WHERE: invalid
// UTF-8 at byte offset N". `base`: where `text` starts in its file, added to
// the offsets.
Status CheckText(std::string_view where, std::string_view text, std::size_t base = 0);

// "2024-07-11" from "2024-07-11" or a timestamp that starts with it
// ("2024-07-11T09:30:00Z"); "" for "". Otherwise InvalidArgument with
// "WHERE: bad "date" "2024-13-01" (expected YYYY-MM-DD)".
Result<std::string> NormalizeDate(std::string_view where, std::string_view date);

}  // namespace dyad

#endif  // DYAD_INPUT_CHECK_H_

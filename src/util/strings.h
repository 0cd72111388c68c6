// Small string helpers shared by every module: ASCII case, trimming,
// splitting, and the YYYY-MM-DD dates used for event dates and role ranges.
#ifndef DYAD_UTIL_STRINGS_H_
#define DYAD_UTIL_STRINGS_H_

#include <string>
#include <string_view>
#include <vector>

namespace dyad {

inline bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAsciiLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsAsciiAlpha(char c) { return IsAsciiUpper(c) || IsAsciiLower(c); }
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
inline char AsciiLower(char c) { return IsAsciiUpper(c) ? static_cast<char>(c + 32) : c; }

std::string AsciiLower(std::string_view s);
std::string AsciiUpper(std::string_view s);
std::string_view Trim(std::string_view s);
// Splits on `sep`, trimming each piece; empty pieces are kept.
std::vector<std::string_view> Split(std::string_view s, char sep);
// Splits on runs of ASCII whitespace; no empty pieces.
std::vector<std::string_view> SplitWords(std::string_view s);

// A calendar date as the integer YYYYMMDD, so that dates compare as numbers.
// Parses "YYYY-MM-DD" (also "YYYYMMDD"); false on anything else or an
// impossible day.
bool ParseDate(std::string_view s, int* yyyymmdd);
std::string FormatDate(int yyyymmdd);  // "YYYY-MM-DD"; "" for 0

// JSON string escaping (without the surrounding quotes).
void AppendJsonEscaped(std::string_view s, std::string* out);

}  // namespace dyad

#endif  // DYAD_UTIL_STRINGS_H_

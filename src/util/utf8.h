// UTF-8 checks and decoding for input text.
//
// dyad takes UTF-8 only. Validate() finds the first bad byte so that the error
// can name its offset; ReplaceInvalid() is the --lenient path that keeps going
// with U+FFFD in place of each bad byte. Decode() reads one code point.
#ifndef DYAD_UTIL_UTF8_H_
#define DYAD_UTIL_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace dyad::utf8 {

inline constexpr std::size_t kValid = static_cast<std::size_t>(-1);

// Byte offset of the first byte that does not start a well-formed UTF-8
// sequence (overlongs, surrogates and values above U+10FFFF are ill-formed),
// or kValid.
std::size_t Validate(std::string_view text);

// Copy of `text` with each ill-formed byte replaced by U+FFFD; `replaced`
// receives the count.
std::string ReplaceInvalid(std::string_view text, std::size_t* replaced);

// True when the text holds NUL bytes: a binary file, not text.
bool LooksBinary(std::string_view text);

// Decodes the code point at text[pos]; returns its length in bytes (at least 1)
// and stores it in *cp. Ill-formed bytes decode as U+FFFD of length 1.
int Decode(std::string_view text, std::size_t pos, char32_t* cp);

// Appends the UTF-8 encoding of cp.
void Append(char32_t cp, std::string* out);

}  // namespace dyad::utf8

#endif  // DYAD_UTIL_UTF8_H_

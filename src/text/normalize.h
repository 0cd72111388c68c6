// Typographic normalisation: the one place that knows that ’ is an apostrophe,
// “ ” are quotes, – and — are dashes, and a no-break space is a space.
//
// dyad never rewrites the input text: byte offsets in events point into the
// original. Instead the tokenizer and the sentence splitter classify each code
// point through CharClassOf(), and token forms (and dictionary phrases) are
// built with NormalizeWord(), which lowercases and maps typographic characters
// to their ASCII equivalents.
#ifndef DYAD_TEXT_NORMALIZE_H_
#define DYAD_TEXT_NORMALIZE_H_

#include <string>
#include <string_view>

namespace dyad::text {

enum class CharClass : unsigned char {
  kSpace,    // ASCII whitespace, no-break and other Unicode spaces
  kNewline,  // '\n'
  kLetter,   // letters, and any other non-ASCII character not listed here
  kDigit,
  kApostrophe,  // ' ’ ‘ ʼ
  kQuote,       // " “ ” „ « »
  kHyphen,      // - and the Unicode hyphens
  kDash,        // – — ―
  kEllipsis,    // …
  kPunct,       // other ASCII punctuation
  kIgnorable,   // zero-width characters and the byte-order mark
};

namespace internal {
// Classes of the 128 ASCII characters; built at compile time.
struct AsciiClasses {
  CharClass of[128];
  constexpr AsciiClasses() : of() {
    for (int c = 0; c < 128; ++c) {
      CharClass k = CharClass::kPunct;
      if (c < 0x20 || c == 0x7F || c == ' ') k = CharClass::kSpace;
      if (c == '\n') k = CharClass::kNewline;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) k = CharClass::kLetter;
      if (c >= '0' && c <= '9') k = CharClass::kDigit;
      if (c == '\'' || c == '`') k = CharClass::kApostrophe;
      if (c == '"') k = CharClass::kQuote;
      if (c == '-') k = CharClass::kHyphen;
      of[c] = k;
    }
  }
};
inline constexpr AsciiClasses kAsciiClasses;
CharClass NonAsciiClassAt(std::string_view text, std::size_t pos, int* len);
}  // namespace internal

// Class of the code point at text[pos]; *len receives its byte length.
// ASCII, nearly all of news text, is one table lookup.
inline CharClass CharClassAt(std::string_view text, std::size_t pos, int* len) {
  auto c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) {
    *len = 1;
    return internal::kAsciiClasses.of[c];
  }
  return internal::NonAsciiClassAt(text, pos, len);
}

// Characters of text[0, end) for scanners: past `end` everything reads as a
// space of length 0, so that a scanner needs no bounds checks of its own.
struct BoundedText {
  std::string_view text;
  std::size_t end;

  CharClass At(std::size_t pos, int* len) const {
    if (pos >= end) {
      *len = 0;
      return CharClass::kSpace;
    }
    return CharClassAt(text, pos, len);
  }
  CharClass At(std::size_t pos) const {
    int len;
    return At(pos, &len);
  }
};

// Lowercase ASCII form of a word or phrase with typographic characters mapped
// to ASCII (’ -> ', “ -> ", – -> -, no-break space -> space). Latin-1 capitals
// are lowercased too; other characters pass through unchanged.
std::string NormalizeWord(std::string_view text);

}  // namespace dyad::text

#endif  // DYAD_TEXT_NORMALIZE_H_

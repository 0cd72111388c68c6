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

// Class of the code point at text[pos]; *len receives its byte length.
CharClass CharClassAt(std::string_view text, std::size_t pos, int* len);

// Lowercase ASCII form of a word or phrase with typographic characters mapped
// to ASCII (’ -> ', “ -> ", – -> -, no-break space -> space). Latin-1 capitals
// are lowercased too; other characters pass through unchanged.
std::string NormalizeWord(std::string_view text);

}  // namespace dyad::text

#endif  // DYAD_TEXT_NORMALIZE_H_

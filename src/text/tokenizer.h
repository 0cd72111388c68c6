// Tokenizer: splits one sentence into words, numbers and punctuation, keeping
// each token's byte span in the original document.
//
// Conventions (Penn-like, so that dictionaries can name what they see):
// possessives split off ("Russia's" -> "russia" "'s", "allies'" -> "allies"
// "'s"), contractions split ("didn't" -> "did" "not", "won't" -> "will" "not",
// "they're" -> "they" "are"), hyphenated compounds stay whole ("dual-use"),
// initialisms and title abbreviations keep their periods ("U.S.", "Gen."),
// numbers keep their inner separators ("3.5", "1,000"). A token's `norm` is
// its lowercase, ASCII-normalised form (see normalize.h).
#ifndef DYAD_TEXT_TOKENIZER_H_
#define DYAD_TEXT_TOKENIZER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::text {

enum class TokenKind : std::uint8_t { kWord, kNumber, kPunct };

struct Token {
  std::uint32_t begin = 0;  // byte offsets into the document text
  std::uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
  bool capitalized = false;  // first character is an uppercase letter
  std::string norm;          // lowercase ASCII-normalised form

  std::size_t size() const { return end - begin; }
};

// Tokenizes text[begin, end) of `doc`; spans are offsets into `doc`.
std::vector<Token> Tokenize(std::string_view doc, std::size_t begin, std::size_t end);
inline std::vector<Token> Tokenize(std::string_view text) {
  return Tokenize(text, 0, text.size());
}

// Splits hyphenated words into their parts and the hyphens ("al-Qaeda" ->
// "al" "-" "qaeda"), as the Universal Dependencies treebanks tokenise them,
// but keeps what they keep whole: words after a prefix ("e-mail",
// "pro-Beijing", "re-elected") and digit groups ("713-853-3989"). dyad parse
// and the parser's evaluation use it; the coder keeps compounds whole, as
// its dictionaries name them.
void SplitHyphens(std::string_view doc, std::vector<Token>* tokens);

// True for the title and other abbreviations that keep their period
// ("mr", "gen", "jan", "st", "corp").
bool IsAbbreviation(std::string_view lower_word);

}  // namespace dyad::text

#endif  // DYAD_TEXT_TOKENIZER_H_

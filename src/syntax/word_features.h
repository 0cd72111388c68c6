// What the tagger and parser know about a word, computed once per token.
//
// At run time words come from dyad's tokenizer (a lowercase, ASCII-normalised
// `norm` plus the original bytes); at training time from treebank FORMs.
// TreebankNorm() turns a FORM into the norm dyad's tokenizer would give it
// ("n't" -> "not", "'re" -> "are", "wo" before "n't" -> "will"), so that the
// features a model learns are the features it later sees. The original bytes
// are kept for the shape ("Xxxx", "dd", "X.X."), since norm is lowercase.
#ifndef DYAD_SYNTAX_WORD_FEATURES_H_
#define DYAD_SYNTAX_WORD_FEATURES_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace dyad::syntax {

struct WordInfo {
  std::uint64_t word = 0;   // hash of the norm
  std::uint64_t cased = 0;  // hash of the original bytes ("Apple" vs "apple")
  std::uint64_t prefix[4] = {};
  std::uint64_t suffix[4] = {};
  std::uint64_t shape = 0;        // X/x/d classes, runs capped at three
  std::uint64_t short_shape = 0;  // runs collapsed to one
  std::uint32_t flags = 0;        // kCapitalized | ...
  std::uint64_t ambiguity = 0;    // TagDictionary::Lookup(word), set by the model
  // What WordNet says the word can be (lexicon::PartsOfSpeech), plus one so
  // that "nothing known" is a value of its own.
  std::uint64_t lexical = 0;
};

inline constexpr std::uint32_t kCapitalized = 1;
inline constexpr std::uint32_t kAllCaps = 2;
inline constexpr std::uint32_t kHasDigit = 4;
inline constexpr std::uint32_t kHasHyphen = 8;
inline constexpr std::uint32_t kFirstWord = 16;

// `norm`: dyad's normalised form; `original`: the word's bytes in the text.
void ComputeWordInfo(std::string_view norm, std::string_view original, bool first,
                     WordInfo* info);

// The norm dyad's tokenizer gives a treebank FORM; `next` is the following
// FORM (for "wo" / "ca" before "n't"), or "".
std::string TreebankNorm(std::string_view form, std::string_view next);

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_WORD_FEATURES_H_

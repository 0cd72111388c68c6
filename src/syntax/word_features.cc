#include "syntax/word_features.h"

#include <algorithm>

#include "lexicon/parts_of_speech.h"
#include "syntax/perceptron.h"
#include "text/normalize.h"

namespace dyad::syntax {
namespace {

char ShapeClass(char c) {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (static_cast<unsigned char>(c) >= 0x80) return 'u';
  return c;
}

}  // namespace

void ComputeWordInfo(std::string_view norm, std::string_view original, bool first,
                     WordInfo* info) {
  info->word = HashString(norm);
  info->cased = HashString(original) + 3;
  for (std::size_t k = 1; k <= 4; ++k) {
    const std::size_t len = std::min(k, norm.size());
    info->prefix[k - 1] = HashString(norm.substr(0, len)) + k;
    info->suffix[k - 1] = HashString(norm.substr(norm.size() - len)) + 7 * k;
  }
  // Shapes of at most 16 bytes: long words differ only in their length.
  char shape[20], short_shape[20];
  std::size_t n = 0, m = 0;
  int run = 0;
  std::uint32_t flags = first ? kFirstWord : 0;
  bool upper = false, lower = false;
  for (char c : original) {
    const char k = ShapeClass(c);
    upper |= k == 'X';
    lower |= k == 'x';
    if (k == 'd') flags |= kHasDigit;
    if (c == '-') flags |= kHasHyphen;
    if (n > 0 && shape[n - 1] == k) {
      if (++run < 3 && n < 16) shape[n++] = k;
    } else if (n < 16) {
      run = 0;
      shape[n++] = k;
    }
    if (m == 0 || short_shape[m - 1] != k) {
      if (m < 16) short_shape[m++] = k;
    }
  }
  if (!original.empty() && ShapeClass(original[0]) == 'X') flags |= kCapitalized;
  if (upper && !lower) flags |= kAllCaps;
  info->shape = HashString(std::string_view(shape, n));
  info->short_shape = HashString(std::string_view(short_shape, m)) + 1;
  info->flags = flags;
  info->lexical = 1 + static_cast<std::uint64_t>(lexicon::PartsOfSpeech(norm));
}

std::string TreebankNorm(std::string_view form, std::string_view next) {
  std::string norm = text::NormalizeWord(form);
  if (norm == "n't") return "not";
  if (norm == "'re") return "are";
  if (norm == "'ve") return "have";
  if (norm == "'ll") return "will";
  if (norm == "'d") return "would";
  if (norm == "'m") return "am";
  if (!next.empty()) {
    const std::string n = text::NormalizeWord(next);
    if (n == "n't") {
      if (norm == "wo") return "will";
      if (norm == "ca") return "can";
    }
  }
  return norm;
}

}  // namespace dyad::syntax

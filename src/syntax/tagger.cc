#include "syntax/tagger.h"

namespace dyad::syntax {
namespace {

// Hash of a word outside the sentence.
constexpr std::uint64_t kPadWord = 0x5bd1e9955bd1e995ULL;

std::uint64_t Key(std::uint64_t tid, std::uint64_t a, std::uint64_t b = 0) {
  return Mix64(Mix64(a ^ (tid * 0x9e3779b97f4a7c15ULL)) ^ (b * 0xc2b2ae3d27d4eb4fULL));
}

}  // namespace

int TaggerFeatures(const WordInfo* words, int n, int i, int prev, int prev2,
                   std::uint64_t* keys) {
  auto word = [&](int j) { return j >= 0 && j < n ? words[j].word : kPadWord + j - i; };
  const WordInfo& w = words[i];
  int k = 0;
  std::uint64_t t = 0;
  keys[k++] = Key(++t, 1);  // bias
  keys[k++] = Key(++t, w.word);
  for (int a = 0; a < 4; ++a) keys[k++] = Key(++t, w.prefix[a]);
  for (int a = 0; a < 4; ++a) keys[k++] = Key(++t, w.suffix[a]);
  keys[k++] = Key(++t, w.shape);
  keys[k++] = Key(++t, w.short_shape, w.flags & kFirstWord);
  keys[k++] = Key(++t, w.flags);
  keys[k++] = Key(++t, word(i - 1));
  keys[k++] = Key(++t, word(i + 1));
  keys[k++] = Key(++t, word(i - 2));
  keys[k++] = Key(++t, word(i + 2));
  keys[k++] = Key(++t, word(i - 1), w.word);
  keys[k++] = Key(++t, w.word, word(i + 1));
  keys[k++] = Key(++t, prev);
  keys[k++] = Key(++t, prev, prev2);
  keys[k++] = Key(++t, prev, w.word);
  keys[k++] = Key(++t, prev, w.suffix[2]);
  keys[k++] = Key(++t, prev, word(i + 1));
  keys[k++] = Key(++t, i > 0 ? words[i - 1].suffix[2] : kPadWord);
  keys[k++] = Key(++t, i + 1 < n ? words[i + 1].suffix[2] : kPadWord);
  keys[k++] = Key(++t, i + 1 < n ? words[i + 1].short_shape : kPadWord);
  keys[k++] = Key(++t, i > 0 ? words[i - 1].short_shape : kPadWord, prev);
  keys[k++] = Key(++t, w.suffix[1], word(i + 1));
  keys[k++] = Key(++t, word(i - 2), word(i - 1));
  keys[k++] = Key(++t, word(i + 1), word(i + 2));
  keys[k++] = Key(++t, word(i - 1), word(i + 1));
  keys[k++] = Key(++t, prev, word(i - 1));
  keys[k++] = Key(++t, prev, w.short_shape);
  keys[k++] = Key(++t, i + 1 < n ? words[i + 1].suffix[1] : kPadWord);
  keys[k++] = Key(++t, i + 1 < n ? words[i + 1].flags : kPadWord, w.flags);
  keys[k++] = Key(++t, w.suffix[2], word(i - 1));
  keys[k++] = Key(++t, w.cased);
  keys[k++] = Key(++t, w.cased, prev);
  keys[k++] = Key(++t, w.word, w.flags & (kCapitalized | kFirstWord | kAllCaps));
  keys[k++] = Key(++t, i + 1 < n ? words[i + 1].cased : kPadWord);
  // What the tag dictionary says about this word and the next two.
  const std::uint64_t amb1 = i + 1 < n ? words[i + 1].ambiguity : kPadWord;
  const std::uint64_t amb2 = i + 2 < n ? words[i + 2].ambiguity : kPadWord;
  keys[k++] = Key(++t, w.ambiguity);
  keys[k++] = Key(++t, w.ambiguity, prev);
  keys[k++] = Key(++t, w.ambiguity, amb1);
  keys[k++] = Key(++t, amb1);
  keys[k++] = Key(++t, amb2, amb1);
  keys[k++] = Key(++t, w.word, amb1);
  keys[k++] = Key(++t, w.suffix[2], amb1);
  // What WordNet says this word and the next can be: for words the
  // treebanks never showed ("overthrew"), more than their suffixes tell.
  const std::uint64_t lex1 = i + 1 < n ? words[i + 1].lexical : kPadWord;
  keys[k++] = Key(++t, w.lexical);
  keys[k++] = Key(++t, w.lexical, w.suffix[1]);
  keys[k++] = Key(++t, w.lexical, prev);
  keys[k++] = Key(++t, w.lexical, lex1);
  keys[k++] = Key(++t, w.lexical, w.flags & (kCapitalized | kFirstWord));
  return k;
}

}  // namespace dyad::syntax

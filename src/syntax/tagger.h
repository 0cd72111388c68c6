// Part-of-speech tagger: greedy, left to right, an averaged perceptron over
// the word's norm, prefixes and suffixes (1-4), shape, capitalisation, digit
// and hyphen flags, the words two either side, the two tags already chosen
// on the left, the tag dictionary's classes and the parts of speech WordNet
// gives the word and the next one. Tags are indices into the model's tag
// names.
#ifndef DYAD_SYNTAX_TAGGER_H_
#define DYAD_SYNTAX_TAGGER_H_

#include <algorithm>
#include <cstdint>

#include "syntax/perceptron.h"
#include "syntax/word_features.h"

namespace dyad::syntax {

inline constexpr int kMaxTaggerFeatures = 64;
// The tag "before the sentence" in the history features.
inline constexpr int kNoTag = 255;

// Writes the feature keys for word i of words[0, n) given the two previous
// tags; returns how many.
int TaggerFeatures(const WordInfo* words, int n, int i, int prev, int prev2,
                   std::uint64_t* keys);

// Scores `words` with `weights` (any object with Score(keys, n, scores)) and
// writes the best tag of each word to tags[0, n).
template <typename Weights>
void TagGreedy(const Weights& weights, const WordInfo* words, int n, int* tags) {
  std::uint64_t keys[kMaxTaggerFeatures];
  typename Weights::ScoreType scores[256];
  const int classes = weights.num_classes();
  for (int i = 0; i < n; ++i) {
    const int prev = i > 0 ? tags[i - 1] : kNoTag;
    const int prev2 = i > 1 ? tags[i - 2] : kNoTag;
    const int k = TaggerFeatures(words, n, i, prev, prev2, keys);
    std::fill(scores, scores + classes, 0);
    weights.Score(keys, k, scores);
    int best = 0;
    for (int c = 1; c < classes; ++c)
      if (scores[c] > scores[best]) best = c;
    tags[i] = best;
  }
}

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_TAGGER_H_

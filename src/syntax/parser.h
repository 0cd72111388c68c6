// Labelled dependency parser: greedy arc-hybrid transitions (Kuhlmann et al.
// 2011) scored by an averaged perceptron, trained with the dynamic oracle of
// Goldberg & Nivre (2013) so that it learns to recover from its own mistakes.
//
// Configuration: a stack (ROOT at the bottom) and a buffer of the words left.
//   SHIFT      pushes the first buffer word b0;
//   LEFT(l)    pops s0 and makes it an l-dependent of b0;
//   RIGHT(l)   pops s0 and makes it an l-dependent of s1.
// A word is attached to ROOT only by RIGHT(root) once the buffer is empty,
// so each tree has one root. Classes: 0 = SHIFT, 1 + l = LEFT(l),
// 1 + L + l = RIGHT(l) for L labels.
//
// Features follow Zhang & Nivre (2011), with the tagger's UPOS|XPOS pairs as
// tags: words and tags of s0-s2, b0-b2 and
// of the leftmost/rightmost children of s0, s1 and b0, pairs and triples of
// these, the s0-b0 distance, valencies and the label sets of s0 and b0.
#ifndef DYAD_SYNTAX_PARSER_H_
#define DYAD_SYNTAX_PARSER_H_

#include <cstdint>
#include <vector>

#include "syntax/word_features.h"

namespace dyad::syntax {

inline constexpr int kMaxParserFeatures = 128;

// The configuration of one sentence; its buffers are reused between
// sentences, so steady-state parsing allocates nothing.
class ParseState {
 public:
  // Words 1..n; 0 is ROOT. `words` and `tags` must outlive the parse.
  void Reset(const WordInfo* words, const int* tags, int n, int root_label);

  bool Terminal() const { return b_ > n_ && stack_.size() == 1; }
  // Validity of each class; writes valid[0, 1 + 2 * num_labels).
  void ValidMoves(int num_labels, bool* valid) const;
  void Apply(int cls, int num_labels);

  int Features(std::uint64_t* keys) const;

  // Cost of each class against the gold tree (heads 0..n, 0 = ROOT; labels),
  // the number of gold arcs that become unreachable. Writes cost[0, classes).
  void Costs(const int* gold_head, const int* gold_label, int num_labels,
             int* cost) const;

  int head(int i) const { return head_[i]; }  // 1-based word index, 0 = ROOT
  int label(int i) const { return label_[i]; }

 private:
  struct Node {
    int lc1 = 0, lc2 = 0, rc1 = 0, rc2 = 0;  // children, 0 when none
    int n_left = 0, n_right = 0;
    std::uint64_t left_labels = 0, right_labels = 0;
  };
  void Attach(int dep, int head, int label);
  int S(int i) const {
    return static_cast<int>(stack_.size()) > i ? stack_[stack_.size() - 1 - i] : -1;
  }
  int B(int i) const { return b_ + i <= n_ ? b_ + i : -1; }

  const WordInfo* words_ = nullptr;
  const int* tags_ = nullptr;
  int n_ = 0;
  int b_ = 1;
  int root_label_ = 0;
  std::vector<int> stack_;
  std::vector<int> head_, label_;
  std::vector<Node> nodes_;
  std::vector<char> in_stack_;
};

// Parses with `weights` (Score(keys, n, scores), num_classes()); heads and
// labels of words 1..n end up in `state`.
template <typename Weights>
void ParseGreedy(const Weights& weights, int num_labels, ParseState* state) {
  std::uint64_t keys[kMaxParserFeatures];
  typename Weights::ScoreType scores[256];
  bool valid[256];
  const int classes = 1 + 2 * num_labels;
  while (!state->Terminal()) {
    state->ValidMoves(num_labels, valid);
    const int k = state->Features(keys);
    for (int c = 0; c < classes; ++c) scores[c] = 0;
    weights.Score(keys, k, scores);
    int best = -1;
    for (int c = 0; c < classes; ++c)
      if (valid[c] && (best < 0 || scores[c] > scores[best])) best = c;
    state->Apply(best, num_labels);
  }
}

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_PARSER_H_

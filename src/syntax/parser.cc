#include "syntax/parser.h"

#include "syntax/perceptron.h"

namespace dyad::syntax {
namespace {

constexpr std::uint64_t kNoWord = 0x2545f4914f6cdd1dULL;
constexpr std::uint64_t kRootWord = 0x7a3c5e1b9d2f4a68ULL;
constexpr int kNoneTag = 200;
constexpr int kRootTag = 201;
constexpr int kNoLabel = 250;
constexpr int kInvalidCost = 1 << 20;

inline std::uint64_t Key(std::uint64_t tid, std::uint64_t a, std::uint64_t b = 0,
                         std::uint64_t c = 0) {
  std::uint64_t h = Mix64(a ^ (tid * 0x9e3779b97f4a7c15ULL));
  h = Mix64(h ^ (b * 0xc2b2ae3d27d4eb4fULL));
  return c == 0 ? h : Mix64(h ^ (c * 0x165667b19e3779f9ULL));
}

int DistanceBucket(int d) { return d < 5 ? d : (d < 10 ? 5 : 6); }

}  // namespace

void ParseState::Reset(const WordInfo* words, const int* tags, int n, int root_label) {
  words_ = words;
  tags_ = tags;
  n_ = n;
  b_ = 1;
  root_label_ = root_label;
  stack_.clear();
  stack_.push_back(0);
  head_.assign(n + 1, -1);
  label_.assign(n + 1, -1);
  nodes_.assign(n + 1, Node());
  in_stack_.assign(n + 1, 0);
  in_stack_[0] = 1;
}

void ParseState::ValidMoves(int num_labels, bool* valid) const {
  const int stack = static_cast<int>(stack_.size());
  const bool buffer = b_ <= n_;
  valid[0] = buffer;
  for (int l = 0; l < num_labels; ++l) {
    const bool root = l == root_label_;
    valid[1 + l] = buffer && stack >= 2 && !root;
    valid[1 + num_labels + l] = stack >= 3 ? !root : (stack == 2 && !buffer && root);
  }
}

void ParseState::Attach(int dep, int head, int label) {
  head_[dep] = head;
  label_[dep] = label;
  Node& h = nodes_[head];
  const std::uint64_t bit = 1ULL << (label & 63);
  if (dep < head) {
    ++h.n_left;
    h.left_labels |= bit;
    if (h.lc1 == 0 || dep < h.lc1) {
      h.lc2 = h.lc1;
      h.lc1 = dep;
    } else if (h.lc2 == 0 || dep < h.lc2) {
      h.lc2 = dep;
    }
  } else {
    ++h.n_right;
    h.right_labels |= bit;
    if (dep > h.rc1) {
      h.rc2 = h.rc1;
      h.rc1 = dep;
    } else if (dep > h.rc2) {
      h.rc2 = dep;
    }
  }
}

void ParseState::Apply(int cls, int num_labels) {
  if (cls == 0) {
    in_stack_[b_] = 1;
    stack_.push_back(b_++);
    return;
  }
  const int dep = stack_.back();
  stack_.pop_back();
  in_stack_[dep] = 0;
  if (cls <= num_labels) {
    Attach(dep, b_, cls - 1);
  } else {
    Attach(dep, stack_.back(), cls - 1 - num_labels);
  }
}

void ParseState::Costs(const int* gold_head, const int* gold_label, int num_labels,
                       int* cost) const {
  bool valid[256];
  ValidMoves(num_labels, valid);
  const int s0 = S(0), s1 = S(1), b = b_;
  int shift = 0, left = 0, right = 0;
  if (b <= n_) {
    const int gh = gold_head[b];
    if (in_stack_[gh] && gh != s0) ++shift;
    for (int k : stack_) shift += k > 0 && gold_head[k] == b;
  }
  if (s0 > 0) {
    const int gh = gold_head[s0];
    int deps_in_buffer = 0;
    for (int k = b; k <= n_; ++k) deps_in_buffer += gold_head[k] == s0;
    left = deps_in_buffer + (gh != b && (gh == s1 || gh >= b));
    right = deps_in_buffer + (gh >= b);
  }
  cost[0] = valid[0] ? shift : kInvalidCost;
  const int gl = s0 > 0 ? gold_label[s0] : -1;
  const int gh = s0 > 0 ? gold_head[s0] : -1;
  for (int l = 0; l < num_labels; ++l) {
    cost[1 + l] = valid[1 + l] ? left + (gh == b && l != gl) : kInvalidCost;
    cost[1 + num_labels + l] =
        valid[1 + num_labels + l] ? right + (gh == s1 && l != gl) : kInvalidCost;
  }
}

int ParseState::Features(std::uint64_t* keys) const {
  auto word = [&](int i) {
    return i < 0 ? kNoWord : (i == 0 ? kRootWord : words_[i - 1].word);
  };
  auto tag = [&](int i) -> std::uint64_t {
    return i < 0 ? kNoneTag : (i == 0 ? kRootTag : tags_[i - 1]);
  };
  auto lab = [&](int i) -> std::uint64_t { return i <= 0 ? kNoLabel : label_[i]; };
  auto wt = [&](int i) { return word(i) ^ (tag(i) * 0x8cb92ba72f3d8dd7ULL); };
  auto child = [&](int i, int Node::*which) { return i < 0 ? -1 : nodes_[i].*which; };
  auto kid = [&](int c) { return c == 0 ? -1 : c; };

  const int s0 = S(0), s1 = S(1), s2 = S(2), b0 = B(0), b1 = B(1), b2 = B(2);
  const int s0l = kid(child(s0, &Node::lc1)), s0l2 = kid(child(s0, &Node::lc2));
  const int s0r = kid(child(s0, &Node::rc1)), s0r2 = kid(child(s0, &Node::rc2));
  const int s1l = kid(child(s1, &Node::lc1)), s1r = kid(child(s1, &Node::rc1));
  const int b0l = kid(child(b0, &Node::lc1)), b0l2 = kid(child(b0, &Node::lc2));
  const int s0ll = s0l > 0 ? kid(nodes_[s0l].lc1) : -1;
  const int s0rr = s0r > 0 ? kid(nodes_[s0r].rc1) : -1;
  const int dist = s0 >= 0 && b0 > 0 ? DistanceBucket(b0 - s0) : 0;
  const int dist_s = s1 >= 0 && s0 > 0 ? DistanceBucket(s0 - s1) : 0;
  const Node none;
  const Node& n0 = s0 >= 0 ? nodes_[s0] : none;
  const Node& n1 = s1 >= 0 ? nodes_[s1] : none;
  const Node& nb = b0 > 0 ? nodes_[b0] : none;

  int k = 0;
  std::uint64_t t = 0;
  // Single words.
  for (int i : {s0, s1, b0, b1, b2}) {
    keys[k++] = Key(++t, word(i));
    keys[k++] = Key(++t, tag(i));
    keys[k++] = Key(++t, wt(i));
  }
  keys[k++] = Key(++t, tag(s2));
  keys[k++] = Key(++t, b0 > 0 ? words_[b0 - 1].suffix[2] : kNoWord, tag(b0));
  keys[k++] = Key(++t, s0 > 0 ? words_[s0 - 1].suffix[2] : kNoWord, tag(s0));
  // Pairs of s0 and b0, of s1 and s0, and of b0 and b1.
  keys[k++] = Key(++t, wt(s0), wt(b0));
  keys[k++] = Key(++t, wt(s0), word(b0));
  keys[k++] = Key(++t, word(s0), wt(b0));
  keys[k++] = Key(++t, wt(s0), tag(b0));
  keys[k++] = Key(++t, tag(s0), wt(b0));
  keys[k++] = Key(++t, word(s0), word(b0));
  keys[k++] = Key(++t, tag(s0), tag(b0));
  keys[k++] = Key(++t, tag(b0), tag(b1));
  keys[k++] = Key(++t, word(b0), word(b1));
  keys[k++] = Key(++t, tag(b0), wt(b1));
  keys[k++] = Key(++t, wt(b0), tag(b1));
  keys[k++] = Key(++t, wt(s1), wt(s0));
  keys[k++] = Key(++t, tag(s1), tag(s0));
  keys[k++] = Key(++t, word(s1), word(s0));
  keys[k++] = Key(++t, wt(s1), tag(s0));
  keys[k++] = Key(++t, tag(s1), wt(s0));
  // Triples of tags.
  keys[k++] = Key(++t, tag(b0), tag(b1), tag(b2));
  keys[k++] = Key(++t, tag(s0), tag(b0), tag(b1));
  keys[k++] = Key(++t, tag(s1), tag(s0), tag(b0));
  keys[k++] = Key(++t, tag(s0), tag(s0l), tag(b0));
  keys[k++] = Key(++t, tag(s0), tag(s0r), tag(b0));
  keys[k++] = Key(++t, tag(s0), tag(b0), tag(b0l));
  keys[k++] = Key(++t, tag(s1), tag(s0), tag(s0l));
  keys[k++] = Key(++t, tag(s1), tag(s0), tag(s0r));
  keys[k++] = Key(++t, tag(s1), tag(s1r), tag(s0));
  keys[k++] = Key(++t, tag(s1), tag(s1l), tag(s0));
  keys[k++] = Key(++t, tag(s2), tag(s1), tag(s0));
  keys[k++] = Key(++t, word(s1), tag(s0), tag(b0));
  keys[k++] = Key(++t, tag(s1), word(s0), tag(b0));
  keys[k++] = Key(++t, tag(s1), tag(s0), word(b0));
  // Distance.
  keys[k++] = Key(++t, word(s0), dist);
  keys[k++] = Key(++t, tag(s0), dist);
  keys[k++] = Key(++t, word(b0), dist);
  keys[k++] = Key(++t, tag(b0), dist);
  keys[k++] = Key(++t, word(s0), word(b0), dist);
  keys[k++] = Key(++t, tag(s0), tag(b0), dist);
  keys[k++] = Key(++t, tag(s1), tag(s0), dist_s);
  keys[k++] = Key(++t, word(s1), word(s0), dist_s);
  // Valency.
  keys[k++] = Key(++t, word(s0), n0.n_right);
  keys[k++] = Key(++t, tag(s0), n0.n_right);
  keys[k++] = Key(++t, word(s0), n0.n_left);
  keys[k++] = Key(++t, tag(s0), n0.n_left);
  keys[k++] = Key(++t, word(b0), nb.n_left);
  keys[k++] = Key(++t, tag(b0), nb.n_left);
  keys[k++] = Key(++t, tag(s1), n1.n_right);
  keys[k++] = Key(++t, tag(s1), n1.n_left);
  // Children: words, tags and labels.
  for (int c : {s0l, s0r, b0l, s1r, s0l2, s0r2, b0l2}) {
    keys[k++] = Key(++t, word(c));
    keys[k++] = Key(++t, tag(c));
    keys[k++] = Key(++t, lab(c));
  }
  keys[k++] = Key(++t, tag(s1l), lab(s1l));
  keys[k++] = Key(++t, tag(s0), lab(s0l), lab(s0l2));
  keys[k++] = Key(++t, tag(s0), lab(s0r), lab(s0r2));
  keys[k++] = Key(++t, tag(b0), lab(b0l), lab(b0l2));
  keys[k++] = Key(++t, tag(s0), tag(s0l), tag(s0l2));
  keys[k++] = Key(++t, tag(s0), tag(s0r), tag(s0r2));
  keys[k++] = Key(++t, tag(b0), tag(b0l), tag(b0l2));
  keys[k++] = Key(++t, tag(s0), tag(s0ll), lab(s0ll));
  keys[k++] = Key(++t, tag(s0), tag(s0rr), lab(s0rr));
  // Label sets.
  keys[k++] = Key(++t, word(s0), n0.right_labels);
  keys[k++] = Key(++t, tag(s0), n0.right_labels);
  keys[k++] = Key(++t, word(s0), n0.left_labels);
  keys[k++] = Key(++t, tag(s0), n0.left_labels);
  keys[k++] = Key(++t, word(b0), nb.left_labels);
  keys[k++] = Key(++t, tag(b0), nb.left_labels);
  keys[k++] = Key(++t, tag(s1), n1.right_labels);
  keys[k++] = Key(++t, tag(s1), n1.left_labels, tag(s0));
  return k;
}

}  // namespace dyad::syntax

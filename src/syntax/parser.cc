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
  // Copies, not references, for the same reason as At below.
  const Node none;
  const Node n0 = s0 >= 0 ? nodes_[s0] : none;
  const Node n1 = s1 >= 0 ? nodes_[s1] : none;
  const Node nb = b0 > 0 ? nodes_[b0] : none;

  // What the templates read of each position, read once: the stores to
  // `keys` could alias the word hashes, so reads in the templates below
  // would be done again for every template.
  struct At {
    std::uint64_t word, tag, wt, lab;
  };
  auto at = [&](int i) { return At{word(i), tag(i), wt(i), lab(i)}; };
  const At at_s0 = at(s0), at_s1 = at(s1), at_s2 = at(s2);
  const At at_b0 = at(b0), at_b1 = at(b1), at_b2 = at(b2);
  const At at_s0l = at(s0l), at_s0l2 = at(s0l2), at_s0r = at(s0r), at_s0r2 = at(s0r2);
  const At at_s1l = at(s1l), at_s1r = at(s1r), at_b0l = at(b0l), at_b0l2 = at(b0l2);
  const At at_s0ll = at(s0ll), at_s0rr = at(s0rr);
  const std::uint64_t suffix_b0 = b0 > 0 ? words_[b0 - 1].suffix[2] : kNoWord;
  const std::uint64_t suffix_s0 = s0 > 0 ? words_[s0 - 1].suffix[2] : kNoWord;

  int k = 0;
  std::uint64_t t = 0;
  // Single words.
  for (const At* i : {&at_s0, &at_s1, &at_b0, &at_b1, &at_b2}) {
    keys[k++] = Key(++t, i->word);
    keys[k++] = Key(++t, i->tag);
    keys[k++] = Key(++t, i->wt);
  }
  keys[k++] = Key(++t, at_s2.tag);
  keys[k++] = Key(++t, suffix_b0, at_b0.tag);
  keys[k++] = Key(++t, suffix_s0, at_s0.tag);
  // Pairs of s0 and b0, of s1 and s0, and of b0 and b1.
  keys[k++] = Key(++t, at_s0.wt, at_b0.wt);
  keys[k++] = Key(++t, at_s0.wt, at_b0.word);
  keys[k++] = Key(++t, at_s0.word, at_b0.wt);
  keys[k++] = Key(++t, at_s0.wt, at_b0.tag);
  keys[k++] = Key(++t, at_s0.tag, at_b0.wt);
  keys[k++] = Key(++t, at_s0.word, at_b0.word);
  keys[k++] = Key(++t, at_s0.tag, at_b0.tag);
  keys[k++] = Key(++t, at_b0.tag, at_b1.tag);
  keys[k++] = Key(++t, at_b0.word, at_b1.word);
  keys[k++] = Key(++t, at_b0.tag, at_b1.wt);
  keys[k++] = Key(++t, at_b0.wt, at_b1.tag);
  keys[k++] = Key(++t, at_s1.wt, at_s0.wt);
  keys[k++] = Key(++t, at_s1.tag, at_s0.tag);
  keys[k++] = Key(++t, at_s1.word, at_s0.word);
  keys[k++] = Key(++t, at_s1.wt, at_s0.tag);
  keys[k++] = Key(++t, at_s1.tag, at_s0.wt);
  // Triples of tags.
  keys[k++] = Key(++t, at_b0.tag, at_b1.tag, at_b2.tag);
  keys[k++] = Key(++t, at_s0.tag, at_b0.tag, at_b1.tag);
  keys[k++] = Key(++t, at_s1.tag, at_s0.tag, at_b0.tag);
  keys[k++] = Key(++t, at_s0.tag, at_s0l.tag, at_b0.tag);
  keys[k++] = Key(++t, at_s0.tag, at_s0r.tag, at_b0.tag);
  keys[k++] = Key(++t, at_s0.tag, at_b0.tag, at_b0l.tag);
  keys[k++] = Key(++t, at_s1.tag, at_s0.tag, at_s0l.tag);
  keys[k++] = Key(++t, at_s1.tag, at_s0.tag, at_s0r.tag);
  keys[k++] = Key(++t, at_s1.tag, at_s1r.tag, at_s0.tag);
  keys[k++] = Key(++t, at_s1.tag, at_s1l.tag, at_s0.tag);
  keys[k++] = Key(++t, at_s2.tag, at_s1.tag, at_s0.tag);
  keys[k++] = Key(++t, at_s1.word, at_s0.tag, at_b0.tag);
  keys[k++] = Key(++t, at_s1.tag, at_s0.word, at_b0.tag);
  keys[k++] = Key(++t, at_s1.tag, at_s0.tag, at_b0.word);
  // Distance.
  keys[k++] = Key(++t, at_s0.word, dist);
  keys[k++] = Key(++t, at_s0.tag, dist);
  keys[k++] = Key(++t, at_b0.word, dist);
  keys[k++] = Key(++t, at_b0.tag, dist);
  keys[k++] = Key(++t, at_s0.word, at_b0.word, dist);
  keys[k++] = Key(++t, at_s0.tag, at_b0.tag, dist);
  keys[k++] = Key(++t, at_s1.tag, at_s0.tag, dist_s);
  keys[k++] = Key(++t, at_s1.word, at_s0.word, dist_s);
  // Valency.
  keys[k++] = Key(++t, at_s0.word, n0.n_right);
  keys[k++] = Key(++t, at_s0.tag, n0.n_right);
  keys[k++] = Key(++t, at_s0.word, n0.n_left);
  keys[k++] = Key(++t, at_s0.tag, n0.n_left);
  keys[k++] = Key(++t, at_b0.word, nb.n_left);
  keys[k++] = Key(++t, at_b0.tag, nb.n_left);
  keys[k++] = Key(++t, at_s1.tag, n1.n_right);
  keys[k++] = Key(++t, at_s1.tag, n1.n_left);
  // Children: words, tags and labels.
  for (const At* c : {&at_s0l, &at_s0r, &at_b0l, &at_s1r, &at_s0l2, &at_s0r2, &at_b0l2}) {
    keys[k++] = Key(++t, c->word);
    keys[k++] = Key(++t, c->tag);
    keys[k++] = Key(++t, c->lab);
  }
  keys[k++] = Key(++t, at_s1l.tag, at_s1l.lab);
  keys[k++] = Key(++t, at_s0.tag, at_s0l.lab, at_s0l2.lab);
  keys[k++] = Key(++t, at_s0.tag, at_s0r.lab, at_s0r2.lab);
  keys[k++] = Key(++t, at_b0.tag, at_b0l.lab, at_b0l2.lab);
  keys[k++] = Key(++t, at_s0.tag, at_s0l.tag, at_s0l2.tag);
  keys[k++] = Key(++t, at_s0.tag, at_s0r.tag, at_s0r2.tag);
  keys[k++] = Key(++t, at_b0.tag, at_b0l.tag, at_b0l2.tag);
  keys[k++] = Key(++t, at_s0.tag, at_s0ll.tag, at_s0ll.lab);
  keys[k++] = Key(++t, at_s0.tag, at_s0rr.tag, at_s0rr.lab);
  // Label sets.
  keys[k++] = Key(++t, at_s0.word, n0.right_labels);
  keys[k++] = Key(++t, at_s0.tag, n0.right_labels);
  keys[k++] = Key(++t, at_s0.word, n0.left_labels);
  keys[k++] = Key(++t, at_s0.tag, n0.left_labels);
  keys[k++] = Key(++t, at_b0.word, nb.left_labels);
  keys[k++] = Key(++t, at_b0.tag, nb.left_labels);
  keys[k++] = Key(++t, at_s1.tag, n1.right_labels);
  keys[k++] = Key(++t, at_s1.tag, n1.left_labels, at_s0.tag);
  return k;
}

}  // namespace dyad::syntax

// A sentence's dependency tree as the coder reads it: each token's part of
// speech, head and relation, from dyad's tagger and parser (doc/syntax.md).
// The coder parses a sentence only when it holds a trigger and an actor, and
// every decision that reads the tree falls back on the word-window rules
// when the sentence has no tree (a binary built without a model).
#ifndef DYAD_CODER_TREE_H_
#define DYAD_CODER_TREE_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "syntax/model.h"
#include "text/tokenizer.h"

namespace dyad::coder {

class Tree {
 public:
  // Parses the tokens of one sentence of `doc` with the built-in model; an
  // empty tree when there is no model.
  void Parse(std::string_view doc, std::span<const text::Token> tokens);

  bool empty() const { return words_.empty(); }
  std::size_t size() const { return words_.size(); }
  std::string_view Pos(std::size_t i) const;  // "VERB", "NOUN", ...
  std::string_view Rel(std::size_t i) const;  // "nsubj", "obl:agent", ...
  int Head(std::size_t i) const { return words_[i].head; }
  // Whether the relation of `i` is `rel` or one of its subtypes ("obl"
  // matches "obl:agent"; "nsubj:pass" only itself).
  bool RelIs(std::size_t i, std::string_view rel) const;
  // The dependents of `i` whose relation is `rel` (as RelIs), in text order.
  std::vector<int> Children(std::size_t i, std::string_view rel) const;
  bool IsVerb(std::size_t i) const { return Pos(i) == "VERB" || Pos(i) == "AUX"; }
  bool IsNoun(std::size_t i) const { return Pos(i) == "NOUN" || Pos(i) == "PROPN"; }

 private:
  const syntax::SyntaxModel* model_ = nullptr;
  std::vector<syntax::SyntaxWord> words_;
};

}  // namespace dyad::coder

#endif  // DYAD_CODER_TREE_H_

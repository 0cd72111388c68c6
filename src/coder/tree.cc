#include "coder/tree.h"

namespace dyad::coder {
namespace {

const syntax::SyntaxModel* Model() {
  static const syntax::SyntaxModel* model = [] {
    auto builtin = syntax::SyntaxModel::Builtin();
    return builtin.ok() ? *builtin : nullptr;
  }();
  return model;
}

}  // namespace

void Tree::Parse(std::string_view doc, std::span<const text::Token> tokens) {
  model_ = Model();
  words_.clear();
  if (!model_ || tokens.empty()) return;
  thread_local syntax::Workspace workspace;
  model_->Analyze(doc, tokens, &workspace, &words_);
}

std::string_view Tree::Pos(std::size_t i) const {
  return model_->tag_names()[words_[i].upos];
}

std::string_view Tree::Rel(std::size_t i) const {
  return model_->label_names()[words_[i].deprel];
}

bool Tree::RelIs(std::size_t i, std::string_view rel) const {
  const std::string_view r = Rel(i);
  return r == rel || (r.size() > rel.size() && r.substr(0, rel.size()) == rel &&
                      r[rel.size()] == ':' && rel.find(':') == std::string_view::npos);
}

std::vector<int> Tree::Children(std::size_t i, std::string_view rel) const {
  std::vector<int> out;
  for (std::size_t k = 0; k < words_.size(); ++k)
    if (words_[k].head == static_cast<int>(i) && RelIs(k, rel))
      out.push_back(static_cast<int>(k));
  return out;
}

}  // namespace dyad::coder

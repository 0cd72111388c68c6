#include "dict/token_trie.h"

#include <algorithm>

namespace dyad::dict {
namespace {

std::uint64_t Key(std::uint32_t node, std::uint32_t token) {
  return ((static_cast<std::uint64_t>(node) << 32) | token) + 1;
}

std::size_t HashKey(std::uint64_t key) {
  key ^= key >> 33;
  key *= 0xff51afd7ed558ccdULL;
  key ^= key >> 33;
  return static_cast<std::size_t>(key);
}

}  // namespace

std::uint32_t Interner::Intern(std::string_view word) {
  auto it = ids_.find(word);
  if (it != ids_.end()) return it->second;
  auto id = static_cast<std::uint32_t>(ids_.size() + 1);
  ids_.emplace(std::string(word), id);
  return id;
}

std::uint32_t Interner::Find(std::string_view word) const {
  auto it = ids_.find(word);
  return it == ids_.end() ? kUnknown : it->second;
}

TokenTrie::TokenTrie() : slots_(64), node_values_(1, kNone) {}

std::uint32_t TokenTrie::Child(std::uint32_t node, std::uint32_t token) const {
  std::uint64_t key = Key(node, token);
  std::size_t mask = slots_.size() - 1;
  for (std::size_t i = HashKey(key) & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.key == key) return s.child;
    if (s.key == 0) return kNone;
  }
}

void TokenTrie::Grow() {
  std::vector<Slot> old(slots_.size() * 2);
  old.swap(slots_);
  std::size_t mask = slots_.size() - 1;
  for (const Slot& s : old) {
    if (s.key == 0) continue;
    std::size_t i = HashKey(s.key) & mask;
    while (slots_[i].key != 0) i = (i + 1) & mask;
    slots_[i] = s;
  }
}

std::uint32_t TokenTrie::AddChild(std::uint32_t node, std::uint32_t token) {
  std::uint32_t child = Child(node, token);
  if (child != kNone) return child;
  if ((edges_ + 1) * 2 > slots_.size()) Grow();
  child = static_cast<std::uint32_t>(node_values_.size());
  node_values_.push_back(kNone);
  std::uint64_t key = Key(node, token);
  std::size_t mask = slots_.size() - 1;
  std::size_t i = HashKey(key) & mask;
  while (slots_[i].key != 0) i = (i + 1) & mask;
  slots_[i] = {key, child};
  ++edges_;
  return child;
}

void TokenTrie::Insert(std::span<const std::uint32_t> ids, std::uint32_t value) {
  std::uint32_t node = 0;
  for (std::uint32_t id : ids) node = AddChild(node, id);
  if (node_values_[node] == kNone) {
    node_values_[node] = static_cast<std::uint32_t>(values_.size());
    values_.emplace_back();
    ++phrases_;
  }
  auto& v = values_[node_values_[node]];
  if (std::find(v.begin(), v.end(), value) == v.end()) v.push_back(value);
}

TokenTrie::Match TokenTrie::LongestMatch(std::span<const std::uint32_t> ids,
                                         std::size_t start) const {
  Match best;
  std::uint32_t node = 0;
  for (std::size_t i = start; i < ids.size(); ++i) {
    if (ids[i] == Interner::kUnknown) break;
    node = Child(node, ids[i]);
    if (node == kNone) break;
    if (node_values_[node] != kNone) {
      best.length = static_cast<std::uint32_t>(i - start + 1);
      best.node = node;
    }
  }
  return best;
}

std::vector<TokenTrie::Match> TokenTrie::AllMatches(std::span<const std::uint32_t> ids,
                                                    std::size_t start) const {
  std::vector<Match> out;
  std::uint32_t node = 0;
  for (std::size_t i = start; i < ids.size(); ++i) {
    if (ids[i] == Interner::kUnknown) break;
    node = Child(node, ids[i]);
    if (node == kNone) break;
    if (node_values_[node] != kNone)
      out.push_back({static_cast<std::uint32_t>(i - start + 1), node});
  }
  return out;
}

std::span<const std::uint32_t> TokenTrie::Values(std::uint32_t node) const {
  if (node >= node_values_.size() || node_values_[node] == kNone) return {};
  return values_[node_values_[node]];
}

}  // namespace dyad::dict

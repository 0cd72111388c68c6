// Token trie: maps sequences of token ids to values, answering "the longest
// dictionary phrase that starts at this token" in one walk.
//
// Phrases are sequences of interned token ids (see Interner), so a lookup
// costs one hash probe per token and no string compares. Edges live in one
// open-addressing table keyed by (node, token); values hang off nodes. Built
// once, then read concurrently by any number of threads.
#ifndef DYAD_DICT_TOKEN_TRIE_H_
#define DYAD_DICT_TOKEN_TRIE_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dyad::dict {

// Interns token forms as dense ids. Id 0 means "not in any dictionary".
class Interner {
 public:
  static constexpr std::uint32_t kUnknown = 0;

  std::uint32_t Intern(std::string_view word);
  std::uint32_t Find(std::string_view word) const;
  std::size_t size() const { return ids_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const {
      return std::hash<std::string_view>()(s);
    }
  };
  std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> ids_;
};

class TokenTrie {
 public:
  struct Match {
    std::uint32_t length = 0;  // tokens matched; 0 when nothing matched
    std::uint32_t node = 0;
  };

  TokenTrie();

  // Adds `value` to the phrase `ids` (non-empty, no kUnknown).
  void Insert(std::span<const std::uint32_t> ids, std::uint32_t value);

  // Longest phrase that starts at ids[start] and has values.
  Match LongestMatch(std::span<const std::uint32_t> ids, std::size_t start) const;

  // Every phrase that starts at ids[start], shortest first.
  std::vector<Match> AllMatches(std::span<const std::uint32_t> ids,
                                std::size_t start) const;

  std::span<const std::uint32_t> Values(std::uint32_t node) const;

  std::size_t phrase_count() const { return phrases_; }
  std::size_t node_count() const { return node_values_.size(); }

 private:
  static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

  std::uint32_t Child(std::uint32_t node, std::uint32_t token) const;
  std::uint32_t AddChild(std::uint32_t node, std::uint32_t token);
  void Grow();

  struct Slot {
    std::uint64_t key = 0;  // (node << 32 | token) + 1; 0 marks an empty slot
    std::uint32_t child = 0;
  };
  std::vector<Slot> slots_;  // power-of-two sized, at most half full
  std::size_t edges_ = 0;
  std::vector<std::uint32_t> node_values_;  // index into values_, or kNone
  std::vector<std::vector<std::uint32_t>> values_;
  std::size_t phrases_ = 0;
};

}  // namespace dyad::dict

#endif  // DYAD_DICT_TOKEN_TRIE_H_

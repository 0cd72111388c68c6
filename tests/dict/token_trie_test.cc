#include "dict/token_trie.h"

#include <gtest/gtest.h>

#include <map>
#include <random>

namespace dyad::dict {
namespace {

using Ids = std::vector<std::uint32_t>;

TEST(TokenTrieTest, LongestMatchWins) {
  TokenTrie trie;
  trie.Insert(Ids{1}, 10);
  trie.Insert(Ids{1, 2, 3}, 30);
  Ids text = {1, 2, 3, 4};
  auto m = trie.LongestMatch(text, 0);
  EXPECT_EQ(m.length, 3u);
  EXPECT_EQ(trie.Values(m.node)[0], 30u);
  // 1 2 without 3: falls back to the one-token phrase.
  Ids partial = {1, 2, 5};
  m = trie.LongestMatch(partial, 0);
  EXPECT_EQ(m.length, 1u);
  EXPECT_EQ(trie.LongestMatch(partial, 1).length, 0u);
  EXPECT_EQ(trie.AllMatches(text, 0).size(), 2u);
}

TEST(TokenTrieTest, ValuesAccumulateWithoutDuplicates) {
  TokenTrie trie;
  trie.Insert(Ids{7, 8}, 1);
  trie.Insert(Ids{7, 8}, 2);
  trie.Insert(Ids{7, 8}, 1);
  auto m = trie.LongestMatch(Ids{7, 8}, 0);
  EXPECT_EQ(trie.Values(m.node).size(), 2u);
  EXPECT_EQ(trie.phrase_count(), 1u);
}

TEST(TokenTrieTest, UnknownTokensNeverMatch) {
  TokenTrie trie;
  trie.Insert(Ids{1}, 1);
  EXPECT_EQ(trie.LongestMatch(Ids{Interner::kUnknown, 1}, 0).length, 0u);
}

// The trie against a plain map of phrases on random data (re2's tester idea).
TEST(TokenTrieTest, AgreesWithNaiveMatcher) {
  std::mt19937 rng(42);
  std::uniform_int_distribution<std::uint32_t> token(1, 12), len(1, 4);
  TokenTrie trie;
  std::map<Ids, std::uint32_t> phrases;
  for (std::uint32_t v = 0; v < 3000; ++v) {
    Ids p(len(rng));
    for (auto& t : p) t = token(rng);
    if (phrases.emplace(p, v).second) trie.Insert(p, v);
  }
  Ids text(5000);
  for (auto& t : text) t = token(rng);
  for (std::size_t i = 0; i < text.size(); ++i) {
    std::size_t best = 0;
    for (std::size_t l = 1; l <= 4 && i + l <= text.size(); ++l)
      if (phrases.count(Ids(text.begin() + i, text.begin() + i + l))) best = l;
    auto m = trie.LongestMatch(text, i);
    ASSERT_EQ(m.length, best) << "at " << i;
    if (best) {
      EXPECT_EQ(trie.Values(m.node)[0],
                phrases.at(Ids(text.begin() + i, text.begin() + i + best)));
    }
  }
}

TEST(TokenTrieTest, HundredThousandPhrases) {
  Interner interner;
  TokenTrie trie;
  for (std::uint32_t i = 0; i < 100000; ++i) {
    Ids p = {interner.Intern("w" + std::to_string(i % 5000)),
             interner.Intern("x" + std::to_string(i))};
    trie.Insert(p, i);
  }
  EXPECT_EQ(trie.phrase_count(), 100000u);
  Ids probe = {interner.Find("w17"), interner.Find("x5017")};
  auto m = trie.LongestMatch(probe, 0);
  ASSERT_EQ(m.length, 2u);
  EXPECT_EQ(trie.Values(m.node)[0], 5017u);
}

TEST(InternerTest, DenseIdsFromOne) {
  Interner in;
  EXPECT_EQ(in.Intern("a"), 1u);
  EXPECT_EQ(in.Intern("b"), 2u);
  EXPECT_EQ(in.Intern("a"), 1u);
  EXPECT_EQ(in.Find("c"), Interner::kUnknown);
}

}  // namespace
}  // namespace dyad::dict

// The tags a frequent word was seen with in training, as a tagger feature.
//
// For every training word the dictionary keeps its most frequent tag and the
// set of tags each seen in at least 5% of its uses (an "ambiguity class",
// e.g. NOUN|VERB for "attack"). The tagger reads it for the word and the two
// words after it, which tells it about the right context it has not tagged
// yet (+0.4 UPOS on EWT dev). Keys are word hashes: no text is stored.
#ifndef DYAD_SYNTAX_TAG_DICTIONARY_H_
#define DYAD_SYNTAX_TAG_DICTIONARY_H_

#include <cstdint>
#include <vector>

#include "dyad/status.h"
#include "syntax/binary_io.h"

namespace dyad::syntax {

class TagDictionary {
 public:
  static constexpr int kMinCount = 1;

  // word_hashes[i] was seen with tags[i].
  static TagDictionary Build(const std::vector<std::uint64_t>& word_hashes,
                             const std::vector<int>& tags, int num_tags);

  // (most frequent tag + 1) | (tag set << 8), or 0 for a word not kept.
  std::uint64_t Lookup(std::uint64_t word) const;
  std::size_t size() const { return num_entries_; }

  void Save(ByteWriter* out) const;
  Status Load(ByteReader* in);

 private:
  void Insert(std::uint64_t key, std::uint64_t value);
  void Reserve(std::size_t n);

  std::size_t num_entries_ = 0;
  std::uint64_t mask_ = 0;
  std::vector<std::uint64_t> keys_;  // 0: empty
  std::vector<std::uint64_t> values_;
};

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_TAG_DICTIONARY_H_

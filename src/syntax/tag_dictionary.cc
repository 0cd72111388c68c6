#include "syntax/tag_dictionary.h"

#include <algorithm>
#include <map>
#include <string>

namespace dyad::syntax {

TagDictionary TagDictionary::Build(const std::vector<std::uint64_t>& word_hashes,
                                   const std::vector<int>& tags, int num_tags) {
  std::map<std::uint64_t, std::vector<int>> counts;  // ordered: a stable file
  for (std::size_t i = 0; i < word_hashes.size(); ++i) {
    auto& c = counts[word_hashes[i]];
    c.resize(num_tags);
    ++c[tags[i]];
  }
  TagDictionary d;
  std::vector<std::pair<std::uint64_t, std::uint64_t>> kept;
  for (const auto& [word, c] : counts) {
    int total = 0;
    for (int n : c) total += n;
    if (total < kMinCount || word == 0) continue;
    const int best = static_cast<int>(std::max_element(c.begin(), c.end()) - c.begin());
    std::uint64_t set = 0;
    for (int t = 0; t < num_tags; ++t)
      if (c[t] * 20 >= total) set |= 1ULL << (t % 56);
    kept.emplace_back(word, static_cast<std::uint64_t>(best + 1) | (set << 8));
  }
  d.Reserve(kept.size());
  for (const auto& [k, v] : kept) d.Insert(k, v);
  return d;
}

void TagDictionary::Reserve(std::size_t n) {
  std::size_t cap = 16;
  while (cap < 2 * n) cap *= 2;
  mask_ = cap - 1;
  keys_.assign(cap, 0);
  values_.assign(cap, 0);
  num_entries_ = 0;
}

void TagDictionary::Insert(std::uint64_t key, std::uint64_t value) {
  std::uint64_t s = key & mask_;
  while (keys_[s] != 0 && keys_[s] != key) s = (s + 1) & mask_;
  num_entries_ += keys_[s] == 0;
  keys_[s] = key;
  values_[s] = value;
}

std::uint64_t TagDictionary::Lookup(std::uint64_t word) const {
  if (keys_.empty() || word == 0) return 0;
  for (std::uint64_t s = word & mask_;; s = (s + 1) & mask_) {
    if (keys_[s] == word) return values_[s];
    if (keys_[s] == 0) return 0;
  }
}

void TagDictionary::Save(ByteWriter* out) const {
  std::vector<std::pair<std::uint64_t, std::uint64_t>> entries;
  for (std::size_t s = 0; s < keys_.size(); ++s)
    if (keys_[s] != 0) entries.emplace_back(keys_[s], values_[s]);
  std::sort(entries.begin(), entries.end());
  out->Put<std::uint64_t>(entries.size());
  std::uint64_t prev = 0;
  for (const auto& [k, v] : entries) {
    out->PutVarint(k - prev);
    out->PutVarint(v);
    prev = k;
  }
}

Status TagDictionary::Load(ByteReader* in) {
  std::uint64_t n;
  if (!in->Get(&n) || n > in->remaining() / 2)
    return Status::Corruption("syntax model: bad tag dictionary size");
  Reserve(n);
  std::uint64_t key = 0;
  for (std::uint64_t i = 0; i < n; ++i) {
    std::uint64_t gap, value;
    if (!in->GetVarint(&gap) || !in->GetVarint(&value))
      return Status::Corruption("syntax model: truncated tag dictionary");
    if (gap == 0 || key + gap < key)
      return Status::Corruption("syntax model: tag dictionary out of order");
    key += gap;
    Insert(key, value);
  }
  return Status::Ok();
}

}  // namespace dyad::syntax

#include "syntax/perceptron.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <numeric>
#include <string>

#include "syntax/add_runs.h"

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace dyad::syntax {
namespace {

constexpr std::uint64_t NonZero(std::uint64_t key) { return key == 0 ? 1 : key; }

}  // namespace

void* AllocateHuge(std::size_t bytes) {
  constexpr std::size_t kHuge = 2u << 20;
  if (bytes < kHuge / 2) return std::malloc(bytes == 0 ? 1 : bytes);
  const std::size_t rounded = (bytes + kHuge - 1) / kHuge * kHuge;
  void* p = std::aligned_alloc(kHuge, rounded);
#ifdef MADV_HUGEPAGE
  if (p) madvise(p, rounded, MADV_HUGEPAGE);  // a hint: failure is harmless
#endif
  return p;
}

std::uint64_t HashString(std::string_view s) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return Mix64(h);
}

// ---- WeightTable ----

void WeightTable::Score(const std::uint64_t* keys, int n, ScoreType* scores) const {
  if (slots_.empty()) return;
  // Three passes so that the memory reads of all features overlap: prefetch
  // the slots, find them and prefetch their runs, then add the weights.
  constexpr int kBatch = 64;
  const std::int16_t* runs[kBatch];
  const int classes = num_classes_;
  for (int start = 0; start < n; start += kBatch) {
    const int end = std::min(n, start + kBatch);
    for (int i = start; i < end; ++i)
      __builtin_prefetch(&slots_[NonZero(keys[i]) & mask_]);
    int found = 0;
    for (int i = start; i < end; ++i) {
      const std::uint64_t key = NonZero(keys[i]);
      const std::uint32_t fingerprint = Fingerprint(key);
      for (std::uint64_t s = key & mask_;; s = (s + 1) & mask_) {
        const Slot& slot = slots_[s];
        if (slot.fingerprint == fingerprint) {
          runs[found] = pool_.data() + slot.offset;
          __builtin_prefetch(runs[found++]);
          break;
        }
        if (slot.fingerprint == 0) break;
      }
    }
    AddRuns(runs, found, classes, scores);
  }
}

void WeightTable::Build(const std::vector<std::uint64_t>& keys,
                        const std::vector<std::uint32_t>& counts,
                        const std::vector<Entry>& weights) {
  num_features_ = keys.size();
  num_weights_ = weights.size();
  keys_ = keys;
  run_of_key_.clear();
  std::size_t cap = 16;
  while (cap < keys.size() + keys.size() / 2) cap *= 2;
  mask_ = cap - 1;
  slots_.assign(cap, Slot());
  pool_.clear();
  pool_.reserve(keys.size() + 2 * weights.size());
  std::size_t next = 0;
  std::vector<Entry> run;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    std::uint64_t s = keys[i] & mask_;
    while (slots_[s].fingerprint != 0) s = (s + 1) & mask_;
    const auto offset = static_cast<std::uint32_t>(pool_.size());
    slots_[s] = {Fingerprint(keys[i]), offset};
    run_of_key_.push_back(offset);
    if (Dense(counts[i], num_classes_)) {
      pool_.push_back(0);
      pool_.resize(pool_.size() + num_classes_, 0);
      for (std::uint32_t j = 0; j < counts[i]; ++j, ++next)
        pool_[offset + 1 + weights[next].cls] = weights[next].weight;
    } else {
      // In class order, as dense rows are, so that Save() writes the same
      // bytes whichever way a run is held.
      run.assign(weights.begin() + next, weights.begin() + next + counts[i]);
      next += counts[i];
      std::sort(run.begin(), run.end(),
                [](const Entry& a, const Entry& b) { return a.cls < b.cls; });
      pool_.push_back(static_cast<std::int16_t>(counts[i]));
      for (const Entry& e : run) {
        pool_.push_back(static_cast<std::int16_t>(e.cls));
        pool_.push_back(e.weight);
      }
    }
  }
  // AddRuns reads a dense row in whole vectors, past the end of the last.
  pool_.resize(pool_.size() + kRunPadding, 0);
}

WeightTable WeightTable::Pruned(int min_abs) const {
  std::vector<std::uint64_t> keys;
  std::vector<std::uint32_t> counts;
  std::vector<Entry> weights;
  for (std::size_t i = 0; i < keys_.size(); ++i) {
    const std::size_t before = weights.size();
    const std::int16_t* p = pool_.data() + run_of_key_[i];
    auto keep = [&](int cls, int w) {
      if (std::abs(w) >= min_abs)
        weights.push_back(
            {static_cast<std::uint16_t>(cls), static_cast<std::int16_t>(w)});
    };
    if (p[0] == 0) {
      for (int c = 0; c < num_classes_; ++c) keep(c, p[1 + c]);
    } else {
      for (int j = 0; j < p[0]; ++j) keep(p[1 + 2 * j], p[2 + 2 * j]);
    }
    if (weights.size() == before) continue;
    keys.push_back(keys_[i]);
    counts.push_back(static_cast<std::uint32_t>(weights.size() - before));
  }
  WeightTable table;
  table.num_classes_ = num_classes_;
  table.Build(keys, counts, weights);
  return table;
}

void WeightTable::Save(ByteWriter* out) const {
  // Features in key order, keys as gaps: shorter than keys, and the file
  // does not depend on the table's layout.
  out->Put<std::uint32_t>(static_cast<std::uint32_t>(num_classes_));
  out->Put<std::uint64_t>(keys_.size());
  std::uint64_t prev = 0;
  std::vector<Entry> run;
  for (std::size_t i = 0; i < keys_.size(); ++i) {
    const std::int16_t* p = pool_.data() + run_of_key_[i];
    run.clear();
    if (p[0] == 0) {
      for (int c = 0; c < num_classes_; ++c)
        if (p[1 + c] != 0) run.push_back({static_cast<std::uint16_t>(c), p[1 + c]});
    } else {
      for (int j = 0; j < p[0]; ++j)
        run.push_back({static_cast<std::uint16_t>(p[1 + 2 * j]), p[2 + 2 * j]});
    }
    out->PutVarint(keys_[i] - prev);
    prev = keys_[i];
    out->PutVarint(run.size());
    for (const Entry& e : run) {
      out->Put<std::uint8_t>(static_cast<std::uint8_t>(e.cls));
      out->Put<std::int16_t>(e.weight);
    }
  }
}

Status WeightTable::Load(ByteReader* in, const char* what) {
  auto corrupt = [&](const std::string& why) {
    return Status::Corruption(std::string("syntax model: ") + what + ": " + why +
                              " (at byte " + std::to_string(in->pos()) + ")");
  };
  std::uint32_t classes;
  std::uint64_t n;
  if (!in->Get(&classes) || !in->Get(&n)) return corrupt("truncated header");
  if (classes == 0 || classes > 256) return corrupt("bad class count");
  // Each feature takes at least two bytes: a bound that rejects absurd sizes
  // before anything is allocated.
  if (n > in->remaining() / 2) return corrupt("feature count larger than the file");
  num_classes_ = static_cast<int>(classes);
  std::vector<std::uint64_t> keys(n);
  std::vector<std::uint32_t> counts(n);
  std::vector<Entry> weights;
  weights.reserve(n * 3);
  std::uint64_t key = 0;
  for (std::uint64_t i = 0; i < n; ++i) {
    std::uint64_t gap, count;
    if (!in->GetVarint(&gap) || !in->GetVarint(&count)) return corrupt("truncated");
    if ((gap == 0 && i > 0) || key + gap < key) return corrupt("keys out of order");
    key += gap;
    if (key == 0 || count == 0 || count > classes) return corrupt("bad feature");
    keys[i] = key;
    counts[i] = static_cast<std::uint32_t>(count);
    for (std::uint64_t j = 0; j < count; ++j) {
      std::uint8_t cls;
      std::int16_t w;
      if (!in->Get(&cls) || !in->Get(&w)) return corrupt("truncated");
      if (cls >= classes || w == 0) return corrupt("bad weight");
      weights.push_back({cls, w});
    }
  }
  Build(keys, counts, weights);
  return Status::Ok();
}

// ---- PerceptronTrainer ----

PerceptronTrainer::PerceptronTrainer(int num_classes) : num_classes_(num_classes) {
  keys_.assign(1 << 16, 0);
  rows_of_slot_.assign(1 << 16, -1);
}

std::int64_t PerceptronTrainer::Find(std::uint64_t key) const {
  key = NonZero(key);
  const std::uint64_t mask = keys_.size() - 1;
  for (std::uint64_t s = Mix64(key) & mask;; s = (s + 1) & mask) {
    if (keys_[s] == key) return rows_of_slot_[s];
    if (keys_[s] == 0) return -1;
  }
}

std::int64_t PerceptronTrainer::FindOrAdd(std::uint64_t key) {
  key = NonZero(key);
  if ((rows_.size() + 1) * 2 > keys_.size()) Grow();
  const std::uint64_t mask = keys_.size() - 1;
  std::uint64_t s = Mix64(key) & mask;
  for (; keys_[s] != 0; s = (s + 1) & mask)
    if (keys_[s] == key) return rows_of_slot_[s];
  keys_[s] = key;
  rows_of_slot_[s] = static_cast<std::int32_t>(rows_.size());
  rows_.emplace_back();
  row_keys_.push_back(key);
  return rows_of_slot_[s];
}

void PerceptronTrainer::Grow() {
  std::vector<std::uint64_t> keys(keys_.size() * 2, 0);
  std::vector<std::int32_t> rows(keys.size(), -1);
  const std::uint64_t mask = keys.size() - 1;
  for (std::size_t r = 0; r < row_keys_.size(); ++r) {
    std::uint64_t s = Mix64(row_keys_[r]) & mask;
    while (keys[s] != 0) s = (s + 1) & mask;
    keys[s] = row_keys_[r];
    rows[s] = static_cast<std::int32_t>(r);
  }
  keys_.swap(keys);
  rows_of_slot_.swap(rows);
}

void PerceptronTrainer::Score(const std::uint64_t* keys, int n, float* scores) const {
  for (int i = 0; i < n; ++i) {
    std::int64_t r = Find(keys[i]);
    if (r < 0) continue;
    for (const Weight& w : rows_[r]) scores[w.cls] += w.w;
  }
}

void PerceptronTrainer::Update(const std::uint64_t* keys, int n, int truth, int guess) {
  if (truth == guess) return;
  auto change = [&](std::vector<Weight>& row, int cls, float delta) {
    for (Weight& w : row) {
      if (w.cls == cls) {
        w.total += static_cast<double>(clock_ - w.stamp) * w.w;
        w.stamp = clock_;
        w.w += delta;
        return;
      }
    }
    row.push_back({static_cast<std::uint16_t>(cls), delta, 0.0, clock_});
  };
  for (int i = 0; i < n; ++i) {
    std::vector<Weight>& row = rows_[FindOrAdd(keys[i])];
    change(row, truth, 1.0f);
    change(row, guess, -1.0f);
  }
}

WeightTable PerceptronTrainer::Finish(float prune) const {
  const double clock = static_cast<double>(std::max<std::int64_t>(clock_, 1));
  // Averaged weights first, to find the quantisation scale.
  std::vector<std::uint32_t> order(rows_.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    return row_keys_[a] < row_keys_[b];
  });
  auto average = [&](const Weight& w) {
    return static_cast<float>((w.total + (clock_ - w.stamp) * double(w.w)) / clock);
  };
  float max_abs = 1e-9f;
  for (const auto& row : rows_)
    for (const Weight& w : row) max_abs = std::max(max_abs, std::fabs(average(w)));
  const float scale = 32767.0f / max_abs;
  WeightTable table;
  table.num_classes_ = num_classes_;
  std::vector<std::uint64_t> keys;
  std::vector<std::uint32_t> counts;
  std::vector<WeightTable::Entry> weights;
  for (std::uint32_t r : order) {
    std::uint32_t count = 0;
    for (const Weight& w : rows_[r]) {
      const float a = average(w);
      const long q = std::lround(a * scale);
      if (std::fabs(a) < prune || q == 0) continue;
      weights.push_back({w.cls, static_cast<std::int16_t>(q)});
      ++count;
    }
    if (count == 0) continue;
    keys.push_back(row_keys_[r]);
    counts.push_back(count);
  }
  table.Build(keys, counts, weights);
  return table;
}

}  // namespace dyad::syntax

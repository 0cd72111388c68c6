// Averaged perceptron over hashed features, shared by the tagger and parser.
//
// A feature is a 64-bit hash of a template number and the values it reads
// (word hashes, tags, labels), so no string is built or stored per feature
// and the model file holds numbers only. Weights are sparse: a feature keeps
// only the classes it was ever updated for, which keeps the parser's ~100
// transition classes affordable.
//
// PerceptronTrainer learns (with the usual lazy averaging: each weight
// remembers when it last changed); Finish() averages, prunes small weights
// and freezes them into a WeightTable: an open-addressing table of keys whose
// class weights are int16, contiguous per feature, so scoring a feature
// reads one slot and one short run of entries. A WeightTable is immutable and
// safe to share between threads.
#ifndef DYAD_SYNTAX_PERCEPTRON_H_
#define DYAD_SYNTAX_PERCEPTRON_H_

#include <cstdint>
#include <cstdlib>
#include <new>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "syntax/binary_io.h"

namespace dyad::syntax {

// splitmix64's finaliser: a cheap mix with good avalanche.
inline std::uint64_t Mix64(std::uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}
inline std::uint64_t Combine(std::uint64_t seed, std::uint64_t v) {
  return Mix64(seed ^ (v + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2)));
}
// FNV-1a of the bytes, then mixed.
std::uint64_t HashString(std::string_view s);

// Allocates large arrays on 2 MB pages where the system allows it (Linux
// transparent huge pages on request): a feature lookup is a random access
// into tens of megabytes, and with 4 KB pages nearly every one also misses
// the TLB. Small arrays come from malloc as usual.
template <typename T>
struct HugePageAllocator {
  using value_type = T;
  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}  // NOLINT: allocator rebind
  T* allocate(std::size_t n);
  void deallocate(T* p, std::size_t) { std::free(p); }
  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const {
    return true;
  }
};
void* AllocateHuge(std::size_t bytes);
template <typename T>
T* HugePageAllocator<T>::allocate(std::size_t n) {
  void* p = AllocateHuge(n * sizeof(T));
  if (!p) throw std::bad_alloc();
  return static_cast<T*>(p);
}

class WeightTable {
 public:
  WeightTable() = default;

  int num_classes() const { return num_classes_; }
  std::size_t num_features() const { return num_features_; }
  std::size_t num_weights() const { return num_weights_; }

  using ScoreType = std::int32_t;
  // Adds the weights of `keys` to scores[0, num_classes).
  void Score(const std::uint64_t* keys, int n, ScoreType* scores) const;

  // A copy without the weights whose magnitude is below `min_abs` (in the
  // quantised units, 1..32767): a smaller, faster, slightly less exact model.
  WeightTable Pruned(int min_abs) const;

  void Save(ByteWriter* out) const;
  // Reads what Save wrote; `what` names the table in error messages.
  Status Load(ByteReader* in, const char* what);

 private:
  friend class PerceptronTrainer;
  // A slot holds the high half of the key (the low half picked the slot) and
  // where its run of entries starts; 8 bytes, so a probe touches one line.
  struct Slot {
    std::uint32_t fingerprint = 0;  // 0: empty
    std::uint32_t offset = 0;
  };
  struct Entry {
    std::uint16_t cls;
    std::int16_t weight;
  };
  // A feature's run in pool_: a header n > 0 followed by n (class, weight)
  // pairs, or, for features with weights for many classes, a header 0
  // followed by one weight per class (added with vector instructions, the
  // sums kept in registers). A run goes dense from a sixteenth of the
  // classes on: 3% faster than from an eighth now that dense rows are summed
  // in registers (an eighth was 10% faster than a quarter before).
  static bool Dense(std::size_t count, int classes) {
    return classes >= 16 && count * 16 >= static_cast<std::size_t>(classes);
  }
  static std::uint32_t Fingerprint(std::uint64_t key) {
    const auto f = static_cast<std::uint32_t>(key >> 32);
    return f == 0 ? 1 : f;
  }
  // Builds the slots and runs from keys sorted ascending and their weights.
  void Build(const std::vector<std::uint64_t>& keys,
             const std::vector<std::uint32_t>& counts, const std::vector<Entry>& weights);

  int num_classes_ = 0;
  std::size_t num_features_ = 0;
  std::size_t num_weights_ = 0;
  std::uint64_t mask_ = 0;
  std::vector<Slot, HugePageAllocator<Slot>> slots_;
  std::vector<std::int16_t, HugePageAllocator<std::int16_t>> pool_;
  // Keys in ascending order and where their runs start, kept for Save().
  std::vector<std::uint64_t> keys_;
  std::vector<std::uint32_t> run_of_key_;
};

class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int num_classes);

  using ScoreType = float;
  int num_classes() const { return num_classes_; }
  void Score(const std::uint64_t* keys, int n, float* scores) const;
  // One training step: moves weight from `guess` to `truth` (no-op when equal).
  void Update(const std::uint64_t* keys, int n, int truth, int guess);
  // Call once per training instance, update or not: the averaging clock.
  void Tick() { ++clock_; }

  // Averages the weights, drops those with |w| < prune, quantises the rest.
  WeightTable Finish(float prune) const;

 private:
  struct Weight {
    std::uint16_t cls;
    float w;
    double total;  // sum of w over the clock ticks up to `stamp`
    std::int64_t stamp;
  };
  std::int64_t Find(std::uint64_t key) const;  // row index or -1
  std::int64_t FindOrAdd(std::uint64_t key);
  void Grow();

  int num_classes_;
  std::int64_t clock_ = 0;
  std::vector<std::uint64_t> keys_;  // open addressing, 0 = empty
  std::vector<std::int32_t> rows_of_slot_;
  std::vector<std::vector<Weight>> rows_;
  std::vector<std::uint64_t> row_keys_;
};

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_PERCEPTRON_H_

#include "syntax/add_runs.h"

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define DYAD_ADD_RUNS_AVX2 1
#endif

namespace dyad::syntax {
namespace {

// Each dense row added to the scores in memory: any class count, any CPU
// (the compiler vectorises it for plain x86-64).
void AddRunsAnySize(const std::int16_t* const* runs, int found, int classes,
                    std::int32_t* scores) {
  for (int f = 0; f < found; ++f) {
    const std::int16_t* run = runs[f];
    const int count = run[0];
    if (count == 0) {
      const std::int16_t* w = run + 1;
      for (int c = 0; c < classes; ++c) scores[c] += w[c];
    } else {
      for (int j = 0; j < count; ++j) scores[run[1 + 2 * j]] += run[2 + 2 * j];
    }
  }
}

#ifdef DYAD_ADD_RUNS_AVX2
constexpr int kLanes = 8;  // int32 lanes in an AVX2 register

// The dense rows are summed in kVectors registers and stored once at the
// end, rather than each row loading and storing every score (a parser step
// adds some 50 dense rows of 103 classes). kVectors * kLanes >= classes.
template <int kVectors>
__attribute__((target("avx2"), always_inline)) inline void AddRunsAvx2In(
    const std::int16_t* const* runs, int found, int classes, std::int32_t* scores) {
  __m256i sum[kVectors];
  for (int v = 0; v < kVectors; ++v) sum[v] = _mm256_setzero_si256();
  for (int f = 0; f < found; ++f) {
    const std::int16_t* run = runs[f];
    const int count = run[0];
    if (count == 0) {
      for (int v = 0; v < kVectors; ++v) {
        const __m128i w =
            _mm_loadu_si128(reinterpret_cast<const __m128i*>(run + 1 + kLanes * v));
        sum[v] = _mm256_add_epi32(sum[v], _mm256_cvtepi16_epi32(w));
      }
    } else {
      for (int j = 0; j < count; ++j) scores[run[1 + 2 * j]] += run[2 + 2 * j];
    }
  }
  // Lanes at and past `classes` hold whatever followed the rows: not stored.
  for (int v = 0; v < kVectors; ++v) {
    std::int32_t* out = scores + kLanes * v;
    if (kLanes * (v + 1) <= classes) {
      const __m256i s = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(out));
      _mm256_storeu_si256(reinterpret_cast<__m256i*>(out), _mm256_add_epi32(s, sum[v]));
    } else {
      alignas(32) std::int32_t lanes[kLanes];
      _mm256_store_si256(reinterpret_cast<__m256i*>(lanes), sum[v]);
      for (int c = 0; c < classes - kLanes * v; ++c) out[c] += lanes[c];
    }
  }
}

__attribute__((target("avx2"))) void AddRunsAvx2(const std::int16_t* const* runs,
                                                 int found, int classes,
                                                 std::int32_t* scores) {
  // One case a register count: the sums stay in registers only when their
  // number is known at compile time. The tagger has 70 classes, the parser
  // 103; AVX2 has 16 registers.
  switch ((classes + kLanes - 1) / kLanes) {
#define DYAD_ADD_RUNS_CASE(n) \
  case n:                     \
    return AddRunsAvx2In<n>(runs, found, classes, scores);
    DYAD_ADD_RUNS_CASE(1)
    DYAD_ADD_RUNS_CASE(2)
    DYAD_ADD_RUNS_CASE(3)
    DYAD_ADD_RUNS_CASE(4)
    DYAD_ADD_RUNS_CASE(5)
    DYAD_ADD_RUNS_CASE(6)
    DYAD_ADD_RUNS_CASE(7)
    DYAD_ADD_RUNS_CASE(8)
    DYAD_ADD_RUNS_CASE(9)
    DYAD_ADD_RUNS_CASE(10)
    DYAD_ADD_RUNS_CASE(11)
    DYAD_ADD_RUNS_CASE(12)
    DYAD_ADD_RUNS_CASE(13)
#undef DYAD_ADD_RUNS_CASE
    default:
      return AddRunsAnySize(runs, found, classes, scores);
  }
}
#endif

}  // namespace

void AddRuns(const std::int16_t* const* runs, int found, int classes,
             std::int32_t* scores) {
#ifdef DYAD_ADD_RUNS_AVX2
  static const bool avx2 = __builtin_cpu_supports("avx2");
  if (avx2) return AddRunsAvx2(runs, found, classes, scores);
#endif
  AddRunsAnySize(runs, found, classes, scores);
}

}  // namespace dyad::syntax

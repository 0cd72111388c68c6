// The inner loop of WeightTable::Score: adding the weight runs of the
// features found to the class scores. Kept apart because it is built once
// per instruction set (AVX2 and plain x86-64, picked when the program starts).
#ifndef DYAD_SYNTAX_ADD_RUNS_H_
#define DYAD_SYNTAX_ADD_RUNS_H_

#include <cstdint>

namespace dyad::syntax {

// Entries past a table's last run that AddRuns may read (and ignore): it
// reads dense rows in whole vectors of 8.
inline constexpr int kRunPadding = 8;

// Adds runs[0, found) to scores[0, classes). A run is a header n > 0 and n
// (class, weight) pairs, or a header 0 and a dense row of `classes` weights;
// the weights are int16, the scores int32 (integer sums: the order in which
// runs are added does not change them).
void AddRuns(const std::int16_t* const* runs, int found, int classes,
             std::int32_t* scores);

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_ADD_RUNS_H_

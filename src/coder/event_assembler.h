// Event assembly: for each trigger, chooses the pattern that fits, finds the
// source and the target from the clause structure, and decides modality.
//
// Sources are subjects: the nearest mention left of the verb in its clause
// that is not the object of a preposition; the subject of the previous verb
// for a coordinated verb ("criticised China and accused it"); the main
// clause's subject (or its first event's source) for a participial clause
// (", dismissing the allegations"); the antecedent for a relative clause.
// Targets are objects: the first mention after the verb in its clause that
// is not a place; for a reporting verb, the subject of what it reports. The
// passive swaps them through "by". Nouns take their possessor or a "$" slot
// as source ("China's support", "criticism from NATO"). Groups give one
// event per member. Negated verbs, and acts that are denied or stopped
// ("denied supplying weapons", "stop supplying"), give no event.
#ifndef DYAD_CODER_EVENT_ASSEMBLER_H_
#define DYAD_CODER_EVENT_ASSEMBLER_H_

#include <string>
#include <vector>

#include "coder/analysis.h"
#include "coder/clauses.h"

namespace dyad::coder {

class DocumentMemory;

struct Assembled {
  Mention source;
  Mention target;  // target.code is "" when the event has none
  const Trigger* trigger = nullptr;
  std::uint32_t trigger_end = 0;  // end of the words the pattern matched
  std::uint32_t pattern = 0;
  std::string modality = "asserted";
  std::string voice;            // "active", "passive" or "nominal"
  std::string code;             // the pattern's code, or its intent code (intentions.h)
  int intent_governor = -1;     // the intention verb's token ("pledged to ..."), or -1
  bool counterpart = false;     // the other side of a meeting or visit (Y hosted X)
  bool purpose = false;         // under a bare "to": an aim, not an act (Preverbal)
  bool counterfactual = false;  // "would have killed": no act either
  bool advice = false;          // "should demand": no act either
  // "will visit": coded 036 instead of this act code (see CoderOptions).
  std::string announced_from;
};

// Events of one analysed sentence. `memory` (may be null) supplies the
// accusers that a denial answers. When `trace` is given, appends a line per
// decision for `dyad explain`.
std::vector<Assembled> AssembleEvents(const dict::Compiled& dict,
                                      const SentenceAnalysis& s,
                                      const std::vector<Clause>& clauses,
                                      const DocumentMemory* memory,
                                      std::vector<std::string>* trace);

}  // namespace dyad::coder

#endif  // DYAD_CODER_EVENT_ASSEMBLER_H_

// Event assembly: for each trigger, chooses the pattern that fits and finds
// the source and target mentions from their places in the clause.
//
// Active verbs take the nearest subject to their left and the first object
// to their right; passives ("was arrested by police") swap them through the
// "by" phrase; nouns take a possessor or adjective ("China's support",
// "Chinese support"), a "$" slot ("criticism from NATO") or the clause
// subject as source. Mentions after a locative preposition ("in Moscow") are
// places, not targets. Negated verbs give no event; questions, conditionals
// and would/could/might give "hypothetical" events.
#ifndef DYAD_CODER_EVENT_ASSEMBLER_H_
#define DYAD_CODER_EVENT_ASSEMBLER_H_

#include <string>
#include <vector>

#include "coder/analysis.h"

namespace dyad::coder {

struct Assembled {
  const Mention* source = nullptr;
  const Mention* target = nullptr;  // may be null
  const Trigger* trigger = nullptr;
  std::uint32_t pattern = 0;
  std::string modality = "asserted";
  std::string voice;  // "active", "passive" or "nominal"
};

// Events of one analysed sentence. When `trace` is given, appends a line per
// decision for `dyad explain`.
std::vector<Assembled> AssembleEvents(const dict::Compiled& dict,
                                      const SentenceAnalysis& s,
                                      std::vector<std::string>* trace);

}  // namespace dyad::coder

#endif  // DYAD_CODER_EVENT_ASSEMBLER_H_

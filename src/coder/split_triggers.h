// Triggers whose words stand apart. "Turkey and Libya signed a maritime
// border agreement": the dictionary's "sign an agreement" (057) cannot list
// every name an agreement is given, so a verb of signing and an agreement
// noun a few modifiers later ("the African Continental Free Trade Area
// agreement", "a 10-year gas deal") make one trigger over both, coded by
// the dictionary's own pattern.
#ifndef DYAD_CODER_SPLIT_TRIGGERS_H_
#define DYAD_CODER_SPLIT_TRIGGERS_H_

#include "coder/analysis.h"

namespace dyad::coder {

// Adds a trigger from each verb of signing ("sign", "signed", "inked",
// "concluded") to an agreement noun at most six words on, when only
// modifiers (words, names, numbers, hyphens) stand between and no other
// trigger starts there; the trigger takes the dictionary's plain "sign an
// agreement" pattern (nothing is added when the dictionary has none).
void AddAgreementSignings(const dict::Compiled& dict, SentenceAnalysis* s);

}  // namespace dyad::coder

#endif  // DYAD_CODER_SPLIT_TRIGGERS_H_

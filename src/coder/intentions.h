// Intentions: "pledged to send troops", "threatened to strike", "agreed to
// meet". CAMEO codes a stated intention as its own event, never as the act
// (03x for cooperation, 13x for threats), and so does dyad: an act under an
// intention verb takes the intent code of its kind, with the modality of the
// statement, and the intention verb's own generic event gives way to it.
#ifndef DYAD_CODER_INTENTIONS_H_
#define DYAD_CODER_INTENTIONS_H_

#include <string>
#include <string_view>
#include <vector>

#include "coder/analysis.h"

namespace dyad::coder {

struct Assembled;

enum class Intention { kNone, kPromise, kThreat };

// The intention verb before the "to" at `to`: "pledged", "vowed", "agreed",
// "offered", "plans" (a promise) or "threatened", "warned" (a threat).
Intention IntentionBefore(const SentenceAnalysis& s, std::size_t to);

// The intent code for an act under an intention ("072" under a promise ->
// "0332"; "190" under a threat -> "138"); "" when CAMEO has none for that
// kind of act (a threat to cooperate, a promise to criticise).
std::string IntentCode(std::string_view act, Intention kind);

// Drops the generic event of an intention verb ("pledged" 030, "threatened"
// 130) whose source states a coded intention through it.
void DropGovernorEvents(std::vector<Assembled>* events);

}  // namespace dyad::coder

#endif  // DYAD_CODER_INTENTIONS_H_

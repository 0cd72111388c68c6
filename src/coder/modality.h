// Modality: how sure the text is of an event. The words before a verb
// ("has not", "would", "reportedly", "promised to"), the clauses around it
// (conditionals, what a reporting clause reports), a reporting word that
// governs a gerund or noun ("accused China of helping"), and "alleged" or
// "reported" before a noun weaken "asserted" to "reported", "alleged",
// "denied" or "hypothetical"; the weakest wins.
#ifndef DYAD_CODER_MODALITY_H_
#define DYAD_CODER_MODALITY_H_

#include <string>
#include <string_view>

#include "coder/analysis.h"
#include "coder/arguments.h"
#include "coder/intentions.h"

namespace dyad::coder {

// 0 for asserted up to 4 for hypothetical.
int ModalityRank(std::string_view modality);
// Sets `modality` to `to` when `to` is weaker.
void Weaken(std::string* modality, std::string_view to);

// Auxiliaries, adverbs and negators right before a verb ("has not yet",
// "was reportedly"), and what they say about voice and modality.
struct Preverbal {
  bool be = false, negated = false, stopped = false;
  // Under a "to" that no intention or aspect verb governs: a purpose or an
  // aim ("efforts to censor", "tried to free him", "urged them to assist").
  bool purpose = false;
  // "would have killed me": an act that did not happen.
  bool counterfactual = false;
  // "should demand", "must condemn", "ought to": advice, not an act.
  bool advice = false;
  std::string modality;
  Intention intent = Intention::kNone;  // "pledged to", "threatened to"
  int intent_at = -1;
  // "will visit", "is to meet": an announced act (a meeting or visit to
  // come is CAMEO's 036).
  bool future = false;
};

// A participle coordinated with a passive one ("were harassed, detained and
// imprisoned") counts as passive; `depth` bounds that walk.
Preverbal LookBack(const SentenceAnalysis& s, std::size_t verb, int depth = 0);

// The reporting word earlier in the clause that governs trigger `t`
// ("accused China of helping", "denial of supplying"), and whether `t` has
// no subject of its own right after it (`bare`).
std::string_view GoverningReport(const SentenceAnalysis& s, const Arguments& args,
                                 const Trigger& t, bool* bare);

// The modality of an event triggered by `t`.
std::string Modality(const SentenceAnalysis& s, const Arguments& args, const Trigger& t,
                     const Preverbal& pre);

}  // namespace dyad::coder

#endif  // DYAD_CODER_MODALITY_H_

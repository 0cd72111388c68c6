// The event code a pattern gives, refined by who acts on whom and how: an
// armed occupation by civilians is a protest (141), police who "question"
// someone interrogate (091), an attack in words criticises (111), killing a
// named person assassinates (186), bail for
// people frees them (0841), expelling diplomats reduces relations (161),
// suspending one's own parliament sanctions it (172), police who summon
// someone question them (091).
// Used by the event assembler once source and target are known.
#ifndef DYAD_CODER_CODE_REFINEMENTS_H_
#define DYAD_CODER_CODE_REFINEMENTS_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "coder/analysis.h"

namespace dyad::coder {

// Whether `code` is a news outlet's (COUNTRY+MED; not a press-freedom NGO,
// NGO...MED).
bool IsNewsOutletCode(std::string_view code);

// Whether `code` names a civilian role (opposition, civilians, religion,
// labour, education, media, agriculture, refugees).
bool IsCivilianCode(std::string_view code);

// The code for the act `code` that the pattern matched over tokens
// [match_begin, match_end) of trigger `t` gives `source` acting on
// `target` (empty code: none), refined as above.
std::string RefinedCode(const SentenceAnalysis& s, const Trigger& t,
                        std::size_t match_begin, std::size_t match_end,
                        const Mention& source, const Mention& target,
                        const std::string& code);

}  // namespace dyad::coder

#endif  // DYAD_CODER_CODE_REFINEMENTS_H_

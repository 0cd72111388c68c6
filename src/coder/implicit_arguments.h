// Sources and targets that stand outside the usual subject and object
// slots: the owner of the armed operation a passive act happened in ("was
// killed in a US counter-terrorism operation") and the author of what a
// protest or criticism opposes ("protested against beef imports from the
// United States"). Used by the event assembler when the slots are empty.
#ifndef DYAD_CODER_IMPLICIT_ARGUMENTS_H_
#define DYAD_CODER_IMPLICIT_ARGUMENTS_H_

#include <cstddef>
#include <string>
#include <vector>

#include "coder/analysis.h"
#include "coder/arguments.h"

namespace dyad::coder {

// The mention (index into s.mentions) that owns the operation named by
// "in/during/by a|an|the ACTOR [modifiers] OPERATION" right after token
// `from` (an adverb may come first), or none.
std::vector<int> OperationOwner(const SentenceAnalysis& s, std::size_t from);

// For a protest, a rejection or a criticism (roots 11, 12, 14, `code`)
// "against" something: the actor after "from", "by" or "of" within five
// words of "against", with its group. None for other codes.
std::vector<int> AuthorOfOpposed(const SentenceAnalysis& s, const Arguments& args,
                                 const Trigger& t, const std::string& code);

}  // namespace dyad::coder

#endif  // DYAD_CODER_IMPLICIT_ARGUMENTS_H_

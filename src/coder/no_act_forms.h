// Verb forms and word shapes around a trigger that make a coded act no act:
// a standing state told in the present tense ("militias which support the
// PKK", "currently occupies"), a characterisation ("refugees pose a threat"),
// an assertion after "insist that", and a noun compound that only looks like
// a clause ("an abuse victim support charity", "meets the citizen
// requirement"). Used by NoAct (not_news.h).
#ifndef DYAD_CODER_NO_ACT_FORMS_H_
#define DYAD_CODER_NO_ACT_FORMS_H_

#include <string>

#include "coder/analysis.h"
#include "coder/event_assembler.h"

namespace dyad::coder {

// Why the form of the assembled event `a` (pattern code `code`) makes it
// no act, or "".
std::string NoActByForm(const Assembled& a, const SentenceAnalysis& s,
                        const std::string& code);

}  // namespace dyad::coder

#endif  // DYAD_CODER_NO_ACT_FORMS_H_

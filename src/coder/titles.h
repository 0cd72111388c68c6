// Titles: the words around a person's office. A title followed by a name the
// dictionary does not know is one mention ("Governor Pedro Pierluisi"), and
// words between a country and its title keep the role ("Chinese Vice Foreign
// Minister") or make it a past one ("former President").
#ifndef DYAD_CODER_TITLES_H_
#define DYAD_CODER_TITLES_H_

#include <cstddef>
#include <string_view>

#include "coder/analysis.h"

namespace dyad::coder {

// Whether `w` (a norm) is the last word of a person's title ("minister").
bool IsPersonTitle(std::string_view w);

// Extends each mention that ends in a person's title over the capitalised
// name after it; the mention becomes a person (a named former office holder
// an elite, ELI) and remembers where the name starts.
void ExtendTitlesOverNames(const dict::Compiled& dict, SentenceAnalysis* s);

// How many title modifiers ("vice", "deputy", "acting", "former", ...) stand
// at token `i`; `former` says whether one makes the title a past one.
std::size_t TitleModifiersAt(const SentenceAnalysis& s, std::size_t i, bool* former);

}  // namespace dyad::coder

#endif  // DYAD_CODER_TITLES_H_

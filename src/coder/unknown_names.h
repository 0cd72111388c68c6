// Names the dictionaries do not know. News is full of people nobody listed
// ("Michael Avenatti", "Nabil al-Quaety"): a coder that ignores them loses
// the actor of most events about private people, activists and local
// officials. A run of two to four capitalised words that no dictionary entry
// covers, and that does not look like an organisation, a place or a date
// ("Dunya TV", "Fifth Avenue", "World Press Freedom Day"), is taken as a
// person: a civilian (CVL) of the country the context gives, unless a title
// before it ("Minister for Information, Raja Ashraf") or an apposition after
// it ("Avenatti, a California lawyer") says more. NameMemory then codes the
// later mentions of the same person, by full name or surname.
#ifndef DYAD_CODER_UNKNOWN_NAMES_H_
#define DYAD_CODER_UNKNOWN_NAMES_H_

#include <string_view>

#include "coder/analysis.h"

namespace dyad::coder {

// Adds a mention for each unknown name in `s` (in text order). Run after the
// dictionary's mentions and titles, before groups and appositions.
void AddUnknownNames(std::string_view doc, SentenceAnalysis* s);

// After groups and appositions: an unknown name followed by an apposition
// that names a role or a country takes them ("Avenatti, a US lawyer").
void CodeUnknownNamesByApposition(const dict::Compiled& dict, SentenceAnalysis* s);

}  // namespace dyad::coder

#endif  // DYAD_CODER_UNKNOWN_NAMES_H_

// Dictionary checks (`dyad dict check`): problems that load without error
// but make a dictionary wrong or useless. Each finding names the line:
// "data/verbs.dyad:12: ...".
//
// - duplicate entries: the same phrase twice for the same meaning;
// - conflicting entries: the same phrase for different codes;
// - patterns that can never match: a trigger that is all filler words, or
//   one whose first word starts an actor or agent phrase (actors are found
//   first, so the trigger is never seen);
// - actor phrases made only of function words ("the"), which would match
//   everywhere;
// - overlapping date ranges for one person with different codes.
#ifndef DYAD_DICT_CHECK_H_
#define DYAD_DICT_CHECK_H_

#include <string>
#include <vector>

#include "dict/compiled.h"

namespace dyad::dict {

std::vector<std::string> CheckDictionary(const Compiled& dict);

}  // namespace dyad::dict

#endif  // DYAD_DICT_CHECK_H_

// The actor codes dyad explain lists for a text, for the coder's tests.
#ifndef DYAD_TESTS_CODER_ACTOR_CODES_H_
#define DYAD_TESTS_CODER_ACTOR_CODES_H_

#include <sstream>
#include <string>

#include "dyad/coder.h"

namespace dyad::testing {

// The codes of the actor mentions of `text` on `date`, in order ("TUR TCD").
inline std::string ActorCodes(const Coder& coder, const std::string& text,
                              const std::string& date) {
  std::istringstream explain(coder.Explain(text, date));
  std::string out;
  for (std::string line; std::getline(explain, line);) {
    if (line.rfind("  actor ", 0) != 0) continue;
    auto arrow = line.find("=> ");
    if (arrow == std::string::npos) continue;
    out += (out.empty() ? "" : " ") +
           line.substr(arrow + 3, line.find(' ', arrow + 3) - arrow - 3);
  }
  return out;
}

}  // namespace dyad::testing

#endif  // DYAD_TESTS_CODER_ACTOR_CODES_H_

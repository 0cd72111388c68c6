// Codes a text as one document dated 2024-07-11 and describes each event as
// "SOURCE>TARGET:CODE:MODALITY", for tests that compare events as strings.
#ifndef DYAD_TESTS_TESTING_CODED_H_
#define DYAD_TESTS_TESTING_CODED_H_

#include <string>
#include <vector>

#include "dyad/coder.h"

namespace dyad::testing {

inline std::vector<std::string> Coded(const Coder& coder, const std::string& text) {
  Document doc;
  doc.id = "test";
  doc.date = "2024-07-11";
  doc.text = text;
  std::vector<std::string> out;
  for (const Event& e : coder.Code(doc))
    out.push_back(e.source + ">" + e.target + ":" + e.event_code + ":" + e.modality);
  return out;
}

}  // namespace dyad::testing

#endif  // DYAD_TESTS_TESTING_CODED_H_

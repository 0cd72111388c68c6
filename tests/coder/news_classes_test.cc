// Classes of mistakes found by reading dyad's output on real news (issue
// 12), one test per class, with sentences written for the test: the actor
// codes a sentence's mentions get (read from Explain) and the events.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "dyad/coder.h"

namespace dyad {
namespace {

const Coder& Default() {
  static const Coder coder(*Dictionary::Default());
  return coder;
}

// The codes of the actor mentions of `text`, in order ("TUR TCD").
std::string Actors(const std::string& text, const std::string& date = "2024-07-11") {
  std::istringstream explain(Default().Explain(text, date));
  std::string out;
  for (std::string line; std::getline(explain, line);) {
    if (line.rfind("  actor ", 0) != 0) continue;
    auto arrow = line.find("=> ");
    if (arrow == std::string::npos) continue;
    std::string code = line.substr(arrow + 3, line.find(' ', arrow + 3) - arrow - 3);
    out += (out.empty() ? "" : " ") + code;
  }
  return out;
}

// "SOURCE>TARGET:CODE" per event, space separated.
std::string Events(const std::string& text, const std::string& date = "2024-07-11") {
  Document doc;
  doc.id = "t";
  doc.date = date;
  doc.text = text;
  std::string out;
  for (const Event& e : Default().Code(doc))
    out += (out.empty() ? "" : " ") + e.source + ">" + e.target + ":" + e.event_code;
  return out;
}

// Class 1: a lower-case common word is not the proper name it spells.
TEST(NewsClassesTest, LowerCaseWordsAreNotProperNames) {
  EXPECT_EQ(Actors("The farmers bought a turkey and a pole in Chad."), "TCDAGR TCD");
  EXPECT_EQ(Actors("Fine china and guinea fowl were sold to Jordan."), "JOR");
  EXPECT_EQ(Actors("Troops moved into western Kenya."), "KENMIL KEN");
  // Capitalised, at the start of a sentence or in a headline, they are.
  EXPECT_EQ(Actors("Turkey and China met."), "TUR CHN");
  EXPECT_EQ(Actors("TURKEY WARNS GUINEA"), "TUR GIN");
  // Acronyms still need capitals.
  EXPECT_EQ(Actors("Let us go to the US."), "USA");
}

}  // namespace
}  // namespace dyad

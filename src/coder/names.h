// People a document names, and the country it is about.
//
// News names a person in full once, with a title ("Governor Pedro
// Pierluisi", "national security adviser John Bolton"), and by surname after
// that ("Pierluisi said ..."). A title followed by a name the dictionary does
// not know is one mention (mentions.cc); NameMemory remembers the code each
// named person got, by full name and by surname, and codes their later
// mentions. It also counts the countries the document names: the one named
// most is the country of agents that no sentence places ("police" in a story
// about Georgia).
#ifndef DYAD_CODER_NAMES_H_
#define DYAD_CODER_NAMES_H_

#include <map>
#include <set>
#include <string>

#include "coder/analysis.h"

namespace dyad::coder {

class NameMemory {
 public:
  // Records the named people and the countries of an analysed sentence.
  void Remember(const dict::Compiled& dict, const SentenceAnalysis& s, int sentence);

  // Counts the countries of a document's title twice: "India: Crackdown on
  // Tamil Nadu protests" says what the story is about.
  void RememberTitle(const dict::Compiled& dict, const SentenceAnalysis& title);

  // Counts a dateline's place ("NAIROBI, Kenya (AP) —") as a title's
  // country; the news agency after it is not where the story is.
  void RememberDateline(const dict::Compiled& dict, const SentenceAnalysis& dateline);

  // Adds a mention for each remembered name in `s` that no mention covers,
  // at the end of its mentions (the caller restores text order and groups).
  void Resolve(SentenceAnalysis* s) const;

  // The country named at least twice so far, and more often than any other;
  // "" when there is none.
  std::string MainCountry() const;

 private:
  struct Person {
    std::string code, actor, agent, name;
    int sentence = 0;
  };
  std::map<std::string, Person, std::less<>> by_name_;  // full name and surname
  std::set<std::string, std::less<>> first_words_;      // of the names in by_name_
  std::map<std::string, int> countries_;
};

}  // namespace dyad::coder

#endif  // DYAD_CODER_NAMES_H_

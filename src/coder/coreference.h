// Coreference inside a document: what "it", "their", "the alliance", "both
// countries" and a bare "the government" refer to.
//
// DocumentMemory remembers the actor mentions of the sentences coded so far,
// most recent last. Resolve() turns references in a new sentence into
// mentions of their antecedents: pronouns take the nearest earlier mention
// that agrees in number (and person for he/she) in their sentence or the
// two before, descriptions the nearest
// organisation ("the alliance", "the bloc") or country ("the country"), pair
// expressions ("both countries", "the two sides") the last group of two, and
// agents with no country ("police", "the government") the one country the
// sentence names, for a definite agent the country last named, else the
// document's main country; people named before by their later names
// (names.h).
#ifndef DYAD_CODER_COREFERENCE_H_
#define DYAD_CODER_COREFERENCE_H_

#include <deque>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "coder/analysis.h"
#include "coder/names.h"

namespace dyad::coder {

class DocumentMemory {
 public:
  // Adds resolved reference mentions to `s` (and rebuilds its groups).
  void Resolve(const dict::Compiled& dict, std::string_view doc,
               SentenceAnalysis* s) const;

  // Records the mentions of an analysed sentence for later sentences.
  void Remember(const dict::Compiled& dict, const SentenceAnalysis& s,
                std::string_view doc);

  // Counts the countries of the document's title for its main country
  // (names.h); the title itself is not coded.
  void RememberTitle(const dict::Compiled& dict, const SentenceAnalysis& title) {
    names_.RememberTitle(dict, title);
  }
  void RememberDateline(const dict::Compiled& dict, const SentenceAnalysis& dateline) {
    names_.RememberDateline(dict, dateline);
  }

  // Accusations seen so far, so that a denial can be aimed at its accusers:
  // those of the latest sentence that accused the same country.
  void NoteAccusation(const std::string& accuser, const std::string& accused);
  std::vector<std::string> AccusersOf(const std::string& accused) const;

 private:
  struct Entry {
    Mention mention;
    std::string text;
    int sentence = 0;
    int group_size = 1;    // for the first member of a group: its size
    bool subject = false;  // the sentence's first mention outside a prepositional phrase
    bool place = false;    // named as a place ("a fire in Chittagong, Bangladesh")
  };
  // The nearest earlier entry (in `s` before `pos`, then in memory) that
  // `accept` takes; its group members too when `whole_group`.
  using Unit = std::vector<Entry>;  // one mention, or the members of a group
  // With `prefer_subjects`, earlier sentences are first searched for a
  // subject that fits ("China criticised NATO. It also ..." -> China).
  Unit Find(const std::vector<Unit>& current, std::uint32_t pos,
            const std::function<bool(const Unit&)>& accept,
            bool prefer_subjects = false) const;
  static Unit PairInSentence(const std::vector<Unit>& current, std::uint32_t pos);
  static std::vector<Unit> Units(const SentenceAnalysis& s, std::string_view doc,
                                 int sentence);

  NameMemory names_;
  // The last quotation's speaker, and whether a quotation is still open.
  Mention speaker_;
  int speaker_sentence_ = -1;
  bool open_quote_ = false;
  std::deque<Unit> history_;  // most recent last
  int sentences_ = 0;
  // Per accused country (its first three letters), the accusers of the
  // latest sentence that accused it, by their latest accusation: all that
  // AccusersOf needs, so that a long document does not pile them up.
  struct Accusations {
    int sentence = -1;
    std::vector<std::string> accusers;
  };
  std::map<std::string, Accusations> accusations_;
};

}  // namespace dyad::coder

#endif  // DYAD_CODER_COREFERENCE_H_

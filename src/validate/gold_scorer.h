// Compares coded events with a gold standard of real news (or one
// annotator's events with another's), sentence by sentence, at three levels:
//   exact         full actor codes and the full event code;
//   root+country  the actors' countries (or organisation families) and the
//                 event's root code: the field's usual headline figure;
//   dyad          the actors' countries only, whatever the event.
// Events are matched within their sentence as multisets, so two identical
// events in one sentence need two in the gold. The same comparison gives the
// agreement of two annotators, with Cohen's kappa on the root code.
#ifndef DYAD_VALIDATE_GOLD_SCORER_H_
#define DYAD_VALIDATE_GOLD_SCORER_H_

#include <array>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/event.h"
#include "text/sentence_splitter.h"
#include "validate/gold.h"

namespace dyad::dict {
class Compiled;
}

namespace dyad::validate {

// One event reduced to what the comparison needs.
struct Item {
  std::string article;
  int sentence = 0;            // found from the trigger's offset with today's splitter
  std::string source, target;  // full codes; target "" when none
  std::string source_top, target_top;  // country or organisation family
  std::string code, root;
  std::string modality;
  Span source_span, target_span, trigger;
  std::string rule;  // coded events: the rule that fired
  int line = 0;      // gold events: the events.tsv line
};

// "USAGOV" -> "USA"; "IGOUNOHRI" -> "IGOUNO"; "REB" -> "REB".
std::string TopActor(const dict::Compiled& dict, std::string_view code);

// The index of the segment that holds `offset` (the last one that starts at
// or before it).
int SentenceAt(const std::vector<text::Segment>& segments, std::uint32_t offset);

Item FromGold(const GoldEvent& e, const dict::Compiled& dict,
              const std::vector<text::Segment>& segments);
Item FromEvent(const Event& e, const dict::Compiled& dict,
               const std::vector<text::Segment>& segments);

enum class Level { kExact = 0, kRootCountry = 1, kDyad = 2 };
inline constexpr int kLevels = 3;
const char* LevelName(Level level);

// found: gold items matched; correct: coded items matched.
struct Counts {
  int gold = 0, coded = 0, found = 0, correct = 0;
  double Precision() const { return coded ? 100.0 * correct / coded : 0; }
  double Recall() const { return gold ? 100.0 * found / gold : 0; }
  double F1() const {
    const double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

struct Comparison {
  std::array<Counts, kLevels> levels;
  // At the root+country level: by root code, and by modality (gold events
  // by theirs for recall, coded events by theirs for precision).
  std::map<std::string, Counts> by_root;
  std::map<std::string, Counts> by_modality;
  int same_modality = 0;  // root+country matches whose modalities agree
  // Cohen's kappa on the root code over aligned events: pairs of events on
  // the same dyad in one sentence, and events of one side alone (against
  // "no event").
  double kappa = 0;
  int aligned = 0;                    // items the kappa counts
  std::vector<const Item*> missed;    // gold items not matched (root+country)
  std::vector<const Item*> spurious;  // coded items not matched (root+country)
};

// With `dyadic_only`, items without a target are left out on both sides.
Comparison Compare(const std::vector<Item>& gold, const std::vector<Item>& coded,
                   bool dyadic_only);

}  // namespace dyad::validate

#endif  // DYAD_VALIDATE_GOLD_SCORER_H_

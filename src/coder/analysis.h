// Sentence analysis: what the coder knows about one sentence before it
// decides on events. Tokens with their dictionary ids, the actor mentions
// (actor, agent, or actor + agent such as "Russian police" -> RUSCOP), and
// the verb and noun triggers that some pattern starts with.
#ifndef DYAD_CODER_ANALYSIS_H_
#define DYAD_CODER_ANALYSIS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dict/compiled.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace dyad::coder {

struct Mention {
  std::uint32_t begin = 0;  // token range [begin, end)
  std::uint32_t end = 0;
  std::string code;  // composite CAMEO actor code
  std::string rule;  // the dictionary lines that named it
};

struct Trigger {
  std::uint32_t begin = 0;  // token range of the trigger words
  std::uint32_t end = 0;
  bool noun = false;
  std::uint8_t form = 0;                // lexicon::VerbFormFlag bits, for verbs
  std::vector<std::uint32_t> patterns;  // candidate pattern indexes
};

struct SentenceAnalysis {
  text::Segment segment;
  std::vector<text::Token> tokens;
  std::vector<std::uint32_t> ids;
  std::vector<Mention> mentions;  // in text order, not overlapping
  std::vector<Trigger> triggers;  // in text order
  bool discard = false;           // a sentence-level discard phrase matched
  bool story_discard = false;     // a story-level discard phrase matched
  std::string discard_rule;
};

// Analyses the segment of `doc`; `date` is YYYYMMDD or 0.
SentenceAnalysis Analyze(const dict::Compiled& dict, std::string_view doc,
                         const text::Segment& segment, int date);

// The composite code for an actor with a role ("RUS" + "COP" -> "RUSCOP").
std::string CombineCodes(const dict::Compiled& dict, const std::string& actor,
                         const std::string& agent);

}  // namespace dyad::coder

#endif  // DYAD_CODER_ANALYSIS_H_

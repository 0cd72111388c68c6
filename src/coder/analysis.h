// Sentence analysis: what the coder knows about one sentence before it
// decides on events. Tokens with their dictionary ids, the actor mentions
// (actor, agent, or actor + agent such as "Russian police" -> RUSCOP), and
// the verb and noun triggers that some pattern starts with.
#ifndef DYAD_CODER_ANALYSIS_H_
#define DYAD_CODER_ANALYSIS_H_

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "coder/tree.h"
#include "dict/compiled.h"
#include "text/sentence_splitter.h"
#include "text/tokenizer.h"

namespace dyad::coder {

struct Mention {
  std::uint32_t begin = 0;  // token range [begin, end)
  std::uint32_t end = 0;
  std::string code;          // composite CAMEO actor code
  std::string actor;         // its actor part ("RUS"), "" for an agent alone
  std::string agent;         // its agent part ("COP"), "" for none
  std::string rule;          // the dictionary lines (or the reference) that named it
  int group = -1;            // coordination group ("China and Russia"), or -1
  bool person = false;       // a named person (an entry with dated roles)
  bool plural = false;       // "leaders", "they", a group
  bool human = false;        // one human named by a role word ("a man", "the minister")
  bool reference = false;    // resolved from a pronoun or description
  bool apposition = false;   // "Stoltenberg, NATO's secretary general,": not an argument
  bool agent_first = false;  // "lawmakers in Arnor": the agent, then its owner
  // Where a person's name starts inside the mention ("Governor [Pedro
  // Pierluisi]"), for NameMemory; -1 when the mention names no person.
  int name_begin = -1;
  // Where that name ends when the mention goes on ("Buhari [of Nigeria]"), or -1.
  int name_end = -1;
  bool former = false;           // "former President": a named one is an elite (ELI)
  bool unknown_name = false;     // a name no dictionary knows (unknown_names.h)
  bool context_country = false;  // its country came from the context, not its words
  bool handle = false;           // a tweet's author ("@user:"), the first person after it

  // A person the dictionary knows only out of office on the date: its
  // fallback code, the country's elite (ELI) or the bare country
  // (dict::Compiled::ActorCode), which a title or an earlier mention with
  // a title says more than.
  bool OutOfOffice() const {
    return person && !former &&
           ((code.size() == 6 && code.ends_with("ELI")) || code.size() == 3);
  }
};

struct Trigger {
  std::uint32_t begin = 0;  // token range of the trigger words
  std::uint32_t end = 0;
  bool noun = false;
  std::uint8_t form = 0;                // lexicon::VerbFormFlag bits, for verbs
  std::vector<std::uint32_t> patterns;  // candidate pattern indexes
  std::vector<std::uint32_t> ends;      // token end of each candidate's words
  int condemnation = -1;  // a tweet's word of condemnation (evaluations.h), or -1
  int speaker = -1;  // the quoted speaker whose words these are (evaluations.h), or -1
  int judged = -1;   // the mention the speaker judges (evaluations.h), or -1
  // An adverbial inside the trigger's words, read past ("met [on Tuesday]
  // with"); its mentions are no part of the pattern.
  std::uint32_t skipped_begin = 0, skipped_end = 0;
};

struct SentenceAnalysis {
  text::Segment segment;
  std::vector<text::Token> tokens;
  std::vector<std::uint32_t> ids;
  std::vector<std::uint32_t> classes;    // lexicon::WordClass bits per token
  std::vector<Mention> mentions;         // in text order; members of a group share spans
                                         // only when they come from one reference
  std::vector<std::vector<int>> groups;  // mention indexes per group
  std::vector<Trigger> triggers;         // in text order
  bool discard = false;                  // a sentence-level discard phrase matched
  bool story_discard = false;            // a story-level discard phrase matched
  std::vector<std::string> place_countries;  // of places named ("in Tamil Nadu, India")
  std::string discard_rule;
  // Issues the sentence is about (code -> phrases found), PETRARCH's issue
  // coding; empty when an ignore phrase matched.
  std::map<std::string, int> issues;
  // The dependency tree, when the sentence holds a trigger and an actor.
  Tree tree;
};

class DocumentMemory;

// Inserts `t` among the sentence's triggers, keeping them in text order,
// and returns it there: for triggers the coder adds after the
// dictionary's (evaluations.h, split_triggers.h).
Trigger& InsertTrigger(SentenceAnalysis* s, Trigger t);

// The verb form a word's spelling suggests, for a trigger the coder adds
// by itself: "-ed" past and participle, "-ing" gerund, "-s" third person,
// else the base form (lexicon::VerbFormFlag bits).
std::uint8_t VerbFormOfWord(std::string_view norm);

// Analyses the segment of `doc`; `date` is YYYYMMDD or 0. References
// ("it", "the alliance") are resolved against `memory`. With `parse`, a
// sentence with a trigger and two actors is tagged and parsed (tree.h).
SentenceAnalysis Analyze(const dict::Compiled& dict, std::string_view doc,
                         const text::Segment& segment, int date,
                         const DocumentMemory& memory, bool parse = false);

// The composite code for an actor with a role: a country's code and the
// role ("RUS" + "COP" -> "RUSCOP", "RUSGOV" + "MIL" -> "RUSMIL"), or an
// organisation's code and the role ("IGOUNO" + "MED"). Always a valid code:
// a role the actor holds already is not repeated ("IMGREB" + "REB" ->
// "IMGREB"), GOV adds nothing to an actor with a role ("Hamas leaders"), and
// a result that is not blocks of three capitals keeps the actor's code.
std::string CombineCodes(const dict::Compiled& dict, const std::string& actor,
                         const std::string& agent);

// Finds actor mentions (mentions.cc): actors, agents, actor + agent
// combinations, coordination groups and appositions.
void FindMentions(const dict::Compiled& dict, std::string_view doc, int date,
                  SentenceAnalysis* s);

}  // namespace dyad::coder

#endif  // DYAD_CODER_ANALYSIS_H_

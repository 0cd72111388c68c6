// What parts of speech a word can have, by WordNet: noun, verb (in any
// inflection, with the inflection's flags), adjective, adverb. The tagger
// reads it for words its treebanks never showed it ("overthrew", "shelled"):
// a greedy tagger guesses those from their suffixes and neighbours alone,
// and news is full of rare verbs. WordNet's lemma lists are embedded at
// build time (src/CMakeLists.txt); the table is built once, on first use,
// and shared read-only by all threads.
#ifndef DYAD_LEXICON_PARTS_OF_SPEECH_H_
#define DYAD_LEXICON_PARTS_OF_SPEECH_H_

#include <cstdint>
#include <string_view>

namespace dyad::lexicon {

enum PartOfSpeechFlag : std::uint16_t {
  kCanBeNoun = 1,  // a noun lemma, or its regular plural
  kCanBeVerb = 2,  // a verb lemma or one of its forms
  kCanBeAdjective = 4,
  kCanBeAdverb = 8,
  // For a verb form: VerbFormFlag (verb_forms.h) shifted left by this.
  kVerbFormShift = 4,
};

// The flags of a lowercase word; 0 when WordNet does not know it (closed
// class words, names, numbers, misspellings).
std::uint16_t PartsOfSpeech(std::string_view norm);

}  // namespace dyad::lexicon

#endif  // DYAD_LEXICON_PARTS_OF_SPEECH_H_

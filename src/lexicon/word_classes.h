// Closed word classes the coder reasons with: determiners, pronouns,
// auxiliaries, negators, prepositions, conjunctions, and the words that
// introduce subordinate clauses. Open classes (verbs, nouns of events) come
// from the dictionaries instead.
#ifndef DYAD_LEXICON_WORD_CLASSES_H_
#define DYAD_LEXICON_WORD_CLASSES_H_

#include <cstdint>
#include <string_view>

namespace dyad::lexicon {

enum WordClass : std::uint32_t {
  kDeterminer = 1u << 0,     // the, a, this, its, their
  kPronoun = 1u << 1,        // it, they, he, she, we
  kPossessive = 1u << 2,     // its, their, his, her, our, 's
  kBeForm = 1u << 3,         // be, is, was, were, been, being
  kHaveForm = 1u << 4,       // have, has, had
  kDoForm = 1u << 5,         // do, does, did
  kModal = 1u << 6,          // will, would, may, could, should, must
  kNegator = 1u << 7,        // not, never, no
  kPreposition = 1u << 8,    // of, in, on, at, for, against, with, by
  kConjunction = 1u << 9,    // and, or, but
  kSubordinator = 1u << 10,  // that, which, who, because, while, after
  kLocative = 1u << 11,      // in, at, near, outside: what follows is a place
  kConditional = 1u << 12,   // if, unless, whether
  kWhWord = 1u << 13,        // who, what, why, how, when, where
  kAdverb = 1u << 14,        // common adverbs between auxiliary and verb
  // Determiners and degree words inside verb and noun patterns: "imposed new
  // sanctions on" and "rejected the accusations" match "impose sanctions on"
  // and "reject accusations".
  kFiller = 1u << 15,
};

// Classes of a normalised (lowercase) token; 0 for open-class words.
std::uint32_t ClassesOf(std::string_view norm);

inline bool Is(std::string_view norm, WordClass c) { return (ClassesOf(norm) & c) != 0; }

// True for a lowercase word of the "-ly" adverb shape that no list has
// ("explicitly", "reportedly", "formally"), except the nouns, verbs and
// adjectives of that shape ("family", "supply", "deadly", "elderly").
bool LooksLikeAdverb(std::string_view norm);

// What a reporting word says about the clause it introduces: "reported"
// (said, told, stated, announced, reports), "alleged" (alleged, accused,
// claimed, accusations, allegations), "denied" (denied, rejected, dismissed,
// denial), or "" for other words. Takes any inflection of the verbs, and
// phrases ("pointed out") as space-separated words.
std::string_view ReportingModality(std::string_view norm);

}  // namespace dyad::lexicon

#endif  // DYAD_LEXICON_WORD_CLASSES_H_

// Word shapes: how the way a word is written in the text decides whether a
// dictionary phrase is read there. A dictionary name ("Chad") needs its
// capital and an acronym ("US") its capitals; an agent word used as a verb
// ("Ghana heads the delegation") or a country's name used as a first name
// ("Jordan Peterson") is no mention. Used by mentions.cc, and PlainWordAt
// by the rules that read a verb or a description after a word.
#ifndef DYAD_CODER_WORD_SHAPES_H_
#define DYAD_CODER_WORD_SHAPES_H_

#include <cstdint>
#include <string_view>

#include "coder/analysis.h"

namespace dyad::coder {

// Whether tokens [i, i+len) are written as an acronym needs them: no
// lower-case letters in the short words, except those the dictionary writes
// as names ("Leo" in "Leo XIV").
bool WrittenInCapitals(const SentenceAnalysis& s, std::string_view doc, std::size_t i,
                       std::size_t len, std::uint32_t name_words);

// Whether the words of tokens [i, i+len) that the dictionary writes as names
// (Compiled::NameWords) start with a capital here: "pole", "turkey" and
// "chad" are not Poland, Türkiye and Chad; nor is a roman numeral in
// capitals a name ("the XI Festival" is not Xi).
bool WrittenAsName(const SentenceAnalysis& s, std::string_view doc, std::size_t i,
                   std::size_t len, std::uint32_t name_words);

// "Brazil heads the delegation", "who chairs a panel": an agent word's -s
// form after a name and before an article or possessive is a verb, not
// "heads" (GOV) or "chairs"; so is its base form after "to" or a modal
// ("will head the talks", "to police the streets"). Not before a time
// ("forces the next day"). The caller says the word follows a name.
bool VerbNotAgent(const SentenceAnalysis& s, std::size_t i, std::uint32_t len);

// Whether token `i` exists and is a plain lower-case word of no closed
// class: after "to", "help" or "should", a verb; before a name's role
// word, a modifier.
bool PlainWordAt(const SentenceAnalysis& s, std::size_t i);

// "al-quaety", "el-baradei": a norm that starts with an Arabic article, part
// of a name though it does not start with a capital.
bool HasArabicArticle(std::string_view norm);

// "an official visit", "official media": "official" before a lower-case
// word is an adjective, not an agent.
bool AdjectiveNotAgent(const SentenceAnalysis& s, std::size_t i, std::uint32_t len);

// "Jordan Peterson", "Chad Smith", "Georgia Tech": the shape of a country's
// one-word name (its display name `name`) followed by a capitalised word,
// the first word of another name. Not a demonym ("Russian Orthodox"), nor
// before a day, a month or a place word ("attacked Syria Tuesday", "Gaza
// City"), nor in title case or a headline in capitals. The caller checks
// that the next word starts no actor, agent or trigger.
bool FirstNameNotCountry(const SentenceAnalysis& s, std::string_view doc, std::size_t i,
                         std::string_view name);

}  // namespace dyad::coder

#endif  // DYAD_CODER_WORD_SHAPES_H_

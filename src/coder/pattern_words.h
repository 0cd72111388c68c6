// Whether the words a pattern wants around its trigger are in the
// sentence: after it ("accuse + of", "give &CURRENCY") and, for TABARI's
// patterns, before it ("recently * allow"). A set element matches any of
// its phrases.
#ifndef DYAD_CODER_PATTERN_WORDS_H_
#define DYAD_CODER_PATTERN_WORDS_H_

#include <cstddef>
#include <string_view>

#include "coder/analysis.h"
#include "dict/compiled.h"

namespace dyad::coder {

// The words before the first slot must follow the trigger within a few
// words, each after the last; those after a slot must follow the target.
bool TailWordsFollow(const dict::Compiled& dict, const SentenceAnalysis& s,
                     const dict::PatternEntry& p, std::size_t trigger_end,
                     std::size_t after_target);

// The head must end right before the trigger, each element right before
// the next, one word (an auxiliary: "has risen") apart at most.
bool HeadWordsPrecede(const dict::Compiled& dict, const SentenceAnalysis& s,
                      const dict::PatternEntry& p, std::size_t trigger_begin);

// The index of the dictionary's verb pattern written `text` with event code
// `code` ("sign an agreement" = 057), or -1 when the dictionary has none:
// the pattern a trigger the coder adds by itself is coded with.
int VerbPatternNamed(const dict::Compiled& dict, std::string_view code,
                     std::string_view text);

}  // namespace dyad::coder

#endif  // DYAD_CODER_PATTERN_WORDS_H_

#include "coder/pattern_words.h"

#include <algorithm>

#include "lexicon/word_classes.h"

namespace dyad::coder {
namespace {

using dict::PatternElement;

// The length of `el` (a word or one phrase of a set) at token i; 0 when it
// is not there.
std::size_t ElementAt(const dict::Compiled& dict, const SentenceAnalysis& s,
                      const PatternElement& el, std::size_t i) {
  if (el.kind == PatternElement::kWord) return s.tokens[i].norm == el.word ? 1 : 0;
  std::size_t best = 0;
  for (const auto& phrase : dict.entries().sets[el.set]) {
    std::size_t n = 0;
    while (n < phrase.size() && i + n < s.tokens.size() &&
           s.tokens[i + n].norm == phrase[n])
      ++n;
    if (n == phrase.size()) best = std::max(best, n);
  }
  return best;
}

}  // namespace

bool TailWordsFollow(const dict::Compiled& dict, const SentenceAnalysis& s,
                     const dict::PatternEntry& p, std::size_t trigger_end,
                     std::size_t after_target) {
  bool after_slot = false;
  std::size_t pos = trigger_end;
  for (const auto& el : p.tail) {
    if (el.kind == PatternElement::kSource || el.kind == PatternElement::kTarget) {
      after_slot = true;
      pos = std::max(pos, after_target);
      continue;
    }
    // After the slot a content word may come a few words on ("granted X a
    // full and unconditional pardon"); a function word must come soon
    // ("told the crowd that she could get to know" is no "tell + to").
    static constexpr std::string_view kFunctionWords[] = {
        "to", "of",   "for",  "with",  "as",      "that", "on",
        "in", "into", "from", "about", "against", "will"};
    const bool function_word =
        el.kind == PatternElement::kWord &&
        std::find(std::begin(kFunctionWords), std::end(kFunctionWords), el.word) !=
            std::end(kFunctionWords);
    // "warned people [in the general vicinity] to stay inside": a phrase of
    // place right after the slot does not count against the distance.
    std::size_t from = pos;
    if (after_slot && function_word && from < s.tokens.size() &&
        (s.classes[from] & lexicon::kLocative) && s.tokens[from].norm != el.word) {
      std::size_t k = from + 1;
      while (k < s.tokens.size() && k < from + 5 &&
             s.tokens[k].kind == text::TokenKind::kWord &&
             !(s.classes[k] & ~(lexicon::kDeterminer | lexicon::kFiller)) &&
             std::none_of(s.triggers.begin(), s.triggers.end(),
                          [&](const Trigger& t) { return t.begin == k; }))
        ++k;
      from = k;
    }
    std::size_t limit = std::min(s.tokens.size(), from + (!after_slot     ? 3
                                                          : function_word ? 4
                                                                          : 5));
    std::size_t i = pos, n = 0;
    while (i < limit && (n = ElementAt(dict, s, el, i)) == 0) {
      // Nor past another clause's verb: "told the court she was forced to".
      if (function_word && after_slot &&
          ((s.classes[i] & (lexicon::kBeForm | lexicon::kHaveForm | lexicon::kModal)) ||
           std::any_of(s.triggers.begin(), s.triggers.end(),
                       [&](const Trigger& t) { return t.begin == i && !t.noun; })))
        return false;
      ++i;
    }
    if (i == limit) return false;
    pos = i + n;
  }
  return true;
}

bool HeadWordsPrecede(const dict::Compiled& dict, const SentenceAnalysis& s,
                      const dict::PatternEntry& p, std::size_t trigger_begin) {
  std::size_t pos = trigger_begin;  // the head must end before this
  for (auto el = p.head.rbegin(); el != p.head.rend(); ++el) {
    std::size_t lowest = pos > 2 ? pos - 2 : 0;
    bool found = false;
    for (std::size_t i = pos; i-- > lowest;) {
      std::size_t n = ElementAt(dict, s, *el, i);
      if (n > 0 && i + n <= pos) {
        pos = i;
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

int VerbPatternNamed(const dict::Compiled& dict, std::string_view code,
                     std::string_view text) {
  const auto& patterns = dict.entries().patterns;
  for (std::size_t i = 0; i < patterns.size(); ++i)
    if (patterns[i].kind == dict::PatternEntry::kVerb && patterns[i].code == code &&
        patterns[i].text == text)
      return static_cast<int>(i);
  return -1;
}

}  // namespace dyad::coder

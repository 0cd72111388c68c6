#include "coder/split_triggers.h"

#include <algorithm>
#include <string_view>

#include "coder/pattern_words.h"
#include "lexicon/word_classes.h"

namespace dyad::coder {
namespace {

bool IsSigning(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "sign",   "signs",    "signed",   "signing",   "ink",       "inks",
      "inked",  "inking",   "conclude", "concludes", "concluded", "concluding",
      "ratify", "ratifies", "ratified", "ratifying"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

bool IsAgreement(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "agreement", "agreements", "deal",       "deals",       "treaty",     "treaties",
      "accord",    "accords",    "pact",       "pacts",       "memorandum", "mou",
      "protocol",  "protocols",  "convention", "declaration", "charter"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

}  // namespace

void AddAgreementSignings(const dict::Compiled& dict, SentenceAnalysis* s) {
  const std::size_t n = s->tokens.size();
  int pattern = -2;
  for (std::size_t i = 0; i + 2 < n; ++i) {
    if (!IsSigning(s->tokens[i].norm)) continue;
    // The dictionary matched it already ("signed an agreement with"), or
    // the word lies inside another trigger.
    const bool taken =
        std::any_of(s->triggers.begin(), s->triggers.end(),
                    [&](const Trigger& t) { return t.begin <= i && i < t.end; });
    if (taken) continue;
    std::size_t k = i + 1;
    std::size_t limit = i + 7;
    for (; k < n && k <= limit; ++k) {
      const text::Token& w = s->tokens[k];
      if (IsAgreement(w.norm)) break;
      // "the African Continental Free Trade Area (AfCFTA) agreement": an
      // abbreviation in brackets is part of the name.
      if (w.norm == "(" && k + 2 < n && s->tokens[k + 1].kind == text::TokenKind::kWord &&
          s->tokens[k + 2].norm == ")") {
        k += 2;
        limit += 3;
        continue;
      }
      const bool modifier =
          (w.kind == text::TokenKind::kWord || w.kind == text::TokenKind::kNumber ||
           w.norm == "-") &&
          !(s->classes[k] & (lexicon::kPreposition | lexicon::kConjunction |
                             lexicon::kSubordinator | lexicon::kPronoun |
                             lexicon::kBeForm | lexicon::kHaveForm | lexicon::kModal)) &&
          std::none_of(s->triggers.begin(), s->triggers.end(),
                       [&](const Trigger& t) { return t.begin == k && !t.noun; });
      if (!modifier) break;
    }
    if (k >= n || k > limit || !IsAgreement(s->tokens[k].norm)) continue;
    if (pattern == -2) pattern = VerbPatternNamed(dict, "057", "sign an agreement");
    if (pattern < 0) return;
    Trigger t;
    t.begin = static_cast<std::uint32_t>(i);
    t.end = static_cast<std::uint32_t>(k + 1);
    t.patterns = {static_cast<std::uint32_t>(pattern)};
    t.ends = {t.end};
    // Names inside are the agreement's ("the Paris climate agreement"),
    // no party to it.
    t.skipped_begin = static_cast<std::uint32_t>(i + 1);
    t.skipped_end = static_cast<std::uint32_t>(k);
    t.form = VerbFormOfWord(s->tokens[i].norm);
    // Triggers over the agreement's own name ("Free Trade Area") give way.
    std::erase_if(s->triggers,
                  [&](const Trigger& x) { return x.begin > i && x.begin <= k; });
    InsertTrigger(s, std::move(t));
    i = k;
  }
}

}  // namespace dyad::coder

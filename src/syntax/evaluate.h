// Scores a model against a gold treebank, two ways.
//
// Gold tokens: the treebank's own words are tagged and parsed; UPOS, UAS and
// LAS are accuracies over all words (punctuation included). LAS compares the
// universal relation (the part before ':'), as the CoNLL 2018 shared task
// does; LAS-full compares the whole label ("nsubj:pass").
//
// Raw text: the sentences' "# text" lines, joined into one document (by a
// blank line where the treebank starts a paragraph or document, as in the
// shared task's raw text, else by a space), go through dyad's own sentence splitter and
// tokenizer, and the results are aligned with the gold words by character span
// (whitespace removed), as in the CoNLL 2018 shared task: Tokens and Sentences are F1
// over spans; Words, UPOS, UAS and LAS are F1 over aligned words. A word
// counts for UAS when its head is aligned to the gold head (or both are the
// root). The words of a gold multiword token get their own spans when they
// spell it out ("don't" = "do" "n't", as dyad's tokenizer splits it); the
// rare others ("gonna" = "gon" "na") cannot be aligned and count as misses.
#ifndef DYAD_SYNTAX_EVALUATE_H_
#define DYAD_SYNTAX_EVALUATE_H_

#include <string>
#include <vector>

#include "syntax/conllu.h"
#include "syntax/model.h"

namespace dyad::syntax {

struct GoldTokenScores {
  long words = 0;
  double upos = 0, uas = 0, las = 0, las_full = 0;  // percentages
};

struct F1 {
  long gold = 0, system = 0, correct = 0;
  double Percent() const {
    return gold + system == 0 ? 0 : 200.0 * correct / static_cast<double>(gold + system);
  }
};

struct RawTextScores {
  F1 tokens, sentences, words, upos, uas, las;
};

GoldTokenScores EvaluateGoldTokens(const SyntaxModel& model,
                                   const std::vector<ConlluSentence>& gold);
RawTextScores EvaluateRawText(const SyntaxModel& model,
                              const std::vector<ConlluSentence>& gold);

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_EVALUATE_H_

// CoNLL-U: the Universal Dependencies file format, read for training and
// evaluation and written by `dyad parse`.
//
// A sentence is a block of comment lines ("# text = ...") and ten-column word
// lines ending at a blank line. Multiword-token lines ("3-4") and empty nodes
// ("5.1") carry no tree of their own, so the reader keeps only the surface
// span of a multiword token (for raw-text evaluation) and skips empty nodes.
// Errors name the line: "en_ewt-ud-dev.conllu:812: HEAD 'x' is not a number".
#ifndef DYAD_SYNTAX_CONLLU_H_
#define DYAD_SYNTAX_CONLLU_H_

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad::syntax {

struct ConlluWord {
  std::string form;
  std::string lemma = "_";
  std::string upos = "_";
  std::string xpos = "_";  // language-specific tag (Penn Treebank for English)
  int head = -1;           // 0-based index of the head word, -1 for the root
  std::string deprel = "_";
  std::string misc = "_";
  // Index of the multiword token this word belongs to, or -1.
  int multiword = -1;
};

struct ConlluMultiword {
  int first = 0;  // 0-based word indices, inclusive
  int last = 0;
  std::string form;
};

struct ConlluSentence {
  std::string sent_id;
  std::string text;  // the "# text" comment, or ""
  // A "# newpar" or "# newdoc" comment: the sentence starts a paragraph.
  bool new_paragraph = false;
  std::vector<ConlluWord> words;
  std::vector<ConlluMultiword> multiwords;
};

// Parses a whole CoNLL-U document; `name` prefixes error messages.
Result<std::vector<ConlluSentence>> ParseConllu(std::string_view data,
                                                const std::string& name);
// Reads and parses a file.
Result<std::vector<ConlluSentence>> ReadConlluFile(const std::string& path);

// Writes one sentence (comments, word lines, blank line). Columns that the
// sentence does not know are written as "_".
void WriteConllu(const ConlluSentence& sentence, std::ostream& out);

}  // namespace dyad::syntax

#endif  // DYAD_SYNTAX_CONLLU_H_

// Clauses: where one predication ends and the next begins, found from
// punctuation, subordinators and reporting verbs rather than from a parse.
//
// A sentence is cut into clauses at ";", dashes, subordinators ("that",
// "which", "who", "because", "while", "if", ...), a comma before a participle
// (", dismissing the allegations"), ", and" or ", but" before a new subject,
// and after a reporting verb followed by its own subject ("said Beijing had
// never supplied"). Each clause knows its kind, the clause it depends on,
// and for complement clauses the reporting word that introduced them, which
// decides the modality of the events inside.
#ifndef DYAD_CODER_CLAUSES_H_
#define DYAD_CODER_CLAUSES_H_

#include <string>
#include <string_view>
#include <vector>

#include "coder/analysis.h"

namespace dyad::coder {

enum class ClauseKind : std::uint8_t {
  kMain,         // a main clause, or one coordinated with it
  kComplement,   // "(that) China supplied weapons" after a reporting word
  kRelative,     // "which criticised NATO"
  kParticipial,  // ", dismissing the allegations"
  kAdverbial,    // "because ...", "while ...", "as ..."
  kConditional,  // "if ...", "unless ...", "whether ..."
};

struct Clause {
  std::uint32_t begin = 0;  // token range
  std::uint32_t end = 0;
  ClauseKind kind = ClauseKind::kMain;
  int parent = -1;            // the clause this one depends on (or follows)
  int antecedent = -1;        // relative clauses: the mention they describe
  std::string_view modality;  // complements: reported, alleged or denied
  int reporter = -1;          // complements: the token of the reporting word
  bool resumes = false;       // goes on with `parent` after ", which ...,"
};

std::vector<Clause> SplitClauses(const SentenceAnalysis& s);

std::string_view ClauseKindName(ClauseKind kind);

}  // namespace dyad::coder

#endif  // DYAD_CODER_CLAUSES_H_

// Readers for the dictionaries of PETRARCH and TABARI, the field's older
// coders: actors (names, "+" synonyms, tab-indented dated codes), agents
// ("[~GOV]", "!PERSON!" substitutions, plurals), verbs (blocks of synonymous
// verbs with "- * (FOR &SYNSET) + [code]" patterns, in PETRARCH 2.0's and
// the older TABARI/PETRARCH 1 layout) and discards. They fill the same
// Entries as dyad's own format, so the coder needs nothing else.
//
// What dyad cannot express (patterns with words before the verb, agents
// written before the actor code, transformations) is skipped and counted in
// Entries::skipped, never silently. A malformed line is skipped with a
// warning, "file:line: message", in Entries::warnings: the field's
// dictionaries hold a few (a reversed date range, "[~ENV}"), and PETRARCH
// itself read on past them. Binary data and invalid UTF-8 are errors.
#ifndef DYAD_DICT_PETRARCH_FORMAT_H_
#define DYAD_DICT_PETRARCH_FORMAT_H_

#include <string>
#include <string_view>
#include <vector>

#include "dict/entries.h"
#include "dyad/status.h"

namespace dyad::dict {

// Caps on what one line may expand to, so that a crafted line cannot take
// all memory: the phrases of an issues line (each "pre+k" doubles them),
// and an agent's phrases after its substitution markers ("!minist!") and
// its {plurals}. A line over a cap is skipped with a "file:line" warning.
inline constexpr std::size_t kMaxIssueForms = 256;
inline constexpr std::size_t kMaxAgentPhrases = 256;

enum class PetrarchFile { kActors, kAgents, kVerbs, kDiscards, kIssues };

// Verb dictionaries come in two dialects that read patterns differently:
// TABARI and PETRARCH 1 match words before the verb ("- RECENTLY *
// [025]"); PETRARCH 2 matches only from the verb on, so that such patterns
// never fire there. kDetect tells them apart: a verb file named "*.2.0*" or
// whose opening lines say "VERSION: 2.0" or "2.0 format" is PETRARCH 2's.
enum class VerbDialect { kDetect, kPetrarch2, kTabari };

// Which kind of dictionary `text` is, from its file name ("...actors...",
// "...verbs...", "CAMEO...", "...agents...", "...discards...",
// "...issue...") or else from its content; an error naming the file when
// neither tells.
Result<PetrarchFile> DetectPetrarchFile(std::string_view name, std::string_view text);

// Parses a dictionary of the given kind and appends its entries to `out`.
Status ParsePetrarch(PetrarchFile kind, std::string_view name, std::string_view text,
                     Entries* out, VerbDialect dialect = VerbDialect::kDetect);

// Pieces shared by the readers (petrarch_format.cc).
namespace petrarch {

// A line with its comments removed ("#", legacy ";", and <!-- --> blocks
// that may span lines), right-trimmed; `indented` when it began with
// white space.
struct Line {
  int number = 0;
  std::string text;
  bool indented = false;
};
std::vector<Line> Lines(std::string_view text);

// A phrase's words: "PRESIDENT_GEORGE_W._BUSH_" -> "president george w.
// bush". Words are lower-cased (the formats are case-blind), except a
// phrase of one two- or three-letter word, kept as an acronym ("UN", "US")
// that matches in capitals only.
std::string Phrase(std::string_view text);

// YYYYMMDD from "YYYYMMDD" or "YYMMDD" (YY 00-30 is 20YY, else 19YY, as in
// KEDS and TABARI); 0 when malformed.
int Date(std::string_view text);

// The contents of every [...] on a line, and the text before the first.
std::vector<std::string> Brackets(std::string_view line, std::string* before);

// Records "file:line: message" warnings for lines that are skipped.
class Errors {
 public:
  Errors(std::string_view file, Entries* out) : file_(file), out_(out) {}
  void Add(int line, const std::string& message);

 private:
  std::string file_;
  Entries* out_;
};

}  // namespace petrarch

// The verb reader (petrarch_verbs.cc).
Status ParsePetrarchVerbs(std::string_view name, std::string_view text, Entries* out,
                          VerbDialect dialect = VerbDialect::kDetect);
// The issues reader (petrarch_issues.cc).
void ParsePetrarchIssues(std::string_view name, const std::vector<petrarch::Line>& lines,
                         Entries* out);

}  // namespace dyad::dict

#endif  // DYAD_DICT_PETRARCH_FORMAT_H_

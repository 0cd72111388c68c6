// Arguments: finds a trigger's subject, object, "by" agent, possessor and
// slot fillers among the sentence's mentions, within the clause structure.
// Every answer is a list of mention indexes: a coordination group answers
// with all of its members.
#ifndef DYAD_CODER_ARGUMENTS_H_
#define DYAD_CODER_ARGUMENTS_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "coder/analysis.h"
#include "coder/clauses.h"

namespace dyad::coder {

class Arguments {
 public:
  Arguments(const SentenceAnalysis& s, const std::vector<Clause>& clauses);

  int ClauseOf(std::uint32_t token) const;
  const Clause& clause(int c) const { return clauses_[c]; }

  // The subject of the verb that starts at `token` (see event_assembler.h).
  std::vector<int> Subject(std::uint32_t token) const;
  // The first mention after `token` in its clause that is not a place; with
  // `prep`, the first one governed by that preposition ("by"); with "*",
  // the first anywhere in the verb's phrase, prepositions included.
  std::vector<int> Object(std::uint32_t token, std::string_view prep = {}) const;
  // Its two sources apart, for a caller with a source of its own to put
  // between them: the word-window rules', and the tree's (none for "*").
  std::vector<int> ObjectByWords(std::uint32_t token, std::string_view prep = {}) const {
    return WindowObject(token, prep);
  }
  std::vector<int> ObjectByTree(std::uint32_t token) const {
    return TreeObject(token, {});
  }
  // The object of a verb coordinated right after the words ending at `end`
  // ("attacked and beat protesters").
  std::vector<int> SharedObject(std::uint32_t end) const;
  // The subject of a clause that reports: the complement right after `token`.
  std::vector<int> ReportedSubject(std::uint32_t token) const;
  // Whether a complement clause ("that ...") starts at or right after `end`.
  bool ComplementFollows(std::uint32_t end) const;
  // "China's support", "Chinese support", "its support".
  std::vector<int> Possessor(std::uint32_t token) const;
  // Whether the subject of the clause does what the noun at `token` names:
  // the noun is the object of a verb that lends it its subject ("launched
  // attacks on", "voiced criticism of", "held talks with"), not inside a
  // phrase ("spoke after attacks on women") or the object of another verb
  // ("covered the rally against", "demanded an investigation of").
  bool SubjectDoesNoun(std::uint32_t token) const;
  // A mention within a few words after `token` ("support for Russia").
  std::vector<int> Right(std::uint32_t token) const;
  // The subject of the main clause after an opening phrase ("Despite
  // pushback from Beijing, NATO leaders ...").
  std::vector<int> SubjectAfterOpening(std::uint32_t token) const;

  bool IsPlace(int mention) const;

 private:
  const std::string& Norm(std::size_t i) const { return s_.tokens[i].norm; }
  std::vector<int> Expand(int mention) const;
  std::string_view PrepositionBefore(const Mention& m) const;
  bool OnlyModifiersBetween(std::size_t from, std::size_t to) const;
  std::vector<int> SubjectInRange(std::uint32_t begin, std::uint32_t end) const;
  std::vector<int> ClauseSubject(int c) const;
  int PreviousVerb(std::uint32_t token) const;
  bool IsBreak(std::size_t i) const;
  std::vector<int> FindSubject(std::uint32_t token) const;
  std::size_t VerbGroupStart(std::size_t token) const;
  bool CoordinatedVerb(std::size_t token) const;
  std::vector<int> FindObject(std::uint32_t token, std::string_view prep) const;
  // The word-window rules behind FindSubject and FindObject.
  std::vector<int> WindowSubject(std::uint32_t token) const;
  std::vector<int> WindowObject(std::uint32_t token, std::string_view prep) const;
  // The same read off the dependency tree (arguments_tree.cc), for what the
  // word-window rules above do not find; empty when the tree names no actor.
  std::vector<int> TreeSubject(std::uint32_t verb) const;
  std::vector<int> TreeObject(std::uint32_t token, std::string_view prep) const;
  // The mentions a tree node names (and its conjuncts): the one holding it,
  // else one in a compound or name part ("a rebel target"), a partitive
  // ("thousands of protesters"), and for a subject an actor adjective.
  std::vector<int> MentionsAt(int node, bool subject = false) const;

  const SentenceAnalysis& s_;
  const std::vector<Clause>& clauses_;
  std::vector<int> mention_at_;  // first mention per token, or -1
  std::vector<int> clause_at_;
  std::vector<int> trigger_at_;  // trigger index starting at a token, or -1
  mutable std::unordered_map<std::uint32_t, std::vector<int>> subject_cache_;
  mutable std::unordered_map<std::string, std::vector<int>> object_cache_;
};

}  // namespace dyad::coder

#endif  // DYAD_CODER_ARGUMENTS_H_

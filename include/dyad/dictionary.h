// Dictionaries: who the actors are, which words name their roles (agents),
// which verb and noun patterns express which CAMEO event, and which stories
// and sentences to leave alone (discards).
//
// A Dictionary is loaded once (from the defaults compiled into dyad, or from
// files in dyad's own format, doc/dictionaries.md), compiled into token
// tries, and then shared read-only: any number of threads may code with one
// Dictionary at the same time. Loading reports errors as "file:line: message".
#ifndef DYAD_DICTIONARY_H_
#define DYAD_DICTIONARY_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"

namespace dyad {

namespace dict {
class Compiled;
}

// How dictionary files are read: dyad's own format (doc/dictionaries.md),
// PETRARCH's or TABARI's (the same readers take both), or told by the file.
enum class DictionaryFormat { kAuto, kDyad, kPetrarch, kTabari };

struct DictionaryStats {
  std::size_t actors = 0;         // actor entries (one per line)
  std::size_t actor_phrases = 0;  // names and aliases
  std::size_t dated_roles = 0;    // roles with a date range
  std::size_t people = 0;         // actor entries with dated roles
  std::size_t organisations = 0;  // IGO and NGO entries
  std::size_t countries = 0;      // distinct three-letter country and region codes
  std::size_t agents = 0;
  std::size_t agent_phrases = 0;  // role words and phrases
  std::size_t verb_patterns = 0;
  std::size_t noun_patterns = 0;
  std::size_t discards = 0;
  std::size_t event_codes = 0;                  // distinct CAMEO codes used
  std::map<std::string, std::size_t> per_root;  // patterns per CAMEO root
  // What a PETRARCH/TABARI dictionary held that dyad could not use, by reason.
  std::map<std::string, std::size_t> skipped;
};

class Dictionary {
 public:
  // The default dictionaries (data/*.dyad, compiled into the binary).
  static Result<Dictionary> Default();

  // Files, or directories of them, in name order; later entries add to
  // earlier ones. kAuto reads *.dyad files as dyad's format and other files
  // as PETRARCH/TABARI dictionaries (actors, agents, verbs, discards: told
  // by file name or content); a directory holding *.dyad files is read as
  // dyad's, else as a PETRARCH set (leaving out the PETR.* test fixtures).
  static Result<Dictionary> FromPaths(const std::vector<std::string>& paths,
                                      DictionaryFormat format = DictionaryFormat::kAuto);

  // One dictionary text; `name` is used in error messages.
  static Result<Dictionary> FromText(std::string_view name, std::string_view text);

  DictionaryStats Stats() const;

  // Problems that load without error but make the dictionary wrong or
  // useless (duplicates, conflicts, patterns that can never match,
  // overlapping roles), one "file:line: message" each; empty when clean.
  std::vector<std::string> Check() const;

  // Lines of PETRARCH/TABARI dictionaries that were skipped because they
  // could not be read, "file:line: message" (at most 200).
  const std::vector<std::string>& Warnings() const;

  // The compiled form, for the coder.
  const dict::Compiled& compiled() const { return *compiled_; }

 private:
  explicit Dictionary(std::shared_ptr<const dict::Compiled> c)
      : compiled_(std::move(c)) {}
  std::shared_ptr<const dict::Compiled> compiled_;
};

}  // namespace dyad

#endif  // DYAD_DICTIONARY_H_

// Files compiled into the binary (default dictionaries, the irregular verb
// list, WordNet's lemmas), generated at build time by cmake/EmbedFiles.cmake.
#ifndef DYAD_UTIL_EMBEDDED_H_
#define DYAD_UTIL_EMBEDDED_H_

#include <span>
#include <string_view>

namespace dyad {

struct EmbeddedFile {
  std::string_view name;  // base file name, e.g. "verbs.dyad"
  std::string_view data;
};

namespace embedded {
std::span<const EmbeddedFile> DefaultDictionaries();
std::span<const EmbeddedFile> IrregularVerbs();
// WordNet's one-word lemmas: wordnet_noun_0.txt ... wordnet_noun_9.txt, and
// the same for verb, adj and adv, one lemma per line.
std::span<const EmbeddedFile> WordNetLemmas();
}  // namespace embedded

}  // namespace dyad

#endif  // DYAD_UTIL_EMBEDDED_H_

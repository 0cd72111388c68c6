// The coder: turns documents into CAMEO-coded dyadic events.
//
// A Coder holds a Dictionary and options; Code() is const and thread-safe, so
// one Coder serves many threads. Coding is rule-based and needs no parser:
// sentences are split and tokenized, actor and agent phrases are found with
// the dictionary tries, verb and noun patterns are matched, and the source
// and target of each are found from their positions in the clause (see
// doc/coder.md).
#ifndef DYAD_CODER_H_
#define DYAD_CODER_H_

#include <string>
#include <vector>

#include "dyad/dictionary.h"
#include "dyad/event.h"

namespace dyad {

struct CoderOptions {
  // Keep every mention; by default one event per (date, source, target,
  // code) per document.
  bool all_mentions = false;
};

class Coder {
 public:
  explicit Coder(Dictionary dictionary, CoderOptions options = {});

  std::vector<Event> Code(const Document& doc) const;

  // A readable account of how one sentence was analysed: tokens, actors,
  // triggers, the patterns tried and the events produced.
  std::string Explain(std::string_view sentence, std::string_view date = "") const;

  const Dictionary& dictionary() const { return dictionary_; }

 private:
  Dictionary dictionary_;
  CoderOptions options_;
};

}  // namespace dyad

#endif  // DYAD_CODER_H_

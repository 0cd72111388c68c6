// Documents in, events out: the values that cross dyad's public API.
//
// An Event is one coded "who did what to whom" with everything needed to
// check it: the sentence, byte spans of the words that named the source, the
// target and the trigger, and the dictionary rule that fired.
#ifndef DYAD_EVENT_H_
#define DYAD_EVENT_H_

#include <cstdint>
#include <string>

namespace dyad {

struct Document {
  std::string id;    // file name, or the "id" of a JSON Lines article
  std::string date;  // YYYY-MM-DD, or "" when unknown
  std::string text;  // UTF-8
  std::string title;
  std::string url;
  std::string source;  // outlet
};

// Byte offsets into Document::text, and the words found there.
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::string text;
  bool empty() const { return begin == end; }
};

struct Evidence {
  Span source;
  Span target;   // empty when the event has no target
  Span trigger;  // the verb or noun that expresses the event
};

struct Event {
  std::string doc;
  int sentence = 0;         // index of the sentence in the document, from 0
  std::string date;         // YYYY-MM-DD or ""
  std::string source;       // CAMEO actor codes
  std::string target;       // "" when none
  std::string source_name;  // the words that named them
  std::string target_name;
  // Parts of the codes, as GDELT splits them: "RUSCOP" is country "RUS" with
  // role "COP". Empty when the code has no such part.
  std::string source_country, source_role;
  std::string target_country, target_role;
  std::string event_code;  // "112"
  std::string base_code;   // 3-digit code ("023" for "0231")
  std::string root_code;   // "11"
  int quad_class = 0;      // 1-4, GDELT's mapping
  double goldstein = 0;
  // asserted, reported, alleged, denied or hypothetical.
  std::string modality = "asserted";
  std::string text;  // the sentence
  Evidence evidence;
  std::string rule;  // the dictionary entry that fired, "file:line pattern"
  std::string url;   // of the document, when known
  int mentions = 1;  // mentions in the document merged into this event
  // Issues the sentence is about, from a PETRARCH issues dictionary:
  // "CODE N" (N phrases found), comma separated, as PETRARCH writes them.
  std::string issues;
};

}  // namespace dyad

#endif  // DYAD_EVENT_H_

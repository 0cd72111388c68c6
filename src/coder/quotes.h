// Quotations: who speaks them. "'We will respond,' the ministry said": the
// "we" of a quotation is its speaker, the actor whose reporting verb stands
// outside the quotation marks in the same sentence, or the last speaker when
// a quotation runs on over sentences.
#ifndef DYAD_CODER_QUOTES_H_
#define DYAD_CODER_QUOTES_H_

#include <cstddef>

#include "coder/analysis.h"

namespace dyad::coder {

// Whether the sentence holds a quotation mark at all (a cheap test before
// the others).
bool HasQuoteMark(const SentenceAnalysis& s);

// Whether token `i` stands inside quotation marks; `open`: the sentence
// starts inside a quotation that an earlier one opened.
bool InsideQuote(const SentenceAnalysis& s, std::size_t i, bool open);

// Whether a quotation is still open at the end of the sentence.
bool EndsInsideQuote(const SentenceAnalysis& s, bool open);

// The mention that speaks the sentence's quotation: the subject of a
// reporting verb outside the marks ("the ministry said", "said the
// ministry", "the minister told reporters:"), or -1.
int QuoteSpeaker(const SentenceAnalysis& s, bool open);

// "I", "we", "me", "us", "my", "our".
bool IsFirstPerson(std::string_view norm);

}  // namespace dyad::coder

#endif  // DYAD_CODER_QUOTES_H_

// Why a coded act is not news of the document's date, or no act at all:
// background (a year or a month before the article's, precedents counted)
// and the words around a trigger that make it a habit, a reason, a
// question, a comparison or a perception rather than something an actor
// did. Used by the coder's output rules (coder.cc).
#ifndef DYAD_CODER_NOT_NEWS_H_
#define DYAD_CODER_NOT_NEWS_H_

#include <cstddef>
#include <string>

#include "coder/analysis.h"
#include "coder/event_assembler.h"

namespace dyad::coder {

// "background: ..." when the sentence places the act at `trigger` before
// the document's date (YYYYMMDD, 0 when unknown) by more than about a
// month ("in 2014", "the 1905 massacre", "in April" in a November story,
// "from 2012 to 2019") or counts precedents ("has only impeached two
// presidents"); else "".
std::string Background(const SentenceAnalysis& s, std::size_t trigger, int date);

// Why the words around an assembled event with pattern code `code` make
// it no act, or "".
std::string NoAct(const dict::Compiled& dict, const Assembled& a,
                  const SentenceAnalysis& s, const std::string& code);

}  // namespace dyad::coder

#endif  // DYAD_CODER_NOT_NEWS_H_

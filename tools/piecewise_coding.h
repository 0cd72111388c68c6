// Coding a document in pieces, as dyad code and ingest do with large ones:
// its events are handed on as they become final (DocumentCoder), instead of
// all being held until its end, and a text read in pieces is never held
// whole.
#ifndef DYAD_TOOLS_PIECEWISE_CODING_H_
#define DYAD_TOOLS_PIECEWISE_CODING_H_

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

#include "dyad/coder.h"

namespace dyad::cli {

// A document longer than this is coded in pieces of at most this many
// bytes, cut at paragraph breaks where it has them (inputs.h PieceEnd).
// Smaller ones are coded whole (Coder::Code), with the same events.
inline constexpr std::size_t kCodingPieceBytes = 256u << 10;

// Codes `text` (the next part of the document `coder` codes: all of it, or
// a piece that ends at a line break) in pieces; `emit` gets the events that
// are final after each. The caller ends with coder->Finish().
void CodeInPieces(DocumentCoder* coder, std::string_view text,
                  const std::function<void(std::vector<Event>&&)>& emit);

// The events of a document held whole, as dyad code gives them: coded in
// pieces when it is longer than kCodingPieceBytes, else whole. dyad ingest
// and the Python module code with it, so that each stores or returns the
// events dyad code writes. `sentences`, when given, gets the number of
// sentences the text was split into.
std::vector<Event> CodeDocument(const Coder& coder, const Document& doc,
                                std::size_t* sentences = nullptr);

}  // namespace dyad::cli

#endif  // DYAD_TOOLS_PIECEWISE_CODING_H_

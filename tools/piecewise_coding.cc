#include "piecewise_coding.h"

#include "inputs.h"

namespace dyad::cli {

void CodeInPieces(DocumentCoder* coder, std::string_view text,
                  const std::function<void(std::vector<Event>&&)>& emit) {
  while (!text.empty()) {
    const std::size_t end = PieceEnd(text, kCodingPieceBytes);
    std::vector<Event> events = coder->Add(text.substr(0, end));
    if (!events.empty()) emit(std::move(events));
    text.remove_prefix(end);
  }
}

}  // namespace dyad::cli

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

std::vector<Event> CodeDocument(const Coder& coder, const Document& doc,
                                std::size_t* sentences) {
  std::size_t ignored = 0;
  if (sentences == nullptr) sentences = &ignored;
  if (doc.text.size() <= kCodingPieceBytes) return coder.Code(doc, sentences);
  DocumentCoder document(coder, doc);
  std::vector<Event> events;
  auto keep = [&](std::vector<Event>&& some) {
    for (Event& e : some) events.push_back(std::move(e));
  };
  CodeInPieces(&document, doc.text, keep);
  keep(document.Finish());
  *sentences = document.sentences();
  return events;
}

}  // namespace dyad::cli

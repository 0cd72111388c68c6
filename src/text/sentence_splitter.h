// Sentence splitter built for news text.
//
// Knows abbreviations (U.S., Mr., Gen., Jan. 5, St.), initials (J. Smith),
// decimals, closing quotes and brackets after a full stop, datelines at the
// start of a story or paragraph ("HONG KONG (AP) —", "Hong Kong –",
// "WASHINGTON, March 3 (Reuters) -"), headlines with no full stop, and
// paragraph breaks. Works in one pass, linear in the input; a run of text
// with no boundary for kMaxSentenceBytes is cut at a space so that later
// stages never see unbounded sentences.
#ifndef DYAD_TEXT_SENTENCE_SPLITTER_H_
#define DYAD_TEXT_SENTENCE_SPLITTER_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace dyad::text {

enum class SegmentKind : std::uint8_t {
  kSentence,  // ends with . ! ? (possibly followed by quotes or brackets)
  kFragment,  // ended by a line or paragraph break with no full stop: a headline
  kDateline,  // "HONG KONG (AP) —": place and agency before the story
};

struct Segment {
  std::uint32_t begin = 0;  // byte offsets into the document, trimmed
  std::uint32_t end = 0;
  SegmentKind kind = SegmentKind::kSentence;
};

inline constexpr std::size_t kMaxSentenceBytes = 16 * 1024;

std::vector<Segment> SplitSentences(std::string_view text);

}  // namespace dyad::text

#endif  // DYAD_TEXT_SENTENCE_SPLITTER_H_

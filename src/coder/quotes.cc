#include "coder/quotes.h"

#include <algorithm>

#include "lexicon/word_classes.h"

namespace dyad::coder {
namespace {

bool IsQuoteMark(const text::Token& t) {
  return t.kind == text::TokenKind::kPunct && (t.norm == "\"" || t.norm == "'");
}

}  // namespace

bool HasQuoteMark(const SentenceAnalysis& s) {
  return std::any_of(s.tokens.begin(), s.tokens.end(), IsQuoteMark);
}

bool InsideQuote(const SentenceAnalysis& s, std::size_t i, bool open) {
  bool inside = open;
  for (std::size_t k = 0; k < i && k < s.tokens.size(); ++k)
    if (IsQuoteMark(s.tokens[k])) inside = !inside;
  return inside;
}

bool EndsInsideQuote(const SentenceAnalysis& s, bool open) {
  return InsideQuote(s, s.tokens.size(), open);
}

int QuoteSpeaker(const SentenceAnalysis& s, bool open) {
  bool inside = open, quoted = open;
  std::vector<int> mention_at(s.tokens.size(), -1);
  for (int m = 0; m < static_cast<int>(s.mentions.size()); ++m)
    for (auto i = s.mentions[m].begin; i < s.mentions[m].end; ++i) mention_at[i] = m;
  for (std::size_t r = 0; r < s.tokens.size(); ++r) {
    if (IsQuoteMark(s.tokens[r])) {
      inside = !inside;
      quoted = true;
      continue;
    }
    if (inside || lexicon::ReportingModality(s.tokens[r].norm) != "reported") continue;
    // "Sanders said to Biden: ...": the one spoken to comes first.
    std::size_t next = r + 1;
    if (next + 1 < s.tokens.size() && s.tokens[next].norm == "to" &&
        mention_at[next + 1] >= 0)
      next = s.mentions[mention_at[next + 1]].end;
    if (!quoted && next < s.tokens.size() && !IsQuoteMark(s.tokens[next]) &&
        s.tokens[next].norm != ":" && s.tokens[next].norm != ",")
      continue;  // no quotation around this reporting verb
    // "the ministry said": the mention right before; "said the ministry":
    // the one right after (past an article).
    if (r > 0 && mention_at[r - 1] >= 0) return mention_at[r - 1];
    std::size_t after = r + 1;
    if (after < s.tokens.size() && s.tokens[after].norm == "the") ++after;
    if (after < s.tokens.size() && mention_at[after] >= 0) return mention_at[after];
  }
  return -1;
}

bool IsFirstPerson(std::string_view w) {
  return w == "i" || w == "we" || w == "me" || w == "us" || w == "my" || w == "our" ||
         w == "ourselves";
}

}  // namespace dyad::coder

#include "text/sentence_splitter.h"

#include <algorithm>
#include <string>

#include "text/normalize.h"
#include "text/tokenizer.h"
#include "util/strings.h"

namespace dyad::text {
namespace {

bool IsTitle(std::string_view w) {
  static constexpr std::string_view kTitles[] = {
      "mr",   "mrs",  "ms",   "dr",  "gen", "col",  "lt",   "sgt",  "capt",   "cpl",
      "maj",  "adm",  "cmdr", "gov", "sen", "rep",  "rev",  "prof", "st",     "pres",
      "supt", "insp", "hon",  "mt",  "ft",  "gens", "reps", "sens", "messrs", "vs"};
  for (auto t : kTitles)
    if (t == w) return true;
  return false;
}

bool IsMonth(std::string_view w) {
  static constexpr std::string_view kMonths[] = {"jan",  "feb", "mar", "apr",
                                                 "jun",  "jul", "aug", "sep",
                                                 "sept", "oct", "nov", "dec"};
  for (auto m : kMonths)
    if (m == w) return true;
  return false;
}

// Words that start sentences: after an initialism such as "U.S." only these
// make the period a sentence end ("... in the U.S. The talks ..." splits,
// "U.S. officials" does not).
bool IsSentenceStarter(std::string_view w) {
  static constexpr std::string_view kStarters[] = {
      "the",   "a",         "an",      "it",    "he",     "she",  "they",  "we",
      "i",     "this",      "that",    "these", "those",  "but",  "and",   "in",
      "on",    "at",        "as",      "after", "before", "when", "while", "if",
      "there", "his",       "her",     "their", "its",    "our",  "some",  "many",
      "most",  "meanwhile", "however", "yet"};
  for (auto s : kStarters)
    if (s == w) return true;
  return false;
}

// Words that start a sentence in informal writing even in lowercase ("...
// last night. i flew in"), where a period or question mark before them
// ends the sentence. Only a closed class: after a period, a lowercase word
// usually means an abbreviation ("approx. five").
bool IsLowercaseStarter(std::string_view w) {
  static constexpr std::string_view kStarters[] = {
      "i",      "we",     "you",  "he",   "she", "they", "it",     "the",
      "this",   "my",     "our",  "what", "why", "how",  "thanks", "thank",
      "please", "anyway", "also", "lol",  "oh",  "ok",   "yes"};
  return std::ranges::find(kStarters, w) != std::end(kStarters);
}

class Splitter {
 public:
  explicit Splitter(std::string_view text) : text_(text) {}

  std::vector<Segment> Run() {
    std::size_t pos = 0;
    bool block_start = true;
    std::size_t block_begin = 0;
    while (pos < text_.size()) {
      std::size_t eol = text_.find('\n', pos);
      if (eol == std::string_view::npos) eol = text_.size();
      std::string_view line = Trim(text_.substr(pos, eol - pos));
      if (line.empty()) {  // a blank line ends the paragraph
        Block(block_begin, pos);
        block_begin = eol + 1;
        block_start = true;
      } else {
        block_start = false;
        std::size_t next = eol + 1;
        if (next < text_.size() && IsHeadlineBreak(line, NextLine(next))) {
          Block(block_begin, eol);
          block_begin = next;
        }
      }
      pos = eol + 1;
    }
    (void)block_start;
    if (block_begin < text_.size()) Block(block_begin, text_.size());
    return std::move(out_);
  }

 private:
  std::string_view NextLine(std::size_t pos) const {
    std::size_t eol = text_.find('\n', pos);
    if (eol == std::string_view::npos) eol = text_.size();
    return Trim(text_.substr(pos, eol - pos));
  }

  // A line with no closing punctuation whose words are mostly capitalised is a
  // headline (or a title, or a byline) and ends its own segment.
  static bool IsHeadlineBreak(std::string_view line, std::string_view next) {
    if (next.empty()) return false;  // the blank line handles it
    char last = line.back();
    if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!' ||
        last == '?')
      return false;
    int words = 0, capitalised = 0;
    for (auto w : SplitWords(line)) {
      if (!IsAsciiAlpha(w[0]) && static_cast<unsigned char>(w[0]) < 0x80) continue;
      ++words;
      if (!IsAsciiLower(w[0])) ++capitalised;
    }
    return words > 0 && words <= 25 && capitalised * 2 >= words + 1;
  }

  CharClass At(std::size_t pos, int* len) const {
    return BoundedText{text_, end_}.At(pos, len);
  }
  CharClass At(std::size_t pos) const { return BoundedText{text_, end_}.At(pos); }
  bool IsSpace(std::size_t pos) const {
    CharClass c = At(pos);
    return pos >= end_ || c == CharClass::kSpace || c == CharClass::kNewline;
  }
  std::size_t SkipSpaces(std::size_t pos) const {
    while (pos < end_) {
      int len;
      CharClass c = At(pos, &len);
      if (c != CharClass::kSpace && c != CharClass::kNewline &&
          c != CharClass::kIgnorable)
        break;
      pos += len;
    }
    return pos;
  }
  // Skips closing quotes, apostrophes and brackets after a full stop.
  std::size_t SkipClosers(std::size_t pos) const {
    while (pos < end_) {
      int len;
      CharClass c = At(pos, &len);
      if (c == CharClass::kQuote || c == CharClass::kApostrophe || text_[pos] == ')' ||
          text_[pos] == ']') {
        pos += len;
      } else {
        break;
      }
    }
    return pos;
  }

  void Emit(std::size_t b, std::size_t e, SegmentKind kind) {
    while (b < e && IsSpace(b)) ++b;
    while (e > b && IsAsciiSpace(text_[e - 1])) --e;
    if (b >= e) return;
    out_.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e), kind});
  }

  // "HONG KONG (AP) —", "Hong Kong –", "WASHINGTON, March 3 (Reuters) -":
  // a few capitalised words, numbers, commas and a bracketed agency, then a
  // dash. Returns the position after the dash, or `pos` if there is none.
  std::size_t Dateline(std::size_t pos) {
    int words = 0;
    std::size_t p = pos;
    std::size_t limit = std::min(end_, pos + 120);
    while (p < limit) {
      int len;
      CharClass c = At(p, &len);
      if (c == CharClass::kSpace || c == CharClass::kNewline || text_[p] == ',') {
        p += len;
      } else if (c == CharClass::kDash || (text_[p] == '-' && IsSpace(p + 1))) {
        std::size_t after = p + len;
        while (after < end_ && text_[after] == '-') ++after;
        if (words == 0 || !IsSpace(after) ||
            (p > pos && !IsSpace(p - 1) && text_[p - 1] != ')'))
          return pos;
        std::size_t body = SkipSpaces(after);
        if (body >= end_) return pos;
        Emit(pos, p, SegmentKind::kDateline);
        return body;
      } else if (text_[p] == '(') {
        std::size_t close = text_.find(')', p);
        if (close == std::string_view::npos || close >= limit || close - p > 30)
          return pos;
        p = close + 1;
      } else if (c == CharClass::kLetter || c == CharClass::kDigit) {
        if (c == CharClass::kLetter && !IsAsciiUpper(text_[p]) &&
            static_cast<unsigned char>(text_[p]) < 0x80)
          return pos;
        if (++words > 6) return pos;
        while (p < limit) {
          CharClass w = At(p, &len);
          if (w != CharClass::kLetter && w != CharClass::kDigit && text_[p] != '.' &&
              w != CharClass::kApostrophe && w != CharClass::kHyphen)
            break;
          if (w == CharClass::kHyphen && IsSpace(p + 1)) break;
          p += len;
        }
      } else {
        return pos;
      }
    }
    return pos;
  }

  // The word that ends just before the period at `dot`, lowercased, without
  // its inner periods noted separately.
  std::string WordBefore(std::size_t dot, bool* has_inner_period,
                         bool* capital_initial) const {
    std::size_t b = dot;
    while (b > begin_ && (IsAsciiAlpha(text_[b - 1]) || text_[b - 1] == '.' ||
                          IsAsciiDigit(text_[b - 1])))
      --b;
    std::string_view w = text_.substr(b, dot - b);
    *has_inner_period = w.find('.') != std::string_view::npos;
    *capital_initial = w.size() == 1 && IsAsciiUpper(w[0]);
    return AsciiLower(w);
  }

  std::string WordAt(std::size_t pos) const {
    std::size_t e = pos;
    while (e < end_ && IsAsciiAlpha(text_[e])) ++e;
    return AsciiLower(text_.substr(pos, e - pos));
  }

  // Decides whether the period at `dot` ends a sentence; `after` is the
  // position past the period and any closers.
  bool PeriodEnds(std::size_t dot, std::size_t after) const {
    if (!IsSpace(after)) return false;  // 3.5, U.S.-led, example.com
    std::size_t next = SkipSpaces(after);
    if (next >= end_) return true;
    int len;
    CharClass nc = At(next, &len);
    if (nc == CharClass::kQuote || text_[next] == '(') {
      nc = At(next + len);
      next += len;
    }
    bool inner_period, initial;
    std::string w = WordBefore(dot, &inner_period, &initial);
    if (nc == CharClass::kLetter && IsAsciiLower(text_[next])) {
      // "... last night. i flew in": a plain word, no closer, a starter.
      return after == dot + 1 && !inner_period && !initial && w.size() >= 2 &&
             !IsTitle(w) && !IsAbbreviation(w) && !IsMonth(w) &&
             IsLowercaseStarter(WordAt(next));
    }
    if (IsTitle(w) || initial) return false;
    bool next_digit = nc == CharClass::kDigit;
    if (IsMonth(w) || w == "no" || w == "nos") return !next_digit;
    if (inner_period) return IsSentenceStarter(WordAt(next));
    return true;
  }

  void Block(std::size_t b, std::size_t e) {
    begin_ = b;
    end_ = e;
    std::size_t start = SkipSpaces(b);
    if (start >= e) return;
    start = Dateline(start);
    std::size_t p = start;
    std::size_t last_space = std::string::npos;
    while (p < e) {
      int len;
      CharClass c = At(p, &len);
      if (c == CharClass::kSpace || c == CharClass::kNewline) last_space = p;
      bool stop = false;
      std::size_t after = p + len;
      if (text_[p] == '.' && !(p + 1 < e && text_[p + 1] == '.')) {
        after = SkipClosers(p + 1);
        stop = PeriodEnds(p, after);
      } else if (text_[p] == '!' || text_[p] == '?' || text_[p] == '.' ||
                 c == CharClass::kEllipsis) {
        while (after < e &&
               (text_[after] == '!' || text_[after] == '?' || text_[after] == '.'))
          ++after;
        const std::size_t run_end = after;
        after = SkipClosers(after);
        std::size_t next = SkipSpaces(after);
        const bool closed = after != run_end;  // "Why?" he asked.
        stop = IsSpace(after) &&
               (next >= e || !(IsAsciiLower(text_[next]) || text_[next] == ',') ||
                (!closed && text_[p] != '.' && c != CharClass::kEllipsis &&
                 IsLowercaseStarter(WordAt(next))));
        if (stop && (c == CharClass::kEllipsis || text_[p] == '.')) {
          stop = next >= e || IsAsciiUpper(text_[next]);
        }
      }
      if (stop) {
        Emit(start, after, SegmentKind::kSentence);
        start = SkipSpaces(after);
        p = start;
        last_space = std::string::npos;
        continue;
      }
      if (p - start >= kMaxSentenceBytes) {
        std::size_t cut =
            last_space != std::string::npos && last_space > start ? last_space : p;
        Emit(start, cut, SegmentKind::kFragment);
        start = SkipSpaces(cut);
        p = start;
        last_space = std::string::npos;
        continue;
      }
      p += len;
    }
    Emit(start, e, SegmentKind::kFragment);
  }

  std::string_view text_;
  std::size_t begin_ = 0, end_ = 0;
  std::vector<Segment> out_;
};

}  // namespace

std::vector<Segment> SplitSentences(std::string_view text) {
  return Splitter(text).Run();
}

}  // namespace dyad::text

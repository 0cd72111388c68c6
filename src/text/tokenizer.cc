#include "text/tokenizer.h"

#include <array>

#include "text/normalize.h"
#include "util/strings.h"

namespace dyad::text {
namespace {

struct Cursor {
  std::string_view doc;
  std::size_t end;

  // Class of the character at pos (kSpace past the end), with its length.
  CharClass At(std::size_t pos, int* len) const {
    return BoundedText{doc, end}.At(pos, len);
  }
  CharClass At(std::size_t pos) const { return BoundedText{doc, end}.At(pos); }
  bool IsWordChar(std::size_t pos) const {
    CharClass c = At(pos);
    return c == CharClass::kLetter || c == CharClass::kDigit;
  }
};

// Clitics split off after an apostrophe, with their normalised forms.
struct Clitic {
  std::string_view suffix;  // lowercase, without the apostrophe
  std::string_view norm;
};
constexpr std::array<Clitic, 6> kClitics = {{{"s", "'s"},
                                             {"re", "are"},
                                             {"ve", "have"},
                                             {"ll", "will"},
                                             {"d", "would"},
                                             {"m", "am"}}};

// Length of an initialism such as "U.S." or "e.g." starting at pos, or 0.
std::size_t InitialismLength(const Cursor& cur, std::size_t pos) {
  std::size_t p = pos;
  int groups = 0;
  while (p + 1 < cur.end && IsAsciiAlpha(cur.doc[p]) && cur.doc[p + 1] == '.') {
    p += 2;
    ++groups;
  }
  if (groups < 2 || cur.IsWordChar(p)) return 0;
  return p - pos;
}

bool IsDigitAt(const Cursor& cur, std::size_t pos) {
  return pos < cur.end && IsAsciiDigit(cur.doc[pos]);
}

}  // namespace

bool IsAbbreviation(std::string_view w) {
  static constexpr std::string_view kAbbrev[] = {
      "mr",   "mrs",  "ms",   "dr",   "gen",  "col",    "lt",   "sgt",  "capt",   "cpl",
      "maj",  "adm",  "cmdr", "gov",  "sen",  "rep",    "rev",  "prof", "st",     "pres",
      "supt", "insp", "hon",  "jr",   "sr",   "messrs", "mt",   "ft",   "jan",    "feb",
      "mar",  "apr",  "jun",  "jul",  "aug",  "sep",    "sept", "oct",  "nov",    "dec",
      "inc",  "corp", "ltd",  "co",   "no",   "nos",    "vs",   "etc",  "approx", "dept",
      "est",  "fig",  "vol",  "univ", "assn", "bros",   "gens", "reps", "sens"};
  for (auto a : kAbbrev)
    if (a == w) return true;
  return false;
}

std::vector<Token> Tokenize(std::string_view doc, std::size_t begin, std::size_t end) {
  std::vector<Token> tokens;
  tokens.reserve((end - begin) / 6 + 4);
  Cursor cur{doc, end};
  auto emit = [&](std::size_t b, std::size_t e, TokenKind kind, std::string norm) {
    Token t;
    t.begin = static_cast<std::uint32_t>(b);
    t.end = static_cast<std::uint32_t>(e);
    t.kind = kind;
    t.capitalized =
        IsAsciiUpper(doc[b]) ||
        (static_cast<unsigned char>(doc[b]) >= 0xC3 && kind == TokenKind::kWord &&
         NormalizeWord(doc.substr(b, e - b)) != doc.substr(b, e - b));
    t.norm = std::move(norm);
    tokens.push_back(std::move(t));
  };

  std::size_t pos = begin;
  while (pos < end) {
    int len;
    CharClass cls = cur.At(pos, &len);
    if (cls == CharClass::kSpace || cls == CharClass::kNewline ||
        cls == CharClass::kIgnorable) {
      pos += len;
      continue;
    }
    if (cls == CharClass::kLetter || cls == CharClass::kDigit) {
      if (std::size_t n = InitialismLength(cur, pos)) {
        emit(pos, pos + n, TokenKind::kWord, NormalizeWord(doc.substr(pos, n)));
        pos += n;
        continue;
      }
      bool numeric = cls == CharClass::kDigit;
      std::size_t p = pos + len;
      while (true) {
        int l;
        CharClass c = cur.At(p, &l);
        if (c == CharClass::kLetter || c == CharClass::kDigit) {
          if (c == CharClass::kLetter) numeric = false;
          p += l;
        } else if (c == CharClass::kHyphen && cur.IsWordChar(p + l)) {
          numeric = false;
          p += l;
        } else if (numeric && p < end &&
                   (doc[p] == '.' || doc[p] == ',' || doc[p] == ':') &&
                   IsDigitAt(cur, p + 1)) {
          p += 1;
        } else {
          break;
        }
      }
      // Contractions and possessives: look at an apostrophe that follows.
      int alen;
      std::size_t word_end = p;
      std::string_view clitic_norm;
      std::size_t clitic_end = p;
      if (cur.At(p, &alen) == CharClass::kApostrophe) {
        std::size_t q = p + alen;
        while (q < end && IsAsciiAlpha(doc[q])) ++q;
        std::string suffix = AsciiLower(doc.substr(p + alen, q - p - alen));
        if (!cur.IsWordChar(q)) {
          if (suffix == "t" && p - pos >= 2 && AsciiLower(doc[p - 1]) == 'n') {
            word_end = p - 1;  // "did|n't"
            clitic_norm = "not";
            clitic_end = q;
          } else if (suffix.empty() && AsciiLower(doc[p - 1]) == 's') {
            clitic_norm = "'s";  // plural possessive: "allies'"
            clitic_end = q;
          } else {
            for (const Clitic& c : kClitics) {
              if (suffix == c.suffix) {
                clitic_norm = c.norm;
                clitic_end = q;
              }
            }
          }
        }
        if (clitic_norm.empty() && !suffix.empty() && cur.IsWordChar(p + alen)) {
          // A name with an inner apostrophe: O'Brien, d'Ivoire.
          std::size_t r = p + alen;
          while (cur.IsWordChar(r) ||
                 (cur.At(r) == CharClass::kHyphen && cur.IsWordChar(r + 1)))
            r += 1;
          word_end = clitic_end = r;
          p = r;
        }
      }
      std::string norm = NormalizeWord(doc.substr(pos, word_end - pos));
      if (clitic_norm == "not") {
        if (norm == "wo")
          norm = "will";
        else if (norm == "ca")
          norm = "can";
        else if (norm == "sha")
          norm = "shall";
      }
      // Abbreviations and single-letter initials keep their period.
      if (word_end == p && clitic_norm.empty() && p < end && doc[p] == '.' && !numeric &&
          (IsAbbreviation(norm) || (norm.size() == 1 && IsAsciiUpper(doc[pos])))) {
        ++word_end;
        p = word_end;
        clitic_end = p;
        norm.push_back('.');
      }
      emit(pos, word_end, numeric ? TokenKind::kNumber : TokenKind::kWord,
           std::move(norm));
      if (!clitic_norm.empty()) {
        emit(word_end, clitic_end, TokenKind::kWord, std::string(clitic_norm));
      }
      pos = std::max(p, clitic_end);
      continue;
    }
    // Punctuation: runs of dots and of hyphens make one token.
    if (doc[pos] == '.' || (cls == CharClass::kHyphen && doc[pos] == '-')) {
      char ch = doc[pos];
      std::size_t p = pos;
      while (p < end && doc[p] == ch) ++p;
      std::string norm = p - pos == 1 ? std::string(1, ch) : (ch == '.' ? "..." : "--");
      emit(pos, p, TokenKind::kPunct, std::move(norm));
      pos = p;
      continue;
    }
    std::string norm;
    switch (cls) {
      case CharClass::kApostrophe:
        norm = "'";
        break;
      case CharClass::kQuote:
        norm = "\"";
        break;
      case CharClass::kHyphen:
        norm = "-";
        break;
      case CharClass::kDash:
        norm = "--";
        break;
      case CharClass::kEllipsis:
        norm = "...";
        break;
      default:
        norm = std::string(doc.substr(pos, len));
    }
    emit(pos, pos + len, TokenKind::kPunct, std::move(norm));
    pos += len;
  }
  return tokens;
}

}  // namespace dyad::text

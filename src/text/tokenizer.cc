#include "text/tokenizer.h"

#include <algorithm>
#include <array>

#include "text/normalize.h"
#include "util/strings.h"

namespace dyad::text {
namespace {

struct Cursor {
  std::string_view doc;
  std::size_t end;
  // End of the last run of address characters looked at: a word inside it
  // is not looked at again, which keeps "a.b.c.d..." linear.
  std::size_t web_checked_until = 0;

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

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && AsciiLower(s.substr(0, prefix.size())) == prefix;
}

// Characters a web address may hold (RFC 3986's, less the brackets and
// quotes that usually close around it in prose).
bool IsUrlChar(char c) {
  return IsAsciiAlpha(c) || IsAsciiDigit(c) ||
         std::string_view("-._~:/?#@!$&*+,;=%").find(c) != std::string_view::npos;
}

bool IsDomainLabel(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!IsAsciiAlpha(c) && !IsAsciiDigit(c) && c != '-' && c != '_') return false;
  return true;
}

// "example.com", "bbc.co.uk", "Guaranty.doc", "Stanford.EDU": labels joined
// by periods, the last one a lowercase (or all-capital) top-level domain or
// file extension of 2-4 letters, so that "3.5", "No.1" and a missing space
// after a full stop ("said.The") are no addresses.
bool IsDomainOrFileName(std::string_view s) {
  const std::size_t slash = s.find('/');
  const std::string_view host = s.substr(0, slash);
  const std::size_t dot = host.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return false;
  const std::string_view last = host.substr(dot + 1);
  if (last.size() < 2 || last.size() > 4) return false;
  bool lower = true, upper = true;
  for (char c : last) {
    lower = lower && IsAsciiLower(c);
    upper = upper && IsAsciiUpper(c);
  }
  if (!lower && !upper) return false;
  for (std::size_t b = 0; b <= dot;) {
    std::size_t e = host.find('.', b);
    if (!IsDomainLabel(host.substr(b, e - b))) return false;
    b = e + 1;
  }
  return true;
}

// Length of a web address, e-mail address or file name starting at pos
// ("http://x.org/a?b=1", "www.bbc.co.uk", "name@example.com", "Space.com"),
// or 0. The treebanks keep each as one token, and split into pieces they
// would give the parser, and the coder, words that are none.
std::size_t WebTokenLength(Cursor& cur, std::size_t pos) {
  if (pos < cur.web_checked_until) return 0;
  std::size_t q = pos;
  while (q < cur.end && IsUrlChar(cur.doc[q])) ++q;
  cur.web_checked_until = q;
  // Closing punctuation belongs to the sentence.
  while (q > pos &&
         std::string_view(".,;:!?").find(cur.doc[q - 1]) != std::string_view::npos)
    --q;
  const std::string_view run = cur.doc.substr(pos, q - pos);
  if (run.size() < 4 || run.find('.') == std::string_view::npos) return 0;
  for (std::string_view scheme : {"http://", "https://", "ftp://", "www.", "mailto:"})
    if (StartsWithNoCase(run, scheme))
      return run.size() > scheme.size() + 2 ? run.size() : 0;
  const std::size_t at = run.find('@');
  if (at != std::string_view::npos) {
    if (at == 0) return 0;
    for (char c : run.substr(0, at))
      if (!IsAsciiAlpha(c) && !IsAsciiDigit(c) &&
          std::string_view("._%+-").find(c) == std::string_view::npos)
        return 0;
    return IsDomainOrFileName(run.substr(at + 1)) ? run.size() : 0;
  }
  return IsDomainOrFileName(run) ? run.size() : 0;
}

// Length of a run of one punctuation mark that the treebanks keep whole
// ("!!!", "?!", "*****", "____"), or of an emoticon (":)", ";-)"), or 0.
std::size_t PunctRunLength(const Cursor& cur, std::size_t pos) {
  const std::string_view doc = cur.doc;
  const char c = doc[pos];
  std::size_t p = pos + 1;
  if (c == '!' || c == '?') {
    while (p < cur.end && (doc[p] == '!' || doc[p] == '?')) ++p;
  } else if (std::string_view("*_=~#+").find(c) != std::string_view::npos) {
    while (p < cur.end && doc[p] == c) ++p;
  } else if ((c == ':' || c == ';') && (pos == 0 || IsAsciiSpace(doc[pos - 1]))) {
    if (p < cur.end && doc[p] == '-') ++p;
    if (p < cur.end && std::string_view(")(DP").find(doc[p]) != std::string_view::npos &&
        (p + 1 >= cur.end || IsAsciiSpace(doc[p + 1])))
      return p + 1 - pos;
    return 0;
  }
  return p - pos > 1 ? p - pos : 0;
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
      if (std::size_t n = WebTokenLength(cur, pos)) {
        emit(pos, pos + n, TokenKind::kWord, NormalizeWord(doc.substr(pos, n)));
        pos += n;
        continue;
      }
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
        } else if ((c == CharClass::kHyphen || (!numeric && p < end && doc[p] == '_')) &&
                   cur.IsWordChar(p + l)) {
          numeric = false;
          p += l;
        } else if (numeric && p < end &&
                   (doc[p] == '.' || doc[p] == ',' || doc[p] == ':' || doc[p] == '/') &&
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
    if (std::size_t n = PunctRunLength(cur, pos)) {
      emit(pos, pos + n, TokenKind::kPunct, std::string(doc.substr(pos, n)));
      pos += n;
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

namespace {

bool KeepsHyphen(std::string_view left_lower, std::string_view right) {
  static constexpr std::string_view kPrefixes[] = {
      "e",   "pro",  "non",   "re",  "co",    "anti",  "pre",  "post",
      "mid", "semi", "multi", "pan", "ex",    "over",  "mini", "inter",
      "sub", "un",   "vice",  "neo", "quasi", "ultra", "bi",   "tri"};
  if (std::ranges::find(kPrefixes, left_lower) != std::end(kPrefixes)) return true;
  const auto all_digits = [](std::string_view s) {
    return !s.empty() && std::ranges::all_of(s, IsAsciiDigit);
  };
  return all_digits(left_lower) && all_digits(right);
}

}  // namespace

void SplitHyphens(std::string_view doc, std::vector<Token>* tokens) {
  const auto alnum = [](char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); };
  std::vector<Token> out;
  out.reserve(tokens->size());
  for (Token& t : *tokens) {
    const std::string_view text = doc.substr(t.begin, t.end - t.begin);
    // Its part [b, e) as a word of its own.
    const auto piece = [&](std::size_t b, std::size_t e) {
      Token p = t;
      p.begin = t.begin + static_cast<std::uint32_t>(b);
      p.end = t.begin + static_cast<std::uint32_t>(e);
      p.norm = NormalizeWord(text.substr(b, e - b));
      p.capitalized = IsAsciiUpper(text[b]);
      return p;
    };
    std::size_t part = 0;
    // Dates and numbers ("01-Feb-02", "713-853-3989") stay whole.
    if (t.kind == TokenKind::kWord && text.size() > 2 &&
        !(IsAsciiDigit(text.front()) && IsAsciiDigit(text.back())) &&
        text.find("://") == std::string_view::npos &&
        text.find('@') == std::string_view::npos) {
      for (std::size_t i = 1; i + 1 < text.size(); ++i) {
        if (text[i] != '-' || !alnum(text[i - 1]) || !alnum(text[i + 1])) continue;
        std::size_t right_end = text.find('-', i + 1);
        if (right_end == std::string_view::npos) right_end = text.size();
        const std::size_t last = text.rfind('-', i - 1);
        const std::size_t segment = last == std::string_view::npos ? 0 : last + 1;
        if (KeepsHyphen(AsciiLower(text.substr(segment, i - segment)),
                        text.substr(i + 1, right_end - i - 1)))
          continue;
        out.push_back(piece(part, i));
        Token hyphen;
        hyphen.begin = t.begin + static_cast<std::uint32_t>(i);
        hyphen.end = hyphen.begin + 1;
        hyphen.kind = TokenKind::kPunct;
        hyphen.norm = "-";
        out.push_back(std::move(hyphen));
        part = i + 1;
      }
    }
    out.push_back(part == 0 ? std::move(t) : piece(part, text.size()));
  }
  *tokens = std::move(out);
}

}  // namespace dyad::text

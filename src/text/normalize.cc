#include "text/normalize.h"

#include "util/strings.h"
#include "util/utf8.h"

namespace dyad::text {
namespace {

CharClass ClassifyNonAscii(char32_t cp) {
  switch (cp) {
    case 0x00A0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0x2028:
    case 0x2029:
      return CharClass::kSpace;
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
    case 0x00AD:
    // Directional marks, which right-to-left posts quoted in English carry.
    case 0x200E:
    case 0x200F:
    case 0x202A:
    case 0x202B:
    case 0x202C:
    case 0x202D:
    case 0x202E:
    case 0x2066:
    case 0x2067:
    case 0x2068:
    case 0x2069:
      return CharClass::kIgnorable;
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x02BC:
    case 0x2032:
      return CharClass::kApostrophe;
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x00AB:
    case 0x00BB:
    case 0x2033:
      return CharClass::kQuote;
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2212:
      return CharClass::kHyphen;
    case 0x2013:
    case 0x2014:
    case 0x2015:
      return CharClass::kDash;
    case 0x2026:
      return CharClass::kEllipsis;
    default:
      break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return CharClass::kSpace;
  // General punctuation and symbols that news text uses as separators.
  if ((cp >= 0x2020 && cp <= 0x206F) ||
      (cp >= 0x00A1 && cp <= 0x00BF && cp != 0x00AA && cp != 0x00B5 && cp != 0x00BA))
    return CharClass::kPunct;
  return CharClass::kLetter;
}

}  // namespace

namespace internal {
CharClass NonAsciiClassAt(std::string_view text, std::size_t pos, int* len) {
  char32_t cp;
  *len = utf8::Decode(text, pos, &cp);
  return ClassifyNonAscii(cp);
}
}  // namespace internal

std::string NormalizeWord(std::string_view text) {
  std::string out(text.size(), '\0');
  // Fast path: plain ASCII needs only lowercasing.
  std::size_t ascii = 0;
  for (; ascii < text.size(); ++ascii) {
    auto c = static_cast<unsigned char>(text[ascii]);
    if (c >= 0x80 || c == '`') break;
    out[ascii] = AsciiLower(static_cast<char>(c));
  }
  if (ascii == text.size()) return out;
  out.resize(ascii);
  text.remove_prefix(ascii);
  for (std::size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out.push_back(c == '`' ? '\'' : AsciiLower(static_cast<char>(c)));
      ++i;
      continue;
    }
    char32_t cp;
    int len = utf8::Decode(text, i, &cp);
    switch (ClassifyNonAscii(cp)) {
      case CharClass::kSpace:
        out.push_back(' ');
        break;
      case CharClass::kIgnorable:
        break;
      case CharClass::kApostrophe:
        out.push_back('\'');
        break;
      case CharClass::kQuote:
        out.push_back('"');
        break;
      case CharClass::kHyphen:
      case CharClass::kDash:
        out.push_back('-');
        break;
      case CharClass::kEllipsis:
        out += "...";
        break;
      default:
        // Latin-1 capitals (except the multiplication sign) lowercase by +0x20.
        if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) {
          utf8::Append(cp + 0x20, &out);
        } else {
          out.append(text.substr(i, len));
        }
    }
    i += len;
  }
  return out;
}

}  // namespace dyad::text

#include "util/utf8.h"

#include <cstdint>
#include <cstring>

namespace dyad::utf8 {
namespace {

// Length of the well-formed sequence at p (end exclusive), or 0 if ill-formed.
// Follows the table of well-formed byte sequences in the Unicode standard.
int SequenceLength(const unsigned char* p, const unsigned char* end) {
  unsigned char b0 = p[0];
  if (b0 < 0x80) return 1;
  auto cont = [&](int i, unsigned char lo, unsigned char hi) {
    return p + i < end && p[i] >= lo && p[i] <= hi;
  };
  if (b0 >= 0xC2 && b0 <= 0xDF) return cont(1, 0x80, 0xBF) ? 2 : 0;
  if (b0 == 0xE0) return cont(1, 0xA0, 0xBF) && cont(2, 0x80, 0xBF) ? 3 : 0;
  if ((b0 >= 0xE1 && b0 <= 0xEC) || b0 == 0xEE || b0 == 0xEF)
    return cont(1, 0x80, 0xBF) && cont(2, 0x80, 0xBF) ? 3 : 0;
  if (b0 == 0xED) return cont(1, 0x80, 0x9F) && cont(2, 0x80, 0xBF) ? 3 : 0;
  if (b0 == 0xF0)
    return cont(1, 0x90, 0xBF) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
  if (b0 >= 0xF1 && b0 <= 0xF3)
    return cont(1, 0x80, 0xBF) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
  if (b0 == 0xF4)
    return cont(1, 0x80, 0x8F) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
  return 0;
}

// Skips a run of ASCII eight bytes at a time: most news text is ASCII.
const unsigned char* SkipAscii(const unsigned char* p, const unsigned char* end) {
  while (end - p >= 8) {
    uint64_t word;
    std::memcpy(&word, p, 8);
    if (word & 0x8080808080808080ULL) break;
    p += 8;
  }
  while (p < end && *p < 0x80) ++p;
  return p;
}

}  // namespace

std::size_t Validate(std::string_view text) {
  auto* begin = reinterpret_cast<const unsigned char*>(text.data());
  auto* end = begin + text.size();
  auto* p = begin;
  while (true) {
    p = SkipAscii(p, end);
    if (p == end) return kValid;
    int n = SequenceLength(p, end);
    if (n == 0) return static_cast<std::size_t>(p - begin);
    p += n;
  }
}

std::string ReplaceInvalid(std::string_view text, std::size_t* replaced) {
  std::string out;
  out.reserve(text.size());
  std::size_t count = 0;
  auto* begin = reinterpret_cast<const unsigned char*>(text.data());
  auto* end = begin + text.size();
  auto* p = begin;
  while (p < end) {
    auto* ascii_end = SkipAscii(p, end);
    out.append(reinterpret_cast<const char*>(p), ascii_end - p);
    p = ascii_end;
    if (p == end) break;
    int n = SequenceLength(p, end);
    if (n == 0) {
      out += "\xEF\xBF\xBD";
      ++count;
      ++p;
    } else {
      out.append(reinterpret_cast<const char*>(p), n);
      p += n;
    }
  }
  if (replaced) *replaced = count;
  return out;
}

bool LooksBinary(std::string_view text) {
  return text.find('\0') != std::string_view::npos;
}

int Decode(std::string_view text, std::size_t pos, char32_t* cp) {
  auto* p = reinterpret_cast<const unsigned char*>(text.data()) + pos;
  auto* end = reinterpret_cast<const unsigned char*>(text.data()) + text.size();
  int n = SequenceLength(p, end);
  switch (n) {
    case 1:
      *cp = p[0];
      return 1;
    case 2:
      *cp = ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu);
      return 2;
    case 3:
      *cp = ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
      return 3;
    case 4:
      *cp = ((p[0] & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) |
            (p[3] & 0x3Fu);
      return 4;
    default:
      *cp = 0xFFFD;
      return 1;
  }
}

void Append(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace dyad::utf8

// Dates as pages, feeds and URLs write them (dyad/extract.h).

#include <array>

#include "dyad/extract.h"
#include "util/strings.h"

namespace dyad::extract {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

int Month(std::string_view word) {
  if (word.size() < 3) return 0;
  const std::string lower = AsciiLower(word.substr(0, 3));
  for (std::size_t i = 0; i < kMonths.size(); ++i)
    if (lower == kMonths[i]) return static_cast<int>(i) + 1;
  return 0;
}

// The number at s[*i], of at most `max_digits` digits; -1 if none.
int Number(std::string_view s, std::size_t* i, int max_digits) {
  int value = 0, digits = 0;
  while (*i < s.size() && IsAsciiDigit(s[*i]) && digits < max_digits) {
    value = value * 10 + (s[*i] - '0');
    ++*i;
    ++digits;
  }
  return digits == 0 ? -1 : value;
}

std::string Make(int year, int month, int day) {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31)
    return "";
  const int packed = year * 10000 + month * 100 + day;
  int check;
  const std::string formatted = FormatDate(packed);
  return ParseDate(formatted, &check) ? formatted : "";
}

// "2024-07-11", "2024-07-11T09:30:00Z", "2024/07/11".
std::string Iso(std::string_view s) {
  std::size_t i = 0;
  const int year = Number(s, &i, 4);
  if (i != 4 || i >= s.size() || (s[i] != '-' && s[i] != '/')) return "";
  const char sep = s[i++];
  const int month = Number(s, &i, 2);
  if (i >= s.size() || s[i] != sep) return "";
  ++i;
  const int day = Number(s, &i, 2);
  if (i < s.size() && IsAsciiDigit(s[i])) return "";
  return Make(year, month, day);
}

// "Thu, 11 Jul 2024 09:30:00 GMT", "11 July 2024", "July 11, 2024".
std::string Words(std::string_view s) {
  int day = -1, month = 0, year = -1;
  for (std::string_view w : SplitWords(s)) {
    while (!w.empty() && (w.back() == ',' || w.back() == '.')) w.remove_suffix(1);
    if (w.empty()) continue;
    if (IsAsciiDigit(w.front())) {
      std::size_t i = 0;
      const int n = Number(w, &i, 4);
      // A time ("09:30:00") ends the date.
      if (i < w.size() && w[i] == ':') break;
      if (i == 4 && year < 0) {
        year = n;
      } else if (i <= 2 && day < 0) {
        day = n;
      }
    } else if (month == 0) {
      month = Month(w);
    }
  }
  if (day < 0 || month == 0 || year < 0) return "";
  return Make(year, month, day);
}

}  // namespace

std::string ParseLooseDate(std::string_view s) {
  s = Trim(s);
  if (s.empty()) return "";
  if (std::string iso = Iso(s); !iso.empty()) return iso;
  return Words(s.substr(0, 64));
}

std::string DateFromUrl(std::string_view url) {
  // Only the path: a host may hold digits too.
  const std::size_t scheme = url.find("://");
  const std::size_t path =
      url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path == std::string_view::npos) return "";
  const std::string_view p = url.substr(path);
  for (std::size_t i = 0; i + 8 <= p.size(); ++i) {
    if (!IsAsciiDigit(p[i]) || (i > 0 && IsAsciiDigit(p[i - 1]))) continue;
    std::size_t j = i;
    const int year = Number(p, &j, 4);
    if (j - i != 4 || year < 1990 || year > 2100) continue;
    if (j < p.size() && (p[j] == '/' || p[j] == '-' || p[j] == '_')) {
      const char sep = p[j++];
      std::size_t k = j;
      const int month = Number(p, &k, 2);
      if (k == j || k >= p.size() || p[k] != sep) continue;
      std::size_t m = ++k;
      const int day = Number(p, &m, 2);
      if (m == k || (m < p.size() && IsAsciiDigit(p[m]))) continue;
      if (std::string d = Make(year, month, day); !d.empty()) return d;
    } else if (j + 4 <= p.size()) {
      // /20240711/
      std::size_t k = j;
      const int mmdd = Number(p, &k, 4);
      if (k - j != 4 || (k < p.size() && IsAsciiDigit(p[k]))) continue;
      if (std::string d = Make(year, mmdd / 100, mmdd % 100); !d.empty()) return d;
    }
  }
  return "";
}

}  // namespace dyad::extract

// Scores boilerplate removal against the text a test page was written to
// keep: precision and recall of kept characters, counted over words (each
// word weighs its length in bytes, and is matched as many times as it
// occurs in both), so that the order of paragraphs and white space do not
// matter but every word kept or lost does.
#ifndef DYAD_TESTS_EXTRACT_KEPT_CHARS_H_
#define DYAD_TESTS_EXTRACT_KEPT_CHARS_H_

#include <algorithm>
#include <map>
#include <sstream>
#include <string>
#include <string_view>

namespace dyad::testing {

struct KeptChars {
  std::size_t extracted = 0, expected = 0, matched = 0;
  double Precision() const { return extracted ? double(matched) / extracted : 1.0; }
  double Recall() const { return expected ? double(matched) / expected : 1.0; }
  KeptChars& operator+=(const KeptChars& o) {
    extracted += o.extracted;
    expected += o.expected;
    matched += o.matched;
    return *this;
  }
};

inline std::map<std::string, std::size_t> WordCounts(std::string_view text) {
  std::map<std::string, std::size_t> counts;
  std::istringstream in{std::string(text)};
  std::string word;
  while (in >> word) ++counts[word];
  return counts;
}

inline KeptChars ScoreKeptChars(std::string_view extracted, std::string_view expected) {
  KeptChars k;
  const auto got = WordCounts(extracted), want = WordCounts(expected);
  for (const auto& [w, n] : got) k.extracted += w.size() * n;
  for (const auto& [w, n] : want) {
    k.expected += w.size() * n;
    auto it = got.find(w);
    if (it != got.end()) k.matched += w.size() * std::min(n, it->second);
  }
  return k;
}

}  // namespace dyad::testing

#endif  // DYAD_TESTS_EXTRACT_KEPT_CHARS_H_

// LooksEnglish (dyad/extract.h): English's function words against those of
// the languages news in Latin script is most often written in, and letters
// of other scripts against Latin ones.

#include <array>
#include <cstdint>
#include <string_view>
#include <unordered_map>

#include "dyad/extract.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace dyad::extract {
namespace {

constexpr std::size_t kLanguages = 7;
constexpr std::size_t kReadBytes = 4096;
constexpr std::size_t kMinWords = 8;
constexpr std::size_t kMinWordsForShare = 12;

// The most frequent function words of each language, leaving out words
// that are as common in another of them ("a", "in", "on", "die").
// English's list is longer, with words shared with others ("in", "a"):
// it only needs to find English, the others to tell it from theirs.
constexpr std::array<std::array<std::string_view, 36>, kLanguages> kWords = {{
    // English
    {"the", "of",    "and",  "to",   "is",    "that", "for",   "it",   "with",
     "was", "as",    "his",  "he",   "be",    "by",   "at",    "from", "have",
     "has", "this",  "are",  "said", "which", "were", "in",    "on",   "a",
     "an",  "after", "will", "not",  "but",   "its",  "their", "they", "who"},
    // French
    {"le",   "la",   "les",  "des", "du", "et",   "est", "une",
     "dans", "pour", "que",  "qui", "au", "sur",  "pas", "par",
     "avec", "ce",   "sont", "aux", "il", "elle", "ont", "leur"},
    // Spanish
    {"el",   "los",  "las", "del", "y",    "es",    "una",   "por",
     "con",  "para", "que", "se",  "su",   "al",    "lo",    "como",
     "pero", "sus",  "fue", "ha",  "este", "entre", "sobre", "muy"},
    // German
    {"der",  "und",   "den",  "das",  "ist", "nicht", "mit", "sich",
     "des",  "auf",   "ein",  "eine", "dem", "zu",    "von", "auch",
     "wird", "wurde", "nach", "bei",  "aus", "sie",   "im",  "werden"},
    // Portuguese
    {"os",  "as",   "do",  "da",  "dos",    "das",  "em",   "um",
     "uma", "para", "com", "não", "mais",   "foi",  "pelo", "pela",
     "seu", "sua",  "ao",  "são", "também", "está", "ele",  "isso"},
    // Italian
    {"il",     "di",  "che",   "della", "per",    "non",   "sono", "con",
     "una",    "gli", "del",   "nel",   "alla",   "anche", "più",  "dei",
     "questo", "ha",  "stato", "delle", "essere", "ma",    "come", "nella"},
    // Dutch
    {"de",  "het",   "een",   "van",  "en",   "niet",   "dat", "zijn",
     "op",  "voor",  "met",   "ook",  "werd", "naar",   "bij", "maar",
     "nog", "wordt", "heeft", "deze", "dit",  "worden", "hun", "door"},
}};

// Each listed word with the languages it belongs to, one bit each.
const std::unordered_map<std::string_view, std::uint8_t>& WordLanguages() {
  static const std::unordered_map<std::string_view, std::uint8_t> kMap = [] {
    std::unordered_map<std::string_view, std::uint8_t> map;
    for (std::size_t l = 0; l < kLanguages; ++l)
      for (std::string_view w : kWords[l])
        if (!w.empty()) map[w] |= static_cast<std::uint8_t>(1u << l);
    return map;
  }();
  return kMap;
}

void CountWord(std::string_view word, std::array<int, kLanguages>* hits) {
  const auto& map = WordLanguages();
  const auto it = map.find(word);
  if (it == map.end()) return;
  for (std::size_t l = 0; l < kLanguages; ++l)
    if (it->second & (1u << l)) ++(*hits)[l];
}

}  // namespace

bool LooksEnglish(std::string_view text) {
  text = text.substr(0, kReadBytes);
  std::array<int, kLanguages> hits{};
  std::size_t words = 0, latin_letters = 0, other_letters = 0;
  std::string word;
  auto end_word = [&] {
    if (word.empty()) return;
    ++words;
    CountWord(word, &hits);
    word.clear();
  };
  for (std::size_t i = 0; i < text.size();) {
    char32_t cp;
    const int n = utf8::Decode(text, i, &cp);
    if (cp < 0x80 && IsAsciiAlpha(static_cast<char>(cp))) {
      ++latin_letters;
      word += AsciiLower(static_cast<char>(cp));
    } else if (cp >= 0xC0 && cp < 0x250 && cp != 0xD7 && cp != 0xF7) {
      ++latin_letters;  // accented Latin letters belong to words
      word.append(text.substr(i, static_cast<std::size_t>(n)));
    } else if (cp >= 0x370 && cp != 0xFFFD && !(cp >= 0x2000 && cp < 0x2070)) {
      ++other_letters;  // Greek, Cyrillic, Arabic, CJK...: not English
      end_word();
    } else if (cp != '\'') {
      end_word();
    }
    i += static_cast<std::size_t>(n);
  }
  end_word();
  if (other_letters > latin_letters) return false;
  if (words < kMinWords) return true;
  int best_other = 0;
  for (std::size_t l = 1; l < kLanguages; ++l) best_other = std::max(best_other, hits[l]);
  const int n = static_cast<int>(words);
  // More of another language's function words than of English's, and
  // enough of them to be that language.
  if (best_other > hits[0] && best_other * 20 >= n) return false;
  // English's function words make up about a third of its running text: a
  // text of a dozen words or more with hardly any is in another language
  // (one of those not listed), though a headline may have none.
  return words < kMinWordsForShare || hits[0] * 20 >= n;
}

}  // namespace dyad::extract

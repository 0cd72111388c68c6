#include "coder/word_shapes.h"

#include <set>

#include "lexicon/word_classes.h"
#include "util/strings.h"

namespace dyad::coder {

bool WrittenInCapitals(const SentenceAnalysis& s, std::string_view doc, std::size_t i,
                       std::size_t len, std::uint32_t name_words) {
  for (std::size_t k = i; k < i + len; ++k, name_words >>= 1) {
    const auto& t = s.tokens[k];
    if (t.size() > 4 || (name_words & 1)) continue;
    for (char c : doc.substr(t.begin, t.size()))
      if (IsAsciiLower(c)) return false;
  }
  return true;
}

bool WrittenAsName(const SentenceAnalysis& s, std::string_view doc, std::size_t i,
                   std::size_t len, std::uint32_t name_words) {
  for (std::size_t k = 0; k < len && name_words != 0; ++k, name_words >>= 1) {
    if (!(name_words & 1)) continue;
    const text::Token& t = s.tokens[i + k];
    if (!t.capitalized) return false;
    // "the XI International Festival": a roman numeral in capitals is no
    // name ("Xi"), outside a headline in capitals.
    const std::string_view word = doc.substr(t.begin, t.size());
    const bool roman = word.size() >= 2 && word.find_first_not_of("IVXLCDM") == word.npos;
    if (roman && s.segment.kind == text::SegmentKind::kSentence) return false;
  }
  return true;
}

bool VerbNotAgent(const SentenceAnalysis& s, std::size_t i, std::uint32_t len) {
  if (len != 1 || i + 2 >= s.tokens.size() || s.tokens[i].capitalized) return false;
  const std::string& w = s.tokens[i].norm;
  bool infinitive = i > 0 && (s.tokens[i - 1].norm == "to" ||
                              (s.classes[i - 1] & lexicon::kModal) != 0);
  if (!infinitive && (w.size() < 4 || w.back() != 's' || w[w.size() - 2] == 's'))
    return false;
  static const std::set<std::string_view> kArticles = {"the",   "a",   "an",  "its",
                                                       "their", "his", "her", "our"};
  static const std::set<std::string_view> kTimes = {
      "next", "following", "same",  "previous", "day",  "week", "month",
      "year", "morning",   "night", "evening",  "last", "first"};
  return kArticles.count(s.tokens[i + 1].norm) > 0 && !kTimes.count(s.tokens[i + 2].norm);
}

bool HasArabicArticle(std::string_view w) {
  return w.size() > 4 && (w.starts_with("al-") || w.starts_with("el-"));
}

bool AdjectiveNotAgent(const SentenceAnalysis& s, std::size_t i, std::uint32_t len) {
  if (len != 1 || i + 1 >= s.tokens.size() || s.tokens[i].norm != "official")
    return false;
  // Nouns that "official" describes in news; not a verb ("an official
  // said"), and not "news agency" (PETRARCH's records read "the official
  // news agency" as the government's).
  static const std::set<std::string_view> kNouns = {
      "visit",       "visits",    "state",     "trip",         "statement",  "statements",
      "figures",     "data",      "results",   "website",      "ceremony",   "channels",
      "residence",   "talks",     "sources",   "report",       "documents",  "count",
      "toll",        "estimates", "version",   "announcement", "letter",     "invitation",
      "reception",   "position",  "response",  "confirmation", "records",    "status",
      "recognition", "apology",   "complaint", "request",      "language",   "languages",
      "tally",       "launch",    "opening",   "portrait",     "photograph", "account",
      "capacity"};
  return kNouns.count(s.tokens[i + 1].norm) > 0;
}

bool FirstNameNotCountry(const SentenceAnalysis& s, std::string_view doc, std::size_t i,
                         std::string_view name) {
  if (i + 1 >= s.tokens.size()) return false;
  const text::Token& next = s.tokens[i + 1];
  if (next.kind != text::TokenKind::kWord || !next.capitalized || next.norm.empty() ||
      !IsAsciiAlpha(next.norm[0]) || s.segment.kind != text::SegmentKind::kSentence)
    return false;
  bool lower = false;
  for (char c : doc.substr(next.begin, next.size())) lower = lower || IsAsciiLower(c);
  if (!lower) return false;
  // Title case ("Ukraine Draws Sharp Criticism") says nothing of names.
  if (i + 2 < s.tokens.size() && s.tokens[i + 2].capitalized &&
      s.tokens[i + 2].kind == text::TokenKind::kWord)
    return false;
  static const std::set<std::string_view> kDatesAndPlaces = {
      "monday",  "tuesday",   "wednesday", "thursday", "friday",   "saturday", "sunday",
      "january", "february",  "march",     "april",    "may",      "june",     "july",
      "august",  "september", "october",   "november", "december", "city",     "province",
      "state",   "region",    "island",    "islands",  "county",   "district", "valley"};
  if (kDatesAndPlaces.count(next.norm)) return false;
  // The country's own name ("Jordan", "Sudan") is no demonym.
  const std::string& w = s.tokens[i].norm;
  if (w == AsciiLower(name)) return true;
  for (std::string_view suffix : {"an", "ese", "ish", "ic", "i"})
    if (w.size() > suffix.size() + 2 && w.ends_with(suffix)) return false;
  return true;
}

bool PlainWordAt(const SentenceAnalysis& s, std::size_t i) {
  return i < s.tokens.size() && s.tokens[i].kind == text::TokenKind::kWord &&
         !s.tokens[i].capitalized && s.classes[i] == 0;
}

}  // namespace dyad::coder

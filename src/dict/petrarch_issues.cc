// PETRARCH's issues dictionary: <ISSUE CATEGORY="..."> blocks of phrases
// with marked words ("n:school", "v:arrest", "pre+k") and ignore phrases
// ("~financial literacy").
#include <algorithm>
#include <string>
#include <vector>

#include "dict/compiled.h"
#include "dict/petrarch_format.h"
#include "util/strings.h"

namespace dyad::dict {
namespace {

// The forms a marked word stands for: "n:school" the noun and its plural,
// "v:arrest" the verb's regular forms; "pre+n:school" joins its parts with
// a space and with a hyphen.
std::vector<std::string> Forms(const std::string& word) {
  if (auto plus = word.find('+'); plus != std::string::npos) {
    std::vector<std::string> out;
    for (const auto& head : Forms(word.substr(0, plus)))
      for (const auto& rest : Forms(word.substr(plus + 1))) {
        out.push_back(head + " " + rest);
        out.push_back(head + "-" + rest);
      }
    return out;
  }
  std::string w = AsciiLower(word);
  if (w.rfind("n:", 0) == 0) {
    w.erase(0, 2);
    std::string plural = Plural(w);
    if (plural.empty()) return {w};
    return {w, plural};
  }
  if (w.rfind("v:", 0) == 0) {
    w.erase(0, 2);
    const std::string stem = w.ends_with('e') ? w.substr(0, w.size() - 1) : w;
    return {w, w + "s", stem + "ed", stem + "ing"};
  }
  return {w};
}

// How many forms Forms(word) gives, without making them (saturating at
// kMaxIssueForms + 1): each "+" doubles the product of its parts.
std::size_t FormCount(std::string_view word) {
  const std::size_t over = kMaxIssueForms + 1;
  if (auto plus = word.find('+'); plus != std::string_view::npos) {
    const std::size_t head = FormCount(word.substr(0, plus));
    const std::size_t rest = FormCount(word.substr(plus + 1));
    return head > over / 2 / rest ? over : std::min(over, 2 * head * rest);
  }
  const std::string w = AsciiLower(word);
  return w.rfind("v:", 0) == 0 ? 4 : w.rfind("n:", 0) == 0 ? 2 : 1;
}

// <ISSUE CATEGORY="..."> blocks of "n:word phrase [CODE]" lines; a line
// without a code takes its block's category; "~" marks an ignore phrase.
}  // namespace

void ParsePetrarchIssues(std::string_view name, const std::vector<petrarch::Line>& lines,
                         Entries* out) {
  petrarch::Errors errors(name, out);
  std::string category;
  for (const petrarch::Line& line : lines) {
    std::string t = line.text;
    if (t.rfind("<ISSUE", 0) == 0) {
      auto q = t.find("CATEGORY=\"");
      category =
          q == std::string::npos ? "" : t.substr(q + 10, t.find('"', q + 10) - q - 10);
      continue;
    }
    if (t.rfind("</ISSUE", 0) == 0) continue;
    bool ignore = false;
    while (!t.empty() && t[0] == '~') ignore = true, t.erase(0, 1);
    std::string before;
    auto blocks = petrarch::Brackets(t, &before);
    std::string code = blocks.empty() ? category : AsciiUpper(blocks[0]);
    // Every combination of every word's forms: capped, as a line of many
    // "+" joins would be millions of phrases.
    std::size_t count = 1;
    for (auto word : SplitWords(before)) {
      const std::size_t n = FormCount(word);
      count = count > kMaxIssueForms / n ? kMaxIssueForms + 1 : count * n;
    }
    if (count > kMaxIssueForms) {
      errors.Add(line.number, "issue phrase with more than " +
                                  std::to_string(kMaxIssueForms) +
                                  " forms (its \"+\" joins and marked words); skipped");
      continue;
    }
    std::vector<std::string> phrases = {""};
    for (auto word : SplitWords(before)) {
      std::vector<std::string> next;
      for (const auto& p : phrases)
        for (const auto& form : Forms(std::string(word)))
          next.push_back(p.empty() ? form : p + " " + form);
      phrases = std::move(next);
    }
    for (const auto& p : phrases)
      if (!p.empty())
        out->issues.push_back({p, code, ignore, {std::string(name), line.number}});
  }
}

}  // namespace dyad::dict

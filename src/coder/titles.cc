#include "coder/titles.h"

#include <set>

#include "coder/word_shapes.h"

namespace dyad::coder {

// The last word of a title that a person's name may follow.
bool IsPersonTitle(std::string_view w) {
  static const std::set<std::string_view> kTitles = {
      "president",    "minister",       "governor",   "mayor",      "secretary",
      "ambassador",   "senator",        "general",    "spokesman",  "spokeswoman",
      "spokesperson", "chairman",       "chairwoman", "leader",     "commander",
      "judge",        "prosecutor",     "lawmaker",   "official",   "adviser",
      "advisor",      "envoy",          "premier",    "chancellor", "king",
      "queen",        "prince",         "princess",   "emir",       "sheikh",
      "sultan",       "representative", "rep.",       "sen.",       "gen.",
      "gov.",         "col.",           "officer",    "activist",   "journalist",
      "blogger",      "dissident",      "director",   "chief",      "speaker",
      "candidate",    "legislator",     "mp",         "diplomat",   "counsel",
      "attorney",     "justice",        "colonel",    "captain",    "lieutenant",
      "sergeant",     "admiral",        "marshal",    "cleric",     "imam",
      "bishop",       "archbishop",     "pope",       "reporter",   "editor",
      "chair",        "head",           "deputy",     "negotiator", "monarch",
      "dictator"};
  return kTitles.count(w) > 0;
}

namespace {

// A capitalised word that can be part of a name ("Pedro", "R."), not "The".
bool IsNameToken(const SentenceAnalysis& s, std::size_t i) {
  const text::Token& t = s.tokens[i];
  return t.kind == text::TokenKind::kWord &&
         (t.capitalized || HasArabicArticle(t.norm)) && s.classes[i] == 0;  // "al-Quaety"
}

}  // namespace

// "Governor Pedro Pierluisi", "national security adviser John Bolton": a
// person's title followed by a name the dictionary does not know is one
// mention, a person coded by the title; NameMemory (names.h) remembers the
// name for later sentences.
void ExtendTitlesOverNames(const dict::Compiled& dict, SentenceAnalysis* s) {
  auto& ms = s->mentions;
  const std::size_t n = s->tokens.size();
  for (std::size_t k = 0; k < ms.size(); ++k) {
    // "Commerce Secretary Wilbur Ross", "Interior Minister ...": the
    // department's capitalised name before an office is part of the title.
    Mention& m = ms[k];
    const std::string& office = s->tokens[m.begin].norm;
    if (office == "secretary" || office == "minister") {
      const std::size_t lowest = k > 0 ? ms[k - 1].end : 0;
      std::size_t b = m.begin;
      while (b > lowest && b + 2 > m.begin && IsNameToken(*s, b - 1)) --b;
      m.begin = static_cast<std::uint32_t>(b);
    }
  }
  for (std::size_t k = 0; k < ms.size(); ++k) {
    Mention& m = ms[k];
    if (m.person || m.agent.empty() || m.plural ||
        !IsPersonTitle(s->tokens[m.end - 1].norm))
      continue;
    const std::size_t limit = k + 1 < ms.size() ? ms[k + 1].begin : n;
    std::size_t j = m.end;
    while (j < limit && j < m.end + 4 && IsNameToken(*s, j)) ++j;
    if (j == m.end) continue;
    m.name_begin = static_cast<int>(m.end);
    m.end = static_cast<std::uint32_t>(j);
    m.person = true;
    m.rule += "; a title and a name";
    if (m.former) {  // "former President Chirac" holds no office now
      m.agent = "ELI";
      m.code = m.actor.empty() ? "ELI" : CombineCodes(dict, m.actor, "ELI");
      m.rule += "; former: ELI";
    }
  }
}

// Words between a country and its title that keep the title's role ("Chinese
// Vice Foreign Minister", "former President"): how many there are at `i`;
// `former` says whether the title is a past one.
std::size_t TitleModifiersAt(const SentenceAnalysis& s, std::size_t i, bool* former) {
  std::size_t k = i;
  while (k < s.tokens.size() && k < i + 2) {
    const std::string& w = s.tokens[k].norm;
    if (w == "former" || w == "ex") {
      *former = true;
    } else if (w != "vice" && w != "deputy" && w != "acting" && w != "interim" &&
               w != "assistant" && w != "senior" && w != "top") {
      break;
    }
    ++k;
  }
  return k - i;
}

}  // namespace dyad::coder

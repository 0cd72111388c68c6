#include "coder/names.h"

#include <algorithm>
#include <set>

#include "coder/word_shapes.h"
#include "lexicon/word_classes.h"

namespace dyad::coder {
namespace {

constexpr std::size_t kMaxNameTokens = 4;

bool IsNameWord(const text::Token& t) {
  if (t.kind != text::TokenKind::kWord) return false;
  return t.capitalized || HasArabicArticle(t.norm);  // "al-Quaety"
}

// A surname that is also a common word ("May", "Rice") is remembered only
// with the given name.
bool SurnameAlone(const std::string& norm) {
  return norm.size() > 2 && lexicon::ClassesOf(norm) == 0;
}

}  // namespace

void NameMemory::Remember(const dict::Compiled& dict, const SentenceAnalysis& s,
                          int sentence) {
  for (const Mention& m : s.mentions) {
    if (m.reference) continue;
    const std::string country = m.code.size() >= 3 ? m.code.substr(0, 3) : "";
    const bool has_country = !country.empty() && dict.IsCountryCode(country);
    // What the text names, not what the context lent ("police" in a story
    // about Japan would make it more about Japan).
    if (has_country && !m.unknown_name && !m.context_country &&
        (!m.actor.empty() || m.person))
      ++countries_[country];
  }
  for (const std::string& c : s.place_countries) ++countries_[c];
  for (const Mention& m : s.mentions) {
    // A pronoun that stands for a person is no name of theirs ("It also
    // stated ..." would make every later "It" that person).
    if (m.reference || !m.person || m.name_begin < 0 || m.code.empty() || m.actor.empty())
      continue;
    std::string full;
    std::uint32_t words = 0;
    const std::uint32_t end =
        m.name_end >= 0 ? static_cast<std::uint32_t>(m.name_end) : m.end;
    for (std::uint32_t i = static_cast<std::uint32_t>(m.name_begin); i < end; ++i) {
      if (!IsNameWord(s.tokens[i])) continue;
      full += (full.empty() ? "" : " ") + s.tokens[i].norm;
      ++words;
    }
    if (full.empty()) continue;
    Person p{m.code, m.actor, m.agent, full, sentence};
    by_name_[full] = p;
    first_words_.insert(full.substr(0, full.find(' ')));
    // "Hu Jintao ... President Hu", "Kim Jong-un ... Kim": a short first
    // word of a two-word name is the family name put first.
    const std::string first = full.substr(0, full.find(' '));
    if (words == 2 && first.size() <= 3 && lexicon::ClassesOf(first) == 0 &&
        !by_name_.count(first))
      by_name_[first] = p;
    const std::string& last = s.tokens[end - 1].norm;
    if (words > 1 && IsNameWord(s.tokens[end - 1]) && SurnameAlone(last)) {
      by_name_[last] = std::move(p);
      first_words_.insert(last);
    }
  }
}

void NameMemory::RememberTitle(const dict::Compiled& dict,
                               const SentenceAnalysis& title) {
  std::set<std::string> named;
  for (const Mention& m : title.mentions)
    if (m.code.size() >= 3 && dict.IsCountryCode(m.code.substr(0, 3)) &&
        (!m.actor.empty() || m.person))
      named.insert(m.code.substr(0, 3));
  for (const std::string& c : title.place_countries) named.insert(c);
  for (const std::string& c : named) countries_[c] += 2;
}

void NameMemory::RememberDateline(const dict::Compiled& dict,
                                  const SentenceAnalysis& dateline) {
  for (const Mention& m : dateline.mentions)
    if (m.code.size() >= 3 && dict.IsCountryCode(m.code.substr(0, 3)) && !m.person) {
      countries_[m.code.substr(0, 3)] += 2;
      return;
    }
  if (!dateline.place_countries.empty())
    countries_[*dateline.place_countries.begin()] += 2;
}

void NameMemory::Resolve(SentenceAnalysis* s) const {
  if (by_name_.empty()) return;
  const std::size_t n = s->tokens.size();
  // A name no dictionary knows (unknown_names.h) is open to the memory: the
  // person may have been named with a title before.
  std::vector<bool> covered(n, false);
  std::vector<int> unknown_at(n, -1);
  for (int k = 0; k < static_cast<int>(s->mentions.size()); ++k) {
    const Mention& m = s->mentions[k];
    // So is a known person the dictionary places out of office (ELI or the
    // bare country): "Governor Pedro Pierluisi ... Pierluisi".
    for (auto i = m.begin; i < m.end; ++i) {
      if (m.unknown_name || m.OutOfOffice())
        unknown_at[i] = k;
      else
        covered[i] = true;
    }
  }
  std::vector<Mention> added;
  for (std::size_t i = 0; i < n; ++i) {
    if (covered[i] || !IsNameWord(s->tokens[i])) continue;
    // Most capitalised words start no remembered name: one lookup says so.
    if (!first_words_.count(s->tokens[i].norm)) continue;
    // The longest run of name words here that names a remembered person.
    std::string key, found_key;
    const Person* found = nullptr;
    std::size_t length = 0;
    for (std::size_t k = i; k < n && k < i + kMaxNameTokens; ++k) {
      if (covered[k] || !IsNameWord(s->tokens[k])) break;
      key += (key.empty() ? "" : " ") + s->tokens[k].norm;
      if (auto it = by_name_.find(key); it != by_name_.end()) {
        found = &it->second;
        found_key = key;
        length = k + 1 - i;
      }
    }
    if (!found) continue;
    // "Pierluisi Urrutia": the rest of a longer name goes with it.
    std::size_t end = i + length;
    while (end < n && end < i + kMaxNameTokens && !covered[end] &&
           IsNameWord(s->tokens[end]))
      ++end;
    const std::string rule = "name: \"" + found_key + "\" -> \"" + found->name +
                             "\" (sentence " + std::to_string(found->sentence) + "; " +
                             found->code + ")";
    if (int k = unknown_at[i]; k >= 0) {  // the surname inside a full name too
      Mention& m = s->mentions[k];
      m.code = found->code;
      m.actor = found->actor;
      m.agent = found->agent;
      m.unknown_name = false;
      m.rule = rule;
      i = m.end - 1;
      continue;
    }
    Mention m;
    m.begin = static_cast<std::uint32_t>(i);
    m.end = static_cast<std::uint32_t>(end);
    m.code = found->code;
    m.actor = found->actor;
    m.agent = found->agent;
    m.person = true;
    m.name_begin = static_cast<int>(i);
    m.rule = rule;
    added.push_back(std::move(m));
    i = end - 1;
  }
  for (auto& m : added) s->mentions.push_back(std::move(m));
}

std::string NameMemory::MainCountry() const {
  std::string best;
  int top = 0, second = 0;
  for (const auto& [country, count] : countries_) {
    if (count > top) {
      second = top;
      top = count;
      best = country;
    } else if (count > second) {
      second = count;
    }
  }
  return top >= 2 && top > second ? best : "";
}

}  // namespace dyad::coder

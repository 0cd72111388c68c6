#include "coder/analysis.h"

#include "lexicon/word_classes.h"
#include "util/strings.h"

namespace dyad::coder {
namespace {

using dict::Compiled;

// Whether tokens [i, i+len) are written as an acronym needs them: no
// lower-case letters in the short words.
bool WrittenInCapitals(const SentenceAnalysis& s, std::string_view doc, std::size_t i,
                       std::size_t len) {
  for (std::size_t k = i; k < i + len; ++k) {
    const auto& t = s.tokens[k];
    if (t.size() > 4) continue;
    for (char c : doc.substr(t.begin, t.size()))
      if (IsAsciiLower(c)) return false;
  }
  return true;
}

// Longest actor phrase at `i` that has a role on `date`: its length, code
// and the dictionary line.
std::uint32_t ActorAt(const Compiled& dict, const SentenceAnalysis& s,
                      std::string_view doc, std::size_t i, int date, std::string* code,
                      std::string* rule) {
  auto matches = dict.actors().AllMatches(s.ids, i);
  for (auto m = matches.rbegin(); m != matches.rend(); ++m) {
    for (std::uint32_t value : dict.actors().Values(m->node)) {
      if (Compiled::NeedsCapitals(value) && !WrittenInCapitals(s, doc, i, m->length))
        continue;
      const auto& entry = dict.entries().actors[Compiled::EntryOf(value)];
      std::string c = dict.ActorCode(entry, date);
      if (c.empty()) continue;
      *code = c;
      *rule = entry.loc.ToString() + " " + entry.names[0];
      return m->length;
    }
  }
  return 0;
}

std::uint32_t AgentAt(const Compiled& dict, const SentenceAnalysis& s,
                      std::string_view doc, std::size_t i, std::string* code,
                      std::string* rule) {
  auto matches = dict.agents().AllMatches(s.ids, i);
  for (auto m = matches.rbegin(); m != matches.rend(); ++m) {
    for (std::uint32_t value : dict.agents().Values(m->node)) {
      if (Compiled::NeedsCapitals(value) && !WrittenInCapitals(s, doc, i, m->length))
        continue;
      const auto& entry = dict.entries().agents[Compiled::EntryOf(value)];
      *code = entry.code;
      *rule = entry.loc.ToString() + " " + entry.names[0];
      return m->length;
    }
  }
  return 0;
}

void FindMentions(const Compiled& dict, std::string_view doc, SentenceAnalysis* s,
                  int date) {
  const std::size_t n = s->tokens.size();
  std::size_t i = 0;
  while (i < n) {
    std::string code, rule, agent, agent_rule;
    std::uint32_t len = ActorAt(dict, *s, doc, i, date, &code, &rule);
    if (len > 0) {
      std::size_t j = i + len;
      // "Russia's defence industry", "Russian police".
      std::size_t k = j < n && s->tokens[j].norm == "'s" ? j + 1 : j;
      if (std::uint32_t alen =
              k < n ? AgentAt(dict, *s, doc, k, &agent, &agent_rule) : 0) {
        code = CombineCodes(dict, code, agent);
        rule += "; " + agent_rule;
        j = k + alen;
      }
      s->mentions.push_back(
          {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j), code, rule});
      i = j;
      continue;
    }
    len = AgentAt(dict, *s, doc, i, &agent, &agent_rule);
    if (len > 0) {
      std::size_t j = i + len;
      // "leaders of China", "the foreign minister of Russia".
      if (j + 1 < n && s->tokens[j].norm == "of") {
        std::size_t k = j + 1 + (s->tokens[j + 1].norm == "the" ? 1 : 0);
        if (std::uint32_t alen =
                k < n ? ActorAt(dict, *s, doc, k, date, &code, &rule) : 0) {
          s->mentions.push_back(
              {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(k + alen),
               CombineCodes(dict, code, agent), rule + "; " + agent_rule});
          i = k + alen;
          continue;
        }
      }
      // "opposition activists", "security forces personnel": one mention,
      // known by its first role word.
      std::string more, more_rule;
      while (j < n && s->tokens[j].norm != "'s") {
        std::uint32_t extra = AgentAt(dict, *s, doc, j, &more, &more_rule);
        if (extra == 0) break;
        j += extra;
      }
      s->mentions.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j),
                             agent, agent_rule});
      i = j;
      continue;
    }
    ++i;
  }
}

void FindTriggers(const Compiled& dict, SentenceAnalysis* s) {
  const std::size_t n = s->tokens.size();
  std::vector<bool> in_mention(n, false);
  for (const auto& m : s->mentions)
    for (std::uint32_t i = m.begin; i < m.end; ++i) in_mention[i] = true;
  for (std::size_t i = 0; i < n; ++i) {
    if (s->ids[i] == dict::Interner::kUnknown) continue;
    Trigger t;
    t.begin = static_cast<std::uint32_t>(i);
    auto vm = dict.verbs().LongestMatch(s->ids, i);
    auto nm = dict.nouns().LongestMatch(s->ids, i);
    if (vm.length == 0 && nm.length == 0) continue;
    // A word that starts an actor phrase is not a trigger ("Guard" in a name).
    if (in_mention[i]) continue;
    if (vm.length >= nm.length) {
      t.end = t.begin + vm.length;
      for (std::uint32_t v : dict.verbs().Values(vm.node)) {
        t.patterns.push_back(Compiled::PatternOf(v));
        t.form |= Compiled::FormOf(v);
      }
    } else {
      t.noun = true;
      t.end = t.begin + nm.length;
      for (std::uint32_t v : dict.nouns().Values(nm.node)) t.patterns.push_back(v);
    }
    s->triggers.push_back(std::move(t));
    i = s->triggers.back().end - 1;
  }
}

void FindDiscards(const Compiled& dict, SentenceAnalysis* s) {
  for (std::size_t i = 0; i < s->tokens.size(); ++i) {
    auto m = dict.discards().LongestMatch(s->ids, i);
    if (m.length == 0) continue;
    for (std::uint32_t idx : dict.discards().Values(m.node)) {
      const auto& d = dict.entries().discards[idx];
      (d.story ? s->story_discard : s->discard) = true;
      s->discard_rule = d.loc.ToString() + " " + d.phrase;
    }
  }
}

}  // namespace

std::string CombineCodes(const Compiled& dict, const std::string& actor,
                         const std::string& agent) {
  if (actor.size() >= 3 && dict.IsCountryCode(actor.substr(0, 3)))
    return actor.substr(0, 3) + agent;
  // The leaders of an organisation act as the organisation.
  if (agent == "GOV") return actor;
  return actor + agent;
}

SentenceAnalysis Analyze(const Compiled& dict, std::string_view doc,
                         const text::Segment& segment, int date) {
  SentenceAnalysis s;
  s.segment = segment;
  s.tokens = text::Tokenize(doc, segment.begin, segment.end);
  s.ids = dict.Ids(s.tokens);
  FindDiscards(dict, &s);
  FindMentions(dict, doc, &s, date);
  FindTriggers(dict, &s);
  return s;
}

}  // namespace dyad::coder

#include "coder/analysis.h"

#include "lexicon/word_classes.h"
#include "util/strings.h"

namespace dyad::coder {
namespace {

using dict::Compiled;

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
  FindMentions(dict, doc, date, &s);
  FindTriggers(dict, &s);
  return s;
}

}  // namespace dyad::coder

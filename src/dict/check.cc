#include "dict/check.h"

#include <algorithm>
#include <map>

#include "lexicon/word_classes.h"
#include "text/tokenizer.h"

namespace dyad::dict {
namespace {

std::string Normalised(std::string_view phrase) {
  std::string out;
  for (const auto& t : text::Tokenize(phrase)) out += (out.empty() ? "" : " ") + t.norm;
  return out;
}

struct Seen {
  std::string value;
  SourceLoc loc;
};

// Reports a phrase met again: a duplicate if it means the same, else a
// conflict.
void Note(std::map<std::string, Seen>* seen, const std::string& kind,
          const std::string& phrase, const std::string& value, const SourceLoc& loc,
          std::vector<std::string>* out) {
  // "NATO" (matched in capitals only) and "Nato" are different entries.
  bool acronym = std::any_of(phrase.begin(), phrase.end(),
                             [](char c) { return c >= 'A' && c <= 'Z'; }) &&
                 std::none_of(phrase.begin(), phrase.end(),
                              [](char c) { return c >= 'a' && c <= 'z'; });
  std::string key = Normalised(phrase) + (acronym ? " (capitals)" : "");
  auto [it, fresh] = seen->try_emplace(key, Seen{value, loc});
  if (fresh) return;
  if (it->second.value == value) {
    out->push_back(loc.ToString() + ": duplicate " + kind + " \"" + phrase +
                   "\" (also at " + it->second.loc.ToString() + ")");
  } else {
    out->push_back(loc.ToString() + ": conflicting " + kind + " \"" + phrase +
                   "\": " + value + " here, " + it->second.value + " at " +
                   it->second.loc.ToString());
  }
}

std::string RolesText(const ActorEntry& a) {
  std::string s;
  for (const auto& r : a.roles) {
    if (!s.empty()) s += ",";
    s += r.code +
         (r.dated() ? "@" + std::to_string(r.from) + ".." + std::to_string(r.to) : "");
  }
  return s;
}

// "the" alone would match everywhere; "US" and "WHO" are acronyms, matched
// only in capitals (see compiled.h), so they are fine.
bool AllFunctionWords(std::string_view phrase) {
  for (const auto& t : text::Tokenize(phrase)) {
    std::string_view word = phrase.substr(t.begin, t.size());
    bool acronym = word.size() >= 2 && std::all_of(word.begin(), word.end(), [](char c) {
                     return c >= 'A' && c <= 'Z';
                   });
    if (acronym || (lexicon::ClassesOf(t.norm) == 0 && t.kind == text::TokenKind::kWord))
      return false;
  }
  return true;
}

}  // namespace

std::vector<std::string> CheckDictionary(const Compiled& dict) {
  std::vector<std::string> out;
  const Entries& e = dict.entries();

  std::map<std::string, Seen> actors, agents, verbs, nouns, discards;
  for (const ActorEntry& a : e.actors) {
    for (const auto& name : a.names) {
      Note(&actors, "actor", name, (a.place ? "place " : "") + RolesText(a), a.loc, &out);
      if (AllFunctionWords(name))
        out.push_back(a.loc.ToString() + ": actor \"" + name +
                      "\" is only function words and would match everywhere");
    }
    // One person, two codes at once.
    for (std::size_t i = 0; i < a.roles.size(); ++i) {
      for (std::size_t j = i + 1; j < a.roles.size(); ++j) {
        const Role& x = a.roles[i];
        const Role& y = a.roles[j];
        if (!x.dated() || !y.dated() || x.code == y.code) continue;
        int x_to = x.to ? x.to : 99991231, y_to = y.to ? y.to : 99991231;
        // Ranges that only share their boundary day are a hand-over, not an overlap.
        if (x.from < y_to && y.from < x_to)
          out.push_back(a.loc.ToString() + ": overlapping date ranges for \"" +
                        a.names[0] + "\": " + x.code + " and " + y.code);
      }
    }
  }
  for (const AgentEntry& a : e.agents)
    for (const auto& name : a.names) Note(&agents, "agent", name, a.code, a.loc, &out);
  for (const DiscardEntry& d : e.discards)
    Note(&discards, "discard", d.phrase, d.story ? "story" : "sentence", d.loc, &out);

  for (const PatternEntry& p : e.patterns) {
    std::string kind = p.kind == PatternEntry::kVerb ? "verb pattern" : "noun pattern";
    Note(p.kind == PatternEntry::kVerb ? &verbs : &nouns, kind, p.text, p.code, p.loc,
         &out);
    bool all_fillers = true;
    for (std::size_t k = 0; k < p.trigger.size(); ++k)
      all_fillers = all_fillers && lexicon::Is(p.trigger[k], lexicon::kFiller);
    if (all_fillers) {
      out.push_back(p.loc.ToString() + ": " + kind + " \"" + p.text +
                    "\" can never match: its words are all fillers");
      continue;
    }
    // The first word of a trigger inside an actor or agent phrase is taken
    // by the mention first.
    // (An acronym such as "CAR" takes only a word in capitals, so "car" is free.)
    std::vector<std::uint32_t> first = {dict.interner().Find(p.trigger[0])};
    auto takes_lowercase = [&](const TokenTrie& trie) {
      auto m = trie.LongestMatch(first, 0);
      if (m.length != 1) return false;
      for (std::uint32_t v : trie.Values(m.node))
        if (!Compiled::NeedsCapitals(v) && !(Compiled::NameWords(v) & 1)) return true;
      return false;
    };
    if (first[0] != Interner::kUnknown &&
        (takes_lowercase(dict.actors()) || takes_lowercase(dict.agents())))
      out.push_back(p.loc.ToString() + ": " + kind + " \"" + p.text +
                    "\" can never match: \"" + p.trigger[0] +
                    "\" is an actor or agent phrase");
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace dyad::dict

#include "lexicon/parts_of_speech.h"

#include <functional>
#include <string>
#include <unordered_map>

#include "lexicon/verb_forms.h"
#include "util/embedded.h"

namespace dyad::lexicon {
namespace {

// Looked up by string_view, with no string built per token.
struct Hash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const {
    return std::hash<std::string_view>()(s);
  }
};
using Table = std::unordered_map<std::string, std::uint16_t, Hash, std::equal_to<>>;

// Calls f(lemma) for each line of the embedded lists of one part of speech
// ("wordnet_noun_" for wordnet_noun_0.txt ... wordnet_noun_9.txt).
template <typename F>
void ForEachLemma(std::string_view prefix, F f) {
  for (const EmbeddedFile& file : embedded::WordNetLemmas()) {
    if (!file.name.starts_with(prefix)) continue;
    std::string_view data = file.data;
    while (!data.empty()) {
      const std::size_t eol = data.find('\n');
      const std::string_view line = data.substr(0, eol);
      if (!line.empty()) f(line);
      if (eol == std::string_view::npos) break;
      data.remove_prefix(eol + 1);
    }
  }
}

// The regular plural of a noun: "crises" and "mice" are left to WordNet's
// own lists of exceptions, which the tagger does without.
std::string Plural(std::string_view noun) {
  std::string p(noun);
  const char last = p.back();
  if (p.size() > 1 && last == 'y' &&
      std::string_view("aeiou").find(p[p.size() - 2]) == std::string_view::npos) {
    p.back() = 'i';
    return p + "es";
  }
  if (last == 's' || last == 'x' || last == 'z' || p.ends_with("ch") || p.ends_with("sh"))
    return p + "es";
  return p + "s";
}

Table Build() {
  Table table;
  table.reserve(300000);
  ForEachLemma("wordnet_noun_", [&](std::string_view w) {
    table[std::string(w)] |= kCanBeNoun;
    table[Plural(w)] |= kCanBeNoun;
  });
  const VerbForms& forms = VerbForms::Default();
  ForEachLemma("wordnet_verb_", [&](std::string_view w) {
    for (const VerbForm& f : forms.Inflect(w))
      table[f.form] |= kCanBeVerb | static_cast<std::uint16_t>(f.flags << kVerbFormShift);
  });
  ForEachLemma("wordnet_adj_",
               [&](std::string_view w) { table[std::string(w)] |= kCanBeAdjective; });
  ForEachLemma("wordnet_adv_",
               [&](std::string_view w) { table[std::string(w)] |= kCanBeAdverb; });
  return table;
}

}  // namespace

std::uint16_t PartsOfSpeech(std::string_view norm) {
  static const Table table = Build();
  const auto it = table.find(norm);
  return it == table.end() ? 0 : it->second;
}

}  // namespace dyad::lexicon

#include "coder/implicit_arguments.h"

#include <algorithm>
#include <string_view>

#include "lexicon/word_classes.h"

namespace dyad::coder {

// The actor that owns an armed operation named after `from`: "in a US
// counter-terrorism operation", "in an Israeli airstrike", "during a
// Russian raid". Up to four modifiers between the actor and the noun.
std::vector<int> OperationOwner(const SentenceAnalysis& s, std::size_t from) {
  static constexpr std::string_view kOperations[] = {
      "operation", "raid",    "strike",  "airstrike", "air",
      "drone",     "attack",  "bombing", "shelling",  "offensive",
      "ambush",    "assault", "missile", "rocket",    "crackdown"};
  std::size_t k = from;
  if (k < s.tokens.size() && s.classes[k] & lexicon::kAdverb) ++k;
  if (k + 2 >= s.tokens.size()) return {};
  const std::string& prep = s.tokens[k].norm;
  if (prep != "in" && prep != "during" && prep != "by") return {};
  std::size_t at = k + 1;
  if (s.tokens[at].norm == "a" || s.tokens[at].norm == "an" || s.tokens[at].norm == "the")
    ++at;
  for (int m = 0; m < static_cast<int>(s.mentions.size()); ++m) {
    const Mention& owner = s.mentions[m];
    if (owner.begin != at || owner.code.empty()) continue;
    for (std::size_t i = owner.end; i < s.tokens.size() && i < owner.end + 4; ++i) {
      const std::string& w = s.tokens[i].norm;
      const std::string_view stem =
          w.ends_with("s") ? std::string_view(w).substr(0, w.size() - 1) : w;
      if (std::find(std::begin(kOperations), std::end(kOperations), stem) !=
          std::end(kOperations))
        return {m};
      if (s.tokens[i].kind != text::TokenKind::kWord ||
          (s.classes[i] & ~lexicon::kFiller))
        break;
    }
    return {};
  }
  return {};
}

// For a protest, a rejection or a criticism "against" something (roots
// 11, 12, 14): the actor after "from", "by" or "of" within five words,
// "against beef imports from the United States".
std::vector<int> AuthorOfOpposed(const SentenceAnalysis& s, const Arguments& args,
                                 const Trigger& t, const std::string& code) {
  if (!code.starts_with("11") && !code.starts_with("12") && !code.starts_with("14"))
    return {};
  std::size_t k = t.end;
  if (s.tokens[t.end - 1].norm != "against") {
    if (k >= s.tokens.size() || s.tokens[k].norm != "against") return {};
    ++k;
  }
  for (std::size_t i = k; i + 1 < s.tokens.size() && i < k + 5; ++i) {
    const std::string& w = s.tokens[i].norm;
    if (w == "," || w == "." || (s.classes[i] & lexicon::kConjunction)) return {};
    if (w != "from" && w != "by" && w != "of") continue;
    std::size_t at = i + 1 + (s.tokens[i + 1].norm == "the" ? 1 : 0);
    for (int m = 0; m < static_cast<int>(s.mentions.size()); ++m)
      if (s.mentions[m].begin == at && !s.mentions[m].code.empty())
        return args.Right(static_cast<std::uint32_t>(at));
    return {};
  }
  return {};
}

}  // namespace dyad::coder

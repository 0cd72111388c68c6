#include "coder/code_refinements.h"

#include <algorithm>

#include "lexicon/word_classes.h"

namespace dyad::coder {
namespace {

// Whether the attack at `t` is made in words: by a news outlet, or
// "attacked X as ...", or in a tweet or an editorial.
bool VerbalAttack(const SentenceAnalysis& s, const Trigger& t, std::size_t end,
                  const Mention& source, const Mention& target) {
  if (!s.tokens[t.begin].norm.starts_with("attack")) return false;
  if (IsNewsOutletCode(source.code)) return true;
  const std::size_t after = std::max<std::size_t>(end, target.end);
  // ("attacked protesters as they fled": "as" opens a clause.)
  for (std::size_t i = after; i + 1 < s.tokens.size() && i < after + 4; ++i)
    if (s.tokens[i].norm == "as" && !(s.classes[i + 1] & lexicon::kPronoun) &&
        !std::any_of(s.mentions.begin(), s.mentions.end(),
                     [&](const Mention& m) { return m.begin == i + 1; }))
      return true;
  static constexpr std::string_view kInWords[] = {"twitter", "tweet",     "tweets",
                                                  "tweeted", "editorial", "propaganda",
                                                  "verbal",  "verbally",  "rhetoric"};
  return std::any_of(s.tokens.begin(), s.tokens.end(), [](const text::Token& w) {
    return std::find(std::begin(kInWords), std::end(kInWords), w.norm) !=
           std::end(kInWords);
  });
}

// Police, prosecutors and intelligence services: who "question" and
// "summon" someone call them in for questioning (091).
bool Interrogator(const Mention& source) {
  return source.code.ends_with("COP") || source.code.ends_with("JUD") ||
         source.code.ends_with("SPY");
}

}  // namespace

bool IsNewsOutletCode(std::string_view code) {
  return code.ends_with("MED") && !code.starts_with("NGO");
}

bool IsCivilianCode(std::string_view code) {
  for (std::string_view role : {"OPP", "CVL", "REL", "LAB", "EDU", "MED", "AGR", "REF"})
    if (code.ends_with(role)) return true;
  return false;
}

std::string RefinedCode(const SentenceAnalysis& s, const Trigger& t,
                        std::size_t match_begin, std::size_t match_end,
                        const Mention& source, const Mention& target,
                        const std::string& code) {
  // "occupied by homeless workers in protest", "students occupied the
  // campus": civilians who occupy a place protest (141); CAMEO's 192 is
  // armed occupation.
  if (code == "192" && IsCivilianCode(source.code)) return "141";
  // "police questioned the podcast host": an interrogation (091), not
  // doubt (110).
  if (code == "110" && s.tokens[t.begin].norm.starts_with("question") && !t.noun &&
      Interrogator(source))
    return "091";
  // "Queen Elizabeth II suspended parliament", "the president suspended
  // three judges": suspending a body or an official of one's own country is
  // an administrative sanction (172); relations (160) are between
  // countries.
  if (code == "160" && s.tokens[t.begin].norm.starts_with("suspen") &&
      source.code.size() >= 3 && target.code.size() >= 3 &&
      source.code.compare(0, 3, target.code, 0, 3) == 0 &&
      !source.code.starts_with("IGO") && !source.code.starts_with("NGO"))
    return "172";
  // "restrictions on flights to Cuba", "a ban on travel from China": a
  // restriction one state puts on another is a sanction (163); "blacklisted
  // the preacher": one put on a private person is administrative (172).
  const bool foreign_state = source.code.size() >= 3 && target.code.size() >= 3 &&
                             source.code.compare(0, 3, target.code, 0, 3) != 0 &&
                             (target.code.size() == 3 || target.code.ends_with("GOV"));
  if (code == "172" && foreign_state) return "163";
  if (code == "163" && target.person && IsCivilianCode(target.code)) return "172";
  // "police summoned the blogger": a summons to questioning (091), not a
  // complaint (114).
  if (code == "114" && s.tokens[t.begin].norm.starts_with("summon") && !t.noun &&
      Interrogator(source))
    return "091";
  // "attacked the investigation as a witch hunt", "the propaganda
  // machine's attack on Locke": an attack in words criticises (111).
  if (code == "190" && VerbalAttack(s, t, match_end, source, target)) return "111";
  // "Qasem Soleimani was killed by a US airstrike", "killed Hamza bin
  // Laden": killing a named person is an assassination (186).
  if (code == "190" && target.person && !target.reference &&
      s.tokens[t.begin].norm.starts_with("kill"))
    return "186";
  // "bailed out the two suspects": bail frees people (0841); banks and
  // states are bailed out with money (071).
  if (code == "071" && s.tokens[match_begin].norm.starts_with("bail") &&
      (target.code.ends_with("CRM") || target.code.ends_with("CVL") ||
       target.code.ends_with("OPP") || target.code.ends_with("MED")))
    return "0841";
  // "expelled the Libyan ambassador": expelling diplomats reduces
  // relations (161, CAMEO's note on 174).
  if (code == "174" && target.end > target.begin) {
    const std::string& last = s.tokens[target.end - 1].norm;
    if (last.starts_with("ambassador") || last.starts_with("diplomat") ||
        last.starts_with("envoy") || last.starts_with("consul") ||
        last.starts_with("attach"))
      return "161";
  }
  return code;
}

}  // namespace dyad::coder

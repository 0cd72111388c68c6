#include "coder/modality.h"

#include "lexicon/verb_forms.h"
#include "lexicon/word_classes.h"

namespace dyad::coder {

// How sure the text is of an event, weakest last: a weaker modality wins.
int ModalityRank(std::string_view modality) {
  if (modality == "hypothetical") return 4;
  if (modality == "denied") return 3;
  if (modality == "alleged") return 2;
  if (modality == "reported") return 1;
  return 0;
}

void Weaken(std::string* modality, std::string_view to) {
  if (ModalityRank(to) > ModalityRank(*modality)) *modality = std::string(to);
}

// Auxiliaries, adverbs and negators right before a verb ("has not yet",
// "was reportedly"), and what they say about voice and modality.
namespace {

// A word that may be a past participle: a verb trigger in that form, or a
// regular "-ed" form.
bool LooksLikeParticiple(const SentenceAnalysis& s, std::size_t i) {
  for (const Trigger& t : s.triggers)
    if (t.begin == i && !t.noun) return (t.form & lexicon::kPastParticiple) != 0;
  const auto& w = s.tokens[i].norm;
  return w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0 && (s.classes[i] == 0);
}

}  // namespace

Preverbal LookBack(const SentenceAnalysis& s, std::size_t verb, int depth) {
  Preverbal p;
  for (std::size_t i = verb, steps = 0; i-- > 0 && steps < 5; ++steps) {
    const auto& w = s.tokens[i].norm;
    std::uint32_t c = s.classes[i];
    if (w == "reportedly") Weaken(&p.modality, "reported");
    if (w == "allegedly") Weaken(&p.modality, "alleged");
    // "nearly forgave", "almost resigned": it did not happen.
    if ((c & lexicon::kNegator) || w == "nearly" || w == "almost") {
      p.negated = true;
    } else if (c & lexicon::kBeForm) {
      p.be = p.be || steps <= 2;
    } else if (c & lexicon::kModal) {
      // "would have killed me": a counterfactual did not happen.
      if ((w == "would" || w == "could" || w == "might" || w == "should") &&
          i + 1 < verb && s.tokens[i + 1].norm == "have")
        p.counterfactual = true;
      // "can demand that Locke publicize his assets": an ability, no act.
      if (w == "would" || w == "could" || w == "might" || w == "may" || w == "can")
        Weaken(&p.modality, "hypothetical");
      if (w == "will" || w == "'ll" || w == "shall") p.future = true;
      // "they should demand", "Kenya must condemn": advice, not an act.
      if (w == "should" || w == "must") {
        Weaken(&p.modality, "hypothetical");
        p.advice = !p.counterfactual;
      }
    } else if (w == "to") {
      // "urged Beijing to stop", "promised to attack": not yet a fact; but
      // "continue to express", "began to withdraw" are.
      std::string before = i > 0 ? s.tokens[i - 1].norm : "";
      // "were unable to question him", "failed to arrest": it did not happen.
      if (before == "unable" || before == "failed" || before == "fail" ||
          before == "fails" ||
          (before == "able" && i > 1 && (s.classes[i - 2] & lexicon::kNegator))) {
        p.negated = true;
        break;
      }
      // "ought to condemn": advice.
      if (before == "ought") {
        Weaken(&p.modality, "hypothetical");
        p.advice = true;
        break;
      }
      bool aspect = before.rfind("continu", 0) == 0 || before.rfind("began", 0) == 0 ||
                    before.rfind("begin", 0) == 0 || before.rfind("start", 0) == 0 ||
                    before.rfind("resum", 0) == 0;
      // "pledged to send troops": an intention, coded as one if CAMEO
      // has an intent code for the act (see TryTrigger).
      if (Intention kind = IntentionBefore(s, i); kind != Intention::kNone) {
        p.intent = kind;
        p.intent_at = static_cast<int>(i) - 1;
      } else if (!aspect) {
        Weaken(&p.modality, "hypothetical");
        if (i > 0 && (s.classes[i - 1] & lexicon::kBeForm)) p.future = true;
        // An aim, except where the vote or decision does the act ("voted to
        // hold them in contempt", "decided to expel") and in a headline's
        // plan ("Turkey to attack Syria").
        p.purpose = !p.future && before != "voted" && before != "vote" &&
                    before != "votes" && before != "decided" && before != "decides" &&
                    before != "moved" &&
                    !(s.segment.kind == text::SegmentKind::kFragment && i > 0 &&
                      s.tokens[i - 1].capitalized);
      }
      break;
    } else if (w == "stop" || w == "stopped" || w == "cease" || w == "ceased" ||
               w == "halt" || w == "halted" || w == "end" || w == "ended" ||
               w == "quit") {
      p.stopped = true;
    } else if (w == "help" || w == "helps" || w == "helped" || w == "helping") {
      // "will help protect": the helper's modality is the act's.
    } else if (!(c & (lexicon::kHaveForm | lexicon::kDoForm | lexicon::kAdverb))) {
      break;
    }
  }
  // "would have thrown me out or killed me", "did not attack or arrest
  // them": a verb coordinated with an earlier one shares its auxiliaries,
  // when its form fits them (a base form after "did not" or a modal, a
  // participle after "have").
  if (depth < 4 && verb >= 2 && !p.negated && !p.counterfactual && p.modality.empty() &&
      (s.tokens[verb - 1].norm == "or" || s.tokens[verb - 1].norm == "and")) {
    std::uint8_t form = 0;
    for (const Trigger& t : s.triggers)
      if (t.begin == verb && !t.noun) form = t.form;
    for (std::size_t k = verb - 1, steps = 0; k-- > 0 && steps < 8; ++steps) {
      if (s.tokens[k].kind == text::TokenKind::kPunct) break;
      const std::uint32_t c = s.classes[k];
      if (!(c & (lexicon::kModal | lexicon::kNegator))) continue;
      std::size_t v = k + 1;
      while (v < verb - 1 && (s.classes[v] & (lexicon::kHaveForm | lexicon::kBeForm |
                                              lexicon::kNegator | lexicon::kAdverb)))
        ++v;
      const bool perfect = v > k + 1 && (s.classes[v - 1] & lexicon::kHaveForm);
      const bool fits =
          perfect ? (form & lexicon::kPastParticiple) != 0 : (form & lexicon::kBase) != 0;
      if (v < verb - 1 && fits) {
        Preverbal first = LookBack(s, v, depth + 1);
        p.negated = first.negated;
        p.counterfactual = first.counterfactual;
        p.advice = first.advice;
        Weaken(&p.modality, first.modality);
      }
      break;
    }
  }
  // "were harassed, detained and imprisoned by police": a participle
  // coordinated with a passive one is passive too.
  // Not when an object follows ("would not be intimidated and pledged
  // support"): a passive participle is followed by "by", a preposition,
  // punctuation or nothing.
  const bool no_object =
      verb + 1 >= s.tokens.size() || s.tokens[verb + 1].kind == text::TokenKind::kPunct ||
      (s.classes[verb + 1] &
       (lexicon::kPreposition | lexicon::kConjunction | lexicon::kAdverb)) != 0;
  if (!p.be && no_object) {
    std::size_t i = verb;
    while (i > 0 && (s.classes[i - 1] & lexicon::kAdverb)) --i;
    const auto word = [&](std::size_t k) -> const std::string& {
      return s.tokens[k].norm;
    };
    if (i >= 2 && (word(i - 1) == "and" || word(i - 1) == "or" || word(i - 1) == ",")) {
      std::size_t j = i - 1;
      if (j >= 1 && word(j) != "," && word(j - 1) == ",") --j;
      if (j >= 1 && LooksLikeParticiple(s, j - 1) && depth < 4)
        p.be = LookBack(s, j - 1, depth + 1).be;
    }
  }
  return p;
}

// The reporting word earlier in the clause that governs this trigger
// ("accused China of helping", "denial of supplying"), and whether the
// trigger has no subject of its own right after it.
std::string_view GoverningReport(const SentenceAnalysis& s, const Arguments& args,
                                 const Trigger& t, bool* bare) {
  int c = args.ClauseOf(t.begin);
  *bare = false;
  // Only gerunds and nouns are governed this way; a finite verb after a
  // reporting word is in a clause of its own (see clauses.h).
  if (!t.noun && (!(t.form & lexicon::kGerund) || (t.form & lexicon::kPast))) return {};
  for (std::size_t i = t.begin; i-- > args.clause(c).begin;) {
    std::string_view m = lexicon::ReportingModality(s.tokens[i].norm);
    if (m.empty() && i > 0 && s.tokens[i].norm == "out")
      m = lexicon::ReportingModality(s.tokens[i - 1].norm + " " + s.tokens[i].norm);
    if (m.empty()) continue;
    // Bare: "denied supplying", "denial of supplying": only function words between.
    *bare = true;
    for (std::size_t k = i + 1; k < t.begin; ++k)
      if (s.tokens[k].norm != "of" && s.tokens[k].norm != "any" &&
          s.tokens[k].norm != "having" && s.tokens[k].norm != "been")
        *bare = false;
    return m;
  }
  return {};
}

std::string Modality(const SentenceAnalysis& s, const Arguments& args, const Trigger& t,
                     const Preverbal& pre) {
  std::string modality = "asserted";
  Weaken(&modality, pre.modality);
  if (s.tokens.back().norm == "?") Weaken(&modality, "hypothetical");
  // A headline states done things in the present ("Turkey invades
  // Syria"); only its "to" infinitive is a plan ("China to send troops").
  // A line without a full stop is not a headline for that alone.
  if (s.segment.kind == text::SegmentKind::kFragment && t.begin > 0 &&
      s.tokens[t.begin - 1].norm == "to")
    Weaken(&modality, "hypothetical");
  for (int c = args.ClauseOf(t.begin); c >= 0; c = args.clause(c).parent) {
    const Clause& cl = args.clause(c);
    if (cl.kind == ClauseKind::kConditional) Weaken(&modality, "hypothetical");
    if (!cl.modality.empty() && cl.reporter != static_cast<int>(t.begin))
      Weaken(&modality, cl.modality);
    // The writer's own "as ..." or "while ..." clause is not part of what
    // the clause it hangs on reports.
    if (cl.parent >= c || cl.kind == ClauseKind::kAdverbial ||
        cl.kind == ClauseKind::kMain)
      break;
  }
  bool bare;
  std::string_view governing = GoverningReport(s, args, t, &bare);
  if (!governing.empty()) Weaken(&modality, governing);
  // "China's alleged backing", "the reported attack".
  for (std::size_t i = t.begin, k = 0; i-- > 0 && k < 2; ++k) {
    if (s.tokens[i].norm == "alleged" || s.tokens[i].norm == "suspected")
      Weaken(&modality, "alleged");
    if (s.tokens[i].norm == "reported") Weaken(&modality, "reported");
  }
  return modality;
}

}  // namespace dyad::coder

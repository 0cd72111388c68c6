#include "coder/no_act_forms.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

#include "lexicon/verb_forms.h"
#include "lexicon/word_classes.h"

namespace dyad::coder {
namespace {

std::string_view NormAt(const SentenceAnalysis& s, std::size_t i) {
  return i < s.tokens.size() ? std::string_view(s.tokens[i].norm) : std::string_view();
}

// "which", "who" or "that" opening a relative clause before a verb.
bool IsRelativePronoun(std::string_view w) {
  return w == "which" || w == "who" || w == "that";
}

// A present-tense verb form, and not one that is also a past ("put").
bool PresentOnly(std::uint8_t form) {
  return (form & (lexicon::kBase | lexicon::kThirdPerson)) != 0 &&
         (form & (lexicon::kPast | lexicon::kPastParticiple | lexicon::kGerund)) == 0;
}

// Whether open-class lower-case words from `i` end a noun phrase: the
// noun (or two) that an agent word before them only modifies ("citizen
// [requirement].", "victim [support charity]").
bool HeadNounAt(const SentenceAnalysis& s, std::size_t i) {
  std::size_t j = i;
  for (; j < s.tokens.size() && j < i + 2; ++j) {
    const text::Token& w = s.tokens[j];
    if (w.kind != text::TokenKind::kWord || w.capitalized || s.classes[j] != 0 ||
        w.norm.ends_with("ing") || w.norm.ends_with("ed") || w.norm.size() < 3)
      break;
    // Not an irregular verb form ("the industry grew").
    const auto lemmas = lexicon::VerbForms::Default().Lemmas(w.norm);
    if (!lemmas.empty() && lemmas.front() != w.norm) break;
  }
  if (j == i) return false;
  return j >= s.tokens.size() || s.tokens[j].kind != text::TokenKind::kWord ||
         (s.classes[j] &
          (lexicon::kPreposition | lexicon::kConjunction | lexicon::kSubordinator)) != 0;
}

// "charter schools", "Muslims traveling to the U.S.": a plural with no
// determiner or possessive before it names a class of people, not a party.
bool BarePlural(const SentenceAnalysis& s, const Mention& m) {
  return m.plural && !m.person && !m.reference && m.begin > 0 &&
         !(s.classes[m.begin - 1] & (lexicon::kDeterminer | lexicon::kPossessive));
}

}  // namespace

std::string NoActByForm(const Assembled& a, const SentenceAnalysis& s,
                        const std::string& code) {
  const std::size_t t = a.trigger->begin, end = a.trigger_end;
  const auto norm = [&](std::size_t i) { return NormAt(s, i); };
  const bool verb = !a.trigger->noun;

  // "Kill Putin!", "@user: Free them all": a plain verb form that opens the
  // sentence or a tweet is a call or a slogan, not an act. (A quoted call
  // with its speaker, "'Release them,' the UN said", is the speaker's.)
  if (verb && a.trigger->form == lexicon::kBase && (t == 0 || norm(t - 1) == ":"))
    return "an imperative (a call or a slogan), not an act";
  // "Minister, please assist ... by dismissing those cops": what "please"
  // asks for is a request, not an act.
  for (std::size_t i = t; i-- > (t >= 15 ? t - 15 : 0);) {
    // ("please dismiss the cops who beat this man": the beating is told.)
    const std::string_view w = norm(i);
    if (w == "." || w == ";" || w == "?" || w == "!" || w == "who" || w == "whom" ||
        w == "whose" || w == "which" || w == "where" || w == "when" || w == "because" ||
        w == "while" || w == "although")
      break;
    if (w == "please") return "a request (\"please\"), not an act";
  }

  // "YPG militias which support the PKK", "newspapers that side with the
  // government", "currently occupies": the present tense describes what an
  // actor is, not what it did on the day.
  // "Northern Cyprus, which is recognized only by Turkey": so is a present
  // passive after them.
  const bool present_passive =
      verb && t >= 2 && (a.trigger->form & lexicon::kPastParticiple) &&
      (norm(t - 1) == "is" || norm(t - 1) == "are") && IsRelativePronoun(norm(t - 2));
  if (present_passive)
    return "a standing state (present passive after a relative), not an act";
  if (verb && PresentOnly(a.trigger->form)) {
    std::size_t k = t;
    while (k > 0 && t - k < 2 && (s.classes[k - 1] & lexicon::kAdverb)) --k;
    const std::string_view before = k > 0 ? norm(k - 1) : std::string_view();
    if (IsRelativePronoun(before))
      return "a standing state (present tense after \"" + std::string(before) +
             "\"), not an act";
    for (std::size_t i = t >= 2 ? t - 2 : 0; i < t; ++i)
      if (norm(i) == "currently") return "a standing state (\"currently\"), not an act";
  }

  // "refugees pose a threat to Israel", "claimed they are a threat": a
  // characterisation, not a threat made by anyone.
  if (code.starts_with("13") && a.trigger->noun)
    for (std::size_t i = t >= 3 ? t - 3 : 0; i < t; ++i) {
      const std::string_view w = norm(i);
      if (w.starts_with("pos") || w.starts_with("represent") ||
          w.starts_with("constitut") || w.starts_with("remain") ||
          ((s.classes[i] & lexicon::kBeForm) && w != "been"))
        return "a characterisation (\"" + std::string(w) + " a threat\"), not a threat";
    }

  // "bloggers discussed the resignation of the president", "discussed
  // Uganda": what is discussed is a topic; the counterpart comes after
  // "with" or is a co-subject.
  if (code.starts_with("04") && verb && norm(t).starts_with("discuss"))
    for (const Mention* m : {&a.source, &a.target}) {
      if (m->code.empty() || m->begin < end) continue;
      std::size_t k = m->begin;
      while (k > 0 && (s.classes[k - 1] & (lexicon::kDeterminer | lexicon::kFiller))) --k;
      if (k == 0 || norm(k - 1) != "with") return "a topic discussed, not a counterpart";
    }

  // "a blogger encouraged people to look deeper": advice among private
  // people, not a political appeal (a ministry calling on drivers is one).
  if (code.starts_with("02") && !a.target.code.empty() &&
      a.target.code.ends_with("CVL") &&
      (a.target.actor.empty() || a.target.context_country) && !a.target.person &&
      (a.source.code.ends_with("CVL") || a.source.code.ends_with("MED")))
    return "advice among private people, not a political appeal";

  // "insists that they are migrants" asserts; "insisted that the budget
  // include the wall" and "... that he should resign" demand.
  if (code.starts_with("10") && verb && end > t + 1 && norm(end - 1) == "that" &&
      norm(t).starts_with("insist"))
    for (std::size_t i = end; i < s.tokens.size() && i < end + 10; ++i) {
      if (s.classes[i] & lexicon::kModal) break;
      const std::string_view w = norm(i);
      if (w == "is" || w == "are" || w == "was" || w == "were" || w == "has" ||
          w == "have" || w == "had")
        return "an assertion (\"insist that ... " + std::string(w) + "\"), not a demand";
      if (w == "be" || w == "," || w == ";") break;
    }

  // "an abuse victim support charity", "government support for the
  // rebels": after a singular agent word a plain verb form is a noun (as a
  // verb it would say "supports"). Not after "let", "make", "help" or a
  // mandative "that" ("demanded that the minister resign").
  if (verb && a.trigger->form == lexicon::kBase && t > 0)
    for (const Mention& m : s.mentions) {
      if (m.end != t || m.agent.empty() || m.plural || m.person || m.reference ||
          m.unknown_name)
        continue;
      std::size_t k = m.begin;
      while (k > 0 && (s.classes[k - 1] & (lexicon::kDeterminer | lexicon::kPossessive)))
        --k;
      const std::string_view before = k > 0 ? norm(k - 1) : std::string_view();
      if (before == "let" || before == "lets" || before.starts_with("make") ||
          before == "made" || before.starts_with("help") || before == "have" ||
          before == "had" || before == "see" || before == "saw" || before == "watch" ||
          before == "hear" || before == "heard" || before == "that" || before == "lest")
        continue;
      return "a noun compound (\"" + std::string(norm(m.end - 1)) + " " +
             std::string(norm(t)) + "\"), not a clause";
    }

  // "gave a speech before a crowd": a speech to an audience of private
  // people is no statement to an actor ("addressed the nation" is).
  if (code == "010" && a.target.code.ends_with("CVL") && !a.target.agent.empty() &&
      !a.target.person && !a.target.unknown_name)
    return "a speech to an audience, not a statement to an actor";

  // "a boy was flown to Moscow for treatment": a private person's trip is
  // no visit (a named activist's may be).
  if (a.code == "042" || a.code == "043") {
    const Mention& visitor = a.code == "042" ? a.source : a.target;
    if (visitor.code.ends_with("CVL") && !visitor.agent.empty() && !visitor.person &&
        !visitor.unknown_name && !visitor.reference)
      return "a private person's trip, not a visit";
    // "policies regarding Muslims traveling to the U.S.": a class of people
    // (a bare plural, its country lent by the context) makes no visit.
    if (BarePlural(s, visitor) && visitor.context_country)
      return "a class of people travelling, not a visit";
    // "the President visited Santa Cruz Barillas": a name no dictionary
    // knows after "visit" is a place far more often than a host.
    const Mention& host = a.code == "042" ? a.target : a.source;
    if (host.unknown_name && !host.reference) return "a visit to a place, not to a host";
  }

  // "meets the natural born citizen requirement", "backed the victim
  // support charity": a target agent word that modifies the noun after it
  // names no party to a meeting or to support.
  if (code.starts_with("04") || code.starts_with("05"))
    for (const Mention* m : {&a.source, &a.target})
      if (!m->code.empty() && m->begin >= end && !m->agent.empty() && !m->person &&
          !m->reference && (m->actor.empty() || m->context_country) &&
          HeadNounAt(s, m->end))
        return "the agent word only modifies \"" + std::string(norm(m->end)) + "\"";

  // "Pierce and Carroll endorsed charter schools", "opposed charter
  // schools", "offering voting rights to undocumented immigrants": an
  // opinion about a class of people (a bare plural of a civilian role, its
  // country lent by the context) is a policy position, not an act towards
  // an actor.
  if ((code == "051" || code == "110" || code == "012" || code == "030") &&
      BarePlural(s, a.target) && (a.target.actor.empty() || a.target.context_country)) {
    for (std::string_view role : {"EDU", "BUS", "CVL", "REF", "HLH"})
      if (a.target.code.ends_with(role))
        return "an opinion about a class of people, not an act";
  }

  // "Johnson entered politics", "entered Omsk's mayoral race", "NGOs have
  // difficulty entering the areas": only armed forces, or a state entering
  // another, occupy by entering.
  if (code == "192" && verb && end == t + 1 && norm(t).starts_with("enter")) {
    const std::string& by = a.source.code;
    const bool armed = by.ends_with("MIL") || by.ends_with("REB") ||
                       by.ends_with("UAF") || by.ends_with("INS");
    const bool state_on_state = by.size() == 3 && a.target.code.size() == 3;
    if (!armed && !state_on_state) return "entering is no occupation by an unarmed party";
  }

  // "fundamentalists opposed to the US presence", "was opposed to hosting
  // the summit": being opposed to something is a stance ("opposed the
  // bill" is an act).
  if (verb && norm(t) == "opposed" && t + 1 < s.tokens.size() && norm(t + 1) == "to")
    return "a stance (opposed to), not an act";

  // "made no objections to Khan's ouster", "there was no attack on": a
  // noun under "no" (one modifier may come between) is an act that did not
  // happen.
  if (!verb && t >= 1 &&
      (norm(t - 1) == "no" || (t >= 2 && norm(t - 2) == "no" && s.classes[t - 1] == 0 &&
                               s.tokens[t - 1].kind == text::TokenKind::kWord)))
    return "a negated act (\"no\" before the noun)";

  // "Hamas announced an end to rocket attacks on Israel", "called for a
  // halt to the bombing": an act that ends is no act (as "stop supplying").
  if (!verb && t >= 2)
    for (std::size_t k = t, steps = 0; k-- > 1 && steps < 3; ++steps) {
      if (norm(k) == "to" || norm(k) == "of") {
        const std::string_view w = norm(k - 1);
        if (w == "end" || w == "halt" || w == "stop" || w == "cessation" ||
            w == "moratorium")
          return "an end to the act, not the act";
        break;
      }
      if (!(s.classes[k] & lexicon::kDeterminer) &&
          !(s.tokens[k].kind == text::TokenKind::kWord && s.classes[k] == 0))
        break;
    }

  // "execute the sentence of the Supreme Court": a killing's victim is its
  // object, not the owner of a thing after it.
  if (code == "186" && verb && a.target.begin > end) {
    std::size_t k = a.target.begin;
    while (k > end && (s.classes[k - 1] & lexicon::kDeterminer)) --k;
    if (k > end && norm(k - 1) == "of") return "what is executed is no person";
  }

  // "sat down with Michael Dranove for an interview", "told him in an
  // interview": an interview is reporting, not a consultation.
  if (code.starts_with("04") && a.target.end > 0) {
    // A counterpart's event has the two swapped: look after the later one.
    const std::size_t after = std::max(a.source.end, a.target.end);
    for (std::size_t i = after; i < s.tokens.size() && i < after + 4; ++i)
      if (norm(i).starts_with("interview")) return "an interview, not a consultation";
  }

  // "weighed in on Varlamov's run": a comment, not a policy considered.
  if (code.starts_with("014") && norm(t).starts_with("weigh") && norm(t + 1) == "in")
    return "weighing in comments, it considers nothing";

  // "thanked her supporters", "praised his voters": a candidate's own
  // followers are no political counterpart.
  if (code.starts_with("05") && a.target.begin > 0 && a.target.end > a.target.begin) {
    const std::string_view owner = norm(a.target.begin - 1),
                           last = norm(a.target.end - 1);
    if ((owner == "his" || owner == "her" || owner == "their" || owner == "its") &&
        (last.starts_with("supporter") || last.starts_with("voter") ||
         last.starts_with("follower") || last.starts_with("fan") ||
         last.starts_with("volunteer")))
      return "thanks to the speaker's own followers, not to a counterpart";
  }

  // "Under the Constitution, the House impeaches the official": a rule
  // in the present tense describes a procedure, not an act.
  if (verb && PresentOnly(a.trigger->form) && norm(0) == "under")
    for (std::size_t i = 1; i < t && i < 8; ++i)
      if (norm(i) == "constitution" || norm(i) == "law" || norm(i) == "rules" ||
          norm(i) == "system" || norm(i) == "treaty" || norm(i) == "charter")
        return "a procedure the law sets, not an act";

  // "recognized by UNESCO as heritage", "recognized Article 19": CAMEO's
  // recognition (054) is of states, governments and movements.
  if (code == "054" && !a.target.code.empty()) {
    const std::string& target = a.target.code;
    for (std::string_view role : {"MED", "CVL", "BUS", "EDU", "REL", "JUD", "CRM", "HLH",
                                  "LAB", "AGR", "ENV", "REF", "ELI"})
      if (target.ends_with(role))
        return "recognition of a non-state party, not of a state";
  }
  return "";
}

}  // namespace dyad::coder

#include "coder/not_news.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <utility>

#include "coder/code_refinements.h"
#include "coder/evaluations.h"
#include "coder/no_act_forms.h"
#include "coder/word_shapes.h"
#include "lexicon/verb_forms.h"
#include "lexicon/word_classes.h"

namespace dyad::coder {
namespace {

// Words that say someone did wrong, in what a claim says of them.
bool IsWrongdoing(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "fraud",    "fraudulent", "unduly",   "illegally",   "unlawfully",  "falsely",
      "lied",     "lying",      "stole",    "stolen",      "rigged",      "spoofed",
      "bribed",   "bribery",    "bribes",   "abused",      "abusing",     "threat",
      "cheated",  "cheating",   "meddling", "interfering", "manipulated", "smuggling",
      "tortured", "kidnapped",  "spying",   "terrorists",  "mercenaries", "embezzled"};
  return std::ranges::find(kWords, w) != std::end(kWords);
}

std::string_view NormAt(const SentenceAnalysis& s, std::size_t i) {
  return i < s.tokens.size() ? std::string_view(s.tokens[i].norm) : std::string_view();
}

// The month a word names (1-12), or 0. "May" counts only where a date
// needs it ("in May", "May 3"), not as the modal or a name.
int MonthAt(const SentenceAnalysis& s, std::size_t i) {
  static constexpr std::string_view kMonths[] = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (!s.tokens[i].capitalized) return 0;
  const std::string_view before = i > 0 ? NormAt(s, i - 1) : std::string_view();
  const bool dated =
      before == "in" || before == "on" || before == "since" || before == "early" ||
      before == "late" || before == "mid" || before == "last" ||
      (i + 1 < s.tokens.size() && s.tokens[i + 1].kind == text::TokenKind::kNumber);
  if (!dated) return 0;
  for (int m = 0; m < 12; ++m)
    if (NormAt(s, i) == kMonths[m]) return m + 1;
  return 0;
}

int YearAt(const SentenceAnalysis& s, std::size_t i) {
  const text::Token& t = s.tokens[i];
  if (t.kind != text::TokenKind::kNumber || t.norm.size() != 4) return 0;
  const int year = std::atoi(t.norm.c_str());
  return year >= 1900 && year <= 2100 ? year : 0;
}

// Whether the sentence counts precedents ("has only impeached two other
// presidents", "only once before has Congress voted to ..."): it tells the
// history behind the news, not news. ("For the first time in its history"
// is news.)
bool CountsPrecedents(const SentenceAnalysis& s) {
  const auto norm = [&](std::size_t i) { return NormAt(s, i); };
  for (std::size_t i = 0; i < s.tokens.size(); ++i) {
    const std::string_view w = norm(i);
    if (w == "before" && i >= 1 &&
        (norm(i - 1) == "once" || norm(i - 1) == "twice" || norm(i - 1) == "times"))
      return true;
    // "has only VERBed two ...": a perfect that counts.
    if (w == "only" && i >= 1 && (s.classes[i - 1] & lexicon::kHaveForm) &&
        i + 2 < s.tokens.size() &&
        (s.tokens[i + 2].kind == text::TokenKind::kNumber || norm(i + 2) == "two" ||
         norm(i + 2) == "three" || norm(i + 2) == "once" || norm(i + 2) == "twice"))
      return true;
  }
  return false;
}

// Whether a comma, a semicolon, a subordinator or a relative word lies in
// [a, b).
bool ClauseBoundary(const SentenceAnalysis& s, std::size_t a, std::size_t b) {
  for (std::size_t k = a; k < b && k < s.tokens.size(); ++k) {
    const std::string_view w = NormAt(s, k);
    if (w == "," || w == ";" || w == ":" || (s.classes[k] & lexicon::kSubordinator) ||
        w == "whose")
      return true;
  }
  return false;
}

// Whether token `i` lies in a short phrase that opens the sentence and
// ends with a comma: "But in fall of 1999, ...", "Back in May 2003, ...".
bool IntroductoryPhrase(const SentenceAnalysis& s, std::size_t i) {
  if (i > 6) return false;
  for (std::size_t k = 0; k < i; ++k)
    if (NormAt(s, k) == "," ||
        (s.classes[k] & (lexicon::kBeForm | lexicon::kHaveForm | lexicon::kModal)))
      return false;
  for (const Trigger& t : s.triggers)
    if (t.begin < i) return false;
  for (std::size_t k = i + 1; k < s.tokens.size() && k <= i + 3; ++k)
    if (NormAt(s, k) == ",") return true;
  return false;
}

// The date the sentence places the act at `trigger` on, as (year,
// month): the nearest year or month within ten words of it ("in 2015",
// "the 1905 massacre", "on April 19", "in April 2004") with no other
// trigger between them, since a date goes with the act next to it ("the
// assassination in January and demanded" dates the assassination). A month
// alone is in the document's year. (0, 0) when none.
std::pair<int, int> DateStated(const SentenceAnalysis& s, std::size_t trigger,
                               int doc_year, int doc_month) {
  // Another trigger starting in [a, b).
  // A trigger right after "to" is the act's own complement ("sentenced the
  // couple to jail in 2010"): the date goes with both.
  auto other_trigger_in = [&](std::size_t a, std::size_t b) {
    for (const Trigger& t : s.triggers)
      if (t.begin != trigger && t.begin >= a && t.begin < b &&
          !(t.begin > 0 && NormAt(s, t.begin - 1) == "to"))
        return true;
    return false;
  };
  // Dates within ten words of the trigger, or opening or closing the
  // sentence (below).
  std::pair<int, int> best{0, 0};
  std::size_t best_distance = SIZE_MAX;
  for (std::size_t i = 0; i < s.tokens.size() && i <= trigger + 10; ++i) {
    // "Since 2011" reaches the present.
    if (i > 0 && NormAt(s, i - 1) == "since") continue;
    std::pair<int, int> date{YearAt(s, i), 0};
    // "last year", "two years ago", "a year ago".
    if (date.first == 0 && NormAt(s, i) == "last" && i + 1 < s.tokens.size() &&
        NormAt(s, i + 1) == "year")
      date = {doc_year - 1, 0};
    // "last spring", "last winter": a season gone by, months back.
    if (date.first == 0 && doc_year > 0 && NormAt(s, i) == "last" &&
        i + 1 < s.tokens.size()) {
      const std::string_view season = NormAt(s, i + 1);
      if (season == "spring" || season == "summer" || season == "autumn" ||
          season == "fall" || season == "winter")
        date = doc_month > 6 ? std::pair<int, int>{doc_year, doc_month - 6}
                             : std::pair<int, int>{doc_year - 1, doc_month + 6};
    }
    if (date.first == 0 && NormAt(s, i) == "ago" && i >= 2 &&
        (NormAt(s, i - 1) == "year" || NormAt(s, i - 1) == "years")) {
      const std::string_view n = NormAt(s, i - 2);
      int back = n == "a" || n == "one" ? 1 : n == "two" ? 2 : n == "three" ? 3 : 0;
      if (back == 0 && n.size() <= 2 && !n.empty() &&
          std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; }))
        back = std::stoi(std::string(n));
      if (back == 0) back = 2;  // "years ago", "several years ago"
      date = {doc_year - back, doc_month};
    }
    if (date.first == 0) {
      const int month = MonthAt(s, i);
      if (month == 0) continue;
      // "April 2004", "April 19, 2004".
      int year = 0;
      for (std::size_t k = i + 1; k < s.tokens.size() && k <= i + 3 && !year; ++k)
        year = YearAt(s, k);
      date = {year ? year : doc_year, month};
    }
    const std::size_t distance = i > trigger ? i - trigger : trigger - i;
    // Before the trigger, a date goes with an act named just before it:
    // "condemned the attack in April and demanded talks".
    const bool claimed = i < trigger && other_trigger_in(i > 8 ? i - 8 : 0, i);
    // A date in another clause dates that clause ("attacked Yemen, whose
    // leader ruled from 2008"); an opening date ("In March 2019, police
    // ...") dates the sentence.
    // So does one opening a clause after a semicolon ("...; in 2009, she
    // was appointed after Clinton resigned"), up to the next semicolon.
    bool opening =
        i < trigger &&
        (i <= 3 || (i >= 2 && (NormAt(s, i - 1) == ";" || NormAt(s, i - 2) == ";")) ||
         IntroductoryPhrase(s, i));
    for (std::size_t k = i; opening && k < trigger; ++k) opening = NormAt(s, k) != ";";
    // So does a closing "in 2014." after the main verb's phrase, with no
    // comma between ("requested that monarch butterflies be given
    // protection from the government in 2014").
    if (!opening && i > trigger && NormAt(s, i - 1) == "in" && date.second == 0 &&
        i + 3 >= s.tokens.size()) {
      opening = true;
      for (std::size_t k = trigger; opening && k < i; ++k)
        opening = NormAt(s, k) != "," && NormAt(s, k) != ";";
    }
    if (!opening && distance > 10) continue;
    if (!opening && ClauseBoundary(s, std::min(i, trigger), std::max(i, trigger)))
      continue;
    // An opening date dates every act of the sentence ("Two years ago, X
    // was surprised when Y visited India").
    if (distance < best_distance && !claimed &&
        (opening || !other_trigger_in(std::min(i, trigger) + 1, std::max(i, trigger)))) {
      best = date;
      best_distance = distance;
    }
  }
  return best;
}

// "Since the crisis started in 2008, the government has supported Bankia":
// an act in the perfect that runs since a year before the document's is a
// trend, background (doc/annotation.md, section 6).
std::string TrendSince(const SentenceAnalysis& s, std::size_t trigger, int doc_year) {
  bool perfect = false;
  for (std::size_t i = trigger >= 3 ? trigger - 3 : 0; i < trigger; ++i)
    perfect = perfect || (s.classes[i] & lexicon::kHaveForm) != 0;
  if (!perfect) return "";
  for (std::size_t i = 0; i < s.tokens.size(); ++i) {
    if (NormAt(s, i) != "since") continue;
    // An opening "since" dates the sentence; elsewhere only its own clause.
    if (i < trigger ? (i > 3 && ClauseBoundary(s, i, trigger))
                    : ClauseBoundary(s, trigger, i))
      continue;
    for (std::size_t k = i + 1; k < s.tokens.size() && k <= i + 6; ++k)
      if (const int year = YearAt(s, k); year != 0 && year < doc_year)
        return "background: a trend since " + std::to_string(year);
  }
  return "";
}

}  // namespace

// A habit or a tradition ("has traditionally favored", "usually sides
// with"), a reason given for something else ("jailed for defending human
// rights"), a rhetorical question ("asks why the state ..."), a comparison
// ("like Portugal" is no target), a perception ("consider him the heir").
std::string NoAct(const dict::Compiled& dict, const Assembled& a,
                  const SentenceAnalysis& s, const std::string& code) {
  const std::size_t t = a.trigger->begin, end = a.trigger_end;
  const auto norm = [&](std::size_t i) { return NormAt(s, i); };
  static constexpr std::string_view kHabits[] = {
      "traditionally", "historically", "usually",     "typically",   "habitually",
      "routinely",     "always",       "generally",   "customarily", "sometimes",
      "often",         "frequently",   "occasionally"};
  for (std::size_t i = t >= 3 ? t - 3 : 0; i < t; ++i) {
    for (std::string_view h : kHabits)
      if (norm(i) == h) return "a habit, not an act";
    // "has been repeatedly accused", "have repeatedly called for": a perfect
    // that repeats is a record, not the day's act ("repeatedly struck him"
    // is one).
    if (norm(i) == "repeatedly" && i >= 1 &&
        ((s.classes[i - 1] & lexicon::kHaveForm) ||
         (norm(i - 1) == "been" && i >= 2 && (s.classes[i - 2] & lexicon::kHaveForm))))
      return "a habit, not an act";
  }
  // "used to chastise workers": a past habit.
  if (t >= 2 && norm(t - 1) == "to" && norm(t - 2) == "used")
    return "a habit, not an act";
  // "has been boycotting Ukraine for some time", "for years": a state that
  // lasts, not an act of the day.
  if (!a.trigger->noun && t >= 2 && norm(t - 1) == "been" &&
      (s.classes[t - 2] & lexicon::kHaveForm) && norm(t).ends_with("ing"))
    for (std::size_t i = end; i + 1 < s.tokens.size() && i < end + 8; ++i)
      if (norm(i) == "for" && (norm(i + 1) == "years" || norm(i + 1) == "decades" ||
                               norm(i + 1) == "months" || norm(i + 1) == "some" ||
                               norm(i + 1) == "a" || norm(i + 1) == "long"))
        return "a state that lasts, not an act";
  // "the planned trip to Warsaw", "a proposed meeting": a plan.
  if (a.trigger->noun)
    for (std::size_t i = t >= 2 ? t - 2 : 0; i < t; ++i)
      if (norm(i) == "planned" || norm(i) == "proposed" || norm(i) == "possible" ||
          norm(i) == "potential" || norm(i) == "prospective" || norm(i) == "would-be")
        return "a plan, not an act";
  // "The goal is to help investors negotiate": an aim.
  for (std::size_t i = t >= 8 ? t - 8 : 0; i + 2 < t; ++i) {
    const std::string_view w = norm(i);
    if ((w == "goal" || w == "aim" || w == "purpose" || w == "objective" || w == "idea" ||
         w == "intention" || w == "mission") &&
        (s.classes[i + 1] & lexicon::kBeForm) && norm(i + 2) == "to")
      return "an aim, not an act";
  }
  // "prevent journalists from entering", "refrained from attacking": the
  // act was blocked or held back.
  if (t >= 2 && norm(t - 1) == "from" && !a.trigger->noun && norm(t).ends_with("ing"))
    for (std::size_t i = t >= 8 ? t - 8 : 0; i + 1 < t; ++i) {
      const std::string_view w = norm(i);
      for (std::string_view stem :
           {"prevent", "stop", "bar", "ban", "block", "refrain", "deter", "prohibit",
            "forbid", "forbade", "restrain", "discourag", "dissuad", "keep", "kept"})
        if (w.starts_with(stem) && w.size() <= stem.size() + 4)
          return "a blocked act (\"prevented from\"), not an act";
    }
  if (t > 0 && norm(t - 1) == "for" && !a.trigger->noun &&
      (a.trigger->form & lexicon::kGerund) && norm(t).ends_with("ing"))
    return "a reason given for something else, not an act";
  if (code.starts_with("02") && end < s.tokens.size() &&
      ((s.classes[end] & lexicon::kWhWord) || norm(end) == "whether" ||
       norm(end) == "if"))
    return "a question, not a request";
  for (const Mention* m : {&a.source, &a.target}) {
    if (m->code.empty() || m->begin == 0) continue;
    const std::string_view before = norm(m->begin - 1);
    if (m->begin > t && (before == "like" || before == "unlike"))
      return "a comparison, not a party";
  }
  // "Armenia claimed 790 Azerbaijani soldiers had been killed": whom a claim
  // says suffered an act is not accused of anything.
  if (code == "112" && !a.trigger->noun && a.target.begin > end &&
      (norm(t).starts_with("claim") || norm(t).starts_with("alleg"))) {
    std::size_t k = a.target.end;
    while (k < s.tokens.size() && k < a.target.end + 3 &&
           (s.classes[k] & (lexicon::kHaveForm | lexicon::kModal | lexicon::kAdverb)))
      ++k;
    if (k + 1 < s.tokens.size() && (s.classes[k] & lexicon::kBeForm) &&
        (norm(k + 1).ends_with("ed") || norm(k + 1).ends_with("en")))
      return "whom the claim is about suffered the act";
  }
  // A complaint or a suit filed before a court is against another party
  // (doc/annotation.md): the court is no target.
  if ((code.starts_with("114") || code.starts_with("115")) &&
      a.target.code.ends_with("JUD")) {
    std::size_t k = a.target.begin;
    while (k > 0 && (s.classes[k - 1] & lexicon::kDeterminer)) --k;
    const std::string_view before = k > 0 ? norm(k - 1) : std::string_view();
    if (before == "before" || before == "with" || before == "to" || before == "in")
      return "the court that hears it is no party";
  }
  if (code.starts_with("07") && !a.trigger->noun &&
      (norm(t).starts_with("help") || norm(t).starts_with("assist"))) {
    // "helped negotiate the deal", "help protect the forest", "helping
    // draft the constitution": a share in another act, not aid. The word
    // after it is a verb: "to", or a plain lower-case word before the
    // target ("helped negotiate the deal with Iran").
    if (end == t + 1 && end < s.tokens.size() &&
        (norm(end) == "to" ||
         (PlainWordAt(s, end) && (a.target.code.empty() || a.target.begin > end))))
      return "a share in another act, not aid";
    // "helped him leave the organization": help to someone in doing
    // something is that act's, not aid (CAMEO's 07 provides it). A state or
    // a force helped to do something is aided ("accused China of helping
    // Russia sustain its war").
    if (!s.tree.empty() && t < s.tree.size() && IsCivilianCode(a.target.code) &&
        (!s.tree.Children(t, "xcomp").empty() || !s.tree.Children(t, "ccomp").empty()))
      return "help in doing something, not aid";
  }
  // "held campaign rallies": a candidate's rally is no dissent.
  if (code.starts_with("14") && t > 0 &&
      (norm(t - 1) == "campaign" || norm(t - 1) == "election" ||
       norm(t - 1) == "pre-election"))
    return "a campaign rally, not dissent";
  // "worked with Chan on the board": colleagues, not cooperation between
  // political actors.
  if (code == "050" && norm(t).starts_with("work") &&
      (a.source.code.ends_with("CVL") || a.target.code.ends_with("CVL")))
    return "colleagues at work, not cooperation";
  // "intends to leave the EU", "offered to kiss members of the crowd",
  // "pledged converting Hagia Sophia": an intention to do what no pattern
  // codes is no intent to cooperate (030); one to do what a pattern codes
  // is that pattern's intent code ("pledged to send troops", intentions.h).
  if (code.starts_with("03") && !a.trigger->noun && a.intent_governor < 0) {
    const std::string_view v = norm(t);
    const bool intending = v.starts_with("intend") || v.starts_with("offer") ||
                           v.starts_with("pledg") || v.starts_with("promis") ||
                           v.starts_with("vow");
    // Only for the verb's own pattern ("vow to protect" codes 0334 itself).
    auto coded = [&](std::size_t i) {
      return std::any_of(s.triggers.begin(), s.triggers.end(),
                         [&](const Trigger& x) { return x.begin == i; });
    };
    auto verb_at = [&](std::size_t i) { return PlainWordAt(s, i) && !coded(i); };
    const std::size_t after = a.trigger_end;
    bool act = false;
    if (after == t + 1) {
      act = norm(after) == "to" && verb_at(after + 1);
      if (!act && !s.tree.empty() && t < s.tree.size())
        for (int c : s.tree.Children(t, "xcomp"))
          act = act || (s.tree.IsVerb(static_cast<std::size_t>(c)) &&
                        !coded(static_cast<std::size_t>(c)));
    } else if (norm(after - 1) == "to") {
      act = verb_at(after);
    }
    // What the act is done to is no partner ("pledged to improve relations"
    // with each other keeps its partners).
    if (intending && act && !a.target.code.empty() && a.target.begin > after)
      return "an intention to do what no pattern codes";
  }
  // "US battles to save storm victims", "fought to keep the plant open": a
  // struggle to do something is an effort, not force.
  if ((code.starts_with("19") || code.starts_with("18")) && !a.trigger->noun &&
      (norm(t).starts_with("battl") || norm(t).starts_with("fight") ||
       norm(t).starts_with("fought") || norm(t).starts_with("struggl")) &&
      a.trigger_end == t + 1 && norm(t + 1) == "to" && PlainWordAt(s, t + 2))
    return "a struggle to do something, not force";
  // "RuNet Echo continues its series examining ...", "a researcher
  // investigated the archives": an inquiry by the media, scholars or
  // private people is no investigation by an authority (CAMEO's 09).
  if (code.starts_with("09")) {
    const std::string_view role =
        a.source.code.size() >= 6 ? std::string_view(a.source.code).substr(3, 3) : "";
    if (role == "MED" || role == "CVL" || role == "EDU" || role == "BUS" ||
        role == "AGR" || role == "LAB")
      return "an inquiry by the media or private people, not an investigation";
  }
  // "claimed Houthis have attacked journalists" accuses; "claimed victory",
  // "claimed the vote was fair" do not: a hostile act (roots 11-20) must
  // follow the one named.
  if (code == "112" && !a.trigger->noun && norm(t).starts_with("claim")) {
    bool hostile = false;
    for (const Trigger& other : s.triggers) {
      if (a.target.code.empty() || other.begin < a.target.end ||
          other.begin > a.target.end + 4)
        continue;
      // Only the verb's own patterns: "sent" is no hostile act because
      // "send + to prison" is one.
      for (std::uint32_t p : other.patterns) {
        const dict::PatternEntry& entry = dict.entries().patterns[p];
        if (!entry.tail.empty()) continue;
        const std::string& c = entry.code;
        hostile = hostile || (c.starts_with("1") && c.compare(0, 2, "11") >= 0) ||
                  c.starts_with("20");
      }
    }
    // Or the claim says wrong of the one named ("claimed Biden won due to
    // voter fraud", "claimed the refugees pose a threat").
    for (std::size_t i = a.target.end; !hostile && !a.target.code.empty() &&
                                       i < s.tokens.size() && i < a.target.end + 12;
         ++i) {
      if (norm(i) == ";" || norm(i) == ".") break;
      // "claimed voter fraud": a noun right after the one named is theirs.
      if (i == a.target.end && !norm(i).ends_with("ed")) continue;
      hostile = IsCondemnation(norm(i)) || IsWrongdoing(norm(i));
    }
    if (!hostile) return "a claim with no hostile act of the one named";
  }
  // "spoke to the BBC", "told reporters": an interview, not a
  // consultation.
  if (code.starts_with("04") && a.target.code.ends_with("MED") &&
      !a.target.code.starts_with("NGO"))
    return "an interview with the press, not a meeting";
  if (code.starts_with("014") && a.target.begin == end && end > t)
    return "a perception of someone, not a policy considered";
  // "He wondered how the US can train them", "asked whether police had
  // beaten him": a question about an act. ("Ask why the government
  // arrested him" takes the arrest as given.)
  // So is any act under "whether": "refused to answer whether they would
  // support court packing", "would not say whether he supported it".
  for (std::size_t i = t; i-- > (t >= 8 ? t - 8 : 0) && i > 0;) {
    const std::string_view w = norm(i), before = norm(i - 1);
    if (w == "." || w == ";") break;
    if (w == "whether" ||
        (w == "how" && (before.starts_with("wonder") || before.starts_with("ask") ||
                        before.starts_with("question"))))
      return "a question about an act, not an act";
  }
  // "nine men were jailed due to the rape of two girls": the crime a
  // sentence is for lies before the story.
  bool reason = false;
  for (std::size_t i = t >= 4 ? t - 4 : 0; t >= 2 && i < t; ++i)
    reason = reason || (norm(i) == "to" && i > 0 && norm(i - 1) == "due") ||
             (norm(i) == "of" && i > 0 && norm(i - 1) == "because") || norm(i) == "for";
  if (reason) {
    bool sentenced = false;
    for (const Trigger& other : s.triggers)
      if (other.begin < t && &other != a.trigger)
        for (std::uint32_t p : other.patterns)
          sentenced = sentenced || dict.entries().patterns[p].code == "173" ||
                      dict.entries().patterns[p].code.starts_with("116");
    const bool jailed = [&] {
      for (std::size_t i = 0; i < t; ++i)
        if (norm(i).starts_with("jail") || norm(i).starts_with("sentenc") ||
            norm(i).starts_with("convict") || norm(i).starts_with("imprison"))
          return true;
      return false;
    }();
    if (sentenced && jailed) return "the crime a sentence was for, background";
  }
  return NoActByForm(a, s, code);
}

std::string Background(const SentenceAnalysis& s, std::size_t trigger, int date) {
  if (CountsPrecedents(s)) return "background: the sentence counts precedents";
  // "Police previously arrested him", "had formerly backed", "have attacked
  // journalists previously": said to be before the story.
  for (std::size_t i = trigger >= 3 ? trigger - 3 : 0;
       i < s.tokens.size() && i <= trigger + 4; ++i) {
    // ("accused Biden of previously saying": the adverb is the charge's.)
    if (i > trigger &&
        (NormAt(s, i) == "," || NormAt(s, i) == ";" ||
         (s.classes[i] & (lexicon::kSubordinator | lexicon::kPreposition))))
      break;
    if (NormAt(s, i) == "previously" || NormAt(s, i) == "formerly")
      return "background: \"" + std::string(NormAt(s, i)) + "\"";
  }
  // "during his time as vice president, he called for": an earlier office.
  for (std::size_t i = 0; i + 3 < trigger; ++i) {
    const std::string_view w = NormAt(s, i + 2);
    if (NormAt(s, i) == "during" && (s.classes[i + 1] & lexicon::kPossessive) &&
        (w == "time" || w == "tenure" || w == "years" || w == "days") &&
        (NormAt(s, i + 3) == "as" || NormAt(s, i + 3) == "in"))
      return "background: during an earlier office";
  }
  if (date <= 0) return "";
  const int doc_year = date / 10000, doc_month = date / 100 % 100;
  if (std::string why = TrendSince(s, trigger, doc_year); !why.empty()) return why;
  const auto [year, month] = DateStated(s, trigger, doc_year, doc_month);
  if (year == 0) return "";
  // A season before the document or more (a year alone counts as its
  // December). Annotators code acts weeks or a month or two old when the
  // story is about them (doc/annotation.md).
  const int months = (doc_year - year) * 12 + (doc_month - (month ? month : 12));
  if (months >= 4) return "background: the sentence is about " + std::to_string(year);
  return "";
}

}  // namespace dyad::coder

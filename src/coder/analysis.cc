#include "coder/analysis.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <unordered_set>

#include "coder/coreference.h"
#include "coder/evaluations.h"
#include "coder/split_triggers.h"
#include "dict/dyad_format.h"
#include "lexicon/parts_of_speech.h"
#include "lexicon/verb_forms.h"
#include "lexicon/word_classes.h"
#include "util/strings.h"

namespace dyad::coder {
namespace {

using dict::Compiled;

// A verb form used as a noun or adjective: after a determiner or possessive,
// with at most a few lower-case modifiers between ("a potential peace
// broker", "China's alleged backing", "the shelling").
bool UsedAsNoun(const SentenceAnalysis& s, const std::vector<bool>& in_mention,
                std::size_t i, std::uint8_t form) {
  // "injuring a few and arresting others", ", asking the government": a
  // gerund opening a coordinated or participial phrase with an object
  // is a verb ("the parade supporting Gondor" may be a modifier).
  if ((form & lexicon::kGerund) && i > 0 && i + 1 < s.tokens.size() &&
      (s.tokens[i - 1].norm == "," ||
       (s.tokens[i - 1].norm == "and" || s.tokens[i - 1].norm == "or"))) {
    const auto& next = s.tokens[i + 1].norm;
    if (in_mention[i + 1] || next == "others" ||
        (lexicon::ClassesOf(next) & (lexicon::kDeterminer | lexicon::kPronoun)))
      return false;
  }
  // "used force", "using excessive force": the object of "use" is a noun.
  for (std::size_t k = i, steps = 0; k-- > 0 && steps < 2; ++steps) {
    const auto& w = s.tokens[k].norm;
    if (w == "use" || w == "used" || w == "uses" || w == "using") return true;
    if (in_mention[k] || (s.classes[k] & ~lexicon::kFiller) != 0) break;
  }
  // "faced protests", "answered questions", "to face questions": a plain
  // -s form right after another verb is its object, a plural noun.
  if (i > 0 && form == lexicon::kThirdPerson && !in_mention[i - 1] &&
      s.classes[i - 1] == 0 && s.tokens[i - 1].kind == text::TokenKind::kWord &&
      !s.tokens[i - 1].capitalized) {
    static constexpr std::string_view kTakesObject[] = {
        "face",     "faces", "facing",  "answer", "answers",  "answering", "field",
        "fielding", "take",  "takes",   "took",   "taking",   "pose",      "poses",
        "posing",   "dodge", "dodging", "avoid",  "avoiding", "ignore",    "ignoring"};
    const std::string& w = s.tokens[i - 1].norm;
    // "raised questions about Harris' eligibility" is doubt (110), as the
    // dev set codes it: "raise" keeps its object's trigger.
    if (w.starts_with("rais")) return false;
    if (std::find(std::begin(kTakesObject), std::end(kTakesObject), w) !=
        std::end(kTakesObject))
      return true;
    if (w.size() > 4 && w.ends_with("ed")) {
      const auto lemmas = lexicon::VerbForms::Default().Lemmas(w);
      if (!lemmas.empty() && lemmas.front() != w) return true;
    }
  }
  // "Claymore-style bombs", "anti-government protests", "long-range
  // strikes": a hyphenated modifier before a present form makes a noun.
  if (i > 0 && !(form & (lexicon::kPast | lexicon::kGerund)) &&
      s.tokens[i - 1].kind == text::TokenKind::kWord &&
      s.tokens[i - 1].norm.find('-') != std::string::npos && !in_mention[i - 1])
    return true;
  // "a US drone strike killed", "rocket attacks": a weapon word before a
  // present form makes a compound noun.
  if (i > 0 && !(form & lexicon::kPast)) {
    static constexpr std::string_view kWeapons[] = {
        "air", "drone", "missile", "rocket", "mortar", "artillery", "aerial", "hunger"};
    for (std::string_view weapon : kWeapons)
      if (s.tokens[i - 1].norm == weapon) return true;
  }
  for (std::size_t k = i, steps = 0; k-- > 0 && steps < 4; ++steps) {
    const auto& w = s.tokens[k].norm;
    std::uint32_t c = lexicon::ClassesOf(w);
    if (c & (lexicon::kDeterminer | lexicon::kPossessive))
      // "her" may be an object ("gave her support"); with a modifier
      // between, it is a possessive ("her infectious hit").
      return !(c & lexicon::kPronoun) || w == "its" || w == "their" || w == "his" ||
             (w == "her" && steps > 0);
    // "through economic and diplomatic support": after a preposition only a
    // gerund is a verb ("by supporting").
    // But a past form with a word between ("police in response arrested")
    // is the verb after an adverbial; right after the preposition it is an
    // adjective ("by armed men").
    if ((c & lexicon::kPreposition) && w != "to")
      return !(form & lexicon::kGerund) &&
             !(steps > 0 && (form & (lexicon::kPast | lexicon::kPastParticiple)) &&
               !(form & (lexicon::kBase | lexicon::kThirdPerson)));
    // "economic and diplomatic support"; but "the accusations and criticised"
    // is a verb after a coordination.
    if ((w == "and" || w == "or" || w == ",") && !(form & lexicon::kPast)) continue;
    // "29 out of 30 federal hate crime charges": a count before an -s form
    // (modifiers between) makes it a plural noun.
    if (s.tokens[k].kind == text::TokenKind::kNumber && form == lexicon::kThirdPerson)
      return true;
    // Fillers ("new", "strong") are modifiers too: "the new sanctions".
    if (in_mention[k] || (c & ~lexicon::kFiller) != 0 || s.tokens[k].capitalized ||
        s.tokens[k].kind != text::TokenKind::kWord)
      return false;
  }
  return false;
}

bool IsDemonym(const std::string& w) {
  for (std::string_view suffix : {"an", "ese", "ish", "ic", "i"})
    if (w.size() > suffix.size() + 2 &&
        w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0)
      return true;
  return false;
}

bool IsTimeWord(std::string_view w) {
  static constexpr std::string_view kTimes[] = {
      "monday",   "tuesday", "wednesday", "thursday",  "friday",  "saturday",
      "sunday",   "january", "february",  "march",     "april",   "may",
      "june",     "july",    "august",    "september", "october", "november",
      "december", "morning", "afternoon", "evening",   "night",   "day",
      "week",     "weekend", "month",     "year",      "today",   "yesterday"};
  for (std::string_view t : kTimes)
    if (w == t) return true;
  return false;
}

// Adverbial phrases of place and time that stand between a verb and the
// rest of its pattern: "met [on Tuesday] with", "clashed [outside parliament]
// with police", "held talks [in Geneva] with". Marks the tokens of each such
// phrase: a preposition of place ("in", "at", "outside", ...) or "on" before
// a time, up to six words of names, numbers, times and determiners, and
// then a preposition that may go on with a pattern. "on" takes times only:
// "imposed sanctions on Iran over" names the target.
std::vector<bool> MarkAdverbials(const SentenceAnalysis& s,
                                 const std::vector<bool>& in_mention) {
  const std::size_t n = s.tokens.size();
  std::vector<bool> out(n, false);
  auto is = [&](std::size_t i, std::initializer_list<std::string_view> words) {
    for (std::string_view w : words)
      if (s.tokens[i].norm == w) return true;
    return false;
  };
  for (std::size_t i = 1; i + 2 < n; ++i) {
    const bool place =
        is(i, {"in", "at", "outside", "near", "inside", "during", "across"});
    if (!place && !is(i, {"on"})) continue;
    std::size_t j = i + 1;
    if (place && j + 1 < n && is(j, {"front"}) && is(j + 1, {"of"})) j += 2;
    const std::size_t start = j;
    for (; j < n && j < start + 6; ++j) {
      const text::Token& t = s.tokens[j];
      const bool time = IsTimeWord(t.norm) || t.kind == text::TokenKind::kNumber;
      const bool name = t.capitalized || in_mention[j];
      if (!(time || (place && name) || (s.classes[j] & lexicon::kDeterminer) ||
            lexicon::Is(t.norm, lexicon::kFiller)))
        break;
    }
    if (j == start || j >= n || j + 1 >= n) continue;
    if (!is(j, {"with", "against", "for", "to", "over", "on", "at", "into", "about"}))
      continue;
    for (std::size_t k = i; k < j; ++k) out[k] = true;
    i = j - 1;
  }
  return out;
}

// "discussed trade with Uganda", "received support from": a plain verb
// form right after a finite verb trigger is that verb's object, a noun; not
// after "helped", "let", "made", which take a plain verb ("helped negotiate").
bool BaseFormIsObject(const SentenceAnalysis& s, const Trigger& verb) {
  if ((verb.form & lexicon::kBase) ||
      !(verb.form & (lexicon::kPast | lexicon::kThirdPerson)))
    return false;
  const std::string& w = s.tokens[verb.begin].norm;
  for (std::string_view causative : {"help", "let", "make", "made", "had", "has", "bid"})
    if (w.starts_with(causative)) return false;
  return true;
}

// Whether token `i` is a piece of a handle: "@" and the pieces after it
// stand with no space between ("@__hope_" is "@", "_", "_", "hope", "_").
bool InHandle(const SentenceAnalysis& s, std::size_t i) {
  for (std::size_t k = i; k > 0 && i - k < 8; --k) {
    if (s.tokens[k].begin != s.tokens[k - 1].end) return false;
    if (s.tokens[k - 1].norm == "@") return true;
  }
  return false;
}

// "dropped out in early March", "Tropical Storm Barry": a capitalised word
// inside a sentence is a name or a month, not a verb. (At the start of a
// sentence, a quotation or a tweet, or in a sentence of mostly capitalised
// words, it may be one.)
bool NameNotVerb(const SentenceAnalysis& s, std::size_t i, bool mostly_capitalized) {
  if (i == 0 || !s.tokens[i].capitalized || mostly_capitalized) return false;
  const text::Token& before = s.tokens[i - 1];
  if (before.kind != text::TokenKind::kWord && before.kind != text::TokenKind::kNumber)
    return false;  // after punctuation, a quote, a handle or a hashtag
  return !before.norm.starts_with("@") && !before.norm.starts_with("#");
}

// Whether the word at `i` is a modifier no pattern names, which a pattern
// may step over as it does a filler: "held a trilateral meeting", "signed a
// 25-year agreement", "held three-way talks". Only lowercase words the
// dictionary never uses, that the tree tags an adjective or, without a tree,
// that WordNet knows only as one; or a counted measure ("two-day").
bool LooseModifier(const SentenceAnalysis& s, const std::vector<bool>& in_mention,
                   std::size_t i) {
  const text::Token& w = s.tokens[i];
  if (i == 0 || i + 1 >= s.tokens.size() || in_mention[i] ||
      s.ids[i] != dict::Interner::kUnknown || s.classes[i] != 0 ||
      w.kind != text::TokenKind::kWord || w.capitalized ||
      s.tokens[i + 1].kind != text::TokenKind::kWord)
    return false;
  // Only between words patterns use (which also keeps the WordNet lookup
  // off most words).
  if (s.ids[i - 1] == dict::Interner::kUnknown ||
      s.ids[i + 1] == dict::Interner::kUnknown)
    return false;
  const std::string_view norm = w.norm;
  if (const std::size_t dash = norm.find('-');
      dash != std::string_view::npos && dash > 0 && dash + 1 < norm.size()) {
    const std::string_view first = norm.substr(0, dash);
    static const std::unordered_set<std::string_view> kCounts = {
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"};
    if (kCounts.count(first) || std::isdigit(static_cast<unsigned char>(first[0])))
      return true;
  }
  if (!s.tree.empty()) return s.tree.Pos(i) == "ADJ";
  return lexicon::PartsOfSpeech(norm) == lexicon::kCanBeAdjective;
}

}  // namespace

Trigger& InsertTrigger(SentenceAnalysis* s, Trigger t) {
  const auto at = std::upper_bound(
      s->triggers.begin(), s->triggers.end(), t.begin,
      [](std::uint32_t begin, const Trigger& x) { return begin < x.begin; });
  return *s->triggers.insert(at, std::move(t));
}

std::uint8_t VerbFormOfWord(std::string_view w) {
  // Irregular pasts of the verbs whose triggers are added by rule ("said
  // the government is corrupt").
  static constexpr std::string_view kIrregularPast[] = {
      "said", "told", "wrote",   "written", "spoke",  "met", "held",  "made",  "took",
      "gave", "sent", "brought", "fought",  "struck", "led", "threw", "stole", "broke"};
  if (std::ranges::find(kIrregularPast, w) != std::end(kIrregularPast))
    return lexicon::kPast | lexicon::kPastParticiple;
  return w.ends_with("ed")    ? lexicon::kPast | lexicon::kPastParticiple
         : w.ends_with("ing") ? lexicon::kGerund
         : w.ends_with("s")   ? lexicon::kThirdPerson
                              : lexicon::kBase;
}

namespace {

void FindTriggers(const Compiled& dict, SentenceAnalysis* s) {
  const std::size_t n = s->tokens.size();
  std::vector<bool> in_mention(n, false), singular_end(n, false);
  const std::uint32_t kAuxiliary =
      lexicon::kModal | lexicon::kDoForm | lexicon::kBeForm | lexicon::kHaveForm;
  for (const auto& m : s->mentions) {
    for (std::uint32_t i = m.begin; i < m.end; ++i) in_mention[i] = true;
    // "Will China attack": after an inverted auxiliary the base form is a verb.
    bool inverted = m.begin > 0 && (s->classes[m.begin - 1] & kAuxiliary);
    if (!m.plural && m.end > m.begin && !inverted) singular_end[m.end - 1] = true;
  }
  // Patterns are matched on the tokens with fillers left out ("imposed new
  // sanctions on" -> "imposed sanctions on"); `at` maps back. A second view
  // leaves adverbials out too ("met on Tuesday with"); a match there counts
  // when it is longer.
  struct View {
    std::vector<std::uint32_t> ids;
    std::vector<std::size_t> at, index;
    std::uint32_t Tokens(std::size_t k, std::uint32_t length) const {
      if (length == 0) return 0;
      return static_cast<std::uint32_t>(at[k + length - 1] + 1 - at[k]);
    }
  };
  const std::vector<bool> adverbial = MarkAdverbials(*s, in_mention);
  // The tree's first verb, and whether it has a finite one (an -ing form is
  // none): read once for every trigger below.
  std::size_t first_verb = n;
  bool finite_verb = false;
  // An opening phrase closed by a comma ("According to CNN,", "Speaking
  // to reporters,") holds no verb of the sentence's own.
  std::size_t opening = 0;
  if (n > 0 && !s->tree.empty() &&
      (s->tokens[0].norm == "according" || s->tokens[0].norm.ends_with("ing") ||
       s->tokens[0].norm.ends_with("ed")))
    for (std::size_t k = 1; k < n && k < 12; ++k)
      if (s->tokens[k].norm == ",") {
        opening = k;
        break;
      }
  for (std::size_t k = opening; k < s->tree.size(); ++k) {
    if (!s->tree.IsVerb(k)) continue;
    first_verb = std::min(first_verb, k);
    finite_verb = finite_verb || !s->tokens[k].norm.ends_with("ing");
  }
  View plain, skipping;
  plain.index.assign(n, SIZE_MAX);
  skipping.index.assign(n, SIZE_MAX);
  bool any_adverbial = false;
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0 && (lexicon::Is(s->tokens[i].norm, lexicon::kFiller) ||
                  LooseModifier(*s, in_mention, i)))
      continue;
    // "held a special signing": an adjective the dictionary also uses
    // ("special forces") is left out in the second view only, so that
    // "lift martial law" still matches with its own adjective.
    const bool adjective = i > 0 && i + 1 < n && !in_mention[i] && !s->tree.empty() &&
                           s->classes[i] == 0 && !s->tokens[i].capitalized &&
                           s->tree.Pos(i) == "ADJ" && s->tree.RelIs(i, "amod") &&
                           s->tree.Head(i) == static_cast<int>(i + 1);
    for (View* v : {&plain, &skipping}) {
      if (v == &skipping && (adverbial[i] || adjective)) continue;
      v->index[i] = v->ids.size();
      v->ids.push_back(s->ids[i]);
      v->at.push_back(i);
    }
    any_adverbial = any_adverbial || adverbial[i] || adjective;
  }
  std::size_t words = 0, capitalized = 0;
  for (const auto& t : s->tokens) {
    words += t.kind == text::TokenKind::kWord;
    capitalized += t.kind == text::TokenKind::kWord && t.capitalized;
  }
  const bool title_case =
      s->segment.kind == text::SegmentKind::kFragment && capitalized * 5 >= words * 3;
  for (std::size_t i = 0; i < n; ++i) {
    if (s->ids[i] == dict::Interner::kUnknown || plain.index[i] == SIZE_MAX) continue;
    Trigger t;
    t.begin = static_cast<std::uint32_t>(i);
    const View* view = &plain;
    std::size_t k = plain.index[i];
    auto vm = dict.verbs().LongestMatch(plain.ids, k);
    auto nm = dict.nouns().LongestMatch(plain.ids, k);
    if (any_adverbial && skipping.index[i] != SIZE_MAX) {
      const std::size_t k2 = skipping.index[i];
      auto longer = dict.verbs().LongestMatch(skipping.ids, k2);
      if (longer.length > vm.length) view = &skipping, k = k2, vm = longer;
    }
    if (vm.length == 0 && nm.length == 0) continue;
    vm.length = view->Tokens(k, vm.length);
    nm.length = view == &plain ? plain.Tokens(k, nm.length) : 0;
    // A word that starts an actor phrase is not a trigger ("Guard" in a name).
    if (in_mention[i]) continue;
    // Nor a piece of a handle ("(@__hope_) criticized": no hope there).
    if (InHandle(*s, i)) continue;
    std::uint8_t form = 0;
    for (std::uint32_t v : dict.verbs().Values(vm.node)) form |= Compiled::FormOf(v);
    // "European aid": a bare base form right after a singular actor is a
    // noun ("China aid Russia" is not English; "China aids Russia" is).
    // Only after an adjective ("European", "Chinese", "British", "Israeli"):
    // "Israel cut ties" is a verb whose past looks like its base.
    bool after_singular = i > 0 && singular_end[i - 1] && (form & ~lexicon::kBase) == 0 &&
                          IsDemonym(s->tokens[i - 1].norm);
    // "sending arms", "imposed sanctions": an -s form right after a verb is
    // its object, a plural noun, not a second finite verb.
    // So is a participle there, an adjective of the object: "extradite
    // accused criminals".
    const bool participle_only =
        (form & (lexicon::kPast | lexicon::kPastParticiple)) != 0 &&
        (form & (lexicon::kBase | lexicon::kThirdPerson | lexicon::kGerund)) == 0;
    bool object_of_verb =
        !s->triggers.empty() && s->triggers.back().end == i && !s->triggers.back().noun &&
        (form == lexicon::kThirdPerson ||
         (participle_only && !(s->classes[i - 1] & kAuxiliary) &&
          s->tokens[i - 1].norm.rfind("got", 0) != 0 &&
          s->tokens[i - 1].norm.rfind("get", 0) != 0) ||
         (form == lexicon::kBase && BaseFormIsObject(*s, s->triggers.back())));
    // A capitalised word that opens a sentence or stands in a title-case
    // headline is one the tagger tends to call a name: the rules decide there.
    if (!s->tree.empty() && !(s->tokens[i].capitalized && (i == 0 || title_case))) {
      // Verbs are verbs and nouns are nouns: the tagger decides ("bombed a
      // rebel target": a noun; "banners reading 'Free Navalny'": no verb).
      // A participle that modifies a noun is its adjective ("alleged
      // misconduct", "the imprisoned activist", "extradite accused
      // criminals"): no act is told there. An -ing form only after a
      // determiner ("the striking teachers"; "started attacking people" is
      // often misparsed so), and none after a noun, pronoun or "and", where
      // the parser's amod is more often a misread verb ("police used
      // force", "would not be intimidated and pledged support").
      const std::string_view before = i > 0 ? s->tree.Pos(i - 1) : std::string_view();
      const bool adjective = s->tree.RelIs(i, "amod") &&
                             (!s->tokens[i].norm.ends_with("ing") || before == "DET") &&
                             before != "NOUN" && before != "PROPN" && before != "PRON" &&
                             before != "CCONJ";
      // But "Kenyan protesters occupied parliament": a past form (or an -s
      // form after a singular subject: "Russia arms the rebels") right after
      // the subject, with no verb before it, is the sentence's verb when the
      // tagger calls it an adjective, or a noun in a sentence with no finite
      // verb ("A Kenyan man shot two Somali students", "police beat
      // protesters, injuring a few").
      const bool finite_form =
          (form & lexicon::kPast) ||
          ((form & lexicon::kThirdPerson) && i > 0 && singular_end[i - 1]);
      const bool misread =
          (adjective || s->tree.Pos(i) == "ADJ" || (s->tree.IsNoun(i) && !finite_verb)) &&
          i > 0 && in_mention[i - 1] && finite_form && first_verb >= i;
      if ((!s->tree.IsVerb(i) || adjective) && !misread) vm.length = 0;
      // A noun pattern may open with its adjective ("scathing attack on").
      if (misread || s->tree.IsVerb(i) ||
          !(s->tree.IsNoun(i) || s->tree.Pos(i) == "X" ||
            (s->tree.Pos(i) == "ADJ" && nm.length > 1)))
        nm.length = 0;
      if (vm.length == 0 && nm.length == 0) continue;
    } else if (vm.length > 0 &&
               (after_singular || object_of_verb || UsedAsNoun(*s, in_mention, i, form) ||
                NameNotVerb(*s, i, capitalized * 5 >= words * 3))) {
      vm.length = 0;
      if (nm.length == 0) continue;
    }
    // Every pattern whose words start here is a candidate, the longest
    // tried first: "called for the release of" may fall back on "call for".
    const dict::TokenTrie& trie = vm.length >= nm.length ? dict.verbs() : dict.nouns();
    t.noun = vm.length < nm.length;
    for (const auto& m : trie.AllMatches(view->ids, k)) {
      for (std::uint32_t v : trie.Values(m.node)) {
        t.patterns.push_back(t.noun ? v : Compiled::PatternOf(v));
        t.ends.push_back(t.begin + view->Tokens(k, m.length));
        if (!t.noun) t.form |= Compiled::FormOf(v);
      }
    }
    t.end = t.begin + (t.noun ? nm.length : vm.length);
    if (view == &skipping) {
      std::uint32_t j = t.begin;
      while (j < t.end && !adverbial[j]) ++j;
      t.skipped_begin = t.skipped_end = j;
      while (t.skipped_end < t.end && adverbial[t.skipped_end]) ++t.skipped_end;
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

void FindIssues(const Compiled& dict, SentenceAnalysis* s) {
  if (dict.entries().issues.empty()) return;
  bool ignored = false;
  for (std::size_t i = 0; i < s->tokens.size(); ++i) {
    auto m = dict.issues().LongestMatch(s->ids, i);
    if (m.length == 0) continue;
    for (std::uint32_t idx : dict.issues().Values(m.node)) {
      const auto& issue = dict.entries().issues[idx];
      if (issue.ignore)
        ignored = true;
      else
        ++s->issues[issue.code];
    }
  }
  if (ignored) s->issues.clear();
}

}  // namespace

std::string CombineCodes(const Compiled& dict, const std::string& actor,
                         const std::string& agent) {
  if (!dict::IsAgentCode(agent)) return actor;
  // Leaders and officials of an actor that has a role act as it ("Hamas
  // leaders", "Pentagon officials", "NATO leaders").
  if (agent == "GOV" && actor.size() > 3) return actor;
  const bool country = actor.size() >= 3 && dict.IsCountryCode(actor.substr(0, 3));
  // "Abu Sayyaf gunmen", "IRGC troops": an armed actor's fighters are it.
  auto armed = [](std::string_view role) {
    return role == "REB" || role == "UAF" || role == "MIL" || role == "SEP";
  };
  if (country && actor.size() == 6 && armed(actor.substr(3)) && armed(agent))
    return actor;
  // A role the actor holds already is not added again: "Islamic State
  // fighters" are IMGREB, not IMGREBREB.
  for (std::size_t a = 0; a + 3 <= agent.size(); a += 3)
    for (std::size_t k = country ? 3 : 0; k + 3 <= actor.size(); k += 3)
      if (actor.compare(k, 3, agent, a, 3) == 0) return actor;
  const std::size_t base = country ? 3 : actor.size();
  std::string code = actor.substr(0, base) + agent;
  // Never a code that is not blocks of three ("IGOWSTG7" + "MED") or that
  // repeats a part.
  if (code.size() % 3 != 0 || !dict::IsActorCode(code)) return actor;
  for (std::size_t a = base; a < code.size(); a += 3)
    for (std::size_t k = country ? 3 : 0; k < a; k += 3)
      if (code.compare(k, 3, code, a, 3) == 0) return actor;
  return code;
}

SentenceAnalysis Analyze(const Compiled& dict, std::string_view doc,
                         const text::Segment& segment, int date,
                         const DocumentMemory& memory, bool parse) {
  SentenceAnalysis s;
  s.segment = segment;
  s.tokens = text::Tokenize(doc, segment.begin, segment.end);
  s.ids = dict.Ids(s.tokens);
  s.classes.reserve(s.tokens.size());
  for (const auto& t : s.tokens) {
    std::uint32_t c = lexicon::ClassesOf(t.norm);
    // "are not explicitly prohibited": any "-ly" adverb, not only the listed.
    if (c == 0 && !t.capitalized && t.kind == text::TokenKind::kWord &&
        lexicon::LooksLikeAdverb(t.norm))
      c = lexicon::kAdverb;
    s.classes.push_back(c);
  }
  FindDiscards(dict, &s);
  FindIssues(dict, &s);
  FindMentions(dict, doc, date, &s);
  memory.Resolve(dict, doc, &s);
  // The dictionary's triggers, then the judgements that evaluations.h reads
  // as criticism; again once a tree can decide verbs and nouns.
  const auto find_triggers = [&] {
    FindTriggers(dict, &s);
    AddCondemnations(dict, &s);
    AddNameCalling(dict, &s);
    AddAgreementSignings(dict, &s);
    AddQuotedSympathy(dict, &s);
    AddQuotedJudgements(dict, &s);
  };
  find_triggers();
  // Parse only what can give a dyadic event: a trigger and two actors.
  if (parse && !s.triggers.empty() && s.mentions.size() >= 2 && s.tokens.size() <= 40) {
    s.tree.Parse(doc, s.tokens);
    if (!s.tree.empty()) {
      s.triggers.clear();
      find_triggers();
    }
  }
  return s;
}

}  // namespace dyad::coder

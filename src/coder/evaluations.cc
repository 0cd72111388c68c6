#include "coder/evaluations.h"

#include <algorithm>
#include <unordered_set>

#include "coder/pattern_words.h"
#include "coder/quotes.h"
#include "coder/word_shapes.h"
#include "lexicon/verb_forms.h"
#include "lexicon/word_classes.h"
#include "text/tokenizer.h"

namespace dyad::coder {
namespace {

// Whether a question mark follows `from`: a question judges or accuses no
// one.
bool QuestionAfter(const SentenceAnalysis& s, std::size_t from) {
  return std::any_of(
      s.tokens.begin() + static_cast<std::ptrdiff_t>(std::min(from, s.tokens.size())),
      s.tokens.end(), [](const text::Token& w) { return w.norm == "?"; });
}

// The first word of condemnation from `from`, or -1. "not illegal" denies
// the judgement; a question makes none.
int CondemnationAfter(const SentenceAnalysis& s, std::size_t from) {
  if (QuestionAfter(s, from)) return -1;
  for (std::size_t i = from; i < s.tokens.size(); ++i) {
    if (!IsCondemnation(s.tokens[i].norm)) continue;
    bool negated = false;
    for (std::size_t k = i; k-- > from && k + 3 > i;)
      negated = negated || (s.classes[k] & lexicon::kNegator) != 0;
    if (!negated) return static_cast<int>(i);
  }
  return -1;
}

// The dictionary's bare "criticize" pattern, or -1.
int CriticizePattern(const dict::Compiled& dict) {
  const auto ids = dict.Ids(text::Tokenize("criticize"));
  for (const auto& m : dict.verbs().AllMatches(ids, 0))
    for (std::uint32_t v : dict.verbs().Values(m.node)) {
      const std::uint32_t index = dict::Compiled::PatternOf(v);
      const dict::PatternEntry& p = dict.entries().patterns[index];
      if (p.code == "111" && p.tail.empty() && p.head.empty())
        return static_cast<int>(index);
    }
  return -1;
}

// Adds a one-word trigger at `word` with the single candidate `pattern`,
// keeping the triggers in text order.
Trigger& AddTrigger(SentenceAnalysis* s, std::size_t word, std::uint32_t pattern,
                    std::uint8_t form, int condemnation) {
  Trigger t;
  t.begin = static_cast<std::uint32_t>(word);
  t.end = t.begin + 1;
  t.patterns = {pattern};
  t.ends = {t.end};
  t.form = form;
  t.condemnation = condemnation;
  return InsertTrigger(s, std::move(t));
}

// Gives the verb at `i` the one-word pattern `p`: to its trigger, or as a
// new trigger.
void AddPatternAt(SentenceAnalysis* s, std::size_t i, std::uint32_t p) {
  auto t = std::find_if(s->triggers.begin(), s->triggers.end(),
                        [&](const Trigger& x) { return x.begin == i && !x.noun; });
  if (t != s->triggers.end()) {
    if (std::find(t->patterns.begin(), t->patterns.end(), p) == t->patterns.end()) {
      t->patterns.push_back(p);
      t->ends.push_back(static_cast<std::uint32_t>(i + 1));
    }
    return;
  }
  AddTrigger(s, i, p, VerbFormOfWord(s->tokens[i].norm), -1);
}

// After "was" / "are": the word that lays a harm at the actor's door ("was
// behind the attack", "are the suspected perpetrators", "was responsible
// for the bombing", "are involved in crime"), or the sentence's size. Not
// "was responsible for security": the harm must be named.
std::size_t BlameAfter(const SentenceAnalysis& s, std::size_t i) {
  static const std::unordered_set<std::string_view> kHarms = {
      "attack",     "attacks",    "bombing",  "bombings", "blast",     "blasts",
      "explosion",  "killing",    "killings", "murder",   "murders",   "massacre",
      "violence",   "deaths",     "plot",     "shooting", "shootings", "assassination",
      "abduction",  "kidnapping", "arson",    "crime",    "crimes",    "riots",
      "atrocities", "hacking",    "fraud",    "coup",     "terrorism", "corruption"};
  const std::size_t n = s.tokens.size();
  const auto norm = [&](std::size_t k) {
    return k < n ? std::string_view(s.tokens[k].norm) : std::string_view();
  };
  // Determiners and doubt: "the suspected", "the main", "an alleged".
  for (std::size_t steps = 0;
       steps < 3 && i < n &&
       ((s.classes[i] & lexicon::kDeterminer) || norm(i) == "suspected" ||
        norm(i) == "alleged" || norm(i) == "main" || norm(i) == "real");
       ++steps)
    ++i;
  const std::string_view w = norm(i);
  if (w == "perpetrators" || w == "perpetrator" || w == "culprits" || w == "culprit" ||
      w == "masterminds" || w == "mastermind" || w == "complicit")
    return i;
  // "behind the attack", "responsible for the killings", "involved in
  // crime", "to blame for the violence": the harm within three words.
  std::size_t from = n;
  if (w == "behind") from = i + 1;
  if ((w == "responsible" && norm(i + 1) == "for") ||
      (w == "involved" && norm(i + 1) == "in") || (w == "to" && norm(i + 1) == "blame"))
    from = i + 2;
  for (std::size_t k = from; k < n && k < from + 4; ++k) {
    if (kHarms.count(norm(k))) return i;
    if (!(s.classes[k] &
          (lexicon::kDeterminer | lexicon::kFiller | lexicon::kPreposition)) &&
        s.tokens[k].kind != text::TokenKind::kWord)
      break;
  }
  return n;
}

// The word that names a wrong done by the actor ending at `k` ("had
// lied", "are breaking the law", "has repeatedly rigged", "used excessive
// force"), or the sentence's size. Auxiliaries and adverbs may come first;
// a negation or a question takes the accusation back.
std::size_t WrongActAfter(const SentenceAnalysis& s, std::size_t k) {
  // Not the acts the dictionary codes with their victims ("said soldiers
  // had tortured detainees" reports the torture, doc/annotation.md).
  static const std::unordered_set<std::string_view> kActs = {
      "lied",         "lying",     "stole",      "stolen",      "stealing",
      "rigged",       "rigging",   "cheated",    "cheating",    "bribed",
      "abused",       "abusing",   "embezzled",  "violated",    "violating",
      "meddled",      "meddling",  "interfered", "interfering", "manipulated",
      "manipulating", "falsified", "fabricated"};
  const std::size_t n = s.tokens.size();
  if (QuestionAfter(s, k)) return n;
  std::size_t i = k;
  bool be = false;
  while (i < n && i < k + 3 &&
         (s.classes[i] &
          (lexicon::kHaveForm | lexicon::kBeForm | lexicon::kModal | lexicon::kAdverb))) {
    be = be || (s.classes[i] & lexicon::kBeForm);
    ++i;
  }
  if (i >= n || i == k) return n;
  if (be) {
    if (const std::size_t blame = BlameAfter(s, i); blame < n) return blame;
  }
  const std::string_view w = s.tokens[i].norm;
  if (kActs.count(w)) return i;
  const std::string_view next = i + 1 < n ? std::string_view(s.tokens[i + 1].norm) : "";
  const std::string_view after = i + 2 < n ? std::string_view(s.tokens[i + 2].norm) : "";
  if ((w == "breaking" || w == "broke" || w == "broken") &&
      ((next == "the" && after == "law") || next == "laws" || next == "international"))
    return i;
  if ((w == "used" || w == "using") && next == "excessive" && after == "force") return i;
  return n;
}

// After an actor named in what is said: the verb of an appeal ("said the
// prime minister should resign", "says Banda must ensure that", "argued
// that Lebanon ought to act"), or the sentence's size. Not "should be"
// (what should be done to the actor is asked of someone else: "said the
// killers must be punished").
std::size_t AppealAfter(const SentenceAnalysis& s, std::size_t k) {
  const std::size_t n = s.tokens.size();
  if (QuestionAfter(s, k)) return n;
  std::size_t i = k;
  if (i < n && (s.classes[i] & lexicon::kAdverb)) ++i;
  if (i >= n) return n;
  const std::string_view modal = s.tokens[i].norm;
  if (modal != "should" && modal != "must" && modal != "ought") return n;
  ++i;
  if (modal == "ought" && i < n && s.tokens[i].norm == "to") ++i;
  while (i < n && (s.classes[i] & (lexicon::kAdverb | lexicon::kNegator))) ++i;
  return PlainWordAt(s, i) ? i : n;
}

}  // namespace

bool IsCondemnation(std::string_view w) {
  // Words that condemn whoever they are said of; not words that describe a
  // situation ("crisis", "difficult").
  static const std::unordered_set<std::string_view> kWords = {
      "disgrace",   "disgraceful", "shame",         "shameful",     "shameless",
      "disgusting", "outrageous",  "unacceptable",  "illegal",      "illegitimate",
      "corrupt",    "incompetent", "irresponsible", "ridiculous",   "absurd",
      "inadequate", "hypocrite",   "hypocrites",    "hypocritical", "hypocrisy",
      "liar",       "liars",       "puppet",        "puppets",      "barbaric",
      "cowardly",   "cowards",     "arrogant",      "embarrassing", "embarrassment",
      "unjust",     "inhumane",    "racist",        "thugs",        "thuggish",
      "criminals",  "failure",     "incompetence",  "betrayal",     "treacherous",
      "deplorable", "despicable",  "reprehensible", "scandalous",   "appalling",
      "atrocious",  "ashamed",     "odd",           "pathetic",     "stupid"};
  return kWords.count(w) > 0;
}

void AddCondemnations(const dict::Compiled& dict, SentenceAnalysis* s) {
  int author = -1;
  for (int k = 0; k < static_cast<int>(s->mentions.size()); ++k)
    if (s->mentions[k].handle && !s->mentions[k].reference) author = k;
  if (author < 0) return;
  const int word = CondemnationAfter(*s, s->mentions[author].end);
  if (word < 0) return;
  for (const Trigger& t : s->triggers)
    if (t.begin <= static_cast<std::uint32_t>(word) &&
        static_cast<std::uint32_t>(word) < t.end)
      return;
  const int pattern = CriticizePattern(dict);
  if (pattern < 0) return;
  AddTrigger(s, static_cast<std::size_t>(word), static_cast<std::uint32_t>(pattern), 0,
             word);
}

void AddNameCalling(const dict::Compiled& dict, SentenceAnalysis* s) {
  static const std::unordered_set<std::string_view> kNaming = {
      "call",      "calls",      "called",    "calling",  "describe", "describes",
      "described", "describing", "brand",     "branded",  "branding", "label",
      "labelled",  "labeled",    "labelling", "labeling", "dub",      "dubbed",
      "refer",     "refers",     "referred",  "referring"};
  // "said the government is corrupt": a judgement reported by its speaker.
  static const std::unordered_set<std::string_view> kSaying = {
      "said",     "says",    "say",      "wrote",     "writes",     "tweeted",
      "added",    "stated",  "declared", "proclaims", "proclaimed", "insisted",
      "insists",  "claimed", "claims",   "argued",    "argues",     "charged",
      "alleged",  "told",    "posted",   "suggested", "suggests",   "stressed",
      "stresses", "thinks",  "believes"};
  const std::size_t n = s->tokens.size();
  int pattern = -2;
  for (std::size_t i = 0; i + 2 < n; ++i) {
    const bool saying = kSaying.count(s->tokens[i].norm) > 0;
    if (!saying && !kNaming.count(s->tokens[i].norm)) continue;
    // The actor right after the verb ("the" may stand before it).
    std::size_t at = i + 1;
    // "said in an interview that", "wrote on his blog that": a short
    // phrase of where or how before what is said.
    if (saying && (s->classes[at] & lexicon::kPreposition))
      for (std::size_t k = at + 1; k < n && k < at + 7; ++k) {
        if (s->tokens[k].norm == "that") {
          at = k;
          break;
        }
        if (s->tokens[k].kind != text::TokenKind::kWord) break;
      }
    if (saying && s->tokens[at].norm == "that" && at + 1 < n) ++at;
    // "referred to hecklers as ...".
    if (s->tokens[i].norm.starts_with("refer")) {
      if (s->tokens[at].norm != "to" || at + 1 >= n) continue;
      ++at;
    }
    if (s->tokens[at].norm == "the" && at + 1 < n) ++at;
    const auto m = std::find_if(s->mentions.begin(), s->mentions.end(),
                                [&](const Mention& x) { return x.begin == at; });
    if (m == s->mentions.end() || m->code.empty()) continue;
    // Then the judgement: "corrupt", "a disgrace", "as a liar", "totally
    // incompetent".
    std::size_t k = m->end;
    // "called Trump's action 'a betrayal'": the actor's act is judged.
    if (!saying && k + 1 < n && s->tokens[k].norm == "'s" && s->classes[k + 1] == 0 &&
        s->tokens[k + 1].kind == text::TokenKind::kWord)
      k += 2;
    // After a verb of saying, the judgement is predicated: "is corrupt",
    // "are a disgrace", "was totally incompetent".
    if (saying) {
      // "said the prime minister should resign": an appeal to the actor
      // (020), unless the speaker speaks of themselves ("said we must act").
      if (!(m->reference && IsFirstPerson(s->tokens[m->begin].norm)) &&
          AppealAfter(*s, k) < n) {
        const int urge = VerbPatternNamed(dict, "020", "urge");
        if (urge >= 0) AddPatternAt(s, i, static_cast<std::uint32_t>(urge));
        continue;
      }
      // "said the government had lied", "said the police are breaking the
      // law": a wrong the actor did accuses it (112).
      if (const std::size_t act = WrongActAfter(*s, k); act < n) {
        const int accuse = VerbPatternNamed(dict, "112", "accuse");
        if (accuse >= 0) AddPatternAt(s, i, static_cast<std::uint32_t>(accuse));
        continue;
      }
      // "had been an 'iconic' leader".
      if (k + 1 < n && (s->classes[k] & lexicon::kHaveForm) &&
          s->tokens[k + 1].norm == "been")
        ++k;
      if (k >= n || !(s->classes[k] & lexicon::kBeForm)) continue;
      ++k;
    }
    std::size_t quote = n;  // where a quoted label opens
    while (k < n && k < m->end + 5 &&
           (s->tokens[k].norm == "a" || s->tokens[k].norm == "an" ||
            s->tokens[k].norm == "as" || s->tokens[k].norm == "\"" ||
            s->tokens[k].norm == "'" || (s->classes[k] & lexicon::kAdverb))) {
      if (s->tokens[k].norm == "\"" && quote == n) quote = k;
      ++k;
    }
    const std::size_t label = k;
    // One modifier may come first: "a 'national embarrassment'".
    if (k + 1 < n && !IsPraise(s->tokens[k].norm) && !IsCondemnation(s->tokens[k].norm) &&
        s->classes[k] == 0 && s->tokens[k].kind == text::TokenKind::kWord)
      ++k;
    // A judgement of praise endorses (051): "called D'Souza 'humble and
    // soft-spoken'", "said he had been an 'iconic' leader".
    bool praise = k < n && IsPraise(s->tokens[k].norm);
    bool condemnation = k < n && IsCondemnation(s->tokens[k].norm);
    // "called the move a \"smash and grab\"", "described the convention as
    // a \"Hollywood-produced infomercial\"": a label someone is given in
    // quotation marks is the speaker's scorn, unless a word in it praises.
    // Only of an actor named ("called it 'a difficult decision'" may be
    // said of one's own act), and not a name ("referring to President Lee
    // Teng-hui simply as \"Lee\"").
    if (!saying && !praise && !condemnation && quote < n && label < n && !m->reference &&
        s->tokens[label].kind == text::TokenKind::kWord &&
        !s->tokens[label].capitalized) {
      std::size_t w = label;
      for (; w < n && w < label + 12 && s->tokens[w].norm != "\""; ++w)
        praise = praise || IsPraise(s->tokens[w].norm);
      condemnation = !praise && w < n && s->tokens[w].norm == "\"";
    }
    if (k >= n || (!praise && !condemnation)) continue;
    if (pattern == -2) pattern = CriticizePattern(dict);
    if (pattern < 0) return;
    const int chosen = praise ? VerbPatternNamed(dict, "051", "praise") : pattern;
    if (chosen < 0) continue;
    AddPatternAt(s, i, static_cast<std::uint32_t>(chosen));
  }
}

void AddQuotedSympathy(const dict::Compiled& dict, SentenceAnalysis* s) {
  static const std::unordered_set<std::string_view> kSympathy = {
      "pray",     "praying",    "prayers", "condolences", "condolence",
      "sympathy", "sympathies", "mourn",   "mourns",      "mourning",
      "grieve",   "grieves",    "grieving"};
  if (!HasQuoteMark(*s)) return;
  const std::size_t n = s->tokens.size();
  std::size_t word = n;
  for (std::size_t i = 0; i < n && word == n; ++i)
    if (kSympathy.count(s->tokens[i].norm) && InsideQuote(*s, i, false)) word = i;
  if (word == n) return;
  for (const Trigger& t : s->triggers)
    if (t.begin <= word && word < t.end) return;
  const int speaker = QuoteSpeaker(*s, false);
  if (speaker < 0 || s->mentions[speaker].code.empty()) return;
  const int pattern = VerbPatternNamed(dict, "018", "express condolences");
  if (pattern < 0) return;
  AddTrigger(s, word, static_cast<std::uint32_t>(pattern), 0, -1).speaker = speaker;
}

bool IsPraise(std::string_view w) {
  // Words that praise a person; not ones that also describe a situation
  // ("good", "strong").
  static const std::unordered_set<std::string_view> kWords = {
      "hero",      "heroes",      "heroic",     "legend",        "legendary",
      "excellent", "outstanding", "brilliant",  "remarkable",    "extraordinary",
      "visionary", "statesman",   "patriot",    "champion",      "inspiration",
      "inspiring", "courageous",  "brave",      "humble",        "decent",
      "honest",    "honorable",   "honourable", "distinguished", "selfless",
      "dedicated", "tireless",    "wise",       "great",         "beloved",
      "iconic",    "gentleman"};
  return kWords.count(w) > 0;
}

void AddQuotedJudgements(const dict::Compiled& dict, SentenceAnalysis* s) {
  // Most sentences hold no quotation, or no word of judgement: cheap
  // passes say so before the speaker is looked for.
  if (!HasQuoteMark(*s) ||
      std::none_of(s->tokens.begin(), s->tokens.end(), [](const text::Token& w) {
        return IsPraise(w.norm) || IsCondemnation(w.norm);
      }))
    return;
  const int speaker = QuoteSpeaker(*s, false);
  if (speaker < 0 || s->mentions[speaker].code.empty()) return;
  const std::size_t n = s->tokens.size();
  for (int m = 0; m < static_cast<int>(s->mentions.size()); ++m) {
    const Mention& judged = s->mentions[m];
    if (m == speaker || judged.code.empty() || !(judged.person || judged.human) ||
        !InsideQuote(*s, judged.begin, false) ||
        (judged.reference && IsFirstPerson(s->tokens[judged.begin].norm)))
      continue;
    // "He was an excellent politician", "Adamowicz is a true hero".
    std::size_t k = judged.end;
    if (k >= n || !(s->classes[k] & lexicon::kBeForm)) continue;
    ++k;
    while (k < n && k < judged.end + 5 &&
           (s->tokens[k].norm == "a" || s->tokens[k].norm == "an" ||
            s->tokens[k].norm == "the" || (s->classes[k] & lexicon::kAdverb)))
      ++k;
    if (k >= n) continue;
    // One more modifier may come first: "a true hero", "a national embarrassment".
    if (!IsPraise(s->tokens[k].norm) && !IsCondemnation(s->tokens[k].norm) && k + 1 < n &&
        s->classes[k] == 0 && s->tokens[k].kind == text::TokenKind::kWord)
      ++k;
    const bool praise = IsPraise(s->tokens[k].norm);
    if (!praise && !IsCondemnation(s->tokens[k].norm)) continue;
    if (std::any_of(s->triggers.begin(), s->triggers.end(),
                    [&](const Trigger& t) { return t.begin <= k && k < t.end; }))
      continue;
    const std::string_view text = praise ? "praise" : "criticize";
    const std::string_view code = praise ? "051" : "111";
    const int pattern = VerbPatternNamed(dict, code, text);
    if (pattern < 0) continue;
    Trigger& t = AddTrigger(s, k, static_cast<std::uint32_t>(pattern), 0, -1);
    t.speaker = speaker;
    t.judged = m;
  }
}

}  // namespace dyad::coder

#include "coder/arguments.h"

#include <algorithm>
#include <set>

#include "lexicon/verb_forms.h"
#include "lexicon/word_classes.h"

namespace dyad::coder {

using lexicon::Is;

Arguments::Arguments(const SentenceAnalysis& s, const std::vector<Clause>& clauses)
    : s_(s), clauses_(clauses) {
  const std::size_t n = s.tokens.size();
  mention_at_.assign(n, -1);
  for (int m = 0; m < static_cast<int>(s.mentions.size()); ++m)
    for (auto i = s.mentions[m].begin; i < s.mentions[m].end; ++i)
      if (mention_at_[i] < 0) mention_at_[i] = m;
  clause_at_.assign(n, 0);
  for (int c = 0; c < static_cast<int>(clauses.size()); ++c)
    for (auto i = clauses[c].begin; i < clauses[c].end && i < n; ++i) clause_at_[i] = c;
  trigger_at_.assign(n, -1);
  for (int t = 0; t < static_cast<int>(s.triggers.size()); ++t)
    trigger_at_[s.triggers[t].begin] = t;
}

int Arguments::ClauseOf(std::uint32_t token) const {
  return token < clause_at_.size() ? clause_at_[token] : 0;
}

std::vector<int> Arguments::Expand(int m) const {
  if (m < 0) return {};
  const Mention& mention = s_.mentions[m];
  if (mention.group < 0) return {m};
  return s_.groups[mention.group];
}

bool Arguments::OnlyModifiersBetween(std::size_t from, std::size_t to) const {
  // "fired rockets at (northern) Israel": determiners and up to two
  // adjectives between the trigger and the mention.
  int adjectives = 0;
  for (std::size_t i = from; i < to; ++i) {
    const text::Token& w = s_.tokens[i];
    if (s_.classes[i] & lexicon::kDeterminer) continue;
    if (w.kind != text::TokenKind::kWord || w.capitalized || s_.classes[i] != 0 ||
        ++adjectives > 2)
      return false;
  }
  return true;
}

std::string_view Arguments::PrepositionBefore(const Mention& m) const {
  std::size_t i = m.begin;
  // "by the conservative politicians": determiners and up to two adjectives.
  for (int adjectives = 0; i > 0 && adjectives < 2; ++adjectives) {
    const text::Token& w = s_.tokens[i - 1];
    if (w.kind != text::TokenKind::kWord || w.capitalized || s_.classes[i - 1] != 0 ||
        (trigger_at_[i - 1] >= 0))
      break;
    --i;
  }
  while (i > 0 && (s_.classes[i - 1] & lexicon::kDeterminer) && Norm(i - 1) != "'s") --i;
  if (i == 0) return {};
  // Inside a group ("sanctions on Iran and Syria") the first member decides.
  if (m.group >= 0) {
    const Mention& first = s_.mentions[s_.groups[m.group].front()];
    if (&first != &m && first.begin < m.begin) return PrepositionBefore(first);
  }
  std::string_view p = Norm(i - 1);
  // "thousands of protesters": a quantity, not a prepositional phrase.
  if (p == "of" && i >= 2) {
    const auto& q = Norm(i - 2);
    if (s_.tokens[i - 2].kind == text::TokenKind::kNumber || q == "thousands" ||
        q == "hundreds" || q == "dozens" || q == "scores" || q == "millions" ||
        q == "tens" || q == "some" || q == "many" || q == "most" || q == "all" ||
        q == "both" || q == "one" || q == "two" || q == "three" || q == "several" ||
        q == "groups" || q == "members" || q == "group" || q == "member" ||
        q == "crowd" || q == "crowds" || q == "number" || q == "majority" ||
        q == "handful" || q == "delegation" || q == "contingent" || q == "team" ||
        q == "few" || q == "four" || q == "five" || q == "dozen" || q == "hundred" ||
        q == "thousand")
      return {};
  }
  // "After Russia attacked ...": a subordinator opening a clause.
  if (Is(p, lexicon::kSubordinator) &&
      (i - 1 == 0 || clause_at_[i - 1] != clause_at_[i] || Norm(i - 2) == ","))
    return {};
  return Is(p, lexicon::kPreposition) ? p : std::string_view();
}

bool Arguments::IsPlace(int m) const {
  std::string_view p = PrepositionBefore(s_.mentions[m]);
  return !p.empty() && Is(p, lexicon::kLocative);
}

namespace {

// A finite verb of saying or believing that can take a clause with no
// "that".
bool IsSayingVerb(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "say",     "says",     "said",     "think", "thinks", "thought",
      "believe", "believes", "believed", "argue", "argues", "argued",
      "insist",  "insists",  "insisted", "claim", "claims", "claimed"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

}  // namespace

// Where the verb at `token` starts with its adverbs and auxiliaries ("and
// [has since] accused").
std::size_t Arguments::VerbGroupStart(std::size_t token) const {
  std::size_t i = token;
  while (i > 0 && (s_.classes[i - 1] & lexicon::kAdverb)) --i;
  while (i > 0 &&
         (s_.classes[i - 1] & (lexicon::kHaveForm | lexicon::kBeForm | lexicon::kModal)))
    --i;
  return i;
}

// Whether the verb at `token` follows "and", "or" or "but" (past adverbs
// and auxiliaries): it shares the subject of the verb before.
bool Arguments::CoordinatedVerb(std::size_t token) const {
  const std::size_t i = VerbGroupStart(token);
  return i > 0 && (Norm(i - 1) == "and" || Norm(i - 1) == "or" || Norm(i - 1) == "but");
}

// Nearest subject-like mention in [begin, end): not in a prepositional
// phrase, not an apposition, not a possessor of a later noun.
std::vector<int> Arguments::SubjectInRange(std::uint32_t begin, std::uint32_t end) const {
  for (std::size_t i = end; i-- > begin;) {
    int m = mention_at_[i];
    // "industry experts say the deal had been killed by the Pentagon": who
    // says is not the subject of what they say (its own is no actor here).
    // ("said in a meeting with", "said ... and urged the crowd" keep theirs.)
    if (m < 0 && IsSayingVerb(Norm(i)) && i + 1 < end &&
        !Is(Norm(i + 1), lexicon::kPreposition) && !CoordinatedVerb(end))
      return {};
    if (m < 0) continue;
    const Mention& mention = s_.mentions[m];
    i = std::max<std::size_t>(mention.begin, begin);
    if (mention.apposition || !PrepositionBefore(mention).empty()) continue;
    // Skip to the first member of a group: "China and Russia accused ..."
    return Expand(m);
  }
  return {};
}

// The subject of a clause: of its first verb, or its first free mention.
std::vector<int> Arguments::ClauseSubject(int c) const {
  const Clause& cl = clauses_[c];
  for (auto i = cl.begin; i < cl.end; ++i) {
    int t = trigger_at_[i];
    if (t >= 0 && !s_.triggers[t].noun) return Subject(i);
  }
  for (auto i = cl.begin; i < cl.end; ++i) {
    int m = mention_at_[i];
    if (m >= 0 && PrepositionBefore(s_.mentions[m]).empty() && !s_.mentions[m].apposition)
      return Expand(m);
  }
  return {};
}

// The verb trigger before `token` in the same clause, if the two are
// coordinated ("criticised China and accused it").
int Arguments::PreviousVerb(std::uint32_t token) const {
  if (!CoordinatedVerb(token)) return -1;
  const std::size_t i = VerbGroupStart(token);
  int c = ClauseOf(token);
  for (std::size_t k = i - 1; k-- > clauses_[c].begin;) {
    int t = trigger_at_[k];
    if (t >= 0 && !s_.triggers[t].noun) return static_cast<int>(k);
  }
  return -1;
}

std::vector<int> Arguments::Subject(std::uint32_t token) const {
  // Every pattern of a trigger asks again: answer from the cache.
  auto cached = subject_cache_.find(token);
  if (cached != subject_cache_.end()) return cached->second;
  std::vector<int> subject = FindSubject(token);
  subject_cache_.emplace(token, subject);
  return subject;
}

std::vector<int> Arguments::FindSubject(std::uint32_t token) const {
  std::vector<int> found = WindowSubject(token);
  return found.empty() ? TreeSubject(token) : found;
}

namespace {
bool EndsWithIng(std::string_view w) {
  return w.size() > 4 && w.substr(w.size() - 3) == "ing";
}
}  // namespace

std::vector<int> Arguments::WindowSubject(std::uint32_t token) const {
  if (int prev = PreviousVerb(token); prev >= 0) return Subject(prev);
  // "police arrested protesters demanding reforms", "policies regarding
  // Muslims traveling to the U.S.": a participle right after an actor is
  // that actor's (a reduced relative clause).
  // Not a bare place: "demonstrations all over Bahrain demanding".
  if (token > 0 && EndsWithIng(Norm(token)) && mention_at_[token - 1] >= 0) {
    const Mention& before = s_.mentions[mention_at_[token - 1]];
    if (before.end == token && (!before.agent.empty() || before.person || before.plural))
      return Expand(mention_at_[token - 1]);
  }
  int c = ClauseOf(token);
  const Clause& cl = clauses_[c];
  if (auto subject = SubjectInRange(cl.begin, token); !subject.empty()) return subject;
  // A clause that resumes after ", which ...," shares the interrupted subject.
  if (cl.resumes && cl.parent >= 0)
    return SubjectInRange(clauses_[cl.parent].begin, clauses_[cl.parent].end);
  if (cl.parent >= 0 && clauses_[cl.parent].end <= cl.begin &&
      cl.kind == ClauseKind::kMain)
    return {};
  switch (cl.kind) {
    case ClauseKind::kRelative:
      return Expand(cl.antecedent);
    case ClauseKind::kParticipial:
      if (cl.parent >= 0) return ClauseSubject(cl.parent);
      // An opening participle: the main clause after it.
      for (int k = c + 1; k < static_cast<int>(clauses_.size()); ++k)
        if (clauses_[k].kind == ClauseKind::kMain) return ClauseSubject(k);
      return {};
    default:
      return {};
  }
}

bool Arguments::IsBreak(std::size_t i) const {
  const auto& w = Norm(i);
  return w == ";" || w == "--" || w == ":" ||
         (w == "," && i + 1 < s_.tokens.size() &&
          (s_.classes[i + 1] & lexicon::kConjunction));
}

std::vector<int> Arguments::Object(std::uint32_t token, std::string_view prep) const {
  std::string key = std::to_string(token) + " " + std::string(prep);
  auto cached = object_cache_.find(key);
  if (cached != object_cache_.end()) return cached->second;
  std::vector<int> object = FindObject(token, prep);
  object_cache_.emplace(std::move(key), object);
  return object;
}

std::vector<int> Arguments::FindObject(std::uint32_t token, std::string_view prep) const {
  std::vector<int> found = WindowObject(token, prep);
  return found.empty() ? TreeObject(token, prep) : found;
}

namespace {
// "the forecasts published by foreign media": a participle's agent, not
// whose the object is.
bool EndsWithEd(std::string_view w) {
  return w.size() > 3 && w.substr(w.size() - 2) == "ed";
}
}  // namespace

std::vector<int> Arguments::WindowObject(std::uint32_t token,
                                         std::string_view prep) const {
  // "*": any actor in the verb's phrase, also behind a preposition after a
  // non-actor object ("restore ties with Gondor"), as PETRARCH's patterns
  // find their targets.
  const bool phrase = prep == "*";
  if (phrase) prep = {};
  int c = ClauseOf(token);
  // Objects come early: "accused China of", "criticized the alliance for";
  // an actor far to the right belongs to some other phrase.
  const std::uint32_t end = std::min<std::uint32_t>(
      clauses_[c].end, token + 1 + (prep.empty() && !phrase ? 6 : 12));
  bool passed_word = false;  // an open-class word: a non-actor object
  for (std::size_t i = token + 1; i < end && i < s_.tokens.size(); ++i) {
    // ", according to Ukrainian officials": an object comes before a comma.
    if (IsBreak(i) || Norm(i) == ",") return {};
    // "banned the images but many Muslims ...": a new clause. "urged an
    // audience that included the prime minister": a relative clause about
    // a non-actor object names no target.
    // ("told reporters that the army ...": a "that" before its clause's
    // subject is a complement.)
    const bool relative_that =
        Norm(i) == "that" && i + 1 < s_.tokens.size() && mention_at_[i + 1] < 0 &&
        s_.tokens[i + 1].kind == text::TokenKind::kWord &&
        !s_.tokens[i + 1].capitalized &&
        !(s_.classes[i + 1] &
          (lexicon::kDeterminer | lexicon::kPronoun | lexicon::kPossessive));
    // "promised protests every week until Sweden joined": an adverbial
    // clause after the object has a subject of its own.
    const std::string_view w = Norm(i);
    if (passed_word &&
        (w == "but" || w == "while" || w == "whereas" || relative_that || w == "which" ||
         w == "who" || w == "until" || w == "unless" || w == "because" ||
         w == "although" || w == "though" || w == "when" || w == "whether" || w == "if"))
      return {};
    // "charged three men with spying for China": after a non-actor object,
    // a phrase with "with", "for", "in", ... is no longer the object; "of",
    // "by" and the like name whose it is ("condemned the violence by police").
    if (prep.empty() && !phrase && passed_word && mention_at_[i] < 0 &&
        (s_.classes[i] & lexicon::kPreposition) && Norm(i) != "to" && Norm(i) != "of" &&
        Norm(i) != "on" && Norm(i) != "against" &&
        (Norm(i) != "by" || EndsWithEd(Norm(i - 1))))
      return {};
    if (mention_at_[i] < 0 && s_.classes[i] == 0 &&
        s_.tokens[i].kind == text::TokenKind::kWord)
      passed_word = true;
    if (trigger_at_[i] >= 0 && prep.empty()) {
      // The next trigger owns what follows ("denounced the summit as a
      // threat to Russia"), unless it is part of a name.
      if (mention_at_[i] < 0) return {};
    }
    int m = mention_at_[i];
    if (m < 0) continue;
    const Mention& mention = s_.mentions[m];
    i = mention.end - 1;
    if (mention.apposition) continue;
    // "met his Russian counterpart": a possessive pronoun is a determiner of
    // the object, not the object.
    if (mention.reference && mention.end == mention.begin + 1 &&
        (s_.classes[mention.begin] & lexicon::kPossessive) && i + 1 < s_.tokens.size() &&
        s_.tokens[i + 1].kind == text::TokenKind::kWord)
      continue;
    if (!prep.empty()) {
      if (PrepositionBefore(mention) == prep) return Expand(m);
      continue;
    }
    // "invested in Egypt": the trigger's own preposition is no place marker.
    // PETRARCH's phrases take places too ("arrived in Gondor").
    if (phrase || !IsPlace(m) || OnlyModifiersBetween(token + 1, mention.begin))
      return Expand(m);
  }
  return {};
}

std::vector<int> Arguments::SharedObject(std::uint32_t end) const {
  // "attacked and beat protesters": the object of the verb coordinated
  // right after this one, which owns no subject of its own.
  std::size_t i = end;
  while (i < s_.tokens.size() && (s_.classes[i] & lexicon::kAdverb)) ++i;
  if (i + 1 >= s_.tokens.size() || (Norm(i) != "and" && Norm(i) != "or")) return {};
  ++i;
  while (i < s_.tokens.size() && (s_.classes[i] & lexicon::kAdverb)) ++i;
  if (i >= s_.tokens.size()) return {};
  const int t = trigger_at_[i];
  if (t < 0 || s_.triggers[t].noun || ClauseOf(i) != ClauseOf(end - 1)) return {};
  return Object(static_cast<std::uint32_t>(i));
}

bool Arguments::ComplementFollows(std::uint32_t end) const {
  int c = ClauseOf(end == 0 ? 0 : end - 1) + 1;
  return c < static_cast<int>(clauses_.size()) &&
         clauses_[c].kind == ClauseKind::kComplement && clauses_[c].begin <= end + 1;
}

std::vector<int> Arguments::ReportedSubject(std::uint32_t token) const {
  for (int c = ClauseOf(token) + 1; c < static_cast<int>(clauses_.size()); ++c) {
    const Clause& cl = clauses_[c];
    if (cl.kind != ClauseKind::kComplement) continue;
    if (cl.reporter >= 0 && cl.reporter != static_cast<int>(token) &&
        cl.reporter + 1 != static_cast<int>(token))
      continue;
    return SubjectInRange(cl.begin, cl.end).empty() ? std::vector<int>()
                                                    : ClauseSubject(c);
  }
  return {};
}

std::vector<int> Arguments::Possessor(std::uint32_t token) const {
  std::size_t i = token;
  for (int skip = 0; i > 0 && skip < 4; ++skip) {
    int m = mention_at_[i - 1];
    if (m >= 0) {
      // "China and Russia's alignment": the whole group owns it.
      return Expand(m);
    }
    const auto& w = Norm(i - 1);
    if (w != "'s" && (s_.tokens[i - 1].capitalized || Is(w, lexicon::kPreposition) ||
                      (Is(w, lexicon::kDeterminer) && !Is(w, lexicon::kPossessive)) ||
                      lexicon::ClassesOf(w) & (lexicon::kBeForm | lexicon::kHaveForm)))
      return {};
    if (trigger_at_[i - 1] >= 0 && !s_.triggers[trigger_at_[i - 1]].noun) return {};
    --i;
  }
  return {};
}

bool Arguments::SubjectDoesNoun(std::uint32_t token) const {
  // Verbs whose object is someone else's act: the news covers it.
  static const std::set<std::string_view> kCoverage = {
      "cover",   "report",  "describe", "document", "film",    "photograph", "witness",
      "watch",   "see",     "recall",   "remember", "mention", "recount",    "discuss",
      "analyse", "analyze", "study",    "review",   "follow",  "blame",      "mourn"};
  std::size_t i = token;
  // Back over the noun's modifiers: determiners, adjectives, "a series of".
  for (int steps = 0; i > 0 && steps < 10; ++steps) {
    const std::string& w = Norm(i - 1);
    const std::uint32_t c = s_.classes[i - 1];
    if (mention_at_[i - 1] >= 0 || trigger_at_[i - 1] >= 0) break;
    const bool of_chain = w == "of" && i >= 2 && s_.classes[i - 2] == 0 &&
                          trigger_at_[i - 2] < 0 && mention_at_[i - 2] < 0;
    if (of_chain ||
        (c & (lexicon::kDeterminer | lexicon::kPossessive | lexicon::kFiller)) ||
        s_.tokens[i - 1].kind == text::TokenKind::kNumber || w == "-" ||
        (c == 0 && !w.ends_with("ed") && !w.ends_with("ing") && !kCoverage.count(w))) {
      --i;
      continue;
    }
    break;
  }
  if (i == 0) return true;
  const std::string& w = Norm(i - 1);
  // "spoke after attacks on women", "amid talks with": a time or a topic,
  // not the subject's act ("took part in talks with" is).
  static const std::set<std::string_view> kAside = {
      "after", "before",    "during",     "amid",  "amidst", "following", "despite",
      "about", "regarding", "concerning", "since", "until",  "like",      "unlike"};
  if (kAside.count(w)) return false;
  for (const std::string& lemma : lexicon::VerbForms::Default().Lemmas(w))
    if (kCoverage.count(lemma)) return false;
  return !kCoverage.count(w);
}

std::vector<int> Arguments::Right(std::uint32_t token) const {
  // "the attack on Fallujah with the Americans": past a noun that is no
  // actor, a preposition of company, place or time starts another phrase
  // ("imprisonment of a number of Egyptians", "ban on travel from China"
  // go on).
  bool passed_noun = false;
  for (std::size_t i = token, steps = 0; i < s_.tokens.size() && steps < 4;
       ++i, ++steps) {
    if (passed_noun && (s_.classes[i] & lexicon::kPreposition)) {
      const auto& p = Norm(i);
      if (p == "with" || p == "in" || p == "at" || p == "near" || p == "during" ||
          p == "after" || p == "before" || p == "by" || p == "for" || p == "over")
        return {};
    }
    if (int m = mention_at_[i]; m >= 0) {
      // "airstrikes in Yemen": the pattern's own preposition marks no place.
      const bool own_preposition = token > 0 &&
                                   (s_.classes[token - 1] & lexicon::kPreposition) &&
                                   OnlyModifiersBetween(token, s_.mentions[m].begin);
      return IsPlace(m) && !own_preposition ? std::vector<int>() : Expand(m);
    }
    const auto& w = Norm(i);
    if (w == "," || w == "." || IsBreak(i)) return {};
    if (s_.tokens[i].kind == text::TokenKind::kWord && s_.classes[i] == 0)
      passed_noun = true;
  }
  return {};
}

std::vector<int> Arguments::SubjectAfterOpening(std::uint32_t token) const {
  if (token == 0 || !(s_.classes[0] & lexicon::kPreposition)) return {};
  std::size_t i = token;
  while (i < s_.tokens.size() && Norm(i) != ",") ++i;
  for (++i; i < s_.tokens.size(); ++i) {
    int m = mention_at_[i];
    if (m < 0) continue;
    const Mention& mention = s_.mentions[m];
    if (!mention.apposition && PrepositionBefore(mention).empty()) return Expand(m);
    i = mention.end - 1;
  }
  return {};
}

}  // namespace dyad::coder

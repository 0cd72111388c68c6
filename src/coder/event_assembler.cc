#include "coder/event_assembler.h"

#include <algorithm>
#include <set>
#include <string_view>

#include "coder/arguments.h"
#include "coder/code_refinements.h"
#include "coder/coreference.h"
#include "coder/implicit_arguments.h"
#include "coder/intentions.h"
#include "coder/modality.h"
#include "coder/pattern_words.h"
#include "coder/quotes.h"
#include "lexicon/verb_forms.h"
#include "lexicon/word_classes.h"

namespace dyad::coder {
namespace {

using dict::PatternElement;
using dict::PatternEntry;
using lexicon::ClassesOf;
using lexicon::Is;

class Assembler {
 public:
  Assembler(const dict::Compiled& dict, const SentenceAnalysis& s,
            const std::vector<Clause>& clauses, const DocumentMemory* memory,
            std::vector<std::string>* trace)
      : dict_(dict), s_(s), args_(s, clauses), memory_(memory), trace_(trace) {}

  std::vector<Assembled> Run() {
    std::vector<Assembled> out;
    so_far_ = &out;
    for (const Trigger& t : s_.triggers) TryTrigger(t, &out);
    DropGovernorEvents(&out);
    return out;
  }

 private:
  const std::string& Norm(std::size_t i) const { return s_.tokens[i].norm; }
  // The word before a mention's determiners ("aid for [the] Rohingya",
  // "resigned as [the] governor"), or "" at the sentence's start.
  std::string_view WordBefore(const Mention& m) const {
    std::uint32_t k = m.begin;
    while (k > 0 && (s_.classes[k - 1] & lexicon::kDeterminer)) --k;
    return k > 0 ? std::string_view(s_.tokens[k - 1].norm) : std::string_view();
  }
  // Builds the line only when someone reads it: coding without `explain`
  // must not pay for the strings.
  template <typename MakeLine>
  void Trace(MakeLine make_line) {
    if (trace_) trace_->push_back(make_line());
  }
  std::string Words(const Trigger& t) const {
    std::string w;
    for (auto i = t.begin; i < t.end; ++i) w += (w.empty() ? "" : " ") + Norm(i);
    return w;
  }

  bool IsReporting(const Trigger& t) const {
    return !lexicon::ReportingModality(Words(t)).empty() ||
           !lexicon::ReportingModality(Norm(t.begin)).empty();
  }

  // ", alleging that ...": a participle whose main clause has no plain
  // subject ("Accusations from US leaders have surfaced") acts for the
  // sources of the main clause's first event.
  std::vector<int> EarlierSources(const Trigger& t) const {
    const Clause& cl = args_.clause(args_.ClauseOf(t.begin));
    if (cl.kind != ClauseKind::kParticipial || cl.parent < 0) return {};
    std::vector<int> out;
    const Trigger* first = nullptr;
    for (const Assembled& a : *so_far_) {
      if (args_.ClauseOf(a.trigger->begin) != cl.parent) continue;
      if (first && a.trigger != first) break;
      first = a.trigger;
      for (int m = 0; m < static_cast<int>(s_.mentions.size()); ++m) {
        const Mention& x = s_.mentions[m];
        if (x.begin == a.source.begin && x.end == a.source.end &&
            x.code == a.source.code && std::find(out.begin(), out.end(), m) == out.end())
          out.push_back(m);
      }
    }
    return out;
  }

  // Acts that a group does among its members when no one else is named.
  static bool IsReciprocal(const std::string& code) {
    // Joint intentions ("agreed to deepen cooperation"), meetings, agreements,
    // joint exercises, exchanges of prisoners, truces and battles.
    // Not visits and hosting: "the couple hosted a ceremony" is no contact
    // between the two.
    return code.rfind("03", 0) == 0 ||
           (code.rfind("04", 0) == 0 && code != "042" && code != "043") ||
           code == "050" || code == "057" || code == "061" || code == "062" ||
           code == "064" || code == "0841" || code == "0871" || code == "190" ||
           code == "193" || code == "194";
  }

  // Security forces that police crowds, and the crowds they police.
  static bool IsPolice(std::string_view code) {
    return code.ends_with("COP") || code.ends_with("MIL") || code.ends_with("SPY");
  }

  // The act the target does in return, by CAMEO's pairs ("X visited Y":
  // Y hosted X, 043), or "" when the act is one-sided.
  static std::string_view CounterpartCode(const std::string& code) {
    // Talks, phone calls, meetings abroad, cooperation, joint exercises and
    // agreements "with" someone are done by both (doc/annotation.md, 1, 6).
    for (std::string_view both : {"040", "044", "046", "050", "057", "062"})
      if (code == both) return both;
    if (code == "042") return "043";
    if (code == "043") return "042";
    return {};
  }

  void AddCounterparts(std::size_t from, std::vector<Assembled>* out) const {
    const std::size_t end = out->size();
    for (std::size_t k = from; k < end; ++k) {
      Assembled& a = (*out)[k];
      if (a.target.code.empty()) continue;
      // "Rebels clashed with troops": a clash is fought by both, same code;
      // between protesters and police it is dissent one way and repression
      // the other (doc/annotation.md, section 7).
      const bool clash =
          a.voice == "active" && Norm(a.trigger->begin).rfind("clash", 0) == 0;
      std::string code = clash ? a.code : std::string(CounterpartCode(a.code));
      // A call has two ends ("spoke with Erdogan", "a phone call"); "spoke
      // to reporters", "speaking to Congress" has one.
      if (a.code == "041" && !IsCivilianCode(a.source.code) &&
          !IsCivilianCode(a.target.code) && Norm(a.trigger->end - 1) != "to")
        code = "041";
      if (clash && IsPolice(a.source.code) != IsPolice(a.target.code) &&
          IsCivilianCode(a.source.code) != IsCivilianCode(a.target.code)) {
        a.code = IsPolice(a.source.code) ? "175" : "145";
        code = IsPolice(a.source.code) ? "145" : "175";
      }
      // A PETRARCH pattern with a two-way code says its own counterpart.
      if (code.empty() ||
          (!clash && !dict_.entries().patterns[a.pattern].reverse_code.empty()))
        continue;
      Assembled back = a;
      std::swap(back.source, back.target);
      back.code = code;
      back.counterpart = true;
      out->push_back(std::move(back));
    }
  }

  // Whether two mentions with the same code are one actor ("Beijing ...
  // its"), rather than two of a kind: two people with different names ("Trump
  // lashed out at Mayor Bowser"), or two groups of the same role ("a man
  // stabbed several people").
  bool SameEntity(const Mention& a, const Mention& b) const {
    if (a.reference || b.reference) return true;
    if (a.person && b.person) return MentionText(a) == MentionText(b);
    // "US officials pressured Trump": a named person and a plural group are
    // two parties, whatever their roles.
    // "The Democratic Party nominated Joe Biden": nor are a named person
    // and an organisation that shares their code.
    const Mention& group = a.person ? b : a;
    if (a.person != b.person && (group.plural || group.agent.empty()) &&
        (!group.agent.empty() || group.actor.size() > 3) && !Apposed(a, b) &&
        !Apposed(b, a))
      return false;
    static const std::set<std::string_view> kKinds = {"CVL", "OPP", "MED", "CRM", "UAF",
                                                      "REB", "REF", "LAB", "EDU", "HLH",
                                                      "BUS", "REL", "COP", "MIL"};
    const std::string_view role =
        a.code.size() >= 6 ? std::string_view(a.code).substr(a.code.size() - 3) : "";
    return !(kKinds.count(role) && !a.actor.empty() == !b.actor.empty() &&
             MentionText(a) != MentionText(b) &&
             (a.person || b.person || a.plural || b.plural || a.human || b.human));
  }
  std::vector<int> MentionsInside(const Trigger& t) const {
    std::vector<int> out;
    // Not troops a pattern sends or asks for ("deployed troops", "requested
    // peacekeepers", "held military drills"): those are no target.
    for (int m = 0; m < static_cast<int>(s_.mentions.size()); ++m)
      if (s_.mentions[m].begin > t.begin && s_.mentions[m].end <= t.end &&
          !s_.mentions[m].apposition && !s_.mentions[m].code.ends_with("MIL") &&
          !(s_.mentions[m].begin >= t.skipped_begin &&
            s_.mentions[m].end <= t.skipped_end))
        out.push_back(m);
    return out;
  }
  // The first mention after a "to" within eight words of `from`, with
  // nothing but determiners between them.
  const Mention* RecipientAfterTo(std::uint32_t from) const {
    for (std::uint32_t k = from; k < s_.tokens.size() && k < from + 8; ++k) {
      if (s_.tokens[k].norm != "to") continue;
      std::uint32_t j = k + 1;
      while (j < s_.tokens.size() && (s_.classes[j] & lexicon::kDeterminer)) ++j;
      for (const Mention& m : s_.mentions)
        if (m.begin == j && !m.code.empty()) return &m;
      return nullptr;
    }
    return nullptr;
  }
  std::string MentionText(const Mention& m) const {
    std::string w;
    for (auto i = m.begin; i < m.end; ++i) w += Norm(i) + " ";
    return w;
  }

  bool VerbBefore(const Trigger& t) const {
    const Clause& cl = args_.clause(args_.ClauseOf(t.begin));
    for (const Trigger& other : s_.triggers) {
      if (other.noun || other.begin < cl.begin || other.begin >= t.begin) continue;
      // "launched a massive missile and drone attack on": the noun is the
      // verb's object too, coordinated with the words the verb matched.
      std::uint32_t end = other.end;
      for (std::uint32_t e : other.ends) end = std::max(end, e);
      bool coordinated = end < t.begin;
      for (std::uint32_t i = end; i < t.begin && coordinated; ++i)
        coordinated = Norm(i) == "and" || Norm(i) == "or";
      if (!coordinated) return true;
    }
    return false;
  }

  // Whether the words from `from` up to the verb name an air weapon.
  bool AerialSubject(std::uint32_t from, std::uint32_t verb) const {
    static const std::set<std::string_view> kAerial = {
        "air",      "airstrike", "airstrikes", "drone",   "drones",  "missile",
        "missiles", "jets",      "warplanes",  "bombers", "aircraft"};
    for (std::uint32_t i = from; i < verb; ++i)
      if (kAerial.count(Norm(i))) return true;
    return false;
  }

  // Whether `b` restates `a` just before it: the same code, a comma
  // between, one of them a person's name and the other not.
  bool Apposed(const Mention& a, const Mention& b) const {
    return !a.code.empty() && a.code == b.code && a.person != b.person &&
           a.end + 1 == b.begin && Norm(a.end) == ",";
  }

  struct Roles {
    std::vector<int> sources, targets;
    std::string voice;
  };

  // "@user: FPI are hypocrites" (evaluations.h): the tweet's author
  // criticises the actor nearest the word, before it first.
  bool Condemnation(const Trigger& t, Roles* r) const {
    int author = -1, before = -1, after = -1;
    for (int m = 0; m < static_cast<int>(s_.mentions.size()); ++m)
      if (s_.mentions[m].handle && !s_.mentions[m].reference) author = m;
    if (author < 0) return false;
    for (int m = 0; m < static_cast<int>(s_.mentions.size()); ++m) {
      const Mention& x = s_.mentions[m];
      if (m == author || x.handle || x.apposition || x.begin < s_.mentions[author].end)
        continue;
      if (x.end <= t.begin) before = m;
      if (x.begin > t.begin && after < 0) after = m;
    }
    const int target = before >= 0 ? before : after;
    if (target < 0) return false;
    r->sources = {author};
    r->targets = {target};
    r->voice = "active";
    return true;
  }

  // "Tusk wrote: 'Let's all pray for Mayor Adamowicz'" (evaluations.h): the
  // speaker to the first actor named after the word of sympathy, else the
  // nearest before it in the quotation ("We are with Mayor Adamowicz in our
  // thoughts and prayers").
  bool QuotedSympathy(const Trigger& t, Roles* r) const {
    if (t.judged >= 0) {  // a judgement of the person it names (evaluations.h)
      r->sources = {t.speaker};
      r->targets = {t.judged};
      r->voice = "active";
      return true;
    }
    int before = -1, after = -1;
    for (int m = 0; m < static_cast<int>(s_.mentions.size()); ++m) {
      const Mention& x = s_.mentions[m];
      if (m == t.speaker || x.handle || x.code.empty() ||
          (x.reference && IsFirstPerson(Norm(x.begin))) ||
          !InsideQuote(s_, x.begin, false))
        continue;
      if (x.end <= t.begin && x.end + 12 > t.begin) before = m;
      if (x.begin >= t.end && x.begin <= t.end + 12 && after < 0) after = m;
    }
    const int target = after >= 0 ? after : before;
    if (target < 0) return false;
    r->sources = {t.speaker};
    r->targets = {target};
    r->voice = "active";
    return true;
  }

  bool Verbal(const Trigger& t, const PatternEntry& p, const Preverbal& pre,
              Roles* r) const {
    if (t.condemnation >= 0) return Condemnation(t, r);
    if (t.speaker >= 0) return QuotedSympathy(t, r);
    // "the sanctions imposed by the European Union": a participle after a
    // noun, with its agent in a "by" phrase, is a passive too.
    // Not when the pattern's words hold an object ("dismissed the claims
    // by Berlin": a participle takes none).
    const bool objectless =
        t.end == t.begin + 1 || (s_.classes[t.begin + 1] & lexicon::kPreposition) != 0;
    bool reduced = !pre.be && objectless && (t.form & lexicon::kPastParticiple) &&
                   t.begin > 0 && s_.tokens[t.begin - 1].kind == text::TokenKind::kWord &&
                   !s_.tokens[t.begin - 1].capitalized && s_.classes[t.begin - 1] == 0 &&
                   !args_.Object(t.end - 1, "by").empty() &&
                   Norm(std::min<std::size_t>(t.end, s_.tokens.size() - 1)) == "by";
    bool passive = (pre.be || reduced) && (t.form & lexicon::kPastParticiple);
    std::vector<int> subject = args_.Subject(t.begin);
    if (subject.empty()) subject = EarlierSources(t);
    if (passive) {
      r->sources = args_.Object(t.end - 1, "by");
      // "was killed in a US counter-terrorism operation", "died in an
      // Israeli air strike": the operation's owner did it.
      if (r->sources.empty()) r->sources = OperationOwner(s_, t.end);
      r->targets = subject;
      // "After being pressured by conservative groups, the police ...": an
      // opening participle's target is the main clause's subject.
      if (r->targets.empty()) r->targets = args_.SubjectAfterOpening(t.begin);
      r->voice = "passive";
    } else {
      r->sources = subject;
      r->targets = args_.ObjectByWords(t.end - 1);
      if (r->targets.empty() && p.phrase_target)
        r->targets = args_.ObjectByWords(t.end - 1, "*");
      // "stormed the parliament", "beat protesters": a pattern that names its
      // object holds the target, before any object the tree offers ("clashed
      // outside parliament with police").
      if (r->targets.empty()) r->targets = MentionsInside(t);
      if (r->targets.empty()) r->targets = args_.ObjectByTree(t.end - 1);
      // "attacked and beat protesters": a bare verb shares the next one's object.
      if (r->targets.empty() && t.end == t.begin + 1)
        r->targets = args_.SharedObject(t.end);
      // "protested against beef imports from the United States": what is
      // opposed belongs to its author.
      if (r->targets.empty()) r->targets = AuthorOfOpposed(s_, args_, t, p.code);
      // "told Reuters that ...": the outlet that hears it is no party.
      if (p.code == "010" && IsReporting(t))
        std::erase_if(r->targets,
                      [&](int m) { return IsNewsOutletCode(s_.mentions[m].code); });
      // A denial answers its accusers, not what it denies (see DenialTargets).
      if (r->targets.empty() && p.code != "016" &&
          (IsReporting(t) || args_.ComplementFollows(t.end)))
        r->targets = args_.ReportedSubject(t.end - 1);
      r->voice = "active";
    }
    if (r->sources.empty()) return false;
    // "Moroccans expressed their outrage at the incident": the doer's own
    // possessive fills no target slot.
    if (p.HasSlot(PatternElement::kTarget))
      std::erase_if(r->targets, [&](int m) {
        const Mention& target = s_.mentions[m];
        return target.reference && target.begin > t.begin && target.end <= t.end &&
               std::any_of(r->sources.begin(), r->sources.end(),
                           [&](int src) { return s_.mentions[src].code == target.code; });
      });
    if (p.HasSlot(PatternElement::kTarget) && r->targets.empty()) return false;
    std::size_t after = r->targets.empty() ? t.end : s_.mentions[r->targets.back()].end;
    return TailWordsFollow(dict_, s_, p, t.end, after);
  }

  bool Nominal(const Trigger& t, const PatternEntry& p, Roles* r) const {
    r->voice = "nominal";
    if (p.HasSlot(PatternElement::kSource)) {
      r->sources = args_.Right(t.end);
      if (r->sources.empty()) return false;
      // "a transcript of a call between Trump and Zelensky": "between" names
      // both sides; they act on each other, not on the clause's subject.
      // So does an attendance list: "the meeting was attended by A and B".
      if (Norm(t.end - 1) == "between" ||
          (Norm(t.end - 1) == "by" && Norm(t.end - 2) == "attended"))
        return true;
      // "China's role draws criticism from NATO": the subject is the target;
      // "Accusations from US leaders ..., alleging that China": the reported one.
      r->targets = args_.Subject(t.begin);
      if (r->targets.empty()) {
        std::uint32_t after = s_.mentions[r->sources.back()].end;
        // Only a participle that opens the next clause reports for the noun.
        for (auto i = after; i + 1 < s_.tokens.size(); ++i) {
          if (Norm(i) != ",") continue;
          const auto& w = Norm(i + 1);
          if (w.size() > 3 && w.compare(w.size() - 3, 3, "ing") == 0 &&
              !lexicon::ReportingModality(w).empty())
            r->targets = args_.ReportedSubject(static_cast<std::uint32_t>(i + 1));
          break;
        }
      }
      if (r->targets.empty()) r->targets = args_.SubjectAfterOpening(t.begin);
      return true;
    }
    // "the beating of a Somali man by Kenyan police": the agent follows its
    // target in a "by" phrase.
    if (Norm(t.end - 1) == "of") {
      const std::vector<int> of = args_.Right(t.end);
      if (!of.empty()) {
        std::vector<int> by = args_.Object(s_.mentions[of.back()].end - 1, "by");
        if (!by.empty()) {
          r->sources = std::move(by);
          r->targets = of;
          return TailWordsFollow(dict_, s_, p, t.end, s_.mentions[of.back()].end);
        }
      }
    }
    r->sources = args_.Possessor(t.begin);
    // "Serbia's relations with the EU", "the Philippine alliance with the
    // US": a standing tie or treaty its owner has, not an act of the day.
    if (!r->sources.empty() && (p.code == "050" || p.code == "057")) return false;
    // "NATO voiced criticism of China": the subject, unless another verb
    // stands between ("denounced the summit as a threat to Russia").
    if (r->sources.empty() && !VerbBefore(t) && args_.SubjectDoesNoun(t.begin))
      r->sources = args_.Subject(t.begin);
    if (r->sources.empty()) return false;
    r->targets = args_.Right(t.end);
    if (r->targets.empty() && !p.HasSlot(PatternElement::kTarget))
      r->targets = args_.SubjectAfterOpening(t.begin);
    if (p.HasSlot(PatternElement::kTarget) && r->targets.empty()) return false;
    // "attack on + policy" wants its word after the target.
    std::size_t after = r->targets.empty() ? t.end : s_.mentions[r->targets.back()].end;
    return TailWordsFollow(dict_, s_, p, t.end, after);
  }

  // A denial with no target answers whoever made the accusation: the main
  // clause's target for ", dismissing the allegations", else the accusers
  // the document named.
  void DenialTargets(const Trigger& t, const std::vector<Assembled>& so_far, Roles* r,
                     std::vector<Mention>* accusers) const {
    const Clause& cl = args_.clause(args_.ClauseOf(t.begin));
    if (cl.kind == ClauseKind::kParticipial) {
      for (const Assembled& a : so_far) {
        if (a.target.code.empty() || args_.ClauseOf(a.trigger->begin) != cl.parent)
          continue;
        accusers->push_back(a.target);
        return;
      }
    }
    if (!memory_) return;
    for (int src : r->sources) {
      for (const std::string& code : memory_->AccusersOf(s_.mentions[src].code)) {
        Mention m;
        m.code = code;
        m.actor = code;  // a full code, as coded then
        m.rule = "the accuser named earlier in the document";
        accusers->push_back(m);
      }
    }
  }

  void TryTrigger(const Trigger& t, std::vector<Assembled>* out) {
    Preverbal pre = t.noun ? Preverbal() : LookBack(s_, t.begin);
    if (pre.negated || pre.stopped) {
      Trace([&] {
        return std::string("\"" + Words(t) + "\" is " +
                           (pre.negated ? "negated" : "stopped") + ": no event");
      });
      return;
    }
    bool bare;
    if (GoverningReport(s_, args_, t, &bare) == "denied" && bare) {
      Trace([&] {
        return std::string("\"" + Words(t) + "\" is what was denied: no event");
      });
      return;
    }
    // Longer matches first, then patterns with more words after their slot.
    std::vector<std::size_t> order(t.patterns.size());
    for (std::size_t c = 0; c < order.size(); ++c) order[c] = c;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
      if (t.ends[x] != t.ends[y]) return t.ends[x] > t.ends[y];
      const PatternEntry& px = dict_.entries().patterns[t.patterns[x]];
      const PatternEntry& py = dict_.entries().patterns[t.patterns[y]];
      const std::size_t nx = px.tail.size() + px.head.size(),
                        ny = py.tail.size() + py.head.size();
      if (nx != ny) return nx > ny;
      return px.compound_subject && !py.compound_subject;
    });
    for (std::size_t c : order) {
      const std::uint32_t idx = t.patterns[c];
      const PatternEntry& p = dict_.entries().patterns[idx];
      Trigger matched = t;  // the words this pattern matched
      matched.end = t.ends[c];
      Roles r;
      if (!HeadWordsPrecede(dict_, s_, p, matched.begin) ||
          !(t.noun ? Nominal(matched, p, &r) : Verbal(matched, p, pre, &r)) ||
          (p.compound_subject && (r.sources.size() < 2 || !r.targets.empty()))) {
        Trace([&] {
          return std::string("tried " + p.loc.ToString() + " \"" + p.text + "\": no fit");
        });
        continue;
      }
      std::string modality = Modality(s_, args_, matched, pre);
      std::string code = p.code;
      int governor = -1;
      if (pre.intent != Intention::kNone) {
        if (std::string intent = p.code == "045" && pre.intent == Intention::kPromise
                                     ? "039"
                                     : IntentCode(p.code, pre.intent);
            !intent.empty()) {
          code = std::move(intent);
          governor = pre.intent_at;
        } else {
          Weaken(&modality, "hypothetical");
        }
      }
      // "will visit", "is to meet": an announced meeting or visit.
      std::string announced_from;
      if (pre.intent == Intention::kNone && pre.future && code.starts_with("04") &&
          code != "036") {
        announced_from = code;
        code = "036";
      } else if (pre.intent == Intention::kNone && pre.future &&
                 !code.starts_with("03")) {
        // "a foreign government will protest": a prediction, no act yet
        // (doc/annotation.md, section 1).
        Weaken(&modality, "hypothetical");
      }
      // "sarcastically welcomed the efforts": praise meant as criticism.
      if (code.starts_with("05") && !t.noun && matched.begin > 0 &&
          (Norm(matched.begin - 1) == "sarcastically" ||
           Norm(matched.begin - 1) == "ironically" ||
           Norm(matched.begin - 1) == "mockingly"))
        code = "111";
      // "Israeli air strikes hit Gaza", "Russian jets bombed": force by
      // aircraft, drones or missiles is 195 (doc/annotation.md, section 6).
      if ((code == "190" || code == "183") && r.voice == "active" && !r.sources.empty() &&
          AerialSubject(s_.mentions[r.sources.front()].begin, matched.begin))
        code = "195";
      std::vector<Mention> targets;
      for (int m : r.targets) {
        bool self = false;  // "Beijing ... its": an actor is not its own target
        for (int src : r.sources)
          self = self || (s_.mentions[src].code == s_.mentions[m].code &&
                          SameEntity(s_.mentions[src], s_.mentions[m]));
        if (!self) targets.push_back(s_.mentions[m]);
      }
      if (targets.empty() && p.code == "016") DenialTargets(t, *out, &r, &targets);
      // "extradited the hacker to the United States": the one handed over
      // is no party; the receiving side, after "to", is the target.
      if (p.code == "063")
        if (const Mention* to = RecipientAfterTo(matched.end)) targets = {*to};
      // "asked for aid for the Rohingya": whom aid is for is no one appealed to.
      if (p.code.starts_with("023"))
        std::erase_if(targets, [&](const Mention& m) { return WordBefore(m) == "for"; });
      // "resigned as the governor of Puerto Rico", "would resign leadership
      // of the party": the post one leaves is no counterpart (whoever
      // demanded it would be).
      if (p.code == "0831")
        std::erase_if(targets, [&](const Mention& m) {
          const std::string_view before = WordBefore(m);
          return before == "as" || before == "from" || Norm(m.begin) == "leadership";
        });
      // "China and Russia met": a reciprocal act between the members.
      // "Kenya and Uganda accused each other": so is any act on "each other".
      const auto each_other = [&] {
        const std::uint32_t k = matched.end;
        if (k + 1 >= s_.tokens.size()) return false;
        const std::string &a = s_.tokens[k].norm, &b = s_.tokens[k + 1].norm;
        return (a == "each" && b == "other") || (a == "one" && b == "another");
      };
      // "La Riva and Hawkins attacked war": force with an object of its own
      // is not a battle between the subjects ("they clashed" is).
      const auto force_with_object = [&] {
        if (p.code != "190" && p.code != "193" && p.code != "194") return false;
        const std::uint32_t k = matched.end;
        // "clashes between Sudan and South Sudan": the group is both sides.
        if (Norm(k - 1) == "between") return false;
        // "the US and Pakistan have managed to capture or kill about 2/3s of
        // the commanders": only fighting, clashing and exchanging fire are
        // done to each other.
        const std::string& verb = Norm(t.begin);
        if (!verb.starts_with("fight") && !verb.starts_with("fought") &&
            !verb.starts_with("clash") && !verb.starts_with("battl") &&
            !verb.starts_with("skirmish") && !verb.starts_with("exchang") &&
            !verb.starts_with("war"))
          return true;
        return k < s_.tokens.size() && s_.tokens[k].kind == text::TokenKind::kWord &&
               !(s_.classes[k] & (lexicon::kPreposition | lexicon::kAdverb |
                                  lexicon::kConjunction | lexicon::kSubordinator));
      };
      bool reciprocal = targets.empty() && r.sources.size() > 1 &&
                        ((IsReciprocal(p.code) && !force_with_object()) ||
                         p.compound_subject || each_other());
      if (reciprocal)
        for (int m : r.sources) targets.push_back(s_.mentions[m]);
      // "the president of Pakistan, Asif Ali Zardari, and ...": a title and
      // its name are one member of the list.
      for (std::size_t k = targets.size(); k-- > 1;)
        if (Apposed(targets[k - 1], targets[k])) targets.erase(targets.begin() + k);
      if (targets.empty() && p.code.rfind("04", 0) == 0) {
        Trace([&] {
          return std::string("\"" + p.text + "\" has no counterpart: no event");
        });
        return;
      }
      if (targets.empty()) targets.push_back(Mention());
      std::size_t before = out->size();
      for (int src : r.sources) {
        // "Reuters reported", "the newspaper said", "CNN described": news
        // media telling the news are its source, not actors making a
        // statement.
        if (p.code == "010" && IsNewsOutletCode(s_.mentions[src].code)) {
          Trace([&] {
            return std::string("\"" + Words(t) + "\" by news media: a report, no event");
          });
          continue;
        }
        for (const Mention& target : targets) {
          const Mention& source = s_.mentions[src];
          if (reciprocal && target.begin == source.begin && target.code == source.code)
            continue;
          if (!target.code.empty() && target.begin == source.begin &&
              target.end == source.end && target.code == source.code)
            continue;
          Assembled a;
          a.source = source;
          a.target = target;
          if (a.target.code == a.source.code && SameEntity(a.source, a.target))
            a.target = Mention();
          a.trigger = &t;
          a.trigger_end = matched.end;
          a.pattern = idx;
          a.modality = modality;
          a.voice = r.voice;
          a.code = RefinedCode(s_, t, matched.begin, matched.end, source, target, code);
          a.announced_from = announced_from;
          a.intent_governor = governor;
          // "rallied to demand his resignation", "met to condemn": a
          // gathering's aim of saying something is said by gathering.
          a.purpose = pre.purpose && governor < 0 && code.rfind("10", 0) != 0 &&
                      code.rfind("11", 0) != 0 && code.rfind("14", 0) != 0;
          a.counterfactual = pre.counterfactual;
          a.advice = pre.advice;
          out->push_back(std::move(a));
        }
      }
      // "X met Y" is also Y meeting X; "X visited Y" is Y hosting X.
      if (!reciprocal) AddCounterparts(before, out);
      Trace([&] {
        return std::string("fired " + p.loc.ToString() + " \"" + p.text + "\" = " + code +
                           (code != p.code ? " (intent of " + p.code + ")" : "") + " (" +
                           r.voice + ", " + modality + ", " +
                           std::to_string(out->size() - before) + " event(s))");
      });
      return;
    }
  }

  const dict::Compiled& dict_;
  const SentenceAnalysis& s_;
  Arguments args_;
  const DocumentMemory* memory_;
  std::vector<std::string>* trace_;
  const std::vector<Assembled>* so_far_ = nullptr;  // events of earlier triggers
};

}  // namespace

std::vector<Assembled> AssembleEvents(const dict::Compiled& dict,
                                      const SentenceAnalysis& s,
                                      const std::vector<Clause>& clauses,
                                      const DocumentMemory* memory,
                                      std::vector<std::string>* trace) {
  return Assembler(dict, s, clauses, memory, trace).Run();
}

}  // namespace dyad::coder

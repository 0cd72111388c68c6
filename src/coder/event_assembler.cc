#include "coder/event_assembler.h"

#include <algorithm>

#include "lexicon/verb_forms.h"
#include "lexicon/word_classes.h"

namespace dyad::coder {
namespace {

using dict::PatternElement;
using dict::PatternEntry;
using lexicon::ClassesOf;

bool IsClauseBreak(std::string_view norm) {
  return norm == ";" || norm == "that" || norm == "which" || norm == "who" ||
         norm == "because" || norm == "while" || norm == "but" || norm == "whereas" ||
         norm == "--" || norm == ":";
}

class Assembler {
 public:
  Assembler(const dict::Compiled& dict, const SentenceAnalysis& s,
            std::vector<std::string>* trace)
      : dict_(dict), s_(s), trace_(trace) {
    const std::size_t n = s.tokens.size();
    trigger_at_.assign(n, false);
    for (const Trigger& t : s.triggers) trigger_at_[t.begin] = true;
    mention_at_.assign(n, -1);
    for (std::size_t m = 0; m < s.mentions.size(); ++m)
      for (auto i = s.mentions[m].begin; i < s.mentions[m].end; ++i)
        mention_at_[i] = static_cast<int>(m);
  }

  std::vector<Assembled> Run() {
    std::vector<Assembled> out;
    for (const Trigger& t : s_.triggers) {
      Assembled a;
      if (TryTrigger(t, &a)) out.push_back(std::move(a));
    }
    return out;
  }

 private:
  const std::string& Norm(std::size_t i) const { return s_.tokens[i].norm; }

  void Trace(std::string line) {
    if (trace_) trace_->push_back(std::move(line));
  }

  // The preposition that governs a mention ("in" for "in the capital"), or "".
  std::string_view PrepositionBefore(const Mention& m) const {
    std::size_t i = m.begin;
    while (i > 0 && lexicon::Is(Norm(i - 1), lexicon::kDeterminer) && Norm(i - 1) != "'s")
      --i;
    if (i == 0) return {};
    std::string_view p = Norm(i - 1);
    return lexicon::Is(p, lexicon::kPreposition) ? p : std::string_view();
  }

  bool IsPlace(const Mention& m) const {
    std::string_view p = PrepositionBefore(m);
    return !p.empty() && lexicon::Is(p, lexicon::kLocative);
  }

  // Nearest mention left of `pos` that can be a clause subject: not the
  // object of a preposition.
  const Mention* SubjectBefore(std::size_t pos) const {
    for (std::size_t i = pos; i-- > 0;) {
      if (Norm(i) == ";") return nullptr;
      int m = mention_at_[i];
      if (m < 0) continue;
      const Mention& mention = s_.mentions[m];
      i = mention.begin;
      if (PrepositionBefore(mention).empty()) return &mention;
    }
    return nullptr;
  }

  // First mention right of `pos`, within the clause, that is not a place.
  // With `prep`, only a mention governed by that preposition counts. The
  // search ends at a clause break, at ", and" or ", but" (a new clause
  // follows), and at the next trigger ("denounced the summit as a threat to
  // Russia": Russia belongs to the threat).
  const Mention* ObjectAfter(std::size_t pos, std::string_view prep = {}) const {
    for (std::size_t i = pos; i < s_.tokens.size(); ++i) {
      if (IsClauseBreak(Norm(i))) return nullptr;
      if (i > pos && trigger_at_[i]) return nullptr;
      if (Norm(i) == "," && i + 1 < s_.tokens.size() &&
          lexicon::Is(Norm(i + 1), lexicon::kConjunction))
        return nullptr;
      int m = mention_at_[i];
      if (m < 0) continue;
      const Mention& mention = s_.mentions[m];
      i = mention.end - 1;
      if (!prep.empty()) {
        if (PrepositionBefore(mention) == prep) return &mention;
        continue;
      }
      if (!IsPlace(mention)) return &mention;
    }
    return nullptr;
  }

  // Auxiliaries, adverbs and negators right before a verb: "has not yet",
  // "was reportedly". Reports what they say about voice and modality.
  struct Preverbal {
    bool be = false, negated = false, hypothetical = false;
  };
  Preverbal LookBack(std::size_t verb) const {
    Preverbal p;
    for (std::size_t i = verb, steps = 0; i-- > 0 && steps < 5; ++steps) {
      std::uint32_t c = ClassesOf(Norm(i));
      if (c & lexicon::kNegator)
        p.negated = true;
      else if (c & lexicon::kBeForm)
        p.be = p.be || steps <= 2;
      else if (c & lexicon::kModal) {
        const auto& w = Norm(i);
        if (w == "would" || w == "could" || w == "might" || w == "may")
          p.hypothetical = true;
      } else if (!(c & (lexicon::kHaveForm | lexicon::kDoForm | lexicon::kAdverb))) {
        break;
      }
    }
    return p;
  }

  // Checks the words a pattern wants after its target, each within a few
  // tokens of the one before ("accuse + of").
  bool TailWordsFollow(const PatternEntry& p, std::size_t from) const {
    bool after_slot = false;
    std::size_t pos = from;
    for (const auto& el : p.tail) {
      if (el.kind != PatternElement::kWord) {
        after_slot = true;
        continue;
      }
      if (!after_slot) continue;
      std::size_t limit = std::min(s_.tokens.size(), pos + 4);
      std::size_t i = pos;
      while (i < limit && Norm(i) != el.word) ++i;
      if (i == limit) return false;
      pos = i + 1;
    }
    return true;
  }

  // A noun's owner: "China's support", "Chinese support", "its support".
  const Mention* Possessor(const Trigger& t) const {
    std::size_t i = t.begin;
    for (int skip = 0; i > 0 && skip < 3; ++skip) {
      int m = mention_at_[i - 1];
      if (m >= 0) return &s_.mentions[m];
      const auto& w = Norm(i - 1);
      if (w != "'s" && !lexicon::Is(w, lexicon::kAdverb) && s_.tokens[i - 1].capitalized)
        return nullptr;
      if (lexicon::Is(w, lexicon::kDeterminer) && w != "'s") return nullptr;
      --i;
    }
    return nullptr;
  }

  bool TryTrigger(const Trigger& t, Assembled* a) {
    // Specific patterns (with more tail words) first.
    std::vector<std::uint32_t> patterns = t.patterns;
    std::stable_sort(patterns.begin(), patterns.end(), [&](auto x, auto y) {
      return dict_.entries().patterns[x].tail.size() >
             dict_.entries().patterns[y].tail.size();
    });
    for (std::uint32_t idx : patterns) {
      const PatternEntry& p = dict_.entries().patterns[idx];
      if (t.noun ? Nominal(t, p, a) : Verbal(t, p, a)) {
        a->trigger = &t;
        a->pattern = idx;
        if (s_.tokens.back().norm == "?") a->modality = "hypothetical";
        for (std::size_t i = 0; i < t.begin; ++i)
          if (lexicon::Is(Norm(i), lexicon::kConditional)) a->modality = "hypothetical";
        Trace("fired " + p.loc.ToString() + " \"" + p.text + "\" = " + p.code + " (" +
              a->voice + ")");
        return true;
      }
      Trace("tried " + p.loc.ToString() + " \"" + p.text + "\": no fit");
    }
    return false;
  }

  bool Verbal(const Trigger& t, const PatternEntry& p, Assembled* a) {
    Preverbal pre = LookBack(t.begin);
    if (pre.negated) {
      Trace("\"" + p.text + "\" is negated: no event");
      return false;
    }
    bool passive = pre.be && (t.form & lexicon::kPastParticiple);
    const Mention* subject = SubjectBefore(t.begin);
    if (passive) {
      a->source = ObjectAfter(t.end, "by");
      a->target = subject;
      a->voice = "passive";
    } else {
      a->source = subject;
      a->target = ObjectAfter(t.end);
      a->voice = "active";
    }
    if (pre.hypothetical) a->modality = "hypothetical";
    if (!a->source) return false;
    if (a->target == a->source) a->target = nullptr;
    if (p.HasSlot(PatternElement::kTarget) && !a->target) return false;
    std::size_t after = a->target ? a->target->end : t.end;
    return TailWordsFollow(p, after);
  }

  bool Nominal(const Trigger& t, const PatternEntry& p, Assembled* a) {
    a->voice = "nominal";
    if (p.HasSlot(PatternElement::kSource)) {
      a->source = ObjectAfter(t.end);
      if (!a->source) return false;
    } else {
      a->source = Possessor(t);
      if (!a->source) a->source = SubjectBefore(t.begin);
      if (!a->source) return false;
      a->target = ObjectAfter(t.end);
    }
    if (a->target == a->source) a->target = nullptr;
    if (p.HasSlot(PatternElement::kTarget) && !a->target) return false;
    return true;
  }

  const dict::Compiled& dict_;
  const SentenceAnalysis& s_;
  std::vector<std::string>* trace_;
  std::vector<int> mention_at_;   // mention index per token, or -1
  std::vector<bool> trigger_at_;  // a trigger starts at this token
};

}  // namespace

std::vector<Assembled> AssembleEvents(const dict::Compiled& dict,
                                      const SentenceAnalysis& s,
                                      std::vector<std::string>* trace) {
  return Assembler(dict, s, trace).Run();
}

}  // namespace dyad::coder

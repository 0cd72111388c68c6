#include "coder/clauses.h"

#include <algorithm>

#include "lexicon/verb_forms.h"
#include "lexicon/word_classes.h"

namespace dyad::coder {
namespace {

using lexicon::Is;

class Splitter {
 public:
  explicit Splitter(const SentenceAnalysis& s) : s_(s), n_(s.tokens.size()) {
    mention_at_.assign(n_, -1);
    for (int m = 0; m < static_cast<int>(s.mentions.size()); ++m)
      for (auto i = s.mentions[m].begin; i < s.mentions[m].end; ++i)
        if (mention_at_[i] < 0) mention_at_[i] = m;
    verb_at_.assign(n_, false);
    for (const Trigger& t : s.triggers)
      if (!t.noun) verb_at_[t.begin] = true;
  }

  std::vector<Clause> Run() {
    Clause whole;
    whole.end = static_cast<std::uint32_t>(n_);
    clauses_.push_back(whole);
    if (n_ > 0) {
      ClauseKind k;
      if (Subordinator(0, &k)) clauses_[0].kind = k;
      if (IsGerund(0)) clauses_[0].kind = ClauseKind::kParticipial;
    }
    for (std::size_t i = 1; i < n_; ++i) Boundary(i);
    ReportedTail();
    AccordingTo();
    return std::move(clauses_);
  }

 private:
  const std::string& Norm(std::size_t i) const { return s_.tokens[i].norm; }

  bool StartsSubject(std::size_t i) const {
    if (i >= n_) return false;
    if (mention_at_[i] >= 0) return true;
    const auto& w = Norm(i);
    // "the police", "some Iraqi militias", "many protesters".
    const bool determiner = w == "the" || w == "some" || w == "many" || w == "several" ||
                            w == "most" || w == "other" || w == "its" || w == "their";
    return IsSubjectPronoun(w) || (determiner && i + 1 < n_ && mention_at_[i + 1] >= 0);
  }

  static bool IsSubjectPronoun(std::string_view w) {
    return w == "it" || w == "they" || w == "he" || w == "she" || w == "we";
  }

  // After a subject starting at i: is there a finite verb (an auxiliary or a
  // verb trigger) right after it?
  bool FiniteVerbAfterSubject(std::size_t i) const {
    std::size_t j = i;
    if (mention_at_[j] >= 0) {
      const Mention& m = s_.mentions[mention_at_[j]];
      j = m.end;
    } else if (j + 1 < n_ && mention_at_[j + 1] >= 0 && !IsSubjectPronoun(Norm(j))) {
      j = s_.mentions[mention_at_[j + 1]].end;  // "some Iraqi militias"
    } else {
      j += Norm(j) == "the" ? 2 : 1;
    }
    while (j < n_ && (s_.classes[j] & lexicon::kAdverb)) ++j;
    if (j >= n_) return false;
    std::uint32_t c = s_.classes[j];
    return (c & (lexicon::kBeForm | lexicon::kHaveForm | lexicon::kDoForm |
                 lexicon::kModal)) ||
           verb_at_[j];
  }

  bool IsGerund(std::size_t i) const {
    if (i >= n_) return false;
    const auto& w = Norm(i);
    return w.size() > 5 && w.compare(w.size() - 3, 3, "ing") == 0 && mention_at_[i] < 0 &&
           !s_.tokens[i].capitalized && w != "during" && w != "including" &&
           w != "according";
  }

  bool Subordinator(std::size_t i, ClauseKind* kind) const {
    const auto& w = Norm(i);
    if (w == "if" || w == "unless" || w == "whether") {
      *kind = ClauseKind::kConditional;
      return true;
    }
    if (w == "because" || w == "although" || w == "though" || w == "whereas" ||
        w == "while" || w == "when") {
      *kind = ClauseKind::kAdverbial;
      return true;
    }
    // "as China aims ...", "after Russia attacked ...": only before a subject.
    if ((w == "as" || w == "after" || w == "before" || w == "since" || w == "until") &&
        StartsSubject(i + 1) && FiniteVerbAfterSubject(i + 1)) {
      *kind = ClauseKind::kAdverbial;
      return true;
    }
    return false;
  }

  // Reporting word ending at token i ("said", "pointed out", "allegations").
  std::string_view ReportingEndingAt(std::size_t i, int* start) const {
    // The only two-word reporting verbs end in "out" ("point out").
    if (i >= 1 && Norm(i) == "out") {
      std::string two = Norm(i - 1) + " " + Norm(i);
      if (auto m = lexicon::ReportingModality(two); !m.empty()) {
        *start = static_cast<int>(i - 1);
        return m;
      }
    }
    *start = static_cast<int>(i);
    return lexicon::ReportingModality(Norm(i));
  }

  void Open(std::size_t begin, ClauseKind kind, int parent) {
    clauses_.back().end = static_cast<std::uint32_t>(begin);
    Clause c;
    c.begin = static_cast<std::uint32_t>(begin);
    c.end = static_cast<std::uint32_t>(n_);
    c.kind = kind;
    c.parent = parent;
    clauses_.push_back(c);
  }

  int Current() const { return static_cast<int>(clauses_.size()) - 1; }

  // The main clause that the current clause belongs to.
  int MainOf(int c) const {
    while (c >= 0 && clauses_[c].kind != ClauseKind::kMain) {
      if (clauses_[c].parent < 0) return c;
      c = clauses_[c].parent;
    }
    return c;
  }

  void Boundary(std::size_t i) {
    const auto& w = Norm(i);
    const auto& prev = Norm(i - 1);
    ClauseKind kind;
    // Most tokens are open-class words that start no clause: one lookup.
    const std::uint32_t classes = s_.classes[i];
    const bool punctuation = s_.tokens[i].kind == text::TokenKind::kPunct;
    if (!punctuation &&
        !(classes &
          (lexicon::kSubordinator | lexicon::kConditional | lexicon::kConjunction)) &&
        mention_at_[i] < 0 && w != "it" && w != "they" && w != "he" && w != "she" &&
        w != "we" && w != "the")
      return;
    if (w == ";" || w == "--" || w == ":") {
      if (i + 1 < n_) Open(i + 1, ClauseKind::kMain, -1);
      return;
    }
    if (w == "that" || w == "which" || w == "who" || w == "whom") {
      std::size_t p = prev == "," ? i - 1 : i;
      int start;
      std::string_view modality = p >= 1 ? ReportingEndingAt(p - 1, &start) : "";
      // "told reporters that", "said on Tuesday that": a few words back.
      // (Not before a sentence's first word: "That ..." opens the sentence.)
      for (std::size_t k = p >= 1 ? p - 1 : 0, steps = 0;
           w == "that" && modality.empty() && k-- > 0 && steps < 3 && Norm(k) != ",";
           ++steps)
        modality = ReportingEndingAt(k, &start);
      if (w == "that" && !modality.empty()) {
        Open(i + 1, ClauseKind::kComplement, Current());
        clauses_.back().modality = modality;
        clauses_.back().reporter = start;
        return;
      }
      if (w == "that" && i > 0 && verb_at_[i - 1]) {
        // "demanded that", "hoped that": what follows is wanted, feared or
        // hoped for, not a fact.
        Open(i + 1, ClauseKind::kComplement, Current());
        clauses_.back().modality = "hypothetical";
        clauses_.back().reporter = static_cast<int>(i - 1);
        return;
      }
      if (p >= 1 && (mention_at_[p - 1] >= 0 || w != "that")) {
        Open(i + 1, ClauseKind::kRelative, Current());
        clauses_.back().antecedent = p >= 1 ? mention_at_[p - 1] : -1;
        relative_after_comma_ = prev == ",";
      }
      return;
    }
    if (Subordinator(i, &kind)) {
      Open(i + 1, kind, Current());
      return;
    }
    if (w == "," && i + 1 < n_) {
      // ", \" dismissing": closing quotes stay before the boundary.
      while (i + 2 < n_ && Norm(i + 1) == "\"" && IsGerund(i + 2)) ++i;
      const Clause& cur = clauses_.back();
      // The end of an opening subordinate clause: the main clause follows.
      if (cur.begin <= 1 && cur.kind != ClauseKind::kMain && !IsGerund(i + 1)) {
        Open(i + 1, ClauseKind::kMain, -1);
        return;
      }
      // The end of ", which ...,": the clause it interrupted goes on.
      if (cur.kind == ClauseKind::kRelative && relative_after_comma_) {
        relative_after_comma_ = false;
        int interrupted = cur.parent;
        Open(i + 1, clauses_[interrupted].kind, interrupted);
        clauses_.back().resumes = true;
        return;
      }
      if (IsGerund(i + 1)) {
        Open(i + 1, ClauseKind::kParticipial, MainOf(Current()));
        return;
      }
      if ((Norm(i + 1) == "and" || Norm(i + 1) == "but") && StartsSubject(i + 2)) {
        Open(i + 2, ClauseKind::kMain, MainOf(Current()));
        return;
      }
    }
    if (w == "but" && prev != "," && StartsSubject(i + 1)) {
      Open(i + 1, ClauseKind::kMain, MainOf(Current()));
      return;
    }
    // "said Beijing had never supplied ...": a reporting verb, then a subject
    // with its own finite verb.
    if (StartsSubject(i) && (i < 2 || Norm(i - 1) != "'s")) {
      int start;
      std::string_view modality = ReportingEndingAt(i - 1, &start);
      bool previous_is_verb = verb_at_[start] || s_.classes[i - 1] == 0;
      if (!modality.empty() && previous_is_verb && mention_at_[i - 1] < 0 &&
          FiniteVerbAfterSubject(i)) {
        Open(i, ClauseKind::kComplement, Current());
        clauses_.back().modality = modality;
        clauses_.back().reporter = start;
      }
    }
  }

  // "Russian forces shelled Kharkiv, Ukrainian officials said." and
  // "..., officials said Tuesday, as ...": what comes before the comma is
  // reported; the reporting part is a main clause of its own.
  void ReportedTail() {
    std::size_t end = n_;
    while (end > 0 && (Norm(end - 1) == "." || Norm(end - 1) == "\"")) --end;
    if (end < 3) return;
    for (std::size_t c = 1; c + 2 < end; ++c) {
      if (Norm(c) != "," || !StartsSubject(c + 1)) continue;
      std::size_t j =
          mention_at_[c + 1] >= 0 ? s_.mentions[mention_at_[c + 1]].end : c + 2;
      if (j >= end) continue;
      int start;
      std::string_view modality = ReportingEndingAt(j, &start);
      std::size_t after = j + 1;
      if (modality.empty() && j + 1 < end) {
        modality = ReportingEndingAt(j + 1, &start);
        after = j + 2;
      }
      if (modality.empty()) continue;
      // At most two words ("on Tuesday") before the sentence end or a comma.
      std::size_t k = after;
      while (k < end && k < after + 2 && Norm(k) != "," && !verb_at_[k]) ++k;
      if (k < end && Norm(k) != ",") continue;
      for (auto& cl : clauses_) {
        if (cl.begin < c && cl.modality.empty()) {
          cl.modality = modality;
          cl.reporter = start;
        }
      }
      Split(c + 1, k);
      return;
    }
  }

  // Makes [b, e) a main clause of its own, cutting the clause it was in.
  void Split(std::size_t b, std::size_t e) {
    std::vector<Clause> out;
    for (const Clause& cl : clauses_) {
      if (cl.end <= b || cl.begin >= e) {
        out.push_back(cl);
        continue;
      }
      if (cl.begin < b) {
        Clause head = cl;
        head.end = static_cast<std::uint32_t>(b);
        out.push_back(head);
      }
      if (cl.end > e) {
        Clause rest = cl;
        rest.begin = static_cast<std::uint32_t>(e);
        out.push_back(rest);
      }
    }
    Clause report;
    report.begin = static_cast<std::uint32_t>(b);
    report.end = static_cast<std::uint32_t>(e);
    out.push_back(report);
    std::sort(out.begin(), out.end(),
              [](const Clause& x, const Clause& y) { return x.begin < y.begin; });
    clauses_ = std::move(out);
  }

  // "according to Ukrainian officials": the whole sentence is reported.
  void AccordingTo() {
    for (std::size_t i = 0; i + 1 < n_; ++i) {
      if (Norm(i) == "according" && Norm(i + 1) == "to") {
        for (auto& cl : clauses_)
          if (cl.modality.empty()) cl.modality = "reported";
        return;
      }
    }
  }

  const SentenceAnalysis& s_;
  std::size_t n_;
  std::vector<int> mention_at_;
  std::vector<bool> verb_at_;
  std::vector<Clause> clauses_;
  bool relative_after_comma_ = false;
};

}  // namespace

std::vector<Clause> SplitClauses(const SentenceAnalysis& s) { return Splitter(s).Run(); }

std::string_view ClauseKindName(ClauseKind kind) {
  switch (kind) {
    case ClauseKind::kMain:
      return "main";
    case ClauseKind::kComplement:
      return "complement";
    case ClauseKind::kRelative:
      return "relative";
    case ClauseKind::kParticipial:
      return "participial";
    case ClauseKind::kAdverbial:
      return "adverbial";
    case ClauseKind::kConditional:
      return "conditional";
  }
  return "";
}

}  // namespace dyad::coder

// Document-level coding: sentences in order, discards, event records and
// de-duplication, behind the public dyad::Coder.
#include "dyad/coder.h"

#include <cstdlib>
#include <map>
#include <sstream>
#include <tuple>
#include <unordered_set>

#include "cameo/cameo.h"
#include "coder/analysis.h"
#include "coder/clauses.h"
#include "coder/coreference.h"
#include "coder/event_assembler.h"
#include "coder/not_news.h"
#include "lexicon/word_classes.h"
#include "util/strings.h"

namespace dyad {
namespace {

using coder::Assembled;
using coder::Mention;
using coder::SentenceAnalysis;

// The span of tokens [first, last) of a sentence in `text`, with offsets
// moved by `base` (where `text` starts in the whole document).
Span SpanOf(const SentenceAnalysis& s, std::string_view text, std::uint32_t first,
            std::uint32_t last, std::size_t base = 0) {
  Span span;
  if (first >= last) return span;
  span.begin = s.tokens[first].begin;
  span.end = s.tokens[last - 1].end;
  span.text = std::string(text.substr(span.begin, span.end - span.begin));
  span.begin += static_cast<std::uint32_t>(base);
  span.end += static_cast<std::uint32_t>(base);
  return span;
}

void SplitCode(const dict::Compiled& dict, const std::string& code, std::string* country,
               std::string* role) {
  if (code.size() >= 3 && dict.IsCountryCode(code.substr(0, 3))) {
    *country = code.substr(0, 3);
    *role = code.substr(3, 3);
  } else if (code.size() == 3) {
    *role = code;  // an agent with no country: "COP"
  }
}

// Private people and the bodies of civil life (not parties or the
// opposition, which each rule below adds as it needs).
bool IsPrivateRole(std::string_view role) {
  for (std::string_view r : {"CVL", "REL", "EDU", "LAB", "BUS", "HLH", "MED", "REF"})
    if (role == r) return true;
  return false;
}

bool IsNonStateRole(std::string_view role) {
  for (std::string_view r : {"CVL", "OPP", "UAF", "CRM", "REL", "EDU", "LAB", "MED",
                             "BUS", "AGR", "REF", "HRI", "ENV"})
    if (role == r) return true;
  return false;
}

// Whether the support named by the noun at `trigger` ("support",
// "backing") is material: for armed forces or rebels, for an industry or a
// war effort, or "through economic/military/financial" means.
bool MaterialSupport(const SentenceAnalysis& s, std::size_t trigger,
                     const Mention& target, std::string_view target_role) {
  const std::string& noun = s.tokens[trigger].norm;
  if (!noun.starts_with("support") && !noun.starts_with("backing")) return false;
  if (target_role == "MIL" || target_role == "REB") return true;
  for (auto i = target.begin; i < target.end && i < s.tokens.size(); ++i)
    for (std::string_view w : {"industry", "war", "army", "forces"})
      if (s.tokens[i].norm == w) return true;
  for (std::size_t i = target.end; i < s.tokens.size() && i < target.end + 3u; ++i)
    if (s.tokens[i].norm == "through" && i + 1 < s.tokens.size())
      for (std::string_view w : {"economic", "military", "financial", "material"})
        if (s.tokens[i + 1].norm == w) return true;
  return false;
}

// Sets the event code and what CAMEO says of it.
void SetCode(const std::string& code, Event* e) {
  e->event_code = code;
  if (const cameo::EventType* type = cameo::Find(code)) {
    e->base_code = std::string(type->base);
    e->root_code = std::string(type->root);
    e->quad_class = static_cast<int>(type->quad_class);
    e->goldstein = type->goldstein;
  } else {  // a code of another scheme (a foreign dictionary's): no scale
    e->base_code = code.substr(0, 3);
    e->root_code = code.substr(0, 2);
    e->quad_class = 0;
    e->goldstein = 0;
  }
}

// The event the target does back to the source, for two-way codes.
Event Reversed(Event e, const std::string& code) {
  std::swap(e.source, e.target);
  std::swap(e.source_name, e.target_name);
  std::swap(e.source_country, e.target_country);
  std::swap(e.source_role, e.target_role);
  std::swap(e.evidence.source, e.evidence.target);
  SetCode(code, &e);
  e.rule += "; two-way code: the target's side";
  return e;
}

// The code of a pattern that matches but reports no event (PETRARCH's).
constexpr std::string_view kNoEvent = "---";

Event MakeEvent(const dict::Compiled& dict, const Document& doc, std::string_view text,
                std::size_t base, const SentenceAnalysis& s, int sentence_index,
                const Assembled& a) {
  const auto& pattern = dict.entries().patterns[a.pattern];
  Event e;
  e.doc = doc.id;
  e.sentence = sentence_index;
  e.date = doc.date;
  e.url = doc.url;
  e.source = a.source.code;
  e.evidence.source = SpanOf(s, text, a.source.begin, a.source.end, base);
  e.source_name = e.evidence.source.text;
  if (!a.target.code.empty()) {
    e.target = a.target.code;
    e.evidence.target = SpanOf(s, text, a.target.begin, a.target.end, base);
    e.target_name = e.evidence.target.text;
  }
  e.evidence.trigger = SpanOf(s, text, a.trigger->begin, a.trigger_end, base);
  SplitCode(dict, e.source, &e.source_country, &e.source_role);
  SplitCode(dict, e.target, &e.target_country, &e.target_role);
  SetCode(a.code.empty() ? pattern.code : a.code, &e);
  // CAMEO's 19 is conventional military force; the same words said of
  // civilians, protesters, criminals or unidentified gunmen are its 18,
  // unconventional violence ("armed men attacked protesters", "a man shot
  // two passers-by").
  // So is what rebels do to civilians, parties or clergy ("guerrillas
  // killed a member of the Kurdistan Democratic Party"); against soldiers
  // it is combat (19).
  const std::string_view target_role = e.target_role;
  const bool rebels_on_civilians =
      (e.source_role == "REB" || e.source_role == "SEP" || e.source_role == "INS") &&
      (IsPrivateRole(target_role) || target_role == "PTY");
  const bool unconventional = (e.event_code == "190" || e.event_code == "193") &&
                              (IsNonStateRole(e.source_role) || rebels_on_civilians);
  if (unconventional) SetCode("180", &e);
  // "Democrats continued to attack Trump", "the court's ruling is an attack
  // on the president's decision": legislators, parties, the media and
  // courts attack in words, and so does one person another.
  const std::string_view role = e.source_role;
  const bool verbal =
      (e.event_code.starts_with("19") || e.event_code.starts_with("18")) &&
      s.tokens[a.trigger->begin].norm.starts_with("attack") &&
      (role == "LEG" || role == "PTY" || role == "MED" || role == "JUD" ||
       (a.source.person && a.target.person));
  if (verbal) SetCode("111", &e);
  // "the government targeted Chan", "clashes between people and the
  // police": a state's own civilian arm (government, police, courts,
  // intelligence) using force on its country's civilians represses them
  // (175); CAMEO's 19 is armed forces against armed forces.
  const bool repression =
      !verbal && e.event_code == "190" &&
      (IsPrivateRole(target_role) || target_role == "OPP") &&
      (role == "GOV" || role == "COP" || role == "JUD" || role == "SPY") &&
      e.source_country == e.target_country && !e.source_country.empty();
  if (repression) SetCode("175", &e);
  // "support for Biden" endorses him (051); support for an armed force, an
  // industry or a war, or given "through economic ... support", is
  // material (070).
  const bool material = e.event_code == "051" && a.trigger->noun &&
                        MaterialSupport(s, a.trigger->begin, a.target, e.target_role);
  if (material) SetCode("070", &e);
  for (const auto& [code, n] : s.issues)
    e.issues += (e.issues.empty() ? "" : ", ") + code + " " + std::to_string(n);
  e.modality = a.modality;
  e.text = std::string(text.substr(s.segment.begin, s.segment.end - s.segment.begin));
  e.rule = pattern.loc.ToString() + " \"" + pattern.text + "\" = " + pattern.code + " (" +
           a.voice + ")";
  if (unconventional && !verbal) e.rule += "; by a non-state actor: 180";
  if (verbal) e.rule += "; an attack in words: 111";
  if (repression) e.rule += "; a state's civilian arm on its civilians: 175";
  if (material) e.rule += "; material support: 070";
  if (a.intent_governor >= 0)
    e.rule +=
        "; intention \"" + s.tokens[a.intent_governor].norm + " to\": " + e.event_code;
  for (const Mention* m : {&a.source, &a.target})
    if (m->reference || (m == &a.target && !m->code.empty() && m->begin == m->end))
      e.rule += "; " + m->rule;
  return e;
}

// When one event is mentioned several times in a document, the record kept
// is the mention that says most about it: an assertion if there is one,
// else the most contested attribution (an allegation over a neutral
// report), and a hypothetical only when nothing better was said.
bool MergedModalityPrefers(const std::string& candidate, const std::string& kept) {
  auto rank = [](const std::string& m) {
    if (m == "asserted") return 4;
    if (m == "denied") return 3;
    if (m == "alleged") return 2;
    if (m == "reported") return 1;
    return 0;  // hypothetical
  };
  return rank(candidate) > rank(kept);
}

bool IsReflexive(const std::string& w) {
  return w == "itself" || w == "themselves" || w == "himself" || w == "herself" ||
         w == "ourselves";
}

// A role with no country or organisation ("police" where the story never
// says where) is no codable actor.
bool Uncodable(const Mention& m) {
  return !m.code.empty() && m.actor.empty() && m.code.rfind("IGO", 0) != 0 &&
         m.code.rfind("NGO", 0) != 0;
}

// "According to a report from the International Crisis Group, talks with
// the Taliban ...": whom a report is attributed to is no party to what it
// reports.
bool Attribution(const SentenceAnalysis& s, const Mention& m) {
  if (m.reference || m.begin == 0) return false;
  // Inside the phrase: right after "to", an article or "from"/"of"/"by"
  // ("according to official sources Brazil and South Korea discussed ..."
  // is past it).
  const std::string& before = s.tokens[m.begin - 1].norm;
  if (before != "to" && before != "from" && before != "of" && before != "by" &&
      !(s.classes[m.begin - 1] & lexicon::kDeterminer))
    return false;
  for (std::uint32_t i = m.begin; i-- > 0 && m.begin - i <= 6;) {
    const std::string& w = s.tokens[i].norm;
    if (w == "," || w == ";" || w == ":") return false;
    if (w == "to" && i > 0 && s.tokens[i - 1].norm == "according") return true;
  }
  return false;
}

// The event as the options code it: an uncodable target is none.
Assembled Codable(Assembled a, const CoderOptions& options) {
  if (options.require_country && Uncodable(a.target)) a.target = Mention();
  if (!options.announced_meetings && !a.announced_from.empty()) a.code = a.announced_from;
  return a;
}

// The output rules the field expects; why an assembled event is left out, or
// "" when it is written. A plain reporting verb ("said", "told",
// "reported") attributes what follows and is no event by itself, whatever a
// dictionary codes it (010 is CAMEO's residual statement); an actor acting on
// itself ("shielded themselves", "Iraq's ministry ... Iraqi sovereignty") is
// no interaction; a sentence about a year before last is background, not news
// of the document's date; events without a target are kept only when asked
// for.
std::string LeftOut(const dict::Compiled& dict, const dict::PatternEntry& pattern,
                    const Assembled& a, const SentenceAnalysis& s,
                    const CoderOptions& options, int date) {
  if (options.require_country && Uncodable(a.source))
    return "the source has no country or organisation";
  if (Attribution(s, a.source) || Attribution(s, a.target))
    return "whom a report is attributed to is no party";
  if (!options.monadic && a.target.code.empty()) return "no target (--monadic keeps it)";
  if (a.purpose && !options.purposes)
    return "an aim under \"to\", not an act (--purposes keeps it)";
  if (a.counterfactual && !options.purposes)
    return "a counterfactual (\"would have\"), not an act (--purposes keeps it)";
  if (a.advice && !options.purposes)
    return "advice (\"should\", \"must\"), not an act (--purposes keeps it)";
  if (a.counterpart && !options.counterparts)
    return "the other side of a meeting or visit (PETRARCH codes one side)";
  if (pattern.code.starts_with("04") && !a.target.code.empty()) {
    if (a.source.code.ends_with("HLH") || a.target.code.ends_with("HLH"))
      return "a visit to a hospital is no diplomatic contact";
    // "received media scrutiny", "received far less local media coverage":
    // the actor only qualifies what is received (but "hosted the ASEAN
    // summit"). Up to three words of degree may come between.
    for (const Mention* m : {&a.source, &a.target}) {
      std::uint32_t k = a.trigger_end;
      while (k < m->begin && (s.classes[k] & (lexicon::kDeterminer | lexicon::kFiller)))
        ++k;
      for (int skipped = 0; k < m->begin && skipped < 3; ++skipped, ++k) {
        const std::string& w = s.tokens[k].norm;
        if (w != "far" && w != "less" && w != "more" && w != "much" && w != "little" &&
            w != "wide" && w != "widespread" && w != "extensive" && w != "local" &&
            w != "international" && w != "national")
          break;
      }
      const std::uint32_t next = m->end;
      if (!a.trigger->noun && s.tokens[a.trigger->begin].norm.starts_with("receiv") &&
          k == m->begin && m->begin >= a.trigger_end && next < s.tokens.size() &&
          s.classes[next] == 0 && s.tokens[next].kind == text::TokenKind::kWord &&
          !s.tokens[next].capitalized)
        return "the actor only qualifies the object";
    }
  }
  if (!a.target.code.empty()) {
    if (a.target.end == a.target.begin + 1 && IsReflexive(s.tokens[a.target.begin].norm))
      return "the actor acts on itself";
    // "The Iraqi foreign ministry ... Iraqi sovereignty": a state body on its
    // own country; its people may protest against it.
    const std::string role = a.source.code.size() >= 6 ? a.source.code.substr(3, 3) : "";
    if (a.target.code.size() == 3 && a.source.code.rfind(a.target.code, 0) == 0 &&
        (a.source.code.size() == 3 || role == "GOV" || role == "MIL" || role == "MED"))
      return "the actor acts on its own country";
  }
  if (options.background)
    if (std::string why = Background(s, a.trigger->begin, date); !why.empty()) return why;
  if (std::string why = NoAct(dict, a, s, pattern.code); !why.empty()) return why;
  if (pattern.code != "010" || options.reporting_events) return "";
  std::string words;
  for (std::size_t i = a.trigger->begin; i < a.trigger_end; ++i)
    words += (words.empty() ? "" : " ") + s.tokens[i].norm;
  if (lexicon::ReportingModality(words) == "reported" ||
      lexicon::ReportingModality(s.tokens[a.trigger->begin].norm) == "reported")
    return "a reporting verb attributes, it is no event";
  return "";
}

int ParseDocDate(const std::string& date) {
  int d = 0;
  return ParseDate(date, &d) ? d : 0;
}

}  // namespace

Coder::Coder(Dictionary dictionary, CoderOptions options)
    : dictionary_(std::move(dictionary)), options_(options) {}

struct DocumentCoder::State {
  const Coder& coder;
  Document header;
  int date = 0;
  std::size_t base = 0;  // bytes of the document before the current piece
  int sentences = 0;     // segments before the current piece
  bool story_discarded = false;
  coder::DocumentMemory memory;
  std::vector<Event> events;  // held for de-duplication
  // (source, target, code) -> index in `events`; the date is the document's.
  std::map<std::tuple<std::string, std::string, std::string>, std::size_t> seen;
  // What is left of `seen` for the events already released: a 64-bit
  // fingerprint of each key, so that their later mentions are still known.
  std::unordered_set<std::uint64_t> released;

  State(const Coder& c, const Document& h) : coder(c) {
    header.id = h.id;
    header.date = h.date;
    header.url = h.url;
    header.title = h.title;
    header.source = h.source;
    date = ParseDocDate(h.date);
    if (!header.title.empty() && header.title.size() <= text::kMaxSentenceBytes) {
      const text::Segment whole{0, static_cast<std::uint32_t>(header.title.size()),
                                text::SegmentKind::kFragment};
      memory.RememberTitle(c.dictionary().compiled(),
                           coder::Analyze(c.dictionary().compiled(), header.title, whole,
                                          date, memory, false));
    }
  }

  // Held events beyond this many are released, so that a document of any
  // length codes in bounded memory; later mentions of a released event are
  // then dropped instead of counted. Past kMaxReleased fingerprints (8 MiB)
  // those are forgotten too, and a later mention starts a new event.
  static constexpr std::size_t kMaxHeld = 4096;
  static constexpr std::size_t kMaxReleased = 1u << 20;

  static std::uint64_t Fingerprint(const Event& e) {
    std::uint64_t h = 1469598103934665603ULL;  // FNV-1a over the key
    for (const std::string* part : {&e.source, &e.target, &e.event_code}) {
      for (unsigned char c : *part) h = (h ^ c) * 1099511628211ULL;
      h = (h ^ 0xff) * 1099511628211ULL;  // not a byte of UTF-8 text
    }
    return h;
  }

  void Keep(Event e, std::vector<Event>* ready) {
    if (coder.options().all_mentions) {
      // Every sentence that states the event, once per sentence: "the
      // president of Pakistan, Asif Ali Zardari, and ..." is one mention;
      // but "sued a newspaper and a radio station" acts on each member.
      for (auto x = ready->rbegin(); x != ready->rend() && x->sentence == e.sentence; ++x)
        if (x->source == e.source && x->target == e.target &&
            x->event_code == e.event_code &&
            !(x->evidence.source.begin == e.evidence.source.begin &&
              x->evidence.target.begin != e.evidence.target.begin))
          return;
      ready->push_back(std::move(e));
      return;
    }
    if (!released.empty() && released.count(Fingerprint(e))) return;
    auto [it, fresh] =
        seen.try_emplace({e.source, e.target, e.event_code}, events.size());
    if (fresh) {
      events.push_back(std::move(e));
      if (events.size() > kMaxHeld) Release(ready);
      return;
    }
    Event& kept = events[it->second];
    int mentions = kept.mentions + 1;
    if (MergedModalityPrefers(e.modality, kept.modality)) kept = std::move(e);
    kept.mentions = mentions;
  }

  // Hands on every held event and frees what de-duplication kept for them.
  void Release(std::vector<Event>* ready) {
    if (released.size() + events.size() > kMaxReleased)
      std::unordered_set<std::uint64_t>().swap(released);
    for (Event& e : events) {
      released.insert(Fingerprint(e));
      ready->push_back(std::move(e));
    }
    std::vector<Event>().swap(events);
    decltype(seen)().swap(seen);
  }
};

DocumentCoder::DocumentCoder(const Coder& coder, const Document& header)
    : state_(std::make_unique<State>(coder, header)) {}

DocumentCoder::~DocumentCoder() = default;

std::vector<Event> DocumentCoder::Add(std::string_view text) {
  State& st = *state_;
  const dict::Compiled& dict = st.coder.dictionary().compiled();
  std::vector<Event> ready;
  auto segments = text::SplitSentences(text);
  for (std::size_t i = 0; i < segments.size() && !st.story_discarded; ++i) {
    // "NAIROBI, Kenya (AP) —": the dateline says where the story is, as a
    // title does; bare agents ("police") take its country.
    if (segments[i].kind == text::SegmentKind::kDateline) {
      st.memory.RememberDateline(
          dict, coder::Analyze(dict, text, segments[i], st.date, st.memory, false));
      continue;
    }
    SentenceAnalysis s = coder::Analyze(dict, text, segments[i], st.date, st.memory,
                                        st.coder.options().syntax);
    if (s.story_discard) st.story_discarded = true;
    if (s.discard || s.story_discard) {
      st.memory.Remember(dict, s, text);
      continue;
    }
    auto clauses = coder::SplitClauses(s);
    auto assembled = coder::AssembleEvents(dict, s, clauses, &st.memory, nullptr);
    st.memory.Remember(dict, s, text);
    for (const Assembled& found : assembled) {
      const Assembled a = Codable(found, st.coder.options());
      const dict::PatternEntry& pattern = dict.entries().patterns[a.pattern];
      const int index = st.sentences + static_cast<int>(i);
      // Two-way codes: the target's side is coded as well. "---": a pattern
      // that matches to say there is no event here.
      const bool two_way = !pattern.reverse_code.empty() && !a.target.code.empty();
      if (pattern.code == kNoEvent && !two_way) continue;
      if (!LeftOut(dict, pattern, a, s, st.coder.options(), st.date).empty()) continue;
      Event e = MakeEvent(dict, st.header, text, st.base, s, index, a);
      if (pattern.code != kNoEvent) {
        if (pattern.code.rfind("112", 0) == 0 && !a.target.code.empty())
          st.memory.NoteAccusation(a.source.code, a.target.code);
        st.Keep(two_way ? e : std::move(e), &ready);
      }
      if (two_way) st.Keep(Reversed(std::move(e), pattern.reverse_code), &ready);
    }
  }
  st.base += text.size();
  st.sentences += static_cast<int>(segments.size());
  if (st.story_discarded) {
    ready.clear();
    st.events.clear();
  }
  return ready;
}

std::vector<Event> DocumentCoder::Finish() {
  if (state_->story_discarded) return {};
  return std::move(state_->events);
}

std::size_t DocumentCoder::sentences() const {
  return static_cast<std::size_t>(state_->sentences);
}

std::vector<Event> Coder::Code(const Document& doc) const {
  std::size_t sentences = 0;
  return Code(doc, &sentences);
}

std::vector<Event> Coder::Code(const Document& doc, std::size_t* sentences) const {
  DocumentCoder coder(*this, doc);
  std::vector<Event> events = coder.Add(doc.text);
  for (Event& e : coder.Finish()) events.push_back(std::move(e));
  *sentences = coder.sentences();
  return events;
}

std::string Coder::Explain(std::string_view sentence, std::string_view date) const {
  const dict::Compiled& dict = dictionary_.compiled();
  Document doc;
  doc.id = "explain";
  doc.date = std::string(date);
  doc.text = std::string(sentence);
  const int d = ParseDocDate(doc.date);
  std::ostringstream out;
  coder::DocumentMemory memory;
  auto segments = text::SplitSentences(doc.text);
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const auto& seg = segments[i];
    out << "sentence " << i << " ["
        << (seg.kind == text::SegmentKind::kDateline   ? "dateline"
            : seg.kind == text::SegmentKind::kFragment ? "fragment"
                                                       : "sentence")
        << "]: " << doc.text.substr(seg.begin, seg.end - seg.begin) << "\n";
    if (seg.kind == text::SegmentKind::kDateline) {
      memory.RememberDateline(dict,
                              coder::Analyze(dict, doc.text, seg, d, memory, false));
      continue;
    }
    SentenceAnalysis s = coder::Analyze(dict, doc.text, seg, d, memory, options_.syntax);
    out << "  tokens:";
    for (std::size_t t = 0; t < s.tokens.size(); ++t)
      out << " " << t << ":" << s.tokens[t].norm;
    out << "\n";
    if (!s.tree.empty()) {  // "3:bombed/VERB <- 2:jets nsubj" read as head <- dependent
      out << "  tree:";
      for (std::size_t t = 0; t < s.tree.size(); ++t)
        out << " " << t << ":" << s.tree.Pos(t) << ">" << s.tree.Head(t) << ":"
            << s.tree.Rel(t);
      out << "\n";
    }
    if (s.story_discard || s.discard)
      out << "  discarded (" << (s.story_discard ? "story" : "sentence")
          << "): " << s.discard_rule << "\n";
    for (const Mention& m : s.mentions)
      out << "  actor  [" << m.begin << "," << m.end << ") "
          << SpanOf(s, doc.text, m.begin, m.end).text << " => " << m.code
          << (m.group >= 0 ? " group " + std::to_string(m.group) : "")
          << (m.apposition ? " (apposition)" : "") << "  (" << m.rule << ")\n";
    auto clauses = coder::SplitClauses(s);
    for (const auto& c : clauses)
      out << "  clause [" << c.begin << "," << c.end << ") "
          << coder::ClauseKindName(c.kind)
          << (c.modality.empty() ? "" : ", " + std::string(c.modality)) << "\n";
    for (const auto& t : s.triggers)
      out << "  trigger [" << t.begin << "," << t.end << ") "
          << SpanOf(s, doc.text, t.begin, t.end).text << (t.noun ? " (noun)" : " (verb)")
          << ", " << t.patterns.size() << " pattern(s)\n";
    if (s.story_discard || s.discard) {
      memory.Remember(dict, s, doc.text);
      continue;
    }
    std::vector<std::string> trace;
    auto assembled = coder::AssembleEvents(dict, s, clauses, &memory, &trace);
    memory.Remember(dict, s, doc.text);
    for (const auto& line : trace) out << "  " << line << "\n";
    for (const Assembled& found : assembled) {
      const Assembled a = Codable(found, options_);
      const dict::PatternEntry& pattern = dict.entries().patterns[a.pattern];
      const Event e = MakeEvent(dict, doc, doc.text, 0, s, static_cast<int>(i), a);
      std::vector<Event> shown;
      if (pattern.code == kNoEvent)
        out << "  no event: " << pattern.loc.ToString() << " has the null code ---\n";
      else
        shown.push_back(e);
      if (!pattern.reverse_code.empty() && !e.target.empty())
        shown.push_back(Reversed(e, pattern.reverse_code));
      const std::string left_out = LeftOut(dict, pattern, a, s, options_, d);
      for (const Event& x : shown) {
        const cameo::EventType* type = cameo::Find(x.event_code);
        out << "  event  " << x.source << " -> " << (x.target.empty() ? "-" : x.target)
            << " " << x.event_code << " (" << (type ? type->name : "not a CAMEO code")
            << ", " << x.modality << ")";
        if (!left_out.empty()) out << "  left out: " << left_out;
        out << "\n";
      }
    }
  }
  return out.str();
}

}  // namespace dyad

#include "coder/coreference.h"

#include <algorithm>
#include <set>

#include "coder/quotes.h"
#include "lexicon/word_classes.h"
#include "util/strings.h"

namespace dyad::coder {
namespace {
// A pronoun's antecedent is in its own sentence or one of the two before:
// further back, news has moved on to other actors and a resolution is more
// often wrong than right.
constexpr int kPronounReach = 2;

constexpr std::size_t kMemory = 48;  // units remembered

bool IsIgo(const Mention& m) { return m.code.rfind("IGO", 0) == 0; }

// An actor that stands for its country. A news outlet does not: "Rebels
// shelled the town, Reuters reported" says nothing of British rebels.
bool IsCountry(const dict::Compiled& dict, const Mention& m) {
  return !m.actor.empty() && !m.person && m.actor.size() >= 3 &&
         dict.IsCountryCode(m.actor.substr(0, 3)) &&
         m.actor.compare(m.actor.size() - 3, 3, "MED") != 0;
}

enum class Kind { kNone, kSingular, kPlural, kPerson, kOrganisation, kCountry, kPair };

// What a token (or two) at `i` refers to, and how many tokens it spans.
Kind ReferenceAt(const SentenceAnalysis& s, std::size_t i, std::size_t* len) {
  *len = 1;
  if (!(s.classes[i] & (lexicon::kPronoun | lexicon::kPossessive | lexicon::kDeterminer)))
    return Kind::kNone;
  const auto& w = s.tokens[i].norm;
  static const std::string kNone;
  const std::string& next = i + 1 < s.tokens.size() ? s.tokens[i + 1].norm : kNone;
  // "It is a disgrace that ...", "It seems ...": "it" before "is" is
  // expletive or stands for a situation far more often than for an actor.
  // "It was attacked by ..." keeps its referent.
  if (w == "it" &&
      ((i + 2 < s.tokens.size() &&
        ((s.classes[i + 1] & lexicon::kBeForm) || next == "'s") &&
        !s.tokens[i + 2].norm.ends_with("ed") && !s.tokens[i + 2].norm.ends_with("en")) ||
       next == "seems" || next == "seemed" || next == "appears"))
    return Kind::kNone;
  if (w == "it" || w == "its" || w == "itself") return Kind::kSingular;
  if (w == "they" || w == "them" || w == "their" || w == "themselves")
    return Kind::kPlural;
  if (w == "he" || w == "him" || w == "his" || w == "she" || w == "her")
    return Kind::kPerson;
  if (w == "both" || w == "the") {
    std::string n = next;
    std::size_t skip = 0;
    if (w == "the" && n == "two" && i + 2 < s.tokens.size()) {
      n = s.tokens[i + 2].norm;
      skip = 1;
    }
    if (n == "countries" || n == "sides" || n == "nations" || n == "governments" ||
        n == "neighbours" || n == "neighbors" || n == "powers" || n == "leaders" ||
        (w == "the" && n == "pair")) {
      if (w == "the" && skip == 0 && n != "pair") return Kind::kNone;  // "the countries"
      *len = 2 + skip;
      return Kind::kPair;
    }
    if (w == "the") {
      *len = 2;
      if (n == "alliance" || n == "allies" || n == "bloc" || n == "organisation" ||
          n == "organization" || n == "union" || n == "coalition")
        return Kind::kOrganisation;
      if (n == "country" || n == "nation") return Kind::kCountry;
    }
  }
  return Kind::kNone;
}

// Whether the word before `i` (past a particle: "carried out", "stepped
// up") is a verb that only carries the act its object names: "launched
// their attack", "expressed their regret". ("Condemned their protest" acts
// on someone else's.)
bool AfterSupportVerb(const SentenceAnalysis& s, std::size_t i) {
  if (i == 0) return false;
  std::size_t v = i - 1;
  if ((s.tokens[v].norm == "out" || s.tokens[v].norm == "up") && v > 0) --v;
  static constexpr std::string_view kStems[] = {
      "carr",   "launch", "stag",     "hold",    "held",     "express", "voic",
      "made",   "mak",    "step",     "continu", "end",      "began",   "begin",
      "start",  "renew",  "intensif", "mount",   "conduct",  "wag",     "deliver",
      "submit", "lodg",   "file",     "present", "reiterat", "repeat",  "escalat"};
  const std::string& w = s.tokens[v].norm;
  return std::any_of(std::begin(kStems), std::end(kStems),
                     [&](std::string_view stem) { return w.starts_with(stem); });
}

bool IsObjectPronoun(std::string_view w) { return w == "him" || w == "them"; }

// No clause boundary between `from` and `to`: no comma, subordinator or
// reporting word ("X said Y attacked him" lets "him" be X).
bool SameClause(const SentenceAnalysis& s, std::size_t from, std::size_t to) {
  for (std::size_t k = from; k < to && k < s.tokens.size(); ++k) {
    const auto& w = s.tokens[k].norm;
    if (w == "," || w == ";" || w == ":" || (s.classes[k] & lexicon::kSubordinator) ||
        !lexicon::ReportingModality(w).empty())
      return false;
  }
  return true;
}

// Whether `m` is the first actor of the clause that holds token `i`, not
// inside a prepositional phrase: that clause's subject ("As they tried to
// storm parliament, police fired tear gas at them").
bool OpensClause(const SentenceAnalysis& s, const Mention& m, std::size_t i) {
  if (m.begin > 0 && (s.classes[m.begin - 1] & lexicon::kPreposition)) return false;
  for (const Mention& other : s.mentions)
    if (other.end <= m.begin && SameClause(s, other.end, i)) return false;
  return true;
}

bool Accepts(const dict::Compiled& dict, Kind kind, const Mention& m, std::size_t size) {
  switch (kind) {
    case Kind::kSingular:
      // ("the Prime Minister ... it": one human named by a role word is "he"
      // or "she".)
      return size == 1 && !m.plural && !m.person && !m.human && !m.actor.empty();
    case Kind::kPlural:
      return size > 1 || m.plural;
    case Kind::kPerson:
      return size == 1 && (m.person || m.human);
    case Kind::kOrganisation:
      return size == 1 && IsIgo(m);
    case Kind::kCountry:
      return size == 1 && IsCountry(dict, m);
    case Kind::kPair:
      return size == 2;
    case Kind::kNone:
      break;
  }
  return false;
}

void Rebuild(SentenceAnalysis* s) {
  std::stable_sort(s->mentions.begin(), s->mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  std::map<int, std::vector<int>> groups;
  for (int i = 0; i < static_cast<int>(s->mentions.size()); ++i)
    if (s->mentions[i].group >= 0) groups[s->mentions[i].group].push_back(i);
  s->groups.clear();
  for (auto& [old_id, members] : groups) {
    for (int m : members) s->mentions[m].group = static_cast<int>(s->groups.size());
    s->groups.push_back(members);
  }
}

// "Biden and Harris sent their condolences": a name the memory added joins
// the mention it is coordinated with, so that the pair is one group.
void JoinRememberedNames(SentenceAnalysis* s) {
  auto& ms = s->mentions;
  for (std::size_t k = 0; k + 1 < ms.size(); ++k) {
    Mention &a = ms[k], &b = ms[k + 1];
    if (b.group >= 0 || a.end >= b.begin || b.begin - a.end > 2) continue;
    std::string between;
    for (auto i = a.end; i < b.begin; ++i) between += s->tokens[i].norm + " ";
    if (between != "and " && between != ", and " && !(a.group >= 0 && between == ", "))
      continue;
    if (a.group < 0) {
      a.group = static_cast<int>(s->groups.size());
      s->groups.push_back({static_cast<int>(k)});
      a.plural = true;
    }
    b.group = a.group;
    b.plural = true;
    s->groups[a.group].push_back(static_cast<int>(k + 1));
  }
}

}  // namespace

// "Orban met Xi in Beijing, where the two leaders discussed ...": two
// single actors earlier in the sentence, when it names no group.
DocumentMemory::Unit DocumentMemory::PairInSentence(const std::vector<Unit>& current,
                                                    std::uint32_t pos) {
  Unit pair;
  for (auto it = current.rbegin(); it != current.rend(); ++it) {
    if (it->front().mention.end > pos) continue;
    if (it->size() > 1) return {};  // a group: Find() takes it
    const Mention& m = it->front().mention;
    if (m.actor.empty() && !m.person) continue;
    if (!pair.empty() && pair.front().mention.code == m.code) continue;
    pair.insert(pair.begin(), it->front());
    if (pair.size() == 2) return pair;
  }
  return {};
}

std::vector<DocumentMemory::Unit> DocumentMemory::Units(const SentenceAnalysis& s,
                                                        std::string_view doc,
                                                        int sentence) {
  std::vector<Unit> units;
  std::map<int, std::size_t> unit_of_group;
  int subject_group = -2;
  bool subject_seen = false;
  for (const Mention& m : s.mentions) {
    if (m.apposition) continue;
    bool subject = false;
    if (!subject_seen || (m.group >= 0 && m.group == subject_group)) {
      std::size_t i = m.begin;
      while (i > 0 && lexicon::Is(s.tokens[i - 1].norm, lexicon::kDeterminer)) --i;
      bool in_pp = i > 0 && lexicon::Is(s.tokens[i - 1].norm, lexicon::kPreposition) &&
                   !lexicon::Is(s.tokens[i - 1].norm, lexicon::kSubordinator);
      if (!in_pp || (m.group >= 0 && m.group == subject_group)) {
        subject = true;
        subject_seen = true;
        subject_group = m.group;
      }
    }
    std::string text;
    if (m.begin < m.end && m.end <= s.tokens.size())
      text = std::string(doc.substr(s.tokens[m.begin].begin,
                                    s.tokens[m.end - 1].end - s.tokens[m.begin].begin));
    std::size_t first = m.begin;
    while (first > 0 && lexicon::Is(s.tokens[first - 1].norm, lexicon::kDeterminer))
      --first;
    // "in Chittagong, Bangladesh": the country after a place's comma too.
    if (first > 2 && s.tokens[first - 1].norm == ",") {
      std::size_t k = first - 1;
      while (k > 0 && k + 4 > first && s.tokens[k - 1].capitalized) --k;
      if (k + 1 < first) first = k;
    }
    const bool place =
        first > 0 && lexicon::Is(s.tokens[first - 1].norm, lexicon::kLocative);
    Entry e{m, text, sentence, 1, subject, place};
    if (m.group >= 0) {
      auto [it, fresh] = unit_of_group.try_emplace(m.group, units.size());
      if (!fresh) {
        units[it->second].push_back(std::move(e));
        continue;
      }
    }
    units.push_back({std::move(e)});
  }
  return units;
}

DocumentMemory::Unit DocumentMemory::Find(const std::vector<Unit>& current,
                                          std::uint32_t pos,
                                          const std::function<bool(const Unit&)>& accept,
                                          bool prefer_subjects) const {
  for (auto it = current.rbegin(); it != current.rend(); ++it)
    if (it->front().mention.end <= pos && accept(*it)) return *it;
  if (prefer_subjects) {
    for (auto it = history_.rbegin(); it != history_.rend(); ++it) {
      if (it->front().sentence < sentences_ - 2) break;
      if (it->front().subject && accept(*it)) return *it;
    }
  }
  for (auto it = history_.rbegin(); it != history_.rend(); ++it)
    if (accept(*it)) return *it;
  return {};
}

void DocumentMemory::Resolve(const dict::Compiled& dict, std::string_view doc,
                             SentenceAnalysis* s) const {
  const std::size_t before = s->mentions.size();
  names_.Resolve(s);
  if (s->mentions.size() != before) {
    Rebuild(s);
    JoinRememberedNames(s);
  }
  const std::size_t n = s->tokens.size();
  std::vector<int> mention_at(n, -1);
  for (int m = 0; m < static_cast<int>(s->mentions.size()); ++m)
    for (auto i = s->mentions[m].begin; i < s->mentions[m].end; ++i) mention_at[i] = m;
  // The sentence's own units, built only when a reference needs them.
  std::vector<Unit> current;
  bool have_current = false;
  std::vector<Mention> added;
  // Copies of this sentence's own mentions (index in `added`, the
  // antecedent's first token): they take the country the antecedent is lent
  // below ("Police said they had arrested ...").
  std::vector<std::pair<std::size_t, std::uint32_t>> copies;
  std::set<int> replaced;
  int next_group = static_cast<int>(s->groups.size());

  for (std::size_t i = 0; i < n; ++i) {
    if (mention_at[i] >= 0) continue;
    std::size_t len;
    Kind kind = ReferenceAt(*s, i, &len);
    int adjective =
        -1;  // "the Western alliance": a description around an actor adjective
    if (kind == Kind::kNone && s->tokens[i].norm == "the" && i + 2 < n &&
        mention_at[i + 1] >= 0) {
      const Mention& adj = s->mentions[mention_at[i + 1]];
      const auto& w = s->tokens[std::min<std::size_t>(adj.end, n - 1)].norm;
      if (adj.agent.empty() && !adj.person && adj.end < n &&
          (w == "alliance" || w == "bloc" || w == "organisation" ||
           w == "organization")) {
        kind = Kind::kOrganisation;
        len = adj.end + 1 - i;
        adjective = mention_at[i + 1];
      }
    }
    if (kind == Kind::kNone) continue;
    if (!have_current) {
      current = Units(*s, doc, sentences_);
      have_current = true;
    }
    bool pronoun =
        kind == Kind::kSingular || kind == Kind::kPlural || kind == Kind::kPerson;
    Unit unit = kind == Kind::kPair
                    ? PairInSentence(current, static_cast<std::uint32_t>(i))
                    : Unit();
    // "Government agents carried out their attack": a possessive "their"
    // after its own clause's support verb is that clause's subject, also a
    // collective one ("government", "the party"), before anyone earlier.
    if (unit.empty() && s->tokens[i].norm == "their" && AfterSupportVerb(*s, i))
      for (const Unit& u : current) {
        const Entry& e = u.front();
        if (e.mention.end > i || !e.subject || e.place || e.mention.person ||
            (e.mention.actor.empty() && e.mention.agent.empty()) ||
            !SameClause(*s, e.mention.end, i))
          continue;
        unit = u;
        break;
      }
    if (unit.empty())
      unit = Find(
          current, static_cast<std::uint32_t>(i),
          [&](const Unit& u) {
            if (pronoun && u.front().sentence < sentences_ - kPronounReach) return false;
            // "A fire in Bangladesh ... it killed nine": a place does not act.
            if (u.front().place && (kind == Kind::kSingular || kind == Kind::kPlural))
              return false;
            // "Benjamin challenged him": an object pronoun is not its own
            // clause's subject (that would be "himself").
            if (u.front().sentence == sentences_ && IsObjectPronoun(s->tokens[i].norm) &&
                SameClause(*s, u.front().mention.end, i) &&
                (u.front().subject || OpensClause(*s, u.front().mention, i)))
              return false;
            return Accepts(dict, kind, u.front().mention, u.size());
          },
          pronoun);
    if (unit.empty()) continue;
    if (kind == Kind::kCountry) {
      // "the country" is the country, whatever role the antecedent had.
      const std::string country = unit.front().mention.actor.substr(0, 3);
      // "the country's president": the role after it takes its country.
      if (const std::size_t k = i + len + 1;
          k < n && s->tokens[k - 1].norm == "'s" && mention_at[k] >= 0) {
        Mention& role = s->mentions[mention_at[k]];
        if (role.actor.empty() && !role.agent.empty()) {
          role.actor = country;
          role.code = CombineCodes(dict, country, role.agent);
          role.rule += "; country from \"the country\": " + country;
          i += len - 1;
          continue;
        }
      }
      unit.resize(1);
      unit.front().mention.actor = unit.front().mention.code = country;
      unit.front().mention.agent.clear();
    }
    if (adjective >= 0) replaced.insert(adjective);
    int group = unit.size() > 1 ? next_group++ : -1;
    std::string words;
    for (std::size_t k = i; k < i + len; ++k)
      words += (words.empty() ? "" : " ") + s->tokens[k].norm;
    // "the governments of the two nations", "leaders of both countries": a
    // role word with no country before "of" takes the reference's countries.
    int owned_role = -1;
    if (i >= 2 && s->tokens[i - 1].norm == "of" && mention_at[i - 2] >= 0) {
      const Mention& role = s->mentions[mention_at[i - 2]];
      if (role.end + 1 == i && role.actor.empty() && !role.agent.empty() && !role.person)
        owned_role = mention_at[i - 2];
    }
    Unit resolved;
    for (const Entry& e : unit) {
      Mention m = e.mention;
      m.begin = static_cast<std::uint32_t>(i);
      m.end = static_cast<std::uint32_t>(i + len);
      if (owned_role >= 0 && m.code.size() >= 3 &&
          dict.IsCountryCode(m.code.substr(0, 3))) {
        const Mention& role = s->mentions[owned_role];
        m.begin = role.begin;
        m.actor = m.code.substr(0, 3);
        m.agent = role.agent;
        m.code = CombineCodes(dict, m.actor, role.agent);
        m.person = m.human = false;
        replaced.insert(owned_role);
      }
      m.group = group;
      m.plural = unit.size() > 1 || m.plural;
      m.reference = true;
      m.apposition = false;
      m.rule = "reference: \"" + words + "\" -> \"" + e.text + "\" (sentence " +
               std::to_string(e.sentence) + ")";
      resolved.push_back({m, e.text, e.sentence, 1});
      if (e.sentence == sentences_) copies.emplace_back(added.size(), e.mention.begin);
      added.push_back(std::move(m));
    }
    // Later references in this sentence may point at this one ("its").
    auto at = std::find_if(current.begin(), current.end(),
                           [&](const Unit& u) { return u.front().mention.begin > i; });
    current.insert(at, std::move(resolved));
    i += len - 1;
  }

  // "'We will respond,' the ministry said": the first person of a
  // quotation is its speaker (quotes.h).
  const int speaker = QuoteSpeaker(*s, open_quote_);
  // "@user: we ...": a tweet's first person is its author.
  int handle = -1;
  for (int k = 0; k < static_cast<int>(s->mentions.size()); ++k)
    if (s->mentions[k].handle && !s->mentions[k].reference) handle = k;
  for (std::size_t i = 0; i < n; ++i) {
    if (mention_at[i] >= 0 || !IsFirstPerson(s->tokens[i].norm)) continue;
    const bool tweet = handle >= 0 && i > s->mentions[handle].end;
    if (!tweet && !InsideQuote(*s, i, open_quote_)) continue;
    // This sentence's speaker, else one of the last two sentences' (a
    // quotation that runs on).
    Mention m;
    if (tweet) {
      m = s->mentions[handle];  // its country comes below
    } else if (speaker >= 0) {
      m = s->mentions[speaker];
      copies.emplace_back(added.size(), m.begin);
    } else if (speaker_sentence_ >= sentences_ - 2 && !speaker_.code.empty()) {
      m = speaker_;
    } else {
      continue;
    }
    m.begin = static_cast<std::uint32_t>(i);
    m.end = static_cast<std::uint32_t>(i + 1);
    m.group = -1;
    m.reference = true;
    m.apposition = false;
    m.rule = (tweet ? "first person of a tweet: \"" : "first person in a quotation: \"") +
             s->tokens[i].norm + (tweet ? "\" -> its author" : "\" -> its speaker") +
             (tweet ? std::string() : " (" + m.code + ")");
    added.push_back(std::move(m));
  }

  // Agents with no country: the one country the sentence names, or for a
  // definite agent ("the government") the country named last.
  std::set<std::string> countries;
  // Whether every country named is named by a state's force abroad
  // ("American forces killed a preacher" in a story about Iraq): then a
  // private person is of the story's country, not the force's.
  bool only_forces_abroad = true;
  const std::string main_country = names_.MainCountry();
  for (const Mention& m : s->mentions) {
    const bool country_named = IsCountry(dict, m);
    // A person in office names a country too ("protesters ... Netanyahu").
    // Not a private person: "police detained the man, later identified as
    // a Libyan" in a story about Britain.
    const bool office_holder = m.person && m.code.size() >= 3 &&
                               dict.IsCountryCode(m.code.substr(0, 3)) &&
                               !m.code.ends_with("CVL");
    if (country_named) countries.insert(m.actor.substr(0, 3));
    if (office_holder) countries.insert(m.code.substr(0, 3));
    if (!country_named && !office_holder) continue;
    const std::string_view role =
        m.code.size() >= 6 ? std::string_view(m.code).substr(3, 3) : "";
    only_forces_abroad = only_forces_abroad && !m.person &&
                         (role == "MIL" || role == "UAF" || role == "SPY") &&
                         !main_country.empty() && m.code.substr(0, 3) != main_country;
  }
  // Else the places it names: "villagers in the Sinai" are Egyptians.
  if (countries.empty())
    countries.insert(s->place_countries.begin(), s->place_countries.end());
  for (Mention& m : s->mentions) {
    if (!m.actor.empty() || m.reference || (m.apposition && !m.unknown_name)) continue;
    std::string country;
    // A tweet's author writes from the country the story is about, whatever
    // the tweet names.
    if (m.handle) country = names_.MainCountry();
    // "Kenyan police said police arrested a Somali": the same role, named
    // earlier in the sentence with its country.
    if (country.empty() && !m.agent.empty())
      for (const Mention& o : s->mentions)
        if (o.end <= m.begin && o.agent == m.agent && o.actor.size() >= 3 &&
            dict.IsCountryCode(o.actor.substr(0, 3)))
          country = o.actor.substr(0, 3);
    if (!country.empty()) {
    } else if (countries.size() == 1 && only_forces_abroad && m.agent == "CVL") {
      country = main_country;
    } else if (countries.size() == 1) {
      country = *countries.begin();
    } else if (countries.empty() && m.begin > 0 && s->tokens[m.begin - 1].norm == "the") {
      // "the ministry" after "Ukraine's foreign ministry": the same role
      // first, else the country named last.
      auto recent_country = [&](const Unit& u) {
        return u.size() == 1 && IsCountry(dict, u.front().mention) &&
               u.front().sentence >= sentences_ - 2;
      };
      auto unit = Find({}, m.begin, [&](const Unit& u) {
        return recent_country(u) && u.front().mention.agent == m.agent;
      });
      if (unit.empty()) unit = Find({}, m.begin, recent_country);
      if (!unit.empty()) country = unit.front().mention.actor.substr(0, 3);
    }
    // "Police arrested three activists" in a story about Georgia.
    if (country.empty() && countries.empty()) country = names_.MainCountry();
    if (country.empty()) continue;
    m.actor = country;
    m.code = CombineCodes(dict, country, m.agent);
    m.rule += "; country from context: " + country;
    m.context_country = true;
  }
  for (const auto& [k, begin] : copies) {
    Mention& copy = added[k];
    if (!copy.actor.empty()) continue;
    for (const Mention& m : s->mentions)
      if (m.begin == begin && m.context_country && m.agent == copy.agent) {
        copy.actor = m.actor;
        copy.code = m.code;
        copy.context_country = true;
        copy.rule += "; country from context: " + m.actor;
      }
  }

  // A name no dictionary knows and no context places is no codable actor.
  for (int m = 0; m < static_cast<int>(s->mentions.size()); ++m)
    if (s->mentions[m].unknown_name && s->mentions[m].actor.empty()) replaced.insert(m);
  if (handle >= 0)
    for (Mention& m : added)
      if (m.handle) {
        m.actor = s->mentions[handle].actor;
        m.code = s->mentions[handle].code;
      }
  std::vector<Mention> kept;
  for (int m = 0; m < static_cast<int>(s->mentions.size()); ++m)
    if (!replaced.count(m)) kept.push_back(std::move(s->mentions[m]));
  for (auto& m : added)
    if (!m.unknown_name || !m.actor.empty()) kept.push_back(std::move(m));
  s->mentions = std::move(kept);
  Rebuild(s);
}

void DocumentMemory::Remember(const dict::Compiled& dict, const SentenceAnalysis& s,
                              std::string_view doc) {
  names_.Remember(dict, s, sentences_);
  if (int speaker = QuoteSpeaker(s, open_quote_); speaker >= 0) {
    speaker_ = s.mentions[speaker];
    speaker_sentence_ = sentences_;
  }
  open_quote_ = EndsInsideQuote(s, open_quote_);
  for (auto& unit : Units(s, doc, sentences_)) {
    history_.push_back(std::move(unit));
    if (history_.size() > kMemory) history_.pop_front();
  }
  ++sentences_;
}

void DocumentMemory::NoteAccusation(const std::string& accuser,
                                    const std::string& accused) {
  Accusations& a = accusations_[accused.substr(0, 3)];
  if (a.sentence != sentences_) {
    a.sentence = sentences_;
    a.accusers.clear();
  }
  std::erase(a.accusers, accuser);
  a.accusers.push_back(accuser);
}

std::vector<std::string> DocumentMemory::AccusersOf(const std::string& accused) const {
  // "China" was accused; "Beijing" (CHNGOV) denies: the country decides.
  // Only an accusation of this sentence or the one before
  // (doc/annotation.md, "Denials"): a campaign round-up accuses many.
  auto it = accusations_.find(accused.substr(0, 3));
  if (it == accusations_.end() || sentences_ - it->second.sentence > 1) return {};
  return it->second.accusers;
}

}  // namespace dyad::coder

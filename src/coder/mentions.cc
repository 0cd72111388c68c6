// Actor mentions: the noun phrases that name actors.
//
// An actor ("Russia", "Putin"), optionally with a possessive and an agent
// ("Russia's defence industry" -> RUSMIL), an actor adjective with an agent
// ("Chinese police" -> CHNCOP), an agent with "of" and an actor ("leaders of
// China"), or an agent alone ("police"). Then: titles merge with the name
// that follows ("Ukrainian President Volodymyr Zelensky"), a shared agent
// spreads over a coordination ("US and European leaders" -> USAGOV and
// EURGOV), mentions joined by "and", "or", "as well as" form groups, and
// comma-separated mentions with no "and" are appositions of the first.
#include <set>

#include "coder/analysis.h"
#include "coder/titles.h"
#include "coder/unknown_names.h"
#include "coder/word_shapes.h"
#include "lexicon/verb_forms.h"
#include "lexicon/word_classes.h"
#include "util/strings.h"

namespace dyad::coder {
namespace {

using dict::Compiled;

struct Found {
  std::uint32_t length = 0;
  std::string code, rule;
  bool person = false;
  bool place = false;  // a place ("South China Sea"): no mention
  std::string name;    // the entry's display name ("Jordan")
};

// Walks the phrases of `trie` that start at `i`, longest first, skipping
// acronyms not written in capitals and names not capitalised; `take` turns
// an entry index into a Found (an empty code means: this entry does not
// qualify, go on).
template <typename Take>
Found Longest(const dict::TokenTrie& trie, const SentenceAnalysis& s,
              std::string_view doc, std::size_t i, Take take) {
  // Most tokens start no phrase: ask for the longest first, and only list
  // the shorter ones when the longest does not qualify.
  if (i >= s.tokens.size() || trie.LongestMatch(s.ids, i).length == 0) return {};
  auto matches = trie.AllMatches(s.ids, i);
  for (auto m = matches.rbegin(); m != matches.rend(); ++m) {
    for (std::uint32_t value : trie.Values(m->node)) {
      if (Compiled::NeedsCapitals(value) &&
          !WrittenInCapitals(s, doc, i, m->length, Compiled::NameWords(value)))
        continue;
      if (!WrittenAsName(s, doc, i, m->length, Compiled::NameWords(value))) continue;
      Found found = take(Compiled::EntryOf(value));
      if (found.code.empty()) continue;
      found.length = m->length;
      return found;
    }
  }
  return {};
}

// Longest actor phrase at `i` that has a role on `date`.
Found ActorAt(const Compiled& dict, const SentenceAnalysis& s, std::string_view doc,
              std::size_t i, int date) {
  return Longest(dict.actors(), s, doc, i, [&](std::uint32_t index) {
    const auto& entry = dict.entries().actors[index];
    if (entry.place)
      return Found{0,
                   entry.roles.empty() ? "-" : entry.roles[0].code,
                   entry.loc.ToString() + " " + entry.names[0],
                   false,
                   true,
                   entry.names[0]};
    return Found{0,
                 dict.ActorCode(entry, date),
                 entry.loc.ToString() + " " + entry.names[0],
                 entry.IsPerson(),
                 false,
                 entry.names[0]};
  });
}

Found AgentAt(const Compiled& dict, const SentenceAnalysis& s, std::string_view doc,
              std::size_t i) {
  return Longest(dict.agents(), s, doc, i, [&](std::uint32_t index) {
    const auto& entry = dict.entries().agents[index];
    return Found{0,     entry.code, entry.loc.ToString() + " " + entry.names[0],
                 false, false,      entry.names[0]};
  });
}

bool EndsInS(const SentenceAnalysis& s, std::uint32_t end) {
  const std::string& w = s.tokens[end - 1].norm;
  return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's';
}

// Whether an agent mention ending at `end` names many: a plural, an
// irregular one ("people", "women", "gunmen", "children"), or the police
// ("they" may stand for them).
bool NamesMany(const SentenceAnalysis& s, std::uint32_t end) {
  const std::string& w = s.tokens[end - 1].norm;
  return EndsInS(s, end) || w == "police" || w == "people" || w == "children" ||
         (w.size() >= 3 && w.ends_with("men"));
}

// Whether the word at `i` can modify a noun: a lower-case open-class word
// that is no inflected verb form ("peace" in "US peace envoy"; not "says").
bool NounModifierAt(const SentenceAnalysis& s, std::size_t i) {
  if (i >= s.tokens.size()) return false;
  const text::Token& w = s.tokens[i];
  if (w.kind != text::TokenKind::kWord || w.capitalized || s.classes[i] != 0 ||
      w.norm.ends_with("ed") || w.norm.ends_with("ing") || w.norm.ends_with("s") ||
      w.norm.size() < 3)
    return false;
  const auto lemmas = lexicon::VerbForms::Default().Lemmas(w.norm);
  return lemmas.empty() || lemmas.front() == w.norm;
}

// Whether a singular agent mention ending at `end` names one human being,
// whom "he", "him" or "her" may stand for ("a 66-year-old man ... released
// him"); not a body ("the court", "the media").
bool NamesOneHuman(const SentenceAnalysis& s, std::uint32_t end) {
  static const std::set<std::string_view> kPersons = {
      "man",        "woman",     "boy",        "girl",      "person",      "suspect",
      "attacker",   "assailant", "gunman",     "victim",    "journalist",  "reporter",
      "activist",   "student",   "teacher",    "worker",    "resident",    "citizen",
      "lawyer",     "officer",   "soldier",    "policeman", "detainee",    "prisoner",
      "protester",  "blogger",   "writer",     "priest",    "imam",        "doctor",
      "survivor",   "passenger", "driver",     "child",     "teenager",    "minister",
      "president",  "leader",    "official",   "spokesman", "spokeswoman", "judge",
      "prosecutor", "lawmaker",  "senator",    "governor",  "mayor",       "commander",
      "general",    "diplomat",  "ambassador", "envoy",     "refugee",     "migrant"};
  return !EndsInS(s, end) && kPersons.count(s.tokens[end - 1].norm) > 0;
}

// The words between two mentions that coordinate them.
enum class Link { kNone, kAnd, kComma };
Link LinkBetween(const Compiled& dict, const SentenceAnalysis& s, std::uint32_t from,
                 std::uint32_t to) {
  // "and the evil, awful Gondor": up to three adjectives before the next
  // name (lower-case open-class words, not verb forms) do not break the list.
  for (int k = 0; k < 3 && to > from + 1; ++k) {
    const text::Token& w = s.tokens[to - 1];
    if (w.kind != text::TokenKind::kWord || w.capitalized || s.classes[to - 1] != 0 ||
        w.norm.ends_with("ed") || w.norm.ends_with("ing") || w.norm.ends_with("s") ||
        dict.verbs().LongestMatch(s.ids, to - 1).length > 0)  // "Brennan, met Hadi"
      break;
    --to;
  }
  // "radio station Hot FM, and": the name a role word stands before.
  if (from > 0 && !s.tokens[from - 1].capitalized)
    for (int k = 0; k < 3 && from < to && s.tokens[from].capitalized &&
                    s.tokens[from].kind == text::TokenKind::kWord &&
                    !(s.classes[from] &
                      (lexicon::kDeterminer | lexicon::kPronoun | lexicon::kPreposition));
         ++k)
      ++from;
  std::string words;
  for (std::uint32_t i = from; i < to; ++i)
    words += (words.empty() ? "" : " ") + s.tokens[i].norm;
  if (words == "and" || words == "or" || words == ", and" || words == ", or" ||
      words == "as well as" || words == "and the" || words == ", and the" ||
      words == "and a" || words == "and an" || words == ", and a" ||
      words == ", and an" || words == "nor")
    return Link::kAnd;
  if (words == "," || words == ", the" || words == ", a" || words == ", an")
    return Link::kComma;
  return Link::kNone;
}

// A mention followed by a finite verb-like word starts a clause of its own.
bool NewClauseAfter(const SentenceAnalysis& s, const Mention& m) {
  if (m.end >= s.tokens.size()) return false;
  const text::Token& next = s.tokens[m.end];
  std::uint32_t c = lexicon::ClassesOf(next.norm);
  if (c & (lexicon::kBeForm | lexicon::kHaveForm | lexicon::kDoForm | lexicon::kModal |
           lexicon::kAdverb))
    return true;
  return c == 0 && next.kind == text::TokenKind::kWord && !next.capitalized &&
         next.norm != "'s";
}

void MergeTitles(SentenceAnalysis* s) {
  std::vector<Mention> merged;
  for (auto& m : s->mentions) {
    // "Iran's foreign minister Abbas ...": a name whose country contradicts
    // its title is a first name that happens to match someone else.
    bool contradicts = !merged.empty() && m.person && !merged.back().actor.empty() &&
                       m.code.substr(0, 3) != merged.back().actor.substr(0, 3);
    if (!merged.empty() && merged.back().end == m.begin && !merged.back().person &&
        (m.person || merged.back().actor.empty())) {
      // "a critic of Russian president Vladimir Putin": the name is the
      // owner's after "of", not the role word's.
      if (contradicts ||
          (merged.back().agent_first && merged.back().agent == "OPP" && m.person)) {
        merged.back().end = m.end;  // keep the title's code
        continue;
      }
      // "Ukrainian President" + "Volodymyr Zelensky": the name decides,
      // unless the dictionary knows the person only out of office (ELI, or
      // the bare country before their first): "Governor Pedro Pierluisi" on
      // a date its list of offices misses.
      Mention& title = merged.back();
      title.end = m.end;
      const bool title_office = m.OutOfOffice() && !title.agent.empty() &&
                                title.agent != "ELI" && !title.former;
      title.code = title_office ? m.code.substr(0, 3) + title.agent : m.code;
      title.actor = m.actor;
      title.agent = m.agent.empty() || title_office ? title.agent : m.agent;
      title.person = m.person;
      title.name_begin = m.name_begin;
      title.rule = m.rule + "; " + title.rule;
      continue;
    }
    // "Bree Prime Minister Romendacil", the name coded only as its country:
    // the title says more.
    if (!merged.empty() && merged.back().end == m.begin && !merged.back().agent.empty() &&
        m.agent.empty() && !m.person && !merged.back().actor.empty() &&
        m.code == merged.back().actor) {
      merged.back().end = m.end;
      continue;
    }
    merged.push_back(std::move(m));
  }
  s->mentions = std::move(merged);
}

// "tribes along the Pakistan border", "off the Syrian coast": a bare
// country before a word for a stretch of land or sea, in a phrase of place,
// names a place, not an actor ("Pakistan border guards" keep their agent).
void DropCountriesNamingPlaces(SentenceAnalysis* s) {
  static const std::set<std::string_view> kPlaces = {
      "border", "borders", "frontier", "coast",    "coastline",   "waters", "territory",
      "side",   "region",  "province", "mainland", "countryside", "soil",   "peninsula"};
  std::erase_if(s->mentions, [&](const Mention& m) {
    if (m.person || !m.agent.empty() || m.code.size() != 3 || m.end >= s->tokens.size() ||
        !kPlaces.count(s->tokens[m.end].norm))
      return false;
    // Only in a phrase of place: "along the Pakistan border"; "shelled the
    // Syrian border town" aims at Syria.
    std::uint32_t k = m.begin;
    if (k > 0 && s->tokens[k - 1].norm == "the") --k;
    static const std::set<std::string_view> kOfPlace = {
        "along", "across", "near", "at",   "on",     "to",      "from", "by",
        "in",    "beyond", "off",  "over", "inside", "outside", "into", "toward"};
    if (k == 0 || !kOfPlace.count(s->tokens[k - 1].norm)) return false;
    // "the Kenyan side said": a side that speaks is a party.
    if (s->tokens[m.end].norm == "side" && m.end + 1 < s->tokens.size() &&
        s->tokens[m.end + 1].kind == text::TokenKind::kWord && s->classes[m.end + 1] == 0)
      return false;
    s->place_countries.push_back(m.code);
    return true;
  });
}

// "the army's Western Mindanao Command": "Western" that opens a longer
// capitalised name is part of that name, not the West.
void DropWesternInNames(SentenceAnalysis* s) {
  const std::size_t n = s->tokens.size();
  std::vector<bool> covered(n, false);
  for (const Mention& m : s->mentions)
    for (auto i = m.begin; i < m.end; ++i) covered[i] = true;
  std::erase_if(s->mentions, [&](const Mention& m) {
    if (m.end != m.begin + 1 || m.code != "WST" || s->tokens[m.begin].norm != "western" ||
        m.end >= n)
      return false;
    const text::Token& next = s->tokens[m.end];
    return next.capitalized && next.kind == text::TokenKind::kWord && !covered[m.end];
  });
}

// "Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin": a
// person's own country after "of" is part of the name's phrase, so that the
// two people, not Nigeria and Talon, are the list.
void AbsorbOwnCountry(SentenceAnalysis* s) {
  auto& ms = s->mentions;
  for (std::size_t i = 0; i + 1 < ms.size(); ++i) {
    const Mention& person = ms[i];
    const Mention& country = ms[i + 1];
    std::uint32_t k = person.end;
    if (!person.person || k + 1 >= s->tokens.size() || s->tokens[k].norm != "of")
      continue;
    if (s->tokens[k + 1].norm == "the") ++k;
    if (country.begin != k + 1 || country.person || !country.agent.empty() ||
        country.code.size() != 3 || !person.code.starts_with(country.code))
      continue;
    ms[i].name_end = static_cast<int>(ms[i].end);
    ms[i].end = country.end;
    ms.erase(ms.begin() + static_cast<std::ptrdiff_t>(i + 1));
  }
}

void GroupAndAppose(const Compiled& dict, SentenceAnalysis* s) {
  auto& ms = s->mentions;
  std::size_t i = 0;
  while (i < ms.size()) {
    std::size_t j = i;
    bool has_and = false;
    while (j + 1 < ms.size()) {
      Link link = LinkBetween(dict, *s, ms[j].end, ms[j + 1].begin);
      if (link == Link::kNone) break;
      // "pledged aid to Ukraine, and Poland promised": a new clause's subject;
      // but "Japan, India, and Australia met": a serial comma ends a list.
      if (link == Link::kAnd && s->tokens[ms[j].end].norm == "," && j == i &&
          NewClauseAfter(*s, ms[j + 1]))
        break;
      has_and = has_and || link == Link::kAnd;
      ++j;
      if (link == Link::kAnd) break;  // "A, B and C" ends at C
    }
    if (j == i) {
      ++i;
      continue;
    }
    if (!has_and) {
      // "Jens Stoltenberg, NATO's secretary general, said": one actor. Only
      // when the inserted phrase is closed by a comma (or the sentence ends):
      // "Despite pushback from Beijing, NATO leaders said" is not one.
      std::uint32_t after = ms[j].end;
      bool closed = after >= s->tokens.size() || s->tokens[after].norm == "," ||
                    s->tokens[after].norm == ".";
      if (closed)
        for (std::size_t k = i + 1; k <= j; ++k) ms[k].apposition = true;
      i = j + 1;
      continue;
    }
    // "US and European leaders": the last member's agent is shared.
    const std::string& agent = ms[j].agent;
    if (!agent.empty() && !ms[j].actor.empty()) {
      for (std::size_t k = i; k < j; ++k) {
        if (ms[k].agent.empty() && !ms[k].person && !ms[k].actor.empty()) {
          ms[k].agent = agent;
          ms[k].code = CombineCodes(dict, ms[k].actor, agent);
          ms[k].rule += "; agent shared with \"" + ms[j].rule + "\"";
        }
      }
    }
    // "lawmakers in Arnor and Gondor": the first member's agent is shared.
    if (ms[i].agent_first) {
      for (std::size_t k = i + 1; k <= j; ++k) {
        if (ms[k].agent.empty() && !ms[k].person && !ms[k].actor.empty()) {
          ms[k].agent = ms[i].agent;
          ms[k].code = CombineCodes(dict, ms[k].actor, ms[i].agent);
          ms[k].rule += "; agent shared with \"" + ms[i].rule + "\"";
        }
      }
    }
    int g = static_cast<int>(s->groups.size());
    s->groups.emplace_back();
    for (std::size_t k = i; k <= j; ++k) {
      ms[k].group = g;
      ms[k].plural = true;
      s->groups.back().push_back(static_cast<int>(k));
    }
    i = j + 1;
  }
}

// "... claimed responsibility for the attack #Yemen": hashtags that close
// a tweet tag its topic; they name no actor. (One inside the sentence may:
// "#Armenia president visited the site".)
void DropTrailingHashtags(SentenceAnalysis* s) {
  const auto is_tag_start = [&](std::size_t i) {
    return i + 1 < s->tokens.size() && s->tokens[i].norm == "#" &&
           s->tokens[i].end == s->tokens[i + 1].begin;
  };
  std::size_t tail = s->tokens.size();  // where the closing run of tags starts
  for (std::size_t i = s->tokens.size(); i-- > 0;) {
    const text::Token& t = s->tokens[i];
    if (t.kind == text::TokenKind::kPunct || is_tag_start(i)) {
      if (is_tag_start(i)) tail = i;
      continue;
    }
    if (i > 0 && is_tag_start(i - 1)) continue;  // the word of a tag
    break;
  }
  std::erase_if(s->mentions, [&](const Mention& m) {
    return m.begin > tail && m.begin > 0 && is_tag_start(m.begin - 1);
  });
}

}  // namespace

void FindMentions(const Compiled& dict, std::string_view doc, int date,
                  SentenceAnalysis* s) {
  const std::size_t n = s->tokens.size();
  auto u32 = [](std::size_t v) { return static_cast<std::uint32_t>(v); };
  std::size_t i = 0;
  while (i < n) {
    Found actor = ActorAt(dict, *s, doc, i, date);
    // "the Gulf" must not eat "Gulf Cooperation Council": a phrase that
    // starts with "the" gives way to a longer one starting after it.
    if (actor.length > 1 && s->tokens[i].norm == "the" &&
        ActorAt(dict, *s, doc, i + 1, date).length >= actor.length) {
      ++i;
      continue;
    }
    // "in the South China Sea": a place is no actor, and the country word
    // inside it is not one either; but "Sinai police" are its country's.
    if (actor.place) {
      // The story's country counts its places too (NameMemory::MainCountry).
      if (actor.code.size() >= 3 && dict.IsCountryCode(actor.code.substr(0, 3)))
        s->place_countries.push_back(actor.code.substr(0, 3));
      std::size_t j = i + actor.length;
      Found agent = actor.code == "-" ? Found{} : AgentAt(dict, *s, doc, j);
      if (agent.length > 0) {
        Mention m{u32(i),     u32(j + agent.length),         "", actor.code,
                  agent.code, actor.rule + "; " + agent.rule};
        m.code = CombineCodes(dict, actor.code, agent.code);
        m.plural = NamesMany(*s, m.end);
        m.human = NamesOneHuman(*s, m.end);
        s->mentions.push_back(std::move(m));
        j += agent.length;
      }
      i = j;
      continue;
    }
    if (actor.length == 1 && !actor.person && actor.code.size() == 3 &&
        FirstNameNotCountry(*s, doc, i, actor.name) &&
        ActorAt(dict, *s, doc, i + 1, date).length == 0 &&
        AgentAt(dict, *s, doc, i + 1).length == 0 &&
        dict.verbs().LongestMatch(s->ids, i + 1).length == 0 &&
        dict.nouns().LongestMatch(s->ids, i + 1).length == 0) {
      i += 2;
      continue;
    }
    if (actor.length > 0) {
      std::size_t j = i + actor.length;
      // "Russia's defence industry", "Russian police".
      std::size_t k = j < n && s->tokens[j].norm == "'s" ? j + 1 : j;
      Mention m{u32(i), u32(j), actor.code, actor.code, "", actor.rule};
      m.person = actor.person;
      if (actor.person) m.name_begin = static_cast<int>(i);
      bool former = false;
      const std::size_t skip = actor.person ? 0 : TitleModifiersAt(*s, k, &former);
      // A person's agents need the possessive: "Putin's government".
      Found agent = actor.person && k == j ? Found{} : AgentAt(dict, *s, doc, k + skip);
      if (k == j && skip == 0 && VerbNotAgent(*s, k, agent.length)) agent = Found{};
      // "Obama's counterterrorism adviser", "Yemen's new president": after
      // a possessive, up to two lower-case modifiers before the agent.
      std::size_t modifiers = 0;
      for (std::size_t extra = 0; agent.length == 0 && k != j && extra < 2; ++extra) {
        const std::size_t w = k + skip + extra;
        // "Trump's policies regarding Muslims": a preposition-like
        // participle ends the phrase.
        const std::string& word = s->tokens[w].norm;
        if (w + 1 >= n || s->tokens[w].kind != text::TokenKind::kWord ||
            s->tokens[w].capitalized || s->classes[w] != 0 || word == "regarding" ||
            word == "concerning" || word == "including" || word == "involving" ||
            word == "following")
          break;
        agent = AgentAt(dict, *s, doc, w + 1);
        modifiers = extra + 1;
      }
      // "a US peace envoy", "Russian rights activists": without one, a
      // single noun modifier (not a verb form: "Russia says police").
      // Nor a word that starts a verb pattern: "Egypt put opposition
      // leaders on trial".
      if (agent.length == 0 && k == j && !actor.person && k + 1 < n &&
          NounModifierAt(*s, k + skip) &&
          dict.verbs().LongestMatch(s->ids, k + skip).length == 0) {
        agent = AgentAt(dict, *s, doc, k + skip + 1);
        modifiers = 1;
      }
      if (agent.length == 0) modifiers = 0;
      if (skip > 0 && agent.length == 0) former = false;
      if (agent.length > 0) {
        // "former French President": the word may come before the country.
        m.former = former || (i > 0 && (s->tokens[i - 1].norm == "former" ||
                                        s->tokens[i - 1].norm == "ex"));
        m.end = u32(k + skip + modifiers + agent.length);
        // "US Defense Department officials": known by its first role word.
        for (Found more; m.end < n && s->tokens[m.end].norm != "'s" &&
                         (more = AgentAt(dict, *s, doc, m.end)).length > 0 &&
                         !VerbNotAgent(*s, m.end, more.length);)
          m.end += more.length;
        m.agent = agent.code;
        m.code = CombineCodes(dict, actor.code, agent.code);
        m.rule += "; " + agent.rule;
        m.plural = NamesMany(*s, m.end);
        m.human = NamesOneHuman(*s, m.end);
      }
      i = m.end;
      s->mentions.push_back(std::move(m));
      continue;
    }
    bool former = false;
    const std::size_t skip = TitleModifiersAt(*s, i, &former);
    Found agent = AgentAt(dict, *s, doc, i + skip);
    // After a name or a relative pronoun: "Brazil heads the", "who heads the".
    bool after_name =
        i > 0 && ((!s->mentions.empty() && s->mentions.back().end == i) ||
                  s->tokens[i - 1].capitalized || s->tokens[i - 1].norm == "who" ||
                  s->tokens[i - 1].norm == "which" || s->tokens[i - 1].norm == "that");
    bool infinitive = i > 0 && (s->tokens[i - 1].norm == "to" ||
                                (s->classes[i - 1] & lexicon::kModal) != 0);
    if (agent.length == 0 ||
        (skip == 0 && (after_name || infinitive) && VerbNotAgent(*s, i, agent.length)) ||
        AdjectiveNotAgent(*s, i + skip, agent.length)) {
      ++i;
      continue;
    }
    std::size_t j = i + skip + agent.length;
    // "opposition activists": one mention, known by its first role word.
    while (j < n && s->tokens[j].norm != "'s") {
      Found more = AgentAt(dict, *s, doc, j);
      if (more.length == 0 || VerbNotAgent(*s, j, more.length)) break;
      j += more.length;
    }
    Mention m{u32(i), u32(j), agent.code, "", agent.code, agent.rule};
    m.former = former;
    m.plural = NamesMany(*s, u32(j));
    m.human = NamesOneHuman(*s, u32(j));
    // "leaders of China", "a spokesman for the Chinese foreign ministry",
    // "the government in Damascus", "police in Moscow".
    if (j + 1 < n && (s->tokens[j].norm == "of" || s->tokens[j].norm == "for" ||
                      s->tokens[j].norm == "in" || s->tokens[j].norm == "from")) {
      std::size_t k = j + 1 + (s->tokens[j + 1].norm == "the" ? 1 : 0);
      if (Found owner = ActorAt(dict, *s, doc, k, date);
          owner.length > 0 && !owner.person && (!owner.place || owner.code != "-")) {
        // "police in Istanbul": a place lends its country.
        std::size_t end = k + owner.length;
        if (Found tail = AgentAt(dict, *s, doc, end); tail.length > 0) end += tail.length;
        m.end = u32(end);
        m.actor = owner.code;
        // "a critic of Russian president Putin", "opponents of the
        // government": the opposition of the owner's country, not the owner.
        if (agent.code == "OPP" && owner.code.size() > 3 &&
            !owner.code.starts_with("IGO") && !owner.code.starts_with("NGO"))
          m.actor = owner.code.substr(0, 3);
        m.code = CombineCodes(dict, m.actor, agent.code);
        m.rule = owner.rule + "; " + agent.rule;
        m.agent_first = true;
      }
    }
    i = m.end;
    s->mentions.push_back(std::move(m));
  }
  MergeTitles(s);
  ExtendTitlesOverNames(dict, s);
  AddUnknownNames(doc, s);
  DropTrailingHashtags(s);
  AbsorbOwnCountry(s);
  DropCountriesNamingPlaces(s);
  DropWesternInNames(s);
  GroupAndAppose(dict, s);
  CodeUnknownNamesByApposition(dict, s);
}

}  // namespace dyad::coder

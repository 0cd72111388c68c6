#include "coder/unknown_names.h"

#include <algorithm>
#include <set>
#include <string_view>
#include <unordered_set>

#include "coder/titles.h"
#include "coder/word_shapes.h"
#include "lexicon/word_classes.h"

namespace dyad::coder {
namespace {

constexpr std::size_t kMaxNameWords = 4;

// Words that make a capitalised phrase an organisation, a place, an event, a
// work or a date rather than a person.
bool IsNotPersonWord(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      // organisations and media
      "tv", "news", "times", "post", "press", "radio", "daily", "journal", "herald",
      "tribune", "gazette", "magazine", "channel", "network", "media", "online", "party",
      "ministry", "council", "committee", "commission", "association", "union", "league",
      "university", "institute", "foundation", "bank", "company", "corporation", "corp",
      "inc", "ltd", "group", "agency", "authority", "court", "movement", "front", "forum",
      "campaign", "coalition", "alliance", "federation", "organisation", "organization",
      "office", "department", "service", "services", "force", "forces", "army", "navy",
      "police", "guard", "brigade", "brigades", "club", "team", "society", "centre",
      "center", "trust", "fund", "project", "program", "programme", "initiative", "watch",
      "international", "airlines", "airways", "school", "college", "academy", "hospital",
      "church", "mosque", "temple", "museum", "library", "congress", "assembly",
      "parliament", "senate", "house", "cabinet", "government", "state", "states",
      "republic", "kingdom", "rights", "freedom", "democracy", "revolution", "council",
      "board", "command", "headquarters", "division", "battalion", "regiment", "corps",
      // places
      "street", "avenue", "road", "square", "bridge", "airport", "station", "park",
      "hall", "palace", "tower", "building", "stadium", "island", "islands", "river",
      "sea", "ocean", "lake", "mountain", "mountains", "valley", "city", "province",
      "county", "district", "region", "village", "town", "camp", "border", "strait",
      "gulf", "bay", "coast", "desert", "north", "south", "east", "west", "central",
      "northern", "southern", "eastern", "western", "new",
      // events, works, laws, dates
      "day", "week", "festival", "award", "prize", "games", "cup", "olympics",
      "conference", "summit", "war", "act", "law", "bill", "amendment", "treaty",
      "accord", "agreement", "plan", "report", "declaration", "constitution", "monday",
      "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
      "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "christmas", "easter", "ramadan", "eid", "covid",
      "coronavirus", "internet", "twitter", "facebook", "youtube", "google", "god",
      "allah", "jesus", "islam", "christian", "muslim",
      // storms and works ("Typhoon Phanfone", "The Bernie and Sid Show")
      "hurricane", "typhoon", "cyclone", "storm", "tornado", "earthquake", "show",
      "convention", "concert", "film", "movie", "album", "book", "novel", "song"};
  return kWords.count(w) > 0;
}

// A word that starts a sentence with a capital and is no name: adverbs
// ("Yesterday", "Meanwhile", "Reportedly") and verb forms ("Speaking").
bool NotNameAtStart(std::string_view w) {
  static const std::set<std::string_view> kWords = {
      "yesterday",    "today",       "tonight",    "tomorrow",   "meanwhile",
      "however",      "earlier",     "later",      "last",       "next",
      "now",          "then",        "also",       "still",      "instead",
      "separately",   "elsewhere",   "overnight",  "again",      "here",
      "there",        "thus",        "hence",      "moreover",   "furthermore",
      "nevertheless", "nonetheless", "previously", "currently",  "recently",
      "finally",      "eventually",  "initially",  "afterwards", "additionally",
      "similarly",    "likewise",    "otherwise",  "indeed",     "so",
      "yet",          "well",        "even",       "dear",       "mr",
      "mrs",          "ms",          "dr",         "sir",        "madam",
      "lady",         "lord"};
  return kWords.count(w) > 0 || w.ends_with("ly") || w.ends_with("ing") ||
         w.ends_with("ed");
}

// The first word of many place names.
bool IsPlaceWord(std::string_view w) {
  return w == "el" || w == "los" || w == "las" || w == "san" || w == "santa" ||
         w == "santo" || w == "sao" || w == "port" || w == "fort" || w == "mount" ||
         w == "saint" || w == "st" || w == "cape" || w == "puerto" || w == "porto" ||
         w == "ciudad" || w == "lake" || w == "upper" || w == "lower" || w == "greater";
}

// "al-Quaety", "el-Sisi": a lowercase prefix before a capitalised name.
bool IsArabicArticleName(std::string_view raw) {
  for (std::string_view p : {"al-", "el-", "ad-", "as-", "ash-", "an-", "ar-"})
    if (raw.size() > p.size() + 1 && raw.substr(0, p.size()) == p &&
        raw[p.size()] >= 'A' && raw[p.size()] <= 'Z')
      return true;
  return false;
}

bool HasLowercase(std::string_view raw) {
  return std::any_of(raw.begin(), raw.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

bool HasDigit(std::string_view raw) {
  return std::any_of(raw.begin(), raw.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A word that can be part of a person's name: capitalised, not all capitals
// ("NPR", "PTA" are organisations), not a function word, not a word that
// makes the phrase something else.
bool IsNameWord(std::string_view doc, const SentenceAnalysis& s, std::size_t i) {
  const text::Token& t = s.tokens[i];
  const std::string_view raw = doc.substr(t.begin, t.size());
  if (t.kind != text::TokenKind::kWord || s.classes[i] != 0) return false;
  if (!t.capitalized && !IsArabicArticleName(raw)) return false;
  return raw.size() >= 2 && HasLowercase(raw) && !HasDigit(raw) &&
         !IsNotPersonWord(t.norm);
}

// "John O. Brennan": an initial inside a name.
bool IsInitial(std::string_view doc, const text::Token& t) {
  const std::string_view raw = doc.substr(t.begin, t.size());
  return (raw.size() == 1 || (raw.size() == 2 && raw[1] == '.')) && raw[0] >= 'A' &&
         raw[0] <= 'Z';
}

// "tenth", "10th", "annual": what counts editions of an event.
bool IsOrdinal(std::string_view w) {
  static const std::unordered_set<std::string_view> kWords = {
      "first",    "second",  "third",  "fourth",    "fifth",
      "sixth",    "seventh", "eighth", "ninth",     "tenth",
      "eleventh", "twelfth", "annual", "inaugural", "biennial"};
  if (kWords.count(w)) return true;
  return w.size() >= 3 && w[0] >= '0' && w[0] <= '9' &&
         (w.ends_with("th") || w.ends_with("st") || w.ends_with("nd") ||
          w.ends_with("rd"));
}

// "Mr. Brennan": a person, even with one name word.
bool IsHonorific(std::string_view w) {
  return w == "mr." || w == "mrs." || w == "ms." || w == "dr." || w == "mr" ||
         w == "mrs" || w == "ms" || w == "dr";
}

// "@A4Mai:" opening a sentence (or after "RT"): a tweet's author.
// Returns the token after the handle ("@Ray_owl" may be several tokens),
// or 0 when there is none.
std::size_t HandleAt(const SentenceAnalysis& s, std::size_t i) {
  if (s.tokens.size() < i + 3 || s.tokens[i].norm != "@" ||
      s.tokens[i + 1].kind != text::TokenKind::kWord ||
      !(i == 0 || (i == 1 && s.tokens[0].norm == "rt")))
    return 0;
  // The handle's pieces are adjacent: no space before the colon.
  for (std::size_t k = i + 2; k < s.tokens.size() && k < i + 6; ++k) {
    if (s.tokens[k].norm == ":") return k;
    if (s.tokens[k].begin != s.tokens[k - 1].end) return 0;
  }
  return 0;
}

// Particles inside a name: "Osama bin Laden", "Ursula von der Leyen".
bool IsNameParticle(std::string_view w) {
  return w == "bin" || w == "ibn" || w == "de" || w == "van" || w == "von" ||
         w == "der" || w == "da" || w == "di" || w == "du" || w == "dos" || w == "del" ||
         w == "dela" || w == "della" || w == "das";
}

// Title Case headlines ("Serbian Protesters Try to Storm Parliament") name
// no one: most of their words are capitalised.
bool TitleCase(const SentenceAnalysis& s) {
  // A headline is a fragment: a sentence with its full stop is no headline,
  // however many names it holds ("@A4Mai: Dear Mr. Brennan, leave Yemen.").
  if (s.segment.kind != text::SegmentKind::kFragment) return false;
  std::size_t words = 0, capitalised = 0;
  for (const text::Token& t : s.tokens) {
    if (t.kind != text::TokenKind::kWord) continue;
    ++words;
    capitalised += t.capitalized;
  }
  return words >= 4 && capitalised * 4 > words * 3;
}

// The mention of a country alone ("India", not "Indian police") that starts
// at token `i` and ends the phrase, or -1.
int BareCountryAt(const SentenceAnalysis& s, std::size_t i) {
  for (int k = 0; k < static_cast<int>(s.mentions.size()); ++k) {
    const Mention& m = s.mentions[k];
    if (m.begin != i) continue;
    const bool ends =
        m.end >= s.tokens.size() || s.tokens[m.end].kind == text::TokenKind::kPunct;
    return ends && !m.person && m.agent.empty() && m.actor.size() == 3 ? k : -1;
  }
  return -1;
}

// "Minister for Information and Technology, Raja Ashraf": the title
// mention that a comma before the name closes, or -1.
int TitleBeforeComma(const SentenceAnalysis& s, std::uint32_t name) {
  if (name < 2 || s.tokens[name - 1].norm != ",") return -1;
  for (int k = static_cast<int>(s.mentions.size()) - 1; k >= 0; --k) {
    const Mention& m = s.mentions[k];
    if (m.end > name - 1) continue;
    if (m.end + 6 < name || m.person || m.plural || m.agent.empty() ||
        !IsPersonTitle(s.tokens[m.end - 1].norm))
      return -1;
    // Only the title's own complement between: "for Information and Technology".
    for (auto i = m.end; i + 1 < name; ++i) {
      const auto& w = s.tokens[i].norm;
      if (!s.tokens[i].capitalized && w != "for" && w != "of" && w != "and" && w != "the")
        return -1;
    }
    return k;
  }
  return -1;
}

}  // namespace

void AddUnknownNames(std::string_view doc, SentenceAnalysis* s) {
  const std::size_t n = s->tokens.size();
  if (n < 2 || TitleCase(*s)) return;
  std::vector<bool> covered(n, false);
  for (const Mention& m : s->mentions)
    for (auto i = m.begin; i < m.end; ++i) covered[i] = true;
  // Where the sentence's words start: after a tweet's "@author:" or an
  // opening quotation mark.
  std::size_t start = 0;
  if (std::size_t colon = HandleAt(*s, 0); colon > 0)
    start = colon + 1;
  else if (std::size_t rt = HandleAt(*s, 1); rt > 0)
    start = rt + 1;
  else if (s->tokens[0].norm == "\"" || s->tokens[0].norm == "'")
    start = 1;
  std::vector<Mention> added;
  for (std::size_t i = 0; i < n; ++i) {
    if (covered[i]) continue;
    if (const std::size_t colon = HandleAt(*s, i); colon > 0) {
      Mention m;
      m.begin = static_cast<std::uint32_t>(i);
      m.end = static_cast<std::uint32_t>(colon);
      m.person = m.unknown_name = m.handle = true;
      m.code = m.agent = "CVL";
      m.rule = "a tweet's author: a person (CVL)";
      added.push_back(std::move(m));
      i = colon;
      continue;
    }
    const bool honorific = IsHonorific(s->tokens[i].norm) && i + 1 < n &&
                           !covered[i + 1] && IsNameWord(doc, *s, i + 1);
    if (!honorific && !IsNameWord(doc, *s, i)) continue;
    std::size_t j = i + honorific, names = honorific;
    while (j < n && !covered[j] &&
           (IsNameWord(doc, *s, j) ||
            (j > i && j + 1 < n && IsNameWord(doc, *s, j + 1) &&
             (IsNameParticle(s->tokens[j].norm) || IsInitial(doc, s->tokens[j]))))) {
      names += IsNameWord(doc, *s, j);
      ++j;
    }
    std::size_t begin = i;
    i = j - 1;  // the whole run is decided here (the loop steps to j)
    // "Dear Mr. Brennan": the name starts at its honorific.
    for (std::size_t k = begin + 1; k + 1 < j; ++k)
      if (IsHonorific(s->tokens[k].norm)) {
        names -= k - begin;
        begin = k;
        break;
      }
    // "Yesterday Nabil Hasan", "Speaking Nabil Hasan": a capitalised first
    // word of the sentence is often no name.
    const bool trimmed =
        begin == start && names >= 3 && NotNameAtStart(s->tokens[start].norm);
    if (trimmed) {
      ++begin;
      --names;
    }
    if (names < 2 || j - begin > kMaxNameWords) continue;
    if (begin == start && NotNameAtStart(s->tokens[start].norm)) continue;
    // Part of a longer capitalised phrase ("the Hellenic League for ..."),
    // or after an article: not a person's name.
    if (j < n && (s->tokens[j].capitalized || IsNotPersonWord(s->tokens[j].norm)))
      continue;
    // "Tamil Nadu, India", "Goma, Congo": a place in the country after it.
    if (int country = BareCountryAt(*s, j + 1);
        j + 1 < n && s->tokens[j].norm == "," && country >= 0) {
      s->place_countries.push_back(s->mentions[country].actor.substr(0, 3));
      s->mentions[country].apposition = true;  // part of the place, no argument
      continue;
    }
    // "El Fasher", "San Cristobal", "Port Harcourt": places; and a name
    // after "in", "at", "near" is one too.
    if (IsPlaceWord(s->tokens[begin].norm)) continue;
    // "Santa Cruz Barillas" where a dictionary knows "Santa": the rest of
    // a place.
    if (begin > 0 && s->tokens[begin - 1].capitalized &&
        IsPlaceWord(s->tokens[begin - 1].norm))
      continue;
    if (begin > 0 && (s->classes[begin - 1] & lexicon::kLocative)) continue;
    if (begin > 0 && !trimmed && !IsHonorific(s->tokens[begin].norm)) {
      const auto& before = s->tokens[begin - 1];
      // "the tenth Furnal Equinox", "the annual Kaybee Awards": an event.
      if (before.norm == "the" || before.norm == "a" || before.norm == "an" ||
          IsOrdinal(before.norm) ||
          (before.capitalized && before.kind == text::TokenKind::kWord &&
           !covered[begin - 1] && !(begin - 1 == start && NotNameAtStart(before.norm))))
        continue;
    }
    Mention m;
    m.begin = static_cast<std::uint32_t>(begin);
    m.end = static_cast<std::uint32_t>(j);
    m.person = true;
    m.unknown_name = true;
    m.name_begin = static_cast<int>(begin + honorific);
    if (int title = TitleBeforeComma(*s, m.begin); title >= 0) {
      Mention& t = s->mentions[title];
      m.code = t.code;
      m.actor = t.actor;
      m.agent = t.agent;
      m.rule = "a name no dictionary knows, after its title: " + t.rule;
      t.apposition = true;  // the name is the argument
    } else {
      m.code = m.agent = "CVL";
      m.rule = "a name no dictionary knows: a person (CVL)";
    }
    added.push_back(std::move(m));
  }
  if (added.empty()) return;
  for (auto& m : added) s->mentions.push_back(std::move(m));
  std::stable_sort(s->mentions.begin(), s->mentions.end(),
                   [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
}

// The phrase after the name at `k` and its comma, up to the next comma
// (at most eight tokens), that describes it: opened by a determiner or a
// plain lowercase word; the first actor in it codes the name.
bool DescribedBy(const dict::Compiled& dict, SentenceAnalysis* s, std::size_t k) {
  static const std::unordered_set<std::string_view> kOffices = {
      "member",     "head",      "leader",      "speaker",   "chairman",
      "chairwoman", "spokesman", "spokeswoman", "official",  "director",
      "chief",      "secretary", "deputy",      "president", "minister"};
  auto& ms = s->mentions;
  Mention& m = ms[k];
  const std::size_t n = s->tokens.size();
  if (m.end + 2 >= n || s->tokens[m.end].norm != ",") return false;
  const std::size_t open = m.end + 1;
  const text::Token& first = s->tokens[open];
  if (first.kind != text::TokenKind::kWord || first.capitalized ||
      (s->classes[open] != 0 && !(s->classes[open] & lexicon::kDeterminer)))
    return false;
  std::size_t close = open;
  while (close < n && close < open + 8 && s->tokens[close].norm != ",") ++close;
  if (close >= n || s->tokens[close].norm != ",") return false;
  // The first mention in the phrase gives the role, the first with a
  // country the country ("a university professor based in Lahore").
  std::size_t first_mention = ms.size(), country = ms.size();
  for (std::size_t j = k + 1; j < ms.size() && ms[j].begin < close; ++j) {
    const Mention& a = ms[j];
    if (a.person || a.reference || a.end > close) return false;
    if (first_mention == ms.size()) first_mention = j;
    if (country == ms.size() && a.actor.size() >= 3 &&
        dict.IsCountryCode(a.actor.substr(0, 3)))
      country = j;
  }
  if (first_mention == ms.size()) return false;
  const Mention& a = ms[first_mention];
  // "the speaker of Egypt's parliament": an office in the body named.
  bool office = false;
  for (std::size_t i = open; i < a.begin; ++i)
    office = office || (kOffices.count(s->tokens[i].norm) && i + 1 < a.begin &&
                        s->tokens[i + 1].norm == "of");
  // "a university professor": the phrase's head is the role itself.
  bool role = !a.agent.empty();
  for (std::size_t i = open; i < a.begin && role; ++i)
    role = (s->classes[i] & lexicon::kDeterminer) || PlainWordAt(*s, i);
  if (country == ms.size() && !role) return false;
  if ((office || role) && !a.agent.empty()) {
    m.agent = a.agent;
    m.actor = a.actor;
  }
  if (m.actor.empty() && country < ms.size()) m.actor = ms[country].actor.substr(0, 3);
  m.code = m.actor.empty() ? m.agent
           : (office || role) && !a.code.empty() && !a.actor.empty()
               ? a.code
               : CombineCodes(dict, m.actor, m.agent);
  m.rule += "; coded by the phrase describing it: " + a.rule;
  for (std::size_t j = k + 1; j < ms.size() && ms[j].begin < close; ++j)
    ms[j].apposition = true;  // a description, no argument
  return true;
}

void CodeUnknownNamesByApposition(const dict::Compiled& dict, SentenceAnalysis* s) {
  auto& ms = s->mentions;
  // "Obama's counterterrorism adviser, John O. Brennan,": the name is the
  // adviser, remembered for "Mr. Brennan" later.
  for (std::size_t k = 1; k < ms.size(); ++k) {
    Mention& m = ms[k];
    const Mention& head = ms[k - 1];
    if (!m.unknown_name || m.agent != "CVL" || !m.apposition || head.apposition ||
        head.agent.empty() || m.begin > head.end + 2)
      continue;
    m.code = head.code;
    m.actor = head.actor;
    m.agent = head.agent;
    m.rule += "; the name of " + head.rule;
  }
  for (std::size_t k = 0; k + 1 < ms.size(); ++k) {
    Mention& m = ms[k];
    const Mention& a = ms[k + 1];
    // "Saad Katatny, an Egyptian lawyer,", "Yasmeen Ali, a university
    // professor based in Lahore,", "Saad Katatny, the speaker of Egypt's
    // parliament,": a phrase closed by a comma that describes the name
    // gives it its country, and its role when it names the role or an
    // office in a body.
    if (m.unknown_name && m.agent == "CVL" && m.actor.empty() && DescribedBy(dict, s, k))
      continue;
    if (!m.unknown_name || m.agent != "CVL" || !a.apposition || a.person ||
        a.begin > m.end + 4 || s->tokens[m.end].norm != ",")
      continue;
    if (a.agent.empty() && a.actor.empty()) continue;
    if (!a.agent.empty()) m.agent = a.agent;
    if (!a.actor.empty()) m.actor = a.actor;
    m.code = m.actor.empty() ? m.agent : CombineCodes(dict, m.actor, m.agent);
    m.rule += "; coded by its apposition: " + a.rule;
  }
}

}  // namespace dyad::coder

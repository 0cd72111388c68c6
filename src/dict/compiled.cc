#include "dict/compiled.h"

#include "lexicon/verb_forms.h"
#include "lexicon/word_classes.h"
#include "util/strings.h"

namespace dyad::dict {
namespace {

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// British and American spellings of words news uses for politics.
std::string SpellingVariant(const std::string& w) {
  static constexpr std::pair<std::string_view, std::string_view> kPairs[] = {
      {"defence", "defense"},   {"offence", "offense"},
      {"labour", "labor"},      {"centre", "center"},
      {"programme", "program"}, {"favour", "favor"},
      {"honour", "honor"},      {"neighbour", "neighbor"},
      {"rumour", "rumor"},      {"isation", "ization"},
      {"ise", "ize"},           {"ised", "ized"},
      {"ising", "izing"}};
  for (auto [uk, us] : kPairs) {
    for (auto [from, to] : {std::pair{uk, us}, std::pair{us, uk}}) {
      if (w == from || (w.size() > from.size() + 2 && EndsWith(w, from)))
        return w.substr(0, w.size() - from.size()) + std::string(to);
    }
  }
  return "";
}

// True when the phrase holds a short acronym ("US", "WHO", "MP").
bool HasShortAcronym(std::string_view phrase) {
  for (const auto& t : text::Tokenize(phrase)) {
    std::string_view w = phrase.substr(t.begin, t.size());
    if (w.size() < 2 || w.size() > 4) continue;
    bool caps = true;
    for (char c : w) caps = caps && IsAsciiUpper(c);
    if (caps) return true;
  }
  return false;
}

// Bit k for each of the first kNameWords words written as a name: a capital
// letter first and a lower-case letter after it ("Chad", "McCain", not
// "TURKEY", "US" or "the").
std::uint32_t NameWordsOf(std::string_view phrase) {
  std::uint32_t mask = 0;
  int k = 0;
  for (const auto& t : text::Tokenize(phrase)) {
    if (k == Compiled::kNameWords) break;
    std::string_view w = phrase.substr(t.begin, t.size());
    bool lower = false;
    for (char c : w) lower = lower || IsAsciiLower(c);
    if (!w.empty() && IsAsciiUpper(w[0]) && lower) mask |= 1u << k;
    ++k;
  }
  return mask;
}

// A trie value: the entry and what its phrase's case asks of the text.
std::uint32_t ValueOf(std::uint32_t entry, std::string_view phrase) {
  return (entry << (Compiled::kNameWords + 1)) | (NameWordsOf(phrase) << 1) |
         (HasShortAcronym(phrase) ? 1u : 0u);
}

std::vector<std::string> Words(std::string_view phrase) {
  std::vector<std::string> out;
  for (auto& t : text::Tokenize(phrase)) out.push_back(std::move(t.norm));
  return out;
}

// The noun a noun pattern inflects: the last word before its first
// preposition, determiner or slot ("drone strike in" -> "strike"), so that
// "drone strikes in" matches as "attacks on" does.
std::size_t NounHead(const std::vector<std::string>& words) {
  std::size_t head = 0;
  for (std::size_t k = 1; k < words.size(); ++k) {
    const std::string& w = words[k];
    const std::uint32_t stop =
        lexicon::kPreposition | lexicon::kDeterminer | lexicon::kConjunction;
    if (w == "$" || w == "+" || (lexicon::ClassesOf(w) & stop) != 0) break;
    head = k;
  }
  return head;
}

}  // namespace

std::string Plural(const std::string& w) {
  if (w.empty() || !IsAsciiAlpha(w.back())) return "";
  if (EndsWith(w, "man")) return w.substr(0, w.size() - 3) + "men";
  if (EndsWith(w, "person")) return w.substr(0, w.size() - 6) + "people";
  if (EndsWith(w, "s") || EndsWith(w, "x") || EndsWith(w, "z") || EndsWith(w, "ch") ||
      EndsWith(w, "sh"))
    return w + "es";
  if (EndsWith(w, "y") && w.size() > 1 &&
      std::string_view("aeiou").find(w[w.size() - 2]) == std::string_view::npos)
    return w.substr(0, w.size() - 1) + "ies";
  return w + "s";
}

std::vector<std::uint32_t> Compiled::Phrase(const std::vector<std::string>& words) {
  std::vector<std::uint32_t> ids;
  ids.reserve(words.size());
  for (const auto& w : words) ids.push_back(interner_.Intern(w));
  return ids;
}

// The phrase and its spelling variants, one word changed at a time.
std::vector<std::vector<std::string>> Compiled::Variants(std::string_view phrase) const {
  std::vector<std::vector<std::string>> out = {Words(phrase)};
  const auto base = out[0];
  for (std::size_t i = 0; i < base.size(); ++i) {
    std::string v = SpellingVariant(base[i]);
    if (v.empty()) continue;
    auto copy = base;
    copy[i] = v;
    out.push_back(std::move(copy));
  }
  return out;
}

Compiled::Compiled(Entries entries) : entries_(std::move(entries)) {
  for (std::uint32_t i = 0; i < entries_.actors.size(); ++i) {
    const ActorEntry& a = entries_.actors[i];
    for (const auto& name : a.names) {
      std::uint32_t value = ValueOf(i, name);
      for (const auto& words : Variants(name))
        if (!words.empty()) actors_.Insert(Phrase(words), value);
    }
    // A three-letter code used alone is a country or region ("RUS", "EUR"),
    // except the generic organisation codes.
    for (const auto& r : a.roles)
      if (r.code.size() == 3 && r.code != "IGO" && r.code != "NGO" && r.code != "MNC")
        country_codes_.insert(r.code);
  }
  for (std::uint32_t i = 0; i < entries_.agents.size(); ++i) {
    for (const auto& name : entries_.agents[i].names) {
      std::uint32_t value = ValueOf(i, name);
      for (auto words : Variants(name)) {
        if (words.empty()) continue;  // a PETRARCH or TABARI name with no words
        agents_.Insert(Phrase(words), value);
        std::string plural = Plural(words.back());
        if (plural.empty()) continue;
        words.back() = plural;
        agents_.Insert(Phrase(words), value);
      }
    }
  }
  const auto& verb_forms = lexicon::VerbForms::Default();
  for (std::uint32_t i = 0; i < entries_.patterns.size(); ++i) {
    const PatternEntry& p = entries_.patterns[i];
    // Fillers after the first word are left out: text is matched with its
    // fillers skipped too (see coder/analysis.cc).
    std::string trigger;
    for (std::size_t k = 0; k < p.trigger.size(); ++k) {
      if (k > 0 && lexicon::Is(p.trigger[k], lexicon::kFiller)) continue;
      trigger += (trigger.empty() ? "" : " ") + p.trigger[k];
    }
    for (auto words : Variants(trigger)) {
      if (p.kind == PatternEntry::kNoun) {
        nouns_.Insert(Phrase(words), i);
        const std::size_t head = NounHead(words);
        std::string plural = Plural(words[head]);
        if (plural.empty()) continue;
        words[head] = plural;
        nouns_.Insert(Phrase(words), i);
        continue;
      }
      for (const auto& form : verb_forms.Inflect(words[0])) {
        words[0] = form.form;
        verbs_.Insert(Phrase(words), (i << 8) | form.flags);
      }
    }
  }
  for (std::uint32_t i = 0; i < entries_.discards.size(); ++i)
    discards_.Insert(Phrase(Words(entries_.discards[i].phrase)), i);
  for (std::uint32_t i = 0; i < entries_.issues.size(); ++i)
    issues_.Insert(Phrase(Words(entries_.issues[i].phrase)), i);
}

std::vector<std::uint32_t> Compiled::Ids(const std::vector<text::Token>& tokens) const {
  std::vector<std::uint32_t> ids;
  ids.reserve(tokens.size());
  for (const auto& t : tokens) ids.push_back(interner_.Find(t.norm));
  return ids;
}

std::string Compiled::ActorCode(const ActorEntry& actor, int date) const {
  const Role* undated = nullptr;
  const Role* latest = nullptr;
  for (const Role& r : actor.roles) {
    if (!r.dated()) {
      if (!undated) undated = &r;
      continue;
    }
    if (date != 0 && r.Covers(date)) return r.code;
    if (!latest || r.from > latest->from) latest = &r;
  }
  if (undated) return undated->code;
  // Without a date, a person is known by their latest role.
  if (date == 0 && latest) return latest->code;
  // Between or after their offices a person is one of their country's elite
  // (CAMEO's ELI: "former President Obama" in 2020); before their first,
  // their country's. An organisation's former officer speaks for nobody, nor
  // does a former dissident (whose role may have ended with their life).
  if (latest && latest->code.size() >= 3 && IsCountryCode(latest->code.substr(0, 3))) {
    const std::string country = latest->code.substr(0, 3);
    bool former = false, former_office = false;
    for (const Role& r : actor.roles) {
      if (!r.dated() || r.to == 0 || r.to >= date) continue;
      former = true;
      for (std::string_view office : {"GOV", "LEG", "MIL", "JUD", "SPY", "ELI"})
        former_office |= r.code.ends_with(office);
    }
    // A dissident's role ends with their death as often as with a change.
    if (former) return former_office ? country + "ELI" : "";
    return country;
  }
  return "";
}

bool Compiled::IsCountryCode(std::string_view code) const {
  return country_codes_.count(std::string(code)) > 0;
}

}  // namespace dyad::dict

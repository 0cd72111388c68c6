#include "lexicon/verb_forms.h"

#include <algorithm>

#include "util/embedded.h"
#include "util/strings.h"

namespace dyad::lexicon {
namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Consonant-vowel-consonant ending whose final consonant may double
// ("stop" -> "stopped", "refer" -> "referred").
bool MayDouble(std::string_view w) {
  if (w.size() < 3) return false;
  char c3 = w[w.size() - 1], c2 = w[w.size() - 2], c1 = w[w.size() - 3];
  return !IsVowel(c3) && c3 != 'w' && c3 != 'x' && c3 != 'y' && IsVowel(c2) &&
         !IsVowel(c1);
}

void Add(std::vector<VerbForm>* forms, std::string form, std::uint8_t flags) {
  for (auto& f : *forms) {
    if (f.form == form) {
      f.flags |= flags;
      return;
    }
  }
  forms->push_back({std::move(form), flags});
}

// The -ise/-ize twin of a verb ("criticise" <-> "criticize"), or "".
std::string SpellingTwin(std::string_view w) {
  if (w.size() < 6) return "";
  std::string s(w);
  if (EndsWith(w, "ise"))
    s[s.size() - 2] = 'z';
  else if (EndsWith(w, "ize"))
    s[s.size() - 2] = 's';
  else
    return "";
  return s;
}

// Verbs whose past and participle are the base itself ("was hit", "had
// cut"); WordNet's list of exceptions leaves them out, as nothing differs.
bool IsInvariant(std::string_view w) {
  for (std::string_view v :
       {"beat", "bet",      "bid",    "broadcast", "burst", "cast",   "cost",
        "cut",  "forecast", "hit",    "hurt",      "let",   "offset", "put",
        "quit", "read",     "reset",  "rid",       "set",   "shed",   "shut",
        "slit", "split",    "spread", "thrust",    "upset"})
    if (w == v) return true;
  return false;
}

void AddRegular(std::string_view base, std::vector<VerbForm>* forms) {
  std::string b(base);
  // Multi-word bases ("take part") inflect their first word only.
  auto space = b.find(' ');
  std::string tail = space == std::string::npos ? "" : b.substr(space);
  std::string w = b.substr(0, space);
  auto put = [&](std::string form, std::uint8_t flags) {
    Add(forms, form + tail, flags);
  };
  if (w.empty()) return;
  char last = w.back();
  // Third person singular.
  if (EndsWith(w, "s") || EndsWith(w, "x") || EndsWith(w, "z") || EndsWith(w, "ch") ||
      EndsWith(w, "sh") || (last == 'o' && w.size() > 1 && !IsVowel(w[w.size() - 2])))
    put(w + "es", kThirdPerson);
  else if (last == 'y' && w.size() > 1 && !IsVowel(w[w.size() - 2]))
    put(w.substr(0, w.size() - 1) + "ies", kThirdPerson);
  else
    put(w + "s", kThirdPerson);
  // Past and past participle.
  const std::uint8_t kPastBoth = kPast | kPastParticiple;
  if (IsInvariant(w)) put(w, kPastBoth);
  if (last == 'e') {
    put(w + "d", kPastBoth);
  } else if (last == 'y' && w.size() > 1 && !IsVowel(w[w.size() - 2])) {
    put(w.substr(0, w.size() - 1) + "ied", kPastBoth);
  } else {
    put(w + "ed", kPastBoth);
    if (MayDouble(w)) put(w + last + "ed", kPastBoth);
    if (last == 'c') put(w + "ked", kPastBoth);  // panic -> panicked
  }
  // Gerund.
  if (EndsWith(w, "ie")) {
    put(w.substr(0, w.size() - 2) + "ying", kGerund);
  } else if (last == 'e' && !EndsWith(w, "ee") && !EndsWith(w, "ye") &&
             !EndsWith(w, "oe")) {
    put(w.substr(0, w.size() - 1) + "ing", kGerund);
  } else {
    put(w + "ing", kGerund);
    if (MayDouble(w)) put(w + last + "ing", kGerund);
    if (last == 'c') put(w + "king", kGerund);
  }
}

}  // namespace

const VerbForms& VerbForms::Default() {
  static const VerbForms forms([] {
    std::string text;
    for (const auto& f : embedded::IrregularVerbs()) text.append(f.data);
    return text;
  }());
  return forms;
}

VerbForms::VerbForms(std::string_view exceptions) {
  std::size_t pos = 0;
  while (pos < exceptions.size()) {
    std::size_t eol = exceptions.find('\n', pos);
    if (eol == std::string_view::npos) eol = exceptions.size();
    auto words = SplitWords(exceptions.substr(pos, eol - pos));
    pos = eol + 1;
    if (words.size() < 2) continue;
    std::string form(words[0]);
    std::replace(form.begin(), form.end(), '_', ' ');
    for (std::size_t i = 1; i < words.size(); ++i) {
      std::string base(words[i]);
      std::replace(base.begin(), base.end(), '_', ' ');
      irregular_by_base_[base].push_back(form);
      base_by_irregular_[form].push_back(base);
    }
  }
}

std::vector<VerbForm> VerbForms::Inflect(std::string_view base_in) const {
  std::string base = AsciiLower(base_in);
  std::vector<VerbForm> forms;
  forms.push_back({base, kBase});
  std::vector<std::string> bases = {base};
  if (auto twin = SpellingTwin(base); !twin.empty()) {
    Add(&forms, twin, kBase);
    bases.push_back(twin);
  }
  for (const auto& b : bases) {
    auto it = irregular_by_base_.find(b);
    if (it != irregular_by_base_.end()) {
      for (const auto& form : it->second) {
        std::uint8_t flags;
        if (EndsWith(form, "ing"))
          flags = kGerund;
        else if (EndsWith(form, "s") && !EndsWith(form, "ss") && form != "was")
          flags = kThirdPerson;
        else if (EndsWith(form, "en") || EndsWith(form, "wn") || EndsWith(form, "ne") ||
                 form == "been" || form == "done")
          flags = kPastParticiple;
        else
          flags = kPast | kPastParticiple;
        Add(&forms, form, flags);
      }
    }
    AddRegular(b, &forms);
  }
  // Irregular verbs whose regular forms are wrong ("goed", "taked") keep them:
  // they never occur in edited text, and trie entries are cheap.
  return forms;
}

std::vector<std::string> VerbForms::Lemmas(std::string_view form_in) const {
  std::string form = AsciiLower(form_in);
  std::vector<std::string> out;
  if (auto it = base_by_irregular_.find(form); it != base_by_irregular_.end())
    out = it->second;
  auto push = [&](std::string s) {
    if (!s.empty() && std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
  };
  auto strip = [&](std::string_view suffix) {
    return EndsWith(form, suffix) ? form.substr(0, form.size() - suffix.size()) : "";
  };
  if (EndsWith(form, "ies")) push(strip("ies") + "y");
  if (EndsWith(form, "ied")) push(strip("ied") + "y");
  if (EndsWith(form, "ing")) {
    std::string stem = strip("ing");
    push(stem);
    push(stem + "e");
    if (stem.size() > 2 && stem.back() == stem[stem.size() - 2])
      push(stem.substr(0, stem.size() - 1));
  }
  if (EndsWith(form, "ed")) {
    std::string stem = strip("ed");
    push(stem);
    push(strip("d"));
    if (stem.size() > 2 && stem.back() == stem[stem.size() - 2])
      push(stem.substr(0, stem.size() - 1));
  }
  if (EndsWith(form, "es")) push(strip("es"));
  if (EndsWith(form, "s") && !EndsWith(form, "ss")) push(strip("s"));
  push(form);
  return out;
}

}  // namespace dyad::lexicon

// English verb inflection: from a base form ("criticise") to every form that
// news text uses ("criticises", "criticised", "criticising", and for the other
// spelling "criticizes", ...).
//
// Dictionaries list base forms only; the dictionary compiler asks Inflect()
// for all forms and indexes each of them. Irregular forms come from WordNet's
// verb.exc (Debian's wordnet-base), embedded at build time; regular forms
// follow the spelling rules (consonant doubling is over-generated on purpose:
// a form such as "offerred" costs a trie entry and never matches real text).
#ifndef DYAD_LEXICON_VERB_FORMS_H_
#define DYAD_LEXICON_VERB_FORMS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dyad::lexicon {

// Bit flags: an inflected form may be several of these ("said" is past and
// past participle; "put" is all but the gerund and third person).
enum VerbFormFlag : std::uint8_t {
  kBase = 1,
  kThirdPerson = 2,
  kPast = 4,
  kPastParticiple = 8,
  kGerund = 16,
};

struct VerbForm {
  std::string form;
  std::uint8_t flags = 0;
};

class VerbForms {
 public:
  // The lexicon built from the embedded irregular list; built once, then
  // shared read-only by all threads.
  static const VerbForms& Default();

  // Builds from verb.exc-style text: "inflected base [base...]" per line.
  explicit VerbForms(std::string_view exceptions);

  // All forms of `base` (lowercase), the base itself first. Each distinct
  // string appears once, with its flags merged.
  std::vector<VerbForm> Inflect(std::string_view base) const;

  // Base forms that `form` may be an inflection of, irregular ones first
  // (used by `dyad explain`).
  std::vector<std::string> Lemmas(std::string_view form) const;

 private:
  std::unordered_map<std::string, std::vector<std::string>> irregular_by_base_;
  std::unordered_map<std::string, std::vector<std::string>> base_by_irregular_;
};

}  // namespace dyad::lexicon

#endif  // DYAD_LEXICON_VERB_FORMS_H_

// A compiled dictionary: entries plus the token tries the coder walks.
//
// Every phrase is tokenized exactly as text is (text/tokenizer.h), so a
// dictionary phrase and the same words in a sentence give the same token ids.
// Verb triggers are indexed under every inflected form of their first word,
// nouns and agents under their plurals too, and British/American spellings
// (defence/defense, -ise/-ize) under both.
#ifndef DYAD_DICT_COMPILED_H_
#define DYAD_DICT_COMPILED_H_

#include <string>
#include <unordered_set>
#include <vector>

#include "dict/entries.h"
#include "dict/token_trie.h"
#include "text/tokenizer.h"

namespace dyad::dict {

// The regular English plural of a noun as dyad forms it for nouns, agents
// and PETRARCH's synonym sets and issues ("leader" -> "leaders", "policy"
// -> "policies", "policeman" -> "policemen"); "" for a word that does not
// end in a letter.
std::string Plural(const std::string& word);

class Compiled {
 public:
  explicit Compiled(Entries entries);

  // Actor and agent trie values pack the entry index with what the phrase's
  // case demands of the text:
  // - a flag for phrases that must be written in capitals to match ("US" is
  //   not "us", "WHO" is not "who"): an acronym of up to four letters;
  // - which of its first kNameWords words are proper names, written
  //   capitalised in the dictionary ("Chad", "Turkey", "the Kremlin"): the
  //   text must capitalise them too, so "a pole", "turkey" and "the chad"
  //   are not countries. A word in capitals only (PETRARCH's and TABARI's
  //   "TURKEY") says nothing about case, so those dictionaries keep
  //   matching regardless of case.
  static constexpr int kNameWords = 6;
  static std::uint32_t EntryOf(std::uint32_t value) { return value >> (kNameWords + 1); }
  static bool NeedsCapitals(std::uint32_t value) { return value & 1; }
  // Bit k set: the phrase's word k must start with a capital in the text.
  static std::uint32_t NameWords(std::uint32_t value) {
    return (value >> 1) & ((1u << kNameWords) - 1);
  }

  // Verb trie values pack the pattern index with the verb form's flags
  // (lexicon::VerbFormFlag).
  static std::uint32_t PatternOf(std::uint32_t value) { return value >> 8; }
  static std::uint8_t FormOf(std::uint32_t value) { return value & 0xFF; }

  // Token ids for a sentence's tokens (Interner::kUnknown for words that no
  // dictionary phrase uses).
  std::vector<std::uint32_t> Ids(const std::vector<text::Token>& tokens) const;

  // The actor code in force on `date` (YYYYMMDD; 0 = unknown), or "" if the
  // entry has no role then. Undated roles apply when no dated role does.
  std::string ActorCode(const ActorEntry& actor, int date) const;

  // True for a code that is a country (or region) code standing alone: the
  // first three letters of composite codes such as RUSMIL.
  bool IsCountryCode(std::string_view code) const;

  const Entries& entries() const { return entries_; }
  const Interner& interner() const { return interner_; }
  const TokenTrie& actors() const { return actors_; }
  const TokenTrie& agents() const { return agents_; }
  const TokenTrie& verbs() const { return verbs_; }
  const TokenTrie& nouns() const { return nouns_; }
  const TokenTrie& discards() const { return discards_; }
  const TokenTrie& issues() const { return issues_; }

 private:
  std::vector<std::uint32_t> Phrase(const std::vector<std::string>& words);
  std::vector<std::vector<std::string>> Variants(std::string_view phrase) const;

  Entries entries_;
  Interner interner_;
  TokenTrie actors_, agents_, verbs_, nouns_, discards_, issues_;
  std::unordered_set<std::string> country_codes_;
};

}  // namespace dyad::dict

#endif  // DYAD_DICT_COMPILED_H_

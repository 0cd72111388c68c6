// The dictionary model: plain entries as read from dictionary files, before
// compilation into tries. Every entry remembers where it came from so that
// an event's `rule` can point at the line that made it.
#ifndef DYAD_DICT_ENTRIES_H_
#define DYAD_DICT_ENTRIES_H_

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace dyad::dict {

struct SourceLoc {
  std::string file;
  int line = 0;
  std::string ToString() const { return file + ":" + std::to_string(line); }
};

// A CAMEO actor code valid between two dates (YYYYMMDD, 0 = open end).
struct Role {
  std::string code;
  int from = 0;
  int to = 0;
  bool dated() const { return from != 0 || to != 0; }
  bool Covers(int date) const {
    return (from == 0 || date >= from) && (to == 0 || date <= to);
  }
};

struct ActorEntry {
  std::vector<std::string> names;  // as written; the first is the display name
  std::vector<Role> roles;
  SourceLoc loc;
  // A place or thing that holds an actor's name but is not an actor ("South
  // China Sea", "Gulf of Mexico", "English-language"): matched so that the
  // name inside it is not, and never a mention. Its role, if any, is the
  // country it lies in.
  bool place = false;
  // A person (an @people entry, or any entry with a dated role): named in
  // full once and by surname after that (coder/names.h).
  bool person = false;
  bool IsPerson() const {
    return person || std::any_of(roles.begin(), roles.end(),
                                 [](const Role& r) { return r.dated(); });
  }
};

struct AgentEntry {
  std::vector<std::string> names;
  std::string code;  // "GOV", "MIL", "COP"
  SourceLoc loc;
};

// One element of a pattern after its trigger words: a word, a slot, or one
// of a set of phrases (PETRARCH's synonym sets, "&CURRENCY").
struct PatternElement {
  enum Kind : std::uint8_t { kWord, kSource, kTarget, kSet } kind = kWord;
  std::string word;       // normalised, for kWord
  std::uint32_t set = 0;  // index into Entries::sets, for kSet
};

struct PatternEntry {
  enum Kind : std::uint8_t { kVerb, kNoun } kind = kVerb;
  std::string code;  // CAMEO event code
  // TABARI's two-way codes ("[043:042]"): the event the target does back to
  // the source, coded with it; usually empty.
  std::string reverse_code;
  std::string text;                  // the pattern as written
  std::vector<std::string> trigger;  // literal words up to the first slot
  std::vector<PatternElement> tail;  // slots and words after the trigger
  // Words (or sets) that must come shortly before the trigger, in order
  // (PETRARCH's "- RECENTLY * [025]"); usually empty.
  std::vector<PatternElement> head;
  SourceLoc loc;
  // PETRARCH's reading of a pattern without a "+": the target is any actor
  // in the verb's phrase ("restore ties with Gondor"), not only its object.
  bool phrase_target = false;
  // PETRARCH's "%": with a compound subject and no target, the members act
  // on each other ("Gondor and Osgiliath postponed their meeting").
  bool compound_subject = false;

  bool HasSlot(PatternElement::Kind k) const {
    for (const auto& e : tail)
      if (e.kind == k) return true;
    return false;
  }
};

struct DiscardEntry {
  std::string phrase;
  bool story = false;  // the whole story, or just the sentence
  SourceLoc loc;
};

// An issue phrase (PETRARCH's issues file): sentences holding it are about
// `code` ("TOURISM"); an ignore phrase ("~a head start") cancels every
// issue of its sentence.
struct IssueEntry {
  std::string phrase;  // normalised words, space separated
  std::string code;
  bool ignore = false;
  SourceLoc loc;
};

struct Entries {
  std::vector<ActorEntry> actors;
  std::vector<AgentEntry> agents;
  std::vector<PatternEntry> patterns;
  std::vector<DiscardEntry> discards;
  std::vector<IssueEntry> issues;
  // Phrase sets that pattern elements of kind kSet name: set -> phrases ->
  // normalised words.
  std::vector<std::vector<std::vector<std::string>>> sets;
  // What a foreign dictionary held that dyad cannot use, by reason ("verb
  // pattern with words before the verb"), with counts; dyad's own format
  // leaves this empty.
  std::map<std::string, std::size_t> skipped;
  // Lines of a foreign dictionary that could not be read, as
  // "file:line: message" (the first kMaxWarnings); loading goes on, as the
  // field's own dictionaries hold a few such lines.
  std::vector<std::string> warnings;
  static constexpr std::size_t kMaxWarnings = 200;
};

}  // namespace dyad::dict

#endif  // DYAD_DICT_ENTRIES_H_

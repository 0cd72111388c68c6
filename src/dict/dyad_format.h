// Reader for dyad's own dictionary format (documented in doc/dictionaries.md):
//
//   @actors
//   Russia | Russian Federation | Russian = RUS
//   Vladimir Putin | Putin = RUSGOV 2000-05-07..2008-05-07, RUSGOV 2012-05-07..
//   @agents
//   police | police officer = COP
//   @verbs
//   arrest | detain | take + into custody = 173
//   @nouns
//   criticism of + | criticism from $ = 111
//   @discards
//   football | box office = sentence
//
// Errors name the file and line: "data/verbs.dyad:41: unknown CAMEO code".
#ifndef DYAD_DICT_DYAD_FORMAT_H_
#define DYAD_DICT_DYAD_FORMAT_H_

#include <string>
#include <string_view>

#include "dict/entries.h"
#include "dyad/status.h"

namespace dyad::dict {

// Actor codes: upper-case letters and digits, 3 to 24 ("RUSGOV",
// "IGOWSTNAT"); agent codes: blocks of three capital letters ("GOV").
// PETRARCH's readers check with these too.
bool IsActorCode(std::string_view code);
bool IsAgentCode(std::string_view code);

// An error for text that is binary or not UTF-8 ("name:line: invalid UTF-8
// at byte offset N"); dictionaries of every format are checked so.
Status CheckDictionaryText(std::string_view name, std::string_view text);

// Parses `text` (named `name` in messages) and appends its entries to `out`.
// Reports up to 20 errors in one Status, one per line.
Status ParseDyadFormat(std::string_view name, std::string_view text, Entries* out);

}  // namespace dyad::dict

#endif  // DYAD_DICT_DYAD_FORMAT_H_

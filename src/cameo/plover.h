// CAMEO to PLOVER: the event, mode and context of the PLOVER ontology (the
// Open Event Data Alliance's successor to CAMEO) for each CAMEO code.
//
// PLOVER has 16 event types; CAMEO's finer codes become a mode (how: "visit",
// "phone", "allege") and contexts (about what: "military", "economic").
// CAMEO's appeals (02) are PLOVER requests, mapped like their demand twins
// (0231 like 1031); most of CAMEO's statements (01) have no PLOVER event.
// The table is our own, written by CAMEO's structure (a 3-digit code gives
// event and mode, the fourth digit of a family of codes names a topic), and
// tested against the OEDA's 2021 conversion table (doc/cameo.md lists where
// and why it differs).
#ifndef DYAD_CAMEO_PLOVER_H_
#define DYAD_CAMEO_PLOVER_H_

#include <array>
#include <optional>
#include <string_view>

namespace dyad::cameo {

struct PloverCategory {
  std::string_view event;  // "ACCUSE"
  std::string_view mode;   // "allege"; empty when the code names none
  // Up to two contexts ("military", "legal"); empty entries are unused.
  std::array<std::string_view, 2> context;
};

// The PLOVER category of a CAMEO code (3 or 4 digits), or nullopt when the
// code is unknown or PLOVER has no event for it (plain statements: 010-014,
// 017).
std::optional<PloverCategory> ToPlover(std::string_view cameo_code);

}  // namespace dyad::cameo

#endif  // DYAD_CAMEO_PLOVER_H_

// The CAMEO 1.1b3 event ontology: every event code (the 20 roots and all 3-
// and 4-digit codes) with its name, root, quad class and Goldstein value.
//
// Goldstein values are GDELT's (CAMEO.goldsteinscale). Quad classes follow
// GDELT's mapping by root: 01-05 verbal cooperation, 06-08 material
// cooperation, 09-13 verbal conflict, 14-20 material conflict. The table is
// compiled in (cameo_table.inc) and never changes at run time.
#ifndef DYAD_CAMEO_CAMEO_H_
#define DYAD_CAMEO_CAMEO_H_

#include <span>
#include <string_view>

namespace dyad::cameo {

enum class QuadClass : int {
  kVerbalCooperation = 1,
  kMaterialCooperation = 2,
  kVerbalConflict = 3,
  kMaterialConflict = 4,
};

struct EventType {
  std::string_view code;  // "0231"
  std::string_view name;  // "Appeal for economic aid"
  double goldstein;       // -10 .. +10
  std::string_view root;  // "02"
  QuadClass quad_class;
  // The 3-digit base code ("023" for "0231"; the code itself otherwise).
  std::string_view base;
};

// The event type for `code`, or nullptr when CAMEO has no such code.
const EventType* Find(std::string_view code);

inline bool IsValid(std::string_view code) { return Find(code) != nullptr; }

// All event types in code order.
std::span<const EventType> All();

std::string_view QuadClassName(QuadClass q);

}  // namespace dyad::cameo

#endif  // DYAD_CAMEO_CAMEO_H_

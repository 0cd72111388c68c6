#include "cameo/cameo.h"

#include <algorithm>
#include <vector>

namespace dyad::cameo {
namespace {

struct Row {
  std::string_view code;
  std::string_view name;
  double goldstein;
};

constexpr Row kRows[] = {
#include "cameo/cameo_table.inc"
};

QuadClass QuadOfRoot(std::string_view root) {
  int r = (root[0] - '0') * 10 + (root[1] - '0');
  if (r <= 5) return QuadClass::kVerbalCooperation;
  if (r <= 8) return QuadClass::kMaterialCooperation;
  if (r <= 13) return QuadClass::kVerbalConflict;
  return QuadClass::kMaterialConflict;
}

const std::vector<EventType>& Table() {
  static const std::vector<EventType> table = [] {
    std::vector<EventType> t;
    t.reserve(std::size(kRows));
    for (const Row& r : kRows) {
      std::string_view root = r.code.substr(0, 2);
      std::string_view base = r.code.size() == 4 ? r.code.substr(0, 3) : r.code;
      t.push_back({r.code, r.name, r.goldstein, root, QuadOfRoot(root), base});
    }
    std::sort(t.begin(), t.end(),
              [](const EventType& a, const EventType& b) { return a.code < b.code; });
    return t;
  }();
  return table;
}

}  // namespace

const EventType* Find(std::string_view code) {
  const auto& t = Table();
  auto it =
      std::lower_bound(t.begin(), t.end(), code,
                       [](const EventType& e, std::string_view c) { return e.code < c; });
  return it != t.end() && it->code == code ? &*it : nullptr;
}

std::span<const EventType> All() { return Table(); }

std::string_view QuadClassName(QuadClass q) {
  switch (q) {
    case QuadClass::kVerbalCooperation:
      return "verbal cooperation";
    case QuadClass::kMaterialCooperation:
      return "material cooperation";
    case QuadClass::kVerbalConflict:
      return "verbal conflict";
    case QuadClass::kMaterialConflict:
      return "material conflict";
  }
  return "";
}

}  // namespace dyad::cameo

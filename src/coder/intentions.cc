#include "coder/intentions.h"

#include <algorithm>
#include <array>

#include "coder/event_assembler.h"

namespace dyad::coder {
namespace {

bool StartsWith(std::string_view w, std::string_view stem) {
  return w.size() >= stem.size() && w.substr(0, stem.size()) == stem;
}

}  // namespace

Intention IntentionBefore(const SentenceAnalysis& s, std::size_t to) {
  if (to == 0) return Intention::kNone;
  const std::string& w = s.tokens[to - 1].norm;
  static constexpr std::array<std::string_view, 10> kPromises = {
      "pledg", "promis", "vow",    "commit", "agree",
      "offer", "plan",   "intend", "undert", "swor"};
  static constexpr std::array<std::string_view, 2> kThreats = {"threaten", "warn"};
  for (auto stem : kThreats)
    if (StartsWith(w, stem)) return Intention::kThreat;
  for (auto stem : kPromises)
    if (StartsWith(w, stem) && !StartsWith(w, "planet") && !StartsWith(w, "agreement") &&
        !StartsWith(w, "offering"))
      return Intention::kPromise;
  return Intention::kNone;
}

std::string IntentCode(std::string_view act, Intention kind) {
  if (act.size() < 3 || kind == Intention::kNone) return "";
  const std::string_view root = act.substr(0, 2);
  // Troops promised to a country protect it ("pledged to send troops to
  // Mali"); threatened, they menace it.
  if (root == "15" && kind == Intention::kPromise) return "0334";
  // Conflict: what a threat (or a vow) announces.
  if (root == "19" || root == "18" || root == "20" || root == "15")
    return act == "191"   ? "1381"
           : act == "192" ? "1382"
           : act == "183" ? "1383"
           : act == "204" ? "1385"
                          : "138";
  if (root == "17") return act.substr(0, 3) == "172" ? "132" : "137";
  if (root == "16") {
    if (act.substr(0, 3) == "162") return "1311";
    if (act == "163") return "1312";
    if (act == "161") return "1313";
    if (act == "164") return "134";
    if (act == "165") return "135";
    return "131";
  }
  if (root == "14") return "133";
  if (kind == Intention::kThreat) return "";
  // Cooperation: what a promise announces.
  if (root == "04") return "036";
  if (root == "05") return act == "057" ? "036" : "032";
  if (root == "06") {
    if (act.size() == 3 && act[2] >= '1' && act[2] <= '4')
      return std::string("031") + act[2];
    return "031";
  }
  if (root == "07") {
    if (act.size() == 3 && act[2] >= '1' && act[2] <= '4')
      return std::string("033") + act[2];
    return "033";
  }
  if (root == "08") {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kYield =
        {{{"081", "0351"},
          {"082", "0352"},
          {"084", "0353"},
          {"085", "0354"},
          {"086", "0355"},
          {"087", "0356"}}};
    for (const auto& [a, intent] : kYield)
      if (act.substr(0, 3) == a) return std::string(intent);
    return "035";
  }
  return "";
}

void DropGovernorEvents(std::vector<Assembled>* events) {
  auto stated = [&](const Assembled& governor) {
    const std::string& code = governor.code;
    // Only the generic ones give way: 030, 130, 036 stay when they are all.
    if (code != "030" && code != "130" && code != "036" && code != "010") return false;
    return std::any_of(events->begin(), events->end(), [&](const Assembled& a) {
      return a.intent_governor >= 0 &&
             a.intent_governor == static_cast<int>(governor.trigger->begin) &&
             a.source.code == governor.source.code;
    });
  };
  events->erase(std::remove_if(events->begin(), events->end(), stated), events->end());
}

}  // namespace dyad::coder

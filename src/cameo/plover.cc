#include "cameo/plover.h"

#include <algorithm>
#include <string>

#include "cameo/cameo.h"

namespace dyad::cameo {
namespace {

struct Row {
  std::string_view code, event, mode, context1, context2;
};

// Event and mode for every 3-digit CAMEO code from 015 on, and the 4-digit
// codes that the topic families below do not settle. Sorted by code.
constexpr Row kRows[] = {
    {"015", "CONCEDE", "", "", ""},  // acknowledging responsibility concedes
    {"016", "REJECT", "", "", ""},   // denying responsibility rejects a charge
    {"018", "SUPPORT", "", "diplomatic", ""},
    {"019", "AGREE", "", "diplomatic", ""},
    {"030", "AGREE", "", "diplomatic", ""},
    {"031", "AGREE", "", "diplomatic", ""},
    {"032", "AGREE", "", "diplomatic", ""},
    {"033", "AGREE", "", "diplomatic", ""},
    {"034", "AGREE", "", "political_institutions", ""},
    {"0341", "AGREE", "", "political_institutions", ""},
    {"035", "AGREE", "", "", ""},
    {"0351", "AGREE", "", "rights_freedoms", ""},
    {"0352", "AGREE", "", "", ""},
    {"0353", "AGREE", "", "rights_freedoms", ""},
    {"036", "AGREE", "", "diplomatic", ""},
    {"037", "AGREE", "", "diplomatic", ""},
    {"038", "AGREE", "", "diplomatic", ""},
    {"039", "AGREE", "", "diplomatic", ""},
    {"040", "CONSULT", "", "", ""},
    {"041", "CONSULT", "phone", "", ""},
    {"042", "CONSULT", "visit", "", ""},
    {"043", "CONSULT", "visit", "", ""},
    {"044", "CONSULT", "third-party", "", ""},
    {"045", "CONSULT", "", "diplomatic", ""},
    {"046", "CONSULT", "", "diplomatic", ""},
    {"050", "SUPPORT", "", "diplomatic", ""},
    {"051", "SUPPORT", "", "diplomatic", ""},
    {"052", "SUPPORT", "", "diplomatic", ""},
    {"053", "SUPPORT", "", "diplomatic", ""},
    {"054", "SUPPORT", "", "diplomatic", ""},
    {"055", "SUPPORT", "", "diplomatic", ""},
    {"056", "SUPPORT", "", "diplomatic", ""},
    {"057", "SUPPORT", "", "diplomatic", ""},
    {"060", "COOPERATE", "", "", ""},
    {"061", "COOPERATE", "", "economic", ""},
    {"062", "COOPERATE", "", "military", ""},
    {"063", "COOPERATE", "", "legal", ""},
    {"064", "COOPERATE", "", "intelligence", ""},
    {"070", "AID", "", "", ""},
    {"071", "AID", "", "economic", ""},
    {"072", "AID", "", "military", ""},
    {"073", "AID", "", "humanitarian", ""},
    {"074", "AID", "", "peacekeeping", ""},
    {"075", "AID", "", "asylum", ""},
    {"080", "CONCEDE", "", "", ""},
    {"081", "CONCEDE", "", "legal", ""},
    {"0811", "CONCEDE", "", "democracy", ""},
    {"0812", "CONCEDE", "", "democracy", ""},
    {"0813", "RETREAT", "", "legal", ""},  // easing a curfew or an emergency
    {"0814", "RETREAT", "", "legal", ""},  // takes back a measure
    {"082", "CONCEDE", "", "democracy", ""},
    {"083", "CONCEDE", "", "political_institutions", ""},
    {"0831", "CONCEDE", "", "political_institutions", ""},
    {"084", "RETREAT", "", "", ""},
    {"0841", "RETREAT", "release", "legal", ""},
    {"0842", "RETREAT", "return", "legal", ""},
    {"085", "RETREAT", "ease", "economic", ""},
    {"086", "RETREAT", "access", "diplomatic", ""},
    {"0861", "RETREAT", "access", "peacekeeping", ""},
    {"0862", "RETREAT", "access", "diplomatic", ""},
    {"0863", "RETREAT", "access", "humanitarian", ""},
    {"087", "RETREAT", "disarm", "military", ""},
    {"0871", "RETREAT", "ceasefire", "military", ""},
    {"0872", "RETREAT", "withdraw", "military", ""},
    {"090", "ACCUSE", "investigate", "", ""},
    {"091", "ACCUSE", "investigate", "crime", "corruption"},
    {"092", "ACCUSE", "investigate", "human_rights", ""},
    {"093", "ACCUSE", "investigate", "military", ""},
    {"094", "ACCUSE", "investigate", "military", "legal"},
    {"100", "REQUEST", "", "", ""},
    {"101", "REQUEST", "assist", "", ""},
    {"102", "REQUEST", "assist", "diplomatic", ""},
    {"103", "REQUEST", "assist", "", ""},
    {"104", "REQUEST", "change", "political_institutions", ""},
    {"105", "REQUEST", "change", "legal", ""},
    {"1051", "REQUEST", "yield", "legal", ""},
    {"1052", "REQUEST", "yield", "legal", ""},
    {"1053", "REQUEST", "yield", "legal", ""},
    {"106", "REQUEST", "meet", "diplomatic", ""},
    {"107", "REQUEST", "meet", "diplomatic", ""},
    {"108", "REQUEST", "meet", "diplomatic", ""},
    {"110", "ACCUSE", "disapprove", "", ""},
    {"111", "ACCUSE", "disapprove", "", ""},
    {"112", "ACCUSE", "disapprove", "", ""},
    {"1121", "ACCUSE", "allege", "crime", "corruption"},
    {"1122", "ACCUSE", "allege", "human_rights", ""},
    {"1123", "ACCUSE", "allege", "military", ""},
    {"1124", "ACCUSE", "allege", "military", "legal"},
    {"1125", "ACCUSE", "allege", "legal", ""},
    {"113", "ACCUSE", "disapprove", "", ""},
    {"114", "ACCUSE", "allege", "diplomatic", ""},
    {"115", "ACCUSE", "allege", "legal", ""},
    {"116", "ACCUSE", "disapprove", "legal", ""},
    {"120", "REJECT", "", "", ""},
    {"121", "REJECT", "assist", "", ""},
    {"122", "REJECT", "assist", "", ""},
    {"123", "REJECT", "change", "political_institutions", ""},
    {"124", "REJECT", "change", "", ""},
    {"1241", "REJECT", "change", "executive", ""},
    {"1242", "REJECT", "change", "", ""},
    {"1243", "REJECT", "yield", "legal", ""},
    {"125", "REJECT", "meet", "diplomatic", ""},
    {"126", "REJECT", "meet", "diplomatic", ""},
    {"127", "REJECT", "meet", "diplomatic", ""},
    {"128", "REJECT", "yield", "legal", ""},
    {"129", "REJECT", "yield", "diplomatic", ""},
    {"130", "THREATEN", "", "", ""},
    {"131", "THREATEN", "", "", ""},
    {"1311", "THREATEN", "relations", "", ""},
    {"1312", "THREATEN", "restrict", "economic", ""},
    {"1313", "THREATEN", "relations", "diplomatic", ""},
    {"132", "THREATEN", "ban", "executive", ""},
    {"1321", "THREATEN", "political", "human_rights", ""},
    {"1322", "THREATEN", "ban", "pro_autocracy", ""},
    {"1323", "THREATEN", "restrict", "pro_autocracy", ""},
    {"1324", "THREATEN", "restrict", "pro_autocracy", ""},
    {"133", "THREATEN", "relations", "", ""},
    {"134", "THREATEN", "relations", "diplomatic", ""},
    {"135", "THREATEN", "relations", "diplomatic", ""},
    {"136", "THREATEN", "expel", "diplomatic", ""},
    {"137", "THREATEN", "violence", "pro_autocracy", ""},
    {"138", "THREATEN", "violence", "military", ""},
    {"1381", "THREATEN", "restrict", "military", ""},
    {"1382", "THREATEN", "territory", "military", ""},
    {"1385", "THREATEN", "violence", "cbrn", ""},
    {"139", "THREATEN", "relations", "diplomatic", ""},
    {"140", "PROTEST", "", "", ""},
    {"141", "PROTEST", "demo", "", ""},
    {"142", "PROTEST", "hunger", "", ""},
    {"143", "PROTEST", "boycott", "", ""},
    {"144", "PROTEST", "obstruct", "", ""},
    {"145", "PROTEST", "riot", "", ""},
    {"150", "MOBILIZE", "", "", ""},
    {"151", "MOBILIZE", "police", "", ""},
    {"152", "MOBILIZE", "troops", "military", ""},
    {"153", "MOBILIZE", "police", "", ""},
    {"154", "MOBILIZE", "troops", "military", ""},
    {"160", "SANCTION", "", "", ""},
    {"161", "SANCTION", "withdraw", "diplomatic", ""},
    {"162", "SANCTION", "discontinue", "human_security", ""},
    {"1621", "SANCTION", "discontinue", "economic", ""},
    {"1622", "SANCTION", "discontinue", "military", ""},
    {"1623", "SANCTION", "discontinue", "humanitarian", ""},
    {"163", "COERCE", "restrict", "diplomatic", ""},  // sanctions coerce
    {"164", "SANCTION", "withdraw", "diplomatic", ""},
    {"165", "SANCTION", "withdraw", "diplomatic", ""},
    {"166", "SANCTION", "expel", "diplomatic", ""},
    {"1661", "SANCTION", "expel", "military", ""},
    {"1663", "SANCTION", "expel", "human_security", ""},
    {"170", "COERCE", "", "", ""},
    {"171", "COERCE", "seize", "human_security", ""},
    {"1712", "ASSAULT", "seize", "human_security", ""},  // destroying is violence
    {"172", "COERCE", "restrict", "executive", ""},
    {"1721", "COERCE", "restrict", "rights_freedoms", ""},
    {"1722", "COERCE", "ban", "pro_autocracy", ""},
    {"1723", "COERCE", "curfew", "pro_autocracy", ""},
    {"1724", "COERCE", "martial-law", "pro_autocracy", ""},
    {"173", "COERCE", "arrest", "legal", ""},
    {"174", "COERCE", "deport", "legal", ""},
    {"175", "ASSAULT", "", "pro_autocracy", "military"},
    {"180", "ASSAULT", "", "", ""},
    {"181", "ASSAULT", "abduct", "", ""},
    {"182", "ASSAULT", "beat", "", ""},
    {"1821", "ASSAULT", "sexual", "", ""},
    {"1822", "ASSAULT", "torture", "", ""},
    {"1823", "ASSAULT", "", "", ""},
    {"183", "ASSAULT", "suicide-attack", "", ""},
    {"1832", "ASSAULT", "explosives", "", ""},
    {"1833", "ASSAULT", "explosives", "", ""},
    {"184", "ASSAULT", "abduct", "", ""},
    {"185", "ASSAULT", "assassinate", "", ""},
    {"186", "ASSAULT", "assassinate", "", ""},
    {"190", "ASSAULT", "", "military", ""},
    {"191", "COERCE", "restrict", "military", ""},  // blockades and occupations
    {"192", "COERCE", "seize", "military", ""},     // coerce without fighting
    {"193", "ASSAULT", "firearms", "military", ""},
    {"194", "ASSAULT", "heavy-weapons", "military", ""},
    {"195", "ASSAULT", "heavy-weapons", "military", ""},
    {"196", "ASSAULT", "", "legal", "military"},
    {"200", "ASSAULT", "massacre", "military", ""},
    {"201", "ASSAULT", "cleansing", "religion_ethnicity", ""},
    {"202", "ASSAULT", "massacre", "religion_ethnicity", ""},
    {"203", "ASSAULT", "cleansing", "religion_ethnicity", ""},
    {"204", "ASSAULT", "unconventional", "cbrn", ""},
};

// Families of 3-digit codes whose fourth digit names the same topic in each
// (0311, 1011 and 1211 are all about economic cooperation). A 4-digit code
// in a family keeps its base's event and mode and takes the topic as its
// context; digits beyond the list, or an empty topic, keep the base's.
struct TopicFamily {
  std::array<std::string_view, 9> bases;
  std::array<std::string_view, 6> topics;
};

constexpr TopicFamily kFamilies[] = {
    {{"031", "101", "121"}, {"economic", "military", "legal", "intelligence"}},
    {{"033", "103", "122"}, {"economic", "military", "humanitarian", "peacekeeping"}},
    // Reform: leadership, policy, rights, institutions.
    {{"034", "083", "104", "123", "141", "142", "143", "144", "145"},
     {"executive", "executive", "rights_freedoms", "political_institutions"}},
    // Yielding: the last three are the same in every yield code.
    {{"035", "105", "124"}, {"", "", "", "economic", "diplomatic", "military"}},
};

const Row* FindRow(std::string_view code) {
  auto it = std::lower_bound(std::begin(kRows), std::end(kRows), code,
                             [](const Row& r, std::string_view c) { return r.code < c; });
  if (it == std::end(kRows) || it->code != code) return nullptr;
  return &*it;
}

PloverCategory FromRow(const Row& r) {
  return {r.event, r.mode, {r.context1, r.context2}};
}

// Easing sanctions, allowing involvement and de-escalating (fourth digit
// 4-6) are "yield" in demands and rejections.
std::string_view FamilyMode(const Row& base, std::string_view code) {
  if ((base.code == "105" || base.code == "124") && code[3] >= '4') return "yield";
  return base.mode;
}

}  // namespace

std::optional<PloverCategory> ToPlover(std::string_view code) {
  if (Find(code) == nullptr) return std::nullopt;
  std::string twin;
  if (code.size() == 2) {  // a root: as its general 3-digit code
    twin = std::string(code) + "0";
    code = twin;
  }
  if (code.substr(0, 2) == "02") {  // appeals: as the demand twin
    twin = "10" + std::string(code.substr(2));
    code = twin;
  }
  if (const Row* row = FindRow(code)) return FromRow(*row);
  if (code.size() != 4) return std::nullopt;  // 010-014, 017
  const Row* base = FindRow(code.substr(0, 3));
  if (base == nullptr) return std::nullopt;
  PloverCategory category = FromRow(*base);
  std::size_t digit = static_cast<std::size_t>(code[3] - '1');
  for (const TopicFamily& family : kFamilies) {
    if (std::find(family.bases.begin(), family.bases.end(), base->code) ==
        family.bases.end()) {
      continue;
    }
    if (digit < family.topics.size() && !family.topics[digit].empty()) {
      category.context = {family.topics[digit], ""};
    }
    category.mode = FamilyMode(*base, code);
  }
  return category;
}

}  // namespace dyad::cameo

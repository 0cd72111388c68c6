#include "lexicon/word_classes.h"

#include <string>
#include <unordered_map>

namespace dyad::lexicon {
namespace {

struct Entry {
  std::string_view word;
  std::uint32_t classes;
};

// One table so that a word's classes can be read in one place.
constexpr Entry kEntries[] = {
    {"the", kDeterminer}, {"a", kDeterminer}, {"an", kDeterminer},
    {"this", kDeterminer | kSubordinator}, {"these", kDeterminer}, {"those", kDeterminer},
    {"that", kDeterminer | kSubordinator}, {"some", kDeterminer}, {"any", kDeterminer},
    {"each", kDeterminer}, {"every", kDeterminer}, {"both", kDeterminer},
    {"all", kDeterminer}, {"several", kDeterminer}, {"many", kDeterminer},
    {"its", kDeterminer | kPossessive}, {"their", kDeterminer | kPossessive},
    {"his", kDeterminer | kPossessive}, {"her", kDeterminer | kPossessive | kPronoun},
    {"our", kDeterminer | kPossessive}, {"my", kDeterminer | kPossessive},
    {"your", kDeterminer | kPossessive}, {"'s", kPossessive},
    {"it", kPronoun}, {"they", kPronoun}, {"them", kPronoun}, {"he", kPronoun},
    {"him", kPronoun}, {"she", kPronoun}, {"we", kPronoun}, {"us", kPronoun},
    {"i", kPronoun}, {"you", kPronoun}, {"itself", kPronoun}, {"themselves", kPronoun},
    {"be", kBeForm}, {"is", kBeForm}, {"are", kBeForm}, {"was", kBeForm},
    {"were", kBeForm}, {"been", kBeForm}, {"being", kBeForm}, {"am", kBeForm},
    {"have", kHaveForm}, {"has", kHaveForm}, {"had", kHaveForm}, {"having", kHaveForm},
    {"do", kDoForm}, {"does", kDoForm}, {"did", kDoForm},
    {"will", kModal}, {"would", kModal}, {"shall", kModal}, {"should", kModal},
    {"may", kModal}, {"might", kModal}, {"can", kModal}, {"could", kModal},
    {"must", kModal},
    {"not", kNegator}, {"never", kNegator}, {"no", kNegator | kDeterminer},
    {"neither", kNegator}, {"nor", kNegator | kConjunction},
    {"of", kPreposition}, {"in", kPreposition | kLocative},
    {"on", kPreposition}, {"at", kPreposition | kLocative},
    {"near", kPreposition | kLocative}, {"outside", kPreposition | kLocative},
    {"inside", kPreposition | kLocative}, {"across", kPreposition | kLocative},
    {"throughout", kPreposition | kLocative}, {"around", kPreposition | kLocative},
    {"within", kPreposition | kLocative},
    {"for", kPreposition}, {"against", kPreposition}, {"with", kPreposition},
    {"by", kPreposition}, {"from", kPreposition}, {"to", kPreposition},
    {"into", kPreposition}, {"over", kPreposition}, {"about", kPreposition},
    {"toward", kPreposition}, {"towards", kPreposition}, {"between", kPreposition},
    {"among", kPreposition}, {"during", kPreposition}, {"under", kPreposition},
    {"upon", kPreposition}, {"via", kPreposition}, {"through", kPreposition},
    {"amid", kPreposition}, {"despite", kPreposition}, {"since", kPreposition | kSubordinator},
    {"and", kConjunction}, {"or", kConjunction}, {"but", kConjunction},
    {"which", kSubordinator | kWhWord}, {"who", kSubordinator | kWhWord},
    {"whom", kSubordinator | kWhWord}, {"whose", kSubordinator | kWhWord},
    {"because", kSubordinator}, {"while", kSubordinator}, {"after", kSubordinator | kPreposition},
    {"before", kSubordinator | kPreposition}, {"although", kSubordinator},
    {"though", kSubordinator}, {"as", kSubordinator | kPreposition},
    {"when", kSubordinator | kWhWord}, {"where", kSubordinator | kWhWord},
    {"if", kConditional | kSubordinator}, {"unless", kConditional | kSubordinator},
    {"whether", kConditional | kSubordinator},
    {"what", kWhWord}, {"why", kWhWord}, {"how", kWhWord},
    {"also", kAdverb}, {"already", kAdverb}, {"again", kAdverb}, {"reportedly", kAdverb},
    {"allegedly", kAdverb}, {"firmly", kAdverb}, {"strongly", kAdverb},
    {"repeatedly", kAdverb}, {"recently", kAdverb}, {"previously", kAdverb},
    {"publicly", kAdverb}, {"formally", kAdverb}, {"officially", kAdverb},
    {"sharply", kAdverb}, {"just", kAdverb}, {"still", kAdverb}, {"now", kAdverb},
    {"later", kAdverb}, {"once", kAdverb}, {"jointly", kAdverb}, {"openly", kAdverb},
    {"swiftly", kAdverb}, {"quickly", kAdverb}, {"finally", kAdverb},
    {"reluctantly", kAdverb}, {"angrily", kAdverb}, {"immediately", kAdverb},
};

const std::unordered_map<std::string_view, std::uint32_t>& Table() {
  static const auto table = [] {
    std::unordered_map<std::string_view, std::uint32_t> t;
    for (const Entry& e : kEntries) t[e.word] |= e.classes;
    return t;
  }();
  return table;
}

}  // namespace

std::uint32_t ClassesOf(std::string_view norm) {
  const auto& table = Table();
  auto it = table.find(norm);
  return it == table.end() ? 0 : it->second;
}

}  // namespace dyad::lexicon

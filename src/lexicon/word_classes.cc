#include "lexicon/word_classes.h"

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "lexicon/verb_forms.h"

namespace dyad::lexicon {
namespace {

struct Entry {
  std::string_view word;
  std::uint32_t classes;
};

// One table so that a word's classes can be read in one place.
constexpr Entry kEntries[] = {
    {"the", kDeterminer},
    {"a", kDeterminer},
    {"an", kDeterminer},
    {"this", kDeterminer | kSubordinator},
    {"these", kDeterminer},
    {"those", kDeterminer},
    {"that", kDeterminer | kSubordinator},
    {"some", kDeterminer},
    {"any", kDeterminer},
    {"each", kDeterminer},
    {"every", kDeterminer},
    {"both", kDeterminer},
    {"all", kDeterminer},
    {"several", kDeterminer},
    {"many", kDeterminer},
    {"its", kDeterminer | kPossessive},
    {"their", kDeterminer | kPossessive},
    {"his", kDeterminer | kPossessive},
    {"her", kDeterminer | kPossessive | kPronoun},
    {"our", kDeterminer | kPossessive},
    {"my", kDeterminer | kPossessive},
    {"your", kDeterminer | kPossessive},
    {"'s", kPossessive},
    {"it", kPronoun},
    {"they", kPronoun},
    {"them", kPronoun},
    {"he", kPronoun},
    {"him", kPronoun},
    {"she", kPronoun},
    {"we", kPronoun},
    {"us", kPronoun},
    {"i", kPronoun},
    {"you", kPronoun},
    {"itself", kPronoun},
    {"themselves", kPronoun},
    {"be", kBeForm},
    {"is", kBeForm},
    {"are", kBeForm},
    {"was", kBeForm},
    {"were", kBeForm},
    {"been", kBeForm},
    {"being", kBeForm},
    {"am", kBeForm},
    {"have", kHaveForm},
    {"has", kHaveForm},
    {"had", kHaveForm},
    {"having", kHaveForm},
    {"do", kDoForm},
    {"does", kDoForm},
    {"did", kDoForm},
    {"will", kModal},
    {"would", kModal},
    {"shall", kModal},
    {"should", kModal},
    {"may", kModal},
    {"might", kModal},
    {"can", kModal},
    {"could", kModal},
    {"must", kModal},
    {"not", kNegator},
    {"never", kNegator},
    {"no", kNegator | kDeterminer},
    {"neither", kNegator},
    {"nor", kNegator | kConjunction},
    {"of", kPreposition},
    {"in", kPreposition | kLocative},
    {"on", kPreposition},
    {"at", kPreposition | kLocative},
    {"near", kPreposition | kLocative},
    {"outside", kPreposition | kLocative},
    {"inside", kPreposition | kLocative},
    {"across", kPreposition | kLocative},
    {"throughout", kPreposition | kLocative},
    {"around", kPreposition | kLocative},
    {"within", kPreposition | kLocative},
    {"for", kPreposition},
    {"against", kPreposition},
    {"with", kPreposition},
    {"by", kPreposition},
    {"from", kPreposition},
    {"to", kPreposition},
    {"into", kPreposition},
    {"over", kPreposition},
    {"about", kPreposition},
    {"toward", kPreposition},
    {"towards", kPreposition},
    {"between", kPreposition},
    {"among", kPreposition},
    {"during", kPreposition},
    {"under", kPreposition},
    {"upon", kPreposition},
    {"via", kPreposition},
    {"through", kPreposition},
    {"amid", kPreposition},
    {"despite", kPreposition},
    {"since", kPreposition | kSubordinator},
    {"and", kConjunction},
    {"or", kConjunction},
    {"but", kConjunction},
    {"which", kSubordinator | kWhWord},
    {"who", kSubordinator | kWhWord},
    {"whom", kSubordinator | kWhWord},
    {"whose", kSubordinator | kWhWord},
    {"because", kSubordinator},
    {"while", kSubordinator},
    {"after", kSubordinator | kPreposition},
    {"before", kSubordinator | kPreposition},
    {"although", kSubordinator},
    {"though", kSubordinator},
    {"as", kSubordinator | kPreposition},
    {"when", kSubordinator | kWhWord},
    {"where", kSubordinator | kWhWord},
    {"if", kConditional | kSubordinator},
    {"unless", kConditional | kSubordinator},
    {"whether", kConditional | kSubordinator},
    {"what", kWhWord},
    {"why", kWhWord},
    {"how", kWhWord},
    {"also", kAdverb},
    {"already", kAdverb},
    {"again", kAdverb},
    {"reportedly", kAdverb},
    {"allegedly", kAdverb},
    {"firmly", kAdverb},
    {"strongly", kAdverb},
    {"repeatedly", kAdverb},
    {"recently", kAdverb},
    {"previously", kAdverb},
    {"publicly", kAdverb},
    {"formally", kAdverb},
    {"officially", kAdverb},
    {"sharply", kAdverb},
    {"just", kAdverb},
    {"still", kAdverb},
    {"now", kAdverb},
    {"later", kAdverb},
    {"once", kAdverb},
    {"jointly", kAdverb},
    {"openly", kAdverb},
    {"swiftly", kAdverb},
    {"quickly", kAdverb},
    {"finally", kAdverb},
    {"reluctantly", kAdverb},
    {"angrily", kAdverb},
    {"immediately", kAdverb},
};

constexpr std::string_view kFillers[] = {
    "the", "a", "an", "its", "their", "his", "her", "our", "new", "more", "further",
    "additional", "fresh", "tough", "tougher", "sweeping", "strong", "stronger", "deep",
    "serious", "grave", "harsh", "harsher", "fierce", "sharp", "heavy", "broad", "full",
    "formal", "renewed", "growing", "mounting", "direct", "some", "any", "repeated",
    "several", "unprecedented", "sustained", "extensive", "significant",
    // Size, tone and range: "held a noisy
    // rally", "launched long-range missiles".
    "noisy", "large", "huge", "massive", "peaceful", "rare", "major", "big", "historic",
    "angry", "long-range", "short-range", "high-level", "cross-border", "large-scale",
    "full-scale"};

const std::unordered_map<std::string_view, std::uint32_t>& Table() {
  static const auto table = [] {
    std::unordered_map<std::string_view, std::uint32_t> t;
    for (const Entry& e : kEntries) t[e.word] |= e.classes;
    for (auto w : kFillers) t[w] |= kFiller;
    return t;
  }();
  return table;
}

struct TransparentHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const {
    return std::hash<std::string_view>()(s);
  }
};
using ReportingMap =
    std::unordered_map<std::string, std::string_view, TransparentHash, std::equal_to<>>;

struct Reporting {
  std::string_view lemma;
  std::string_view modality;
};

constexpr Reporting kReportingVerbs[] = {
    {"say", "reported"},       {"tell", "reported"},      {"state", "reported"},
    {"report", "reported"},    {"announce", "reported"},  {"add", "reported"},
    {"note", "reported"},      {"insist", "reported"},    {"confirm", "reported"},
    {"stress", "reported"},    {"emphasize", "reported"}, {"point out", "reported"},
    {"declare", "reported"},   {"explain", "reported"},   {"write", "reported"},
    {"argue", "reported"},     {"warn", "reported"},      {"reiterate", "reported"},
    {"suggest", "reported"},   {"indicate", "reported"},  {"believe", "reported"},
    {"highlight", "reported"}, {"assert", "reported"},    {"maintain", "reported"},
    {"allege", "alleged"},     {"accuse", "alleged"},     {"charge", "alleged"},
    {"claim", "alleged"},      {"suspect", "alleged"},    {"deny", "denied"},
    {"reject", "denied"},      {"dismiss", "denied"},     {"refute", "denied"},
    {"rebut", "denied"},       {"tweet", "reported"}};

constexpr Reporting kReportingNouns[] = {
    {"accusation", "alleged"},  {"accusations", "alleged"}, {"allegation", "alleged"},
    {"allegations", "alleged"}, {"claim", "alleged"},       {"claims", "alleged"},
    {"charges", "alleged"},     {"denial", "denied"},       {"denials", "denied"},
    {"report", "reported"},     {"reports", "reported"},    {"statement", "reported"}};

const ReportingMap& ReportingTable() {
  static const auto table = [] {
    ReportingMap t;
    for (const auto& r : kReportingVerbs)
      for (const auto& f : VerbForms::Default().Inflect(r.lemma))
        t.emplace(f.form, r.modality);
    for (const auto& r : kReportingNouns) t[std::string(r.lemma)] = r.modality;
    return t;
  }();
  return table;
}

}  // namespace

std::string_view ReportingModality(std::string_view norm) {
  const auto& t = ReportingTable();
  auto it = t.find(norm);
  return it == t.end() ? std::string_view() : it->second;
}

bool LooksLikeAdverb(std::string_view norm) {
  if (norm.size() < 6 || !norm.ends_with("ly")) return false;
  // Nouns, verbs and adjectives ending in "ly"; the adjectives matter, since
  // an adjective may stand between a trigger and its target ("a deadly
  // attack on"), an adverb not.
  static const std::unordered_set<std::string_view> kNotAdverbs = {
      "family",     "assembly",  "supply",    "comply",     "multiply",   "anomaly",
      "monopoly",   "homily",    "butterfly", "melancholy", "deadly",     "likely",
      "unlikely",   "lonely",    "lovely",    "costly",     "elderly",    "friendly",
      "unfriendly", "weekly",    "monthly",   "yearly",     "hourly",     "nightly",
      "quarterly",  "biweekly",  "orderly",   "disorderly", "timely",     "untimely",
      "scholarly",  "cowardly",  "worldly",   "lively",     "sickly",     "unruly",
      "heavenly",   "ghastly",   "beastly",   "stately",    "leisurely",  "bodily",
      "smelly",     "chilly",    "kingly",    "princely",   "saintly",    "homely",
      "goodly",     "seemly",    "unseemly",  "unsightly",  "portly",     "ungainly",
      "brotherly",  "motherly",  "fatherly",  "sisterly",   "neighborly", "neighbourly",
      "manly",      "womanly",   "oily",      "wobbly",     "bubbly",     "prickly",
      "underbelly", "dragonfly", "gadfly",    "firefly",    "reapply",    "resupply",
  };
  return !kNotAdverbs.contains(norm);
}

std::uint32_t ClassesOf(std::string_view norm) {
  const auto& table = Table();
  auto it = table.find(norm);
  return it == table.end() ? 0 : it->second;
}

}  // namespace dyad::lexicon

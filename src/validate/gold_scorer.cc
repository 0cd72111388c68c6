#include "validate/gold_scorer.h"

#include <algorithm>

#include "dict/compiled.h"

namespace dyad::validate {
namespace {

std::string Key(const Item& item, Level level) {
  switch (level) {
    case Level::kExact:
      return item.source + "|" + item.target + "|" + item.code;
    case Level::kRootCountry:
      return item.source_top + "|" + item.target_top + "|" + item.root;
    case Level::kDyad:
      break;
  }
  return item.source_top + "|" + item.target_top;
}

std::string RootOf(std::string_view code) { return std::string(code.substr(0, 2)); }

// Items grouped by (article, sentence), in a stable order.
using Groups = std::map<std::pair<std::string, int>, std::vector<const Item*>>;

Groups GroupOf(const std::vector<Item>& items, bool dyadic_only) {
  Groups groups;
  for (const Item& item : items)
    if (!dyadic_only || !item.target.empty())
      groups[{item.article, item.sentence}].push_back(&item);
  return groups;
}

// Greedy multiset matching of one sentence's items at one level: each gold
// item takes the first coded item with its key. Returns, for each gold item,
// the index of its coded item or -1.
std::vector<int> MatchSentence(const std::vector<const Item*>& gold,
                               const std::vector<const Item*>& coded, Level level) {
  std::vector<int> match(gold.size(), -1);
  std::vector<bool> taken(coded.size(), false);
  for (std::size_t g = 0; g < gold.size(); ++g) {
    const std::string key = Key(*gold[g], level);
    for (std::size_t c = 0; c < coded.size(); ++c) {
      if (!taken[c] && Key(*coded[c], level) == key) {
        taken[c] = true;
        match[g] = static_cast<int>(c);
        break;
      }
    }
  }
  return match;
}

// Pairs for the kappa: same dyad first with the same root, then the same
// dyad with any root; what is left pairs with "no event" ("").
void AlignForKappa(const std::vector<const Item*>& a, const std::vector<const Item*>& b,
                   std::vector<std::pair<std::string, std::string>>* pairs) {
  std::vector<bool> used_a(a.size(), false), used_b(b.size(), false);
  for (const Level level : {Level::kRootCountry, Level::kDyad}) {
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (used_a[i]) continue;
      for (std::size_t j = 0; j < b.size(); ++j) {
        if (used_b[j] || Key(*a[i], level) != Key(*b[j], level)) continue;
        used_a[i] = used_b[j] = true;
        pairs->emplace_back(a[i]->root, b[j]->root);
        break;
      }
    }
  }
  for (std::size_t i = 0; i < a.size(); ++i)
    if (!used_a[i]) pairs->emplace_back(a[i]->root, "");
  for (std::size_t j = 0; j < b.size(); ++j)
    if (!used_b[j]) pairs->emplace_back("", b[j]->root);
}

double Kappa(const std::vector<std::pair<std::string, std::string>>& pairs) {
  if (pairs.empty()) return 0;
  std::map<std::string, int> count_a, count_b;
  int agree = 0;
  for (const auto& [x, y] : pairs) {
    ++count_a[x];
    ++count_b[y];
    agree += x == y;
  }
  const double n = static_cast<double>(pairs.size());
  double expected = 0;
  for (const auto& [label, k] : count_a) {
    auto it = count_b.find(label);
    if (it != count_b.end()) expected += (k / n) * (it->second / n);
  }
  const double observed = agree / n;
  return expected >= 1 ? 1 : (observed - expected) / (1 - expected);
}

}  // namespace

std::string TopActor(const dict::Compiled& dict, std::string_view code) {
  if (code.size() >= 3 && dict.IsCountryCode(code.substr(0, 3)))
    return std::string(code.substr(0, 3));
  if (code.size() >= 6 && (code.substr(0, 3) == "IGO" || code.substr(0, 3) == "NGO"))
    return std::string(code.substr(0, 6));
  return std::string(code.substr(0, 3));
}

int SentenceAt(const std::vector<text::Segment>& segments, std::uint32_t offset) {
  auto it = std::upper_bound(
      segments.begin(), segments.end(), offset,
      [](std::uint32_t o, const text::Segment& s) { return o < s.begin; });
  return it == segments.begin() ? 0 : static_cast<int>(it - segments.begin()) - 1;
}

const char* LevelName(Level level) {
  switch (level) {
    case Level::kExact:
      return "exact";
    case Level::kRootCountry:
      return "root+country";
    case Level::kDyad:
      break;
  }
  return "dyad";
}

Item FromGold(const GoldEvent& e, const dict::Compiled& dict,
              const std::vector<text::Segment>& segments) {
  Item item;
  item.article = e.article;
  item.sentence = SentenceAt(segments, e.trigger.begin);
  item.source = e.source_code;
  item.target = e.target_code;
  item.source_top = TopActor(dict, item.source);
  item.target_top = item.target.empty() ? "" : TopActor(dict, item.target);
  item.code = e.code;
  item.root = RootOf(e.code);
  item.modality = e.modality;
  item.source_span = e.source;
  item.target_span = e.target;
  item.trigger = e.trigger;
  item.line = e.line;
  return item;
}

Item FromEvent(const Event& e, const dict::Compiled& dict,
               const std::vector<text::Segment>& segments) {
  Item item;
  item.article = e.doc;
  item.sentence = SentenceAt(segments, e.evidence.trigger.begin);
  item.source = e.source;
  item.target = e.target;
  item.source_top = TopActor(dict, item.source);
  item.target_top = item.target.empty() ? "" : TopActor(dict, item.target);
  item.code = e.event_code;
  item.root = e.root_code.empty() ? RootOf(e.event_code) : e.root_code;
  item.modality = e.modality;
  item.source_span = e.evidence.source;
  item.target_span = e.evidence.target;
  item.trigger = e.evidence.trigger;
  item.rule = e.rule;
  return item;
}

Comparison Compare(const std::vector<Item>& gold, const std::vector<Item>& coded,
                   bool dyadic_only) {
  Comparison out;
  const Groups gold_groups = GroupOf(gold, dyadic_only);
  const Groups coded_groups = GroupOf(coded, dyadic_only);
  std::vector<std::pair<std::string, std::string>> kappa_pairs;
  static const std::vector<const Item*> kNone;
  auto add_sentence = [&](const std::vector<const Item*>& g,
                          const std::vector<const Item*>& c) {
    for (int level = 0; level < kLevels; ++level) {
      const std::vector<int> match = MatchSentence(g, c, static_cast<Level>(level));
      Counts& counts = out.levels[level];
      counts.gold += static_cast<int>(g.size());
      counts.coded += static_cast<int>(c.size());
      const int found = static_cast<int>(
          std::count_if(match.begin(), match.end(), [](int m) { return m >= 0; }));
      counts.found += found;
      counts.correct += found;
      if (static_cast<Level>(level) != Level::kRootCountry) continue;
      std::vector<bool> correct(c.size(), false);
      for (std::size_t i = 0; i < g.size(); ++i) {
        ++out.by_root[g[i]->root].gold;
        ++out.by_modality[g[i]->modality].gold;
        if (match[i] < 0) {
          out.missed.push_back(g[i]);
          continue;
        }
        correct[match[i]] = true;
        ++out.by_root[g[i]->root].found;
        ++out.by_modality[g[i]->modality].found;
        out.same_modality += g[i]->modality == c[match[i]]->modality;
      }
      for (std::size_t j = 0; j < c.size(); ++j) {
        ++out.by_root[c[j]->root].coded;
        ++out.by_modality[c[j]->modality].coded;
        if (correct[j]) {
          ++out.by_root[c[j]->root].correct;
          ++out.by_modality[c[j]->modality].correct;
        } else {
          out.spurious.push_back(c[j]);
        }
      }
    }
    AlignForKappa(g, c, &kappa_pairs);
  };
  for (const auto& [where, g] : gold_groups) {
    auto it = coded_groups.find(where);
    add_sentence(g, it == coded_groups.end() ? kNone : it->second);
  }
  for (const auto& [where, c] : coded_groups)
    if (!gold_groups.count(where)) add_sentence(kNone, c);
  out.kappa = Kappa(kappa_pairs);
  out.aligned = static_cast<int>(kappa_pairs.size());
  return out;
}

}  // namespace dyad::validate

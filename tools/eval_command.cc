// dyad eval: codes the articles of the real-news gold standard and compares
// the events with the annotators' (validate/gold_scorer.h); with --against,
// compares two annotators; with --sentences, lists articles' sentences with
// their byte offsets, the listing annotators code from.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "cli_flags.h"
#include "commands.h"
#include "dyad/coder.h"
#include "inputs.h"
#include "text/sentence_splitter.h"
#include "validate/gold.h"
#include "validate/gold_scorer.h"

namespace dyad::cli {
namespace {

namespace fs = std::filesystem;

constexpr const char* kEvalHelp =
    R"(Usage: dyad eval GOLD_DIR [--news DIR] [--dict PATH]... [--misses N] [--monadic]
       dyad eval GOLD_DIR --against OTHER_GOLD_DIR [--news DIR] [--misses N]
       dyad eval --sentences ARTICLE_ID... [--news DIR]

Codes the articles of a gold standard (tests/gold: articles.tsv and
events.tsv, byte offsets into ../shared/news; see doc/annotation.md) and
compares the events with the gold, sentence by sentence, at three levels:
exact (full actor and event codes), root+country (the actors' countries or
organisations and the root code) and dyad (the actors' countries only).
Prints the sentences where they differ (- missed, + false, with the rule
that fired), tables by level, root code and modality, and a last line:

  root+country: precision P%, recall R%, F1 F% (N gold, M coded events)

Options:
  --news DIR        the news folder (default: shared/news in the nearest
                    folder above GOLD_DIR that has one; shared/ud for a gold
                    standard of treebank documents, as tests/gold-ud)
  --dict PATH       dictionaries, as for dyad code (default: dyad's own)
  --dict-format F   auto, dyad, petrarch or tabari
  --misses N        show at most N sentences that differ (default 20; 0 none)
  --monadic         score events without a target too (default: dyadic only)
  --no-syntax       code without the parser (dyad code --no-syntax)
  --purposes        code aims under "to" too (dyad code --purposes)
  --events FILE     score the events in FILE (JSON Lines as dyad code writes
                    them, with --all-mentions; any coder's output in that
                    shape) instead of coding the articles
  --against DIR     compare GOLD_DIR (first annotator) with DIR (second), on
                    the articles DIR holds: the annotators' agreement, with
                    Cohen's kappa on the root code
  --sentences       list the named articles' sentences: id, index, begin,
                    end (byte offsets) and text, tab-separated
  -h, --help        show this help

Exit status: 0 when the evaluation ran, whatever the score; 1 when the gold
or the news cannot be read; 2 on bad usage.
)";

struct Article {
  Document doc;
  std::vector<text::Segment> segments;
};

// The nearest `shared/<folder>` above `from`: "news", or "ud" for a gold
// standard of treebank documents (its articles.tsv names .conllu files).
std::string FindNews(const fs::path& from) {
  std::string folder = "news";
  std::ifstream listing(from / "articles.tsv");
  for (std::string line; std::getline(listing, line);)
    if (line.find(".conllu\t") != std::string::npos) folder = "ud";
  std::error_code ec;
  for (fs::path p = fs::absolute(from, ec); !p.empty(); p = p.parent_path()) {
    if (fs::is_directory(p / "shared" / folder, ec))
      return (p / "shared" / folder).string();
    if (p == p.parent_path()) break;
  }
  return "";
}

// Reads the articles named in `ids` from the news folder's JSON Lines files
// (or its CoNLL-U treebanks: ../shared/ud for tests/gold-ud).
bool ReadArticles(const std::string& news, const std::set<std::string>& ids,
                  std::map<std::string, Article>* out) {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(news, ec))
    if (entry.path().extension() == ".jsonl" || entry.path().extension() == ".conllu")
      files.push_back(entry.path().string());
  if (ec || files.empty()) {
    std::cerr << "dyad eval: " << news
              << ": no .jsonl news files (or .conllu treebanks) there (use --news)\n";
    return false;
  }
  std::sort(files.begin(), files.end());
  InputReader reader(files, InputOptions(), std::cerr);
  Document doc;
  while (reader.Next(&doc)) {
    if (!ids.count(doc.id)) continue;
    Article& a = (*out)[doc.id];
    a.segments = text::SplitSentences(doc.text);
    a.doc = std::move(doc);
    doc = Document();
  }
  for (const auto& id : ids) {
    if (!out->count(id)) {
      std::cerr << "dyad eval: article " << id << " not found in " << news << "\n";
      return false;
    }
  }
  return reader.errors() == 0;
}

std::string OneLine(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\n' || c == '\t') c = ' ';
  return out;
}

void PrintItem(char mark, const validate::Item& item, std::ostream& out) {
  out << "  " << mark << " " << item.source << " -> "
      << (item.target.empty() ? "-" : item.target) << " " << item.code << " "
      << item.modality << "  [" << OneLine(item.source_span.text) << " | "
      << OneLine(item.target_span.text) << " | " << OneLine(item.trigger.text) << "]";
  if (!item.rule.empty()) out << "  <- " << item.rule;
  if (item.line) out << "  (events.tsv:" << item.line << ")";
  out << "\n";
}

// The sentences where the two sides differ, each once, with its differences.
void PrintDifferences(const validate::Comparison& c,
                      const std::map<std::string, Article>& articles, long limit,
                      std::ostream& out) {
  std::map<std::pair<std::string, int>,
           std::vector<std::pair<char, const validate::Item*>>>
      by_sentence;
  for (const auto* item : c.missed)
    by_sentence[{item->article, item->sentence}].push_back({'-', item});
  for (const auto* item : c.spurious)
    by_sentence[{item->article, item->sentence}].push_back({'+', item});
  long shown = 0;
  for (const auto& [where, items] : by_sentence) {
    if (limit >= 0 && shown++ >= limit) break;
    const Article& a = articles.at(where.first);
    const auto& seg = a.segments[where.second];
    out << where.first << " #" << where.second << ": "
        << OneLine(std::string_view(a.doc.text).substr(seg.begin, seg.end - seg.begin))
        << "\n";
    for (const auto& [mark, item] : items) PrintItem(mark, *item, out);
  }
  if (!by_sentence.empty()) out << "\n";
}

void PrintCounts(const std::string& name, const validate::Counts& c, std::ostream& out) {
  char line[200];
  std::snprintf(line, sizeof line, "%-14s %6d %6d %6d %6d %9.1f%% %7.1f%% %6.1f%%\n",
                name.c_str(), c.gold, c.coded, c.found, c.correct, c.Precision(),
                c.Recall(), c.F1());
  out << line;
}

std::string Header(const char* first, const char* gold_name, const char* coded_name) {
  char header[200];
  std::snprintf(header, sizeof header, "%-14s %6s %6s %6s %6s %10s %8s %7s\n", first,
                gold_name, coded_name, "found", "right", "precision", "recall", "F1");
  return header;
}

void PrintReport(const validate::Comparison& c, const char* gold_name,
                 const char* coded_name, std::ostream& out) {
  out << Header("level", gold_name, coded_name);
  for (int level = 0; level < validate::kLevels; ++level)
    PrintCounts(validate::LevelName(static_cast<validate::Level>(level)), c.levels[level],
                out);
  out << "\nroot+country by root code\n" << Header("root", gold_name, coded_name);
  for (const auto& [root, counts] : c.by_root) PrintCounts(root, counts, out);
  out << "\nroot+country by modality (" << gold_name << " events by theirs, "
      << coded_name << " by theirs)\n"
      << Header("modality", gold_name, coded_name);
  for (const auto& [modality, counts] : c.by_modality) PrintCounts(modality, counts, out);
  const int matched = c.levels[static_cast<int>(validate::Level::kRootCountry)].found;
  char tail[300];
  std::snprintf(tail, sizeof tail,
                "\nsame modality in %d of %d root+country matches\n"
                "kappa on the root code: %.3f (%d aligned events)\n",
                c.same_modality, matched, c.kappa, c.aligned);
  out << tail;
  const auto& rc = c.levels[static_cast<int>(validate::Level::kRootCountry)];
  std::snprintf(tail, sizeof tail,
                "root+country: precision %.1f%%, recall %.1f%%, F1 %.1f%% (%d %s, %d %s "
                "events)\n",
                rc.Precision(), rc.Recall(), rc.F1(), rc.gold, gold_name, rc.coded,
                coded_name);
  out << tail;
}

int ListSentences(const ParsedFlags& flags) {
  const std::string news = flags.Get("--news", FindNews(fs::current_path()));
  std::set<std::string> ids(flags.positionals.begin(), flags.positionals.end());
  std::map<std::string, Article> articles;
  if (!ReadArticles(news, ids, &articles)) return kExitBadInput;
  for (const auto& id : flags.positionals) {
    const Article& a = articles.at(id);
    for (std::size_t i = 0; i < a.segments.size(); ++i) {
      const auto& s = a.segments[i];
      std::cout << id << "\t" << i << "\t" << s.begin << "\t" << s.end << "\t"
                << OneLine(std::string_view(a.doc.text).substr(s.begin, s.end - s.begin))
                << "\n";
    }
  }
  return kExitOk;
}

// Reads a gold folder and attaches its articles' texts, reading from the news
// folder only those `articles` does not hold yet; false (after saying why) on
// failure.
bool LoadGold(const std::string& dir, const std::string& news, validate::Gold* gold,
              std::map<std::string, Article>* articles) {
  auto read = validate::ReadGold(dir);
  if (!read.ok()) {
    std::cerr << "dyad eval: " << read.status().message() << "\n";
    return false;
  }
  *gold = std::move(*read);
  std::set<std::string> missing;
  for (const auto& a : gold->articles)
    if (!articles->count(a.id)) missing.insert(a.id);
  if (!missing.empty() && !ReadArticles(news, missing, articles)) return false;
  std::map<std::string, Document> docs;
  for (const auto& a : gold->articles) docs.emplace(a.id, articles->at(a.id).doc);
  if (Status s = validate::AttachTexts(docs, gold); !s.ok()) {
    std::cerr << "dyad eval: " << s.message() << "\n";
    return false;
  }
  return true;
}

// Events of the gold's articles from a JSON Lines file; false (after saying
// where) on a line that is not an event.
bool ReadEvents(const std::string& path, const dict::Compiled& dict,
                const std::map<std::string, Article>& articles,
                std::vector<validate::Item>* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::cerr << "dyad eval: " << path << ": cannot open\n";
    return false;
  }
  std::string line;
  for (long n = 1; std::getline(in, line); ++n) {
    if (line.empty()) continue;
    try {
      const auto j = nlohmann::json::parse(line);
      Event e;
      e.doc = j.at("doc").get<std::string>();
      auto article = articles.find(e.doc);
      if (article == articles.end()) continue;
      e.source = j.at("source").get<std::string>();
      e.target = j.value("target", "");
      e.event_code = j.at("event_code").get<std::string>();
      e.root_code = j.value("root_code", "");
      e.modality = j.value("modality", "asserted");
      e.rule = j.value("rule", "");
      const auto& ev = j.at("evidence");
      for (auto [name, span] : {std::pair{"source", &e.evidence.source},
                                std::pair{"target", &e.evidence.target},
                                std::pair{"trigger", &e.evidence.trigger}}) {
        if (!ev.contains(name) || !ev[name].is_object()) continue;
        span->begin = ev[name].value("begin", 0u);
        span->end = ev[name].value("end", 0u);
        span->text = ev[name].value("text", "");
      }
      out->push_back(validate::FromEvent(e, dict, article->second.segments));
    } catch (const nlohmann::json::exception& x) {
      std::cerr << "dyad eval: " << path << ":" << n << ": not a dyad event: " << x.what()
                << "\n";
      return false;
    }
  }
  return true;
}

std::vector<validate::Item> GoldItems(const validate::Gold& gold,
                                      const dict::Compiled& dict,
                                      const std::map<std::string, Article>& articles,
                                      const std::set<std::string>* only = nullptr) {
  std::vector<validate::Item> items;
  for (const auto& e : gold.events)
    if (!only || only->count(e.article))
      items.push_back(validate::FromGold(e, dict, articles.at(e.article).segments));
  return items;
}

}  // namespace

int RunEval(const std::vector<std::string>& args) {
  auto flags = ParseFlags(args, {{"--news", ""},
                                 {"--dict", ""},
                                 {"--dict-format", ""},
                                 {"--misses", ""},
                                 {"--monadic", "", false},
                                 {"--syntax", "", false},
                                 {"--no-syntax", "", false},
                                 {"--purposes", "", false},
                                 {"--against", ""},
                                 {"--events", ""},
                                 {"--sentences", "", false},
                                 {"--help", "-h", false}});
  if (flags.ok() && flags->Has("--help")) {
    std::cout << kEvalHelp;
    return kExitOk;
  }
  const bool listing = flags.ok() && flags->Has("--sentences");
  if (!flags.ok() || flags->positionals.empty() ||
      (!listing && flags->positionals.size() != 1)) {
    std::cerr << "dyad eval: "
              << (!flags.ok() ? flags.status().message()
                  : listing   ? std::string("expected article ids")
                              : std::string("expected one gold folder"))
              << "\nTry 'dyad eval --help'.\n";
    return kExitUsage;
  }
  if (listing) return ListSentences(*flags);
  long misses = 20;
  if (std::string bad = BadNumberFlag(*flags, "--misses", 20, 0, 1000000000, &misses);
      !bad.empty()) {
    std::cerr << "dyad eval: " << bad << "\n";
    return kExitUsage;
  }
  const std::string dir = flags->positionals[0];
  const std::string news = flags->Get("--news", FindNews(dir));
  if (news.empty()) {
    std::cerr << "dyad eval: no shared/news (or shared/ud) folder above " << dir
              << "; use --news DIR\n";
    return kExitBadInput;
  }
  auto dictionary = LoadDictionary(*flags);
  if (!dictionary) return DictionaryFailure(*flags);
  const dict::Compiled& compiled = dictionary->compiled();
  validate::Gold gold;
  std::map<std::string, Article> articles;
  if (!LoadGold(dir, news, &gold, &articles)) return kExitBadInput;
  const bool dyadic_only = !flags->Has("--monadic");

  std::vector<validate::Item> first, second;
  const char* names[2] = {"gold", "coded"};
  int sentences = 0;
  if (flags->Has("--against")) {
    std::set<std::string> in_gold;
    for (const auto& a : gold.articles) in_gold.insert(a.id);
    validate::Gold other;
    if (!LoadGold(flags->Get("--against"), news, &other, &articles)) return kExitBadInput;
    std::set<std::string> shared;
    for (const auto& a : other.articles) {
      shared.insert(a.id);
      sentences += static_cast<int>(articles.at(a.id).segments.size());
      if (!in_gold.count(a.id)) {
        std::cerr << "dyad eval: " << a.id << " is in " << flags->Get("--against")
                  << " but not in " << dir << "\n";
        return kExitBadInput;
      }
    }
    first = GoldItems(gold, compiled, articles, &shared);
    second = GoldItems(other, compiled, articles);
    names[0] = "first";
    names[1] = "second";
  } else if (flags->Has("--events")) {
    first = GoldItems(gold, compiled, articles);
    if (!ReadEvents(flags->Get("--events"), compiled, articles, &second))
      return kExitBadInput;
    for (const auto& a : gold.articles)
      sentences += static_cast<int>(articles.at(a.id).segments.size());
  } else {
    first = GoldItems(gold, compiled, articles);
    // The gold codes every sentence that states an act, restatements too.
    CoderOptions options;
    options.all_mentions = true;
    options.monadic = !dyadic_only;
    options.syntax = !flags->Has("--no-syntax");
    options.purposes = flags->Has("--purposes");
    const Coder coder(std::move(*dictionary), options);
    for (const auto& a : gold.articles) {
      const Article& article = articles.at(a.id);
      sentences += static_cast<int>(article.segments.size());
      for (const Event& e : coder.Code(article.doc))
        second.push_back(validate::FromEvent(e, compiled, article.segments));
    }
  }
  std::cout << "gold " << dir << ": " << gold.articles.size() << " articles, "
            << gold.events.size() << " events; compared on " << sentences
            << " sentences\nnews " << news << "\n"
            << (dyadic_only ? "events with source and target only (--monadic for all)\n\n"
                            : "all events, with or without a target\n\n");
  const validate::Comparison c = validate::Compare(first, second, dyadic_only);
  PrintDifferences(c, articles, misses, std::cout);
  PrintReport(c, names[0], names[1], std::cout);
  return kExitOk;
}

}  // namespace dyad::cli

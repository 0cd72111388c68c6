// dyad explain and dyad dict: small commands over the public API.
#include <iostream>
#include <sstream>

#include "cli_flags.h"
#include "commands.h"
#include "dyad/coder.h"
#include "util/strings.h"

namespace dyad::cli {

int RunExplain(const std::vector<std::string>& args) {
  auto flags = ParseFlags(args, {{"--date", ""},
                                 {"--dict", ""},
                                 {"--dict-format", ""},
                                 {"--syntax", "", false},
                                 {"--no-syntax", "", false},
                                 {"--help", "-h", false}});
  if (!flags.ok() || (!flags->Has("--help") && flags->positionals.empty())) {
    std::cerr << "dyad explain: "
              << (flags.ok() ? "needs a sentence (or - for standard input)"
                             : flags.status().message())
              << "\nTry 'dyad explain --help'.\n";
    return kExitUsage;
  }
  if (flags->Has("--help")) {
    std::cout
        << "Usage: dyad explain \"SENTENCE\"... [--date YYYY-MM-DD] [--dict PATH] "
           "[--no-syntax]\n\n"
           "Shows how dyad analyses text: sentences, tokens, the dependency tree of\n"
           "a sentence the coder parses (token:TAG>head:relation), the actors found,\n"
           "the triggers, every pattern tried and the one that fired, and the\n"
           "events. --no-syntax: as dyad code --no-syntax, without the parser.\n"
           "Use - to read the text from standard input.\n";
    return kExitOk;
  }
  if (std::string bad = BadDateFlag(*flags, {"--date"}); !bad.empty()) {
    std::cerr << "dyad explain: " << bad << "\n";
    return kExitUsage;
  }
  const std::string d = flags->Get("--date");
  auto dictionary = LoadDictionary(*flags);
  if (!dictionary) return DictionaryFailure(*flags);
  Coder coder(std::move(*dictionary), CoderOptions{.syntax = !flags->Has("--no-syntax")});
  for (const auto& text : flags->positionals) {
    if (text == "-") {
      std::ostringstream ss;
      ss << std::cin.rdbuf();
      std::cout << coder.Explain(ss.str(), d);
    } else {
      std::cout << coder.Explain(text, d);
    }
  }
  return kExitOk;
}

int RunDict(const std::vector<std::string>& args) {
  auto flags =
      ParseFlags(args, {{"--dict", ""}, {"--dict-format", ""}, {"--help", "-h", false}});
  bool help = flags.ok() && flags->Has("--help");
  const std::string sub =
      flags.ok() && flags->positionals.size() == 1 ? flags->positionals[0] : "";
  if (!flags.ok() || (!help && sub != "stats" && sub != "check")) {
    std::cerr << "dyad dict: "
              << (flags.ok() ? "expected a subcommand: stats or check"
                             : flags.status().message())
              << "\nTry 'dyad dict --help'.\n";
    return kExitUsage;
  }
  if (help) {
    std::cout
        << "Usage: dyad dict stats [--dict PATH]...\n"
           "       dyad dict check [--dict PATH]...\n\n"
           "stats counts the entries of the default dictionaries (or of --dict PATH)\n"
           "per kind and the event patterns per CAMEO root. check lists duplicate and\n"
           "conflicting entries, patterns that can never match and overlapping date\n"
           "ranges, as file:line: message; exit 1 when it finds any.\n";
    return kExitOk;
  }
  auto dictionary = LoadDictionary(*flags);
  if (!dictionary) return DictionaryFailure(*flags);
  if (sub == "check") {
    auto problems = dictionary->Warnings();
    for (auto& p : dictionary->Check()) problems.push_back(std::move(p));
    for (const auto& p : problems) std::cout << p << "\n";
    std::cerr << "dyad dict check: " << problems.size() << " problem"
              << (problems.size() == 1 ? "" : "s") << "\n";
    return problems.empty() ? kExitOk : kExitBadInput;
  }
  DictionaryStats s = dictionary->Stats();
  std::cout << "actors        " << s.actors << " entries, " << s.actor_phrases
            << " names, " << s.dated_roles << " dated roles\n"
            << "  countries and regions " << s.countries << " codes\n"
            << "  organisations         " << s.organisations << " entries\n"
            << "  people                " << s.people << " entries with dated roles\n"
            << "agents        " << s.agents << " entries, " << s.agent_phrases
            << " phrases\n"
            << "verb patterns " << s.verb_patterns << "\n"
            << "noun patterns " << s.noun_patterns << "\n"
            << "event codes   " << s.event_codes << " distinct\n"
            << "discards      " << s.discards << "\n"
            << "patterns per CAMEO root:\n";
  for (const auto& [root, n] : s.per_root) std::cout << "  " << root << "  " << n << "\n";
  if (!s.skipped.empty()) std::cout << "not used (what dyad cannot express):\n";
  for (const auto& [why, n] : s.skipped) std::cout << "  " << n << "  " << why << "\n";
  return kExitOk;
}

}  // namespace dyad::cli

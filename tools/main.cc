// The dyad command line: dispatches to the subcommands in commands.h.
#include <iostream>
#include <string>
#include <vector>

#include "commands.h"

namespace {

constexpr const char* kHelp = R"(dyad: a fast, explainable political event coder

Usage: dyad COMMAND [options]

Commands:
  code      code news text into CAMEO events (JSON Lines or TSV)
  explain   show how a sentence is analysed and why events were coded
  dict      dictionary tools (stats, check)
  ingest    code documents and store their events (SQLite or PostgreSQL)
  query     ask the store (events, mentions, dyad series, actors, network,
            summary)
  export    write the store as GDELT tables, PLOVER, CSV or JSON Lines
  validate  score the coder on PETRARCH/TABARI validation records
  eval      score the coder on the real-news gold standard (tests/gold)
  serve     a JSON API and web page over a store
  parse     tag and parse text into Universal Dependencies trees (CoNLL-U)

Run 'dyad COMMAND --help' for a command's options.
Options:
  -h, --help     show this help
  --version      show the version
)";

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << kHelp;
    return dyad::cli::kExitUsage;
  }
  const std::string command = args[0];
  args.erase(args.begin());
  try {
    if (command == "-h" || command == "--help" || command == "help") {
      std::cout << kHelp;
      return dyad::cli::kExitOk;
    }
    if (command == "--version") {
      std::cout << "dyad 0.1.0\n";
      return dyad::cli::kExitOk;
    }
    if (command == "code") return dyad::cli::RunCode(args);
    if (command == "explain") return dyad::cli::RunExplain(args);
    if (command == "dict") return dyad::cli::RunDict(args);
    if (command == "ingest") return dyad::cli::RunIngest(args);
    if (command == "query") return dyad::cli::RunQuery(args);
    if (command == "export") return dyad::cli::RunExport(args);
    if (command == "validate") return dyad::cli::RunValidate(args);
    if (command == "eval") return dyad::cli::RunEval(args);
    if (command == "serve") return dyad::cli::RunServe(args);
    if (command == "parse") return dyad::cli::RunParse(args);
  } catch (const std::exception& e) {
    // Nothing a user does should get here; if it does, say so plainly.
    std::cerr << "dyad: internal error: " << e.what() << "\n";
    return dyad::cli::kExitBadInput;
  }
  std::cerr << "dyad: unknown command '" << command << "'\nTry 'dyad --help'.\n";
  return dyad::cli::kExitUsage;
}

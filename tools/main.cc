// The dyad command line: dispatches to the subcommands in commands.h.
#include <cstdio>
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

// Runs one command; its exit status.
int Dispatch(const std::string& command, const std::vector<std::string>& args) {
  using namespace dyad::cli;
  if (command == "-h" || command == "--help" || command == "help") {
    std::cout << kHelp;
    return kExitOk;
  }
  if (command == "--version") {
    std::cout << "dyad 0.1.0\n";
    return kExitOk;
  }
  if (command == "code") return RunCode(args);
  if (command == "explain") return RunExplain(args);
  if (command == "dict") return RunDict(args);
  if (command == "ingest") return RunIngest(args);
  if (command == "query") return RunQuery(args);
  if (command == "export") return RunExport(args);
  if (command == "validate") return RunValidate(args);
  if (command == "eval") return RunEval(args);
  if (command == "serve") return RunServe(args);
  if (command == "parse") return RunParse(args);
  std::cerr << "dyad: unknown command '" << command << "'\nTry 'dyad --help'.\n";
  return kExitUsage;
}

// What a command printed must have reached standard output: when it could
// not be written (a full disk, a closed pipe), success is an error. (A
// command that failed has said why; code and export check their -o file.)
int CheckStandardOutput(const std::string& command, int status) {
  if (status != dyad::cli::kExitOk) return status;
  std::cout.flush();
  const bool failed = !std::cout || std::fflush(stdout) != 0 || std::ferror(stdout);
  if (!failed) return status;
  std::cerr << "dyad" << (command.rfind('-', 0) == 0 ? "" : " " + command)
            << ": error writing standard output\n";
  return dyad::cli::kExitBadInput;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    std::cerr << kHelp;
    return dyad::cli::kExitUsage;
  }
  const std::string command = args[0];
  args.erase(args.begin());
  int status;
  try {
    status = Dispatch(command, args);
  } catch (const std::exception& e) {
    // Nothing a user does should get here; if it does, say so plainly.
    std::cerr << "dyad: internal error: " << e.what() << "\n";
    status = dyad::cli::kExitBadInput;
  }
  return CheckStandardOutput(command, status);
}

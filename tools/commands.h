// The dyad subcommands. Each takes its arguments (after the command name)
// and returns the process exit code: 0 success, 1 bad input, 2 bad usage.
#ifndef DYAD_TOOLS_COMMANDS_H_
#define DYAD_TOOLS_COMMANDS_H_

#include <optional>
#include <string>
#include <vector>

#include "cli_flags.h"
#include "dyad/dictionary.h"
#include "inputs.h"

namespace dyad::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitBadInput = 1;
inline constexpr int kExitUsage = 2;

int RunCode(const std::vector<std::string>& args);
int RunExplain(const std::vector<std::string>& args);
int RunDict(const std::vector<std::string>& args);
int RunIngest(const std::vector<std::string>& args);
int RunQuery(const std::vector<std::string>& args);
int RunExport(const std::vector<std::string>& args);
int RunValidate(const std::vector<std::string>& args);
int RunEval(const std::vector<std::string>& args);
int RunServe(const std::vector<std::string>& args);
int RunParse(const std::vector<std::string>& args);

// The default dictionaries, or those named by --dict (read as
// --dict-format says: auto, dyad, petrarch or tabari); prints the error and
// returns nothing on failure, and says how many lines were skipped.
std::optional<Dictionary> LoadDictionary(const ParsedFlags& flags);
// Reads --max-line MIB (the longest JSON line read, in MiB) into `options`;
// "" when absent or valid, else the usage message.
std::string MaxLineFlag(const ParsedFlags& flags, InputOptions* options);
// "" when --input's value is one InputReader knows, else the usage message.
std::string BadInputFlag(const std::string& format);
// The exit status after LoadDictionary failed: usage (2) for a bad
// --dict-format, bad input (1) otherwise.
int DictionaryFailure(const ParsedFlags& flags);

}  // namespace dyad::cli

#endif  // DYAD_TOOLS_COMMANDS_H_

// The dyad subcommands. Each takes its arguments (after the command name)
// and returns the process exit code: 0 success, 1 bad input, 2 bad usage.
#ifndef DYAD_TOOLS_COMMANDS_H_
#define DYAD_TOOLS_COMMANDS_H_

#include <optional>
#include <string>
#include <vector>

#include "dyad/dictionary.h"

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

// The default dictionaries, or those named by --dict (when `paths` is not
// empty); prints the error and returns nothing on failure.
std::optional<Dictionary> LoadDictionary(const std::vector<std::string>& paths);

}  // namespace dyad::cli

#endif  // DYAD_TOOLS_COMMANDS_H_

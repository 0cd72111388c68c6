// A small command-line parser for the dyad CLI: long options with a value
// (--date 2024-07-11 or --date=2024-07-11), repeatable options (--dict),
// switches (--lenient), short aliases (-o, -j), "--" and positionals.
#ifndef DYAD_TOOLS_CLI_FLAGS_H_
#define DYAD_TOOLS_CLI_FLAGS_H_

#include <map>
#include <string>
#include <vector>

#include "dyad/status.h"

namespace dyad::cli {

struct FlagSpec {
  std::string name;   // "--date"
  std::string alias;  // "-d", or ""
  bool takes_value = true;
};

struct ParsedFlags {
  std::map<std::string, std::vector<std::string>> values;  // by long name
  std::vector<std::string> positionals;

  bool Has(const std::string& name) const { return values.count(name) > 0; }
  // The last value given, or `fallback`.
  std::string Get(const std::string& name, const std::string& fallback = "") const;
  std::vector<std::string> All(const std::string& name) const;
};

// Parses args (without the program and command names). Unknown options and
// missing values are usage errors.
Result<ParsedFlags> ParseFlags(const std::vector<std::string>& args,
                               const std::vector<FlagSpec>& specs);

// "" when each of the date options `names` is absent or a valid date, else
// the message for the first bad one ("--from must be YYYY-MM-DD, not 'x'").
std::string BadDateFlag(const ParsedFlags& flags, const std::vector<std::string>& names);

// "" when the numeric option `name` is absent (*out = fallback) or a whole
// number from lo to hi (*out = it); else the message ("--limit must be a
// number from 0 to 1000000, not 'x'").
std::string BadNumberFlag(const ParsedFlags& flags, const std::string& name,
                          long fallback, long lo, long hi, long* out);

}  // namespace dyad::cli

#endif  // DYAD_TOOLS_CLI_FLAGS_H_

#include "cli_flags.h"

#include <cstdlib>

#include "util/strings.h"

namespace dyad::cli {

std::string ParsedFlags::Get(const std::string& name, const std::string& fallback) const {
  auto it = values.find(name);
  return it == values.end() || it->second.empty() ? fallback : it->second.back();
}

std::vector<std::string> ParsedFlags::All(const std::string& name) const {
  auto it = values.find(name);
  return it == values.end() ? std::vector<std::string>() : it->second;
}

std::string BadDateFlag(const ParsedFlags& flags, const std::vector<std::string>& names) {
  for (const auto& name : names) {
    const std::string value = flags.Get(name);
    int date;
    if (!value.empty() && !ParseDate(value, &date))
      return name + " must be YYYY-MM-DD, not '" + value + "'";
  }
  return "";
}

std::string BadNumberFlag(const ParsedFlags& flags, const std::string& name,
                          long fallback, long lo, long hi, long* out) {
  *out = fallback;
  if (!flags.Has(name)) return "";
  const std::string value = flags.Get(name);
  char* end = nullptr;
  long n = std::strtol(value.c_str(), &end, 10);
  if (value.empty() || *end != '\0' || n < lo || n > hi)
    return name + " must be a number from " + std::to_string(lo) + " to " +
           std::to_string(hi) + ", not '" + value + "'";
  *out = n;
  return "";
}

Result<ParsedFlags> ParseFlags(const std::vector<std::string>& args,
                               const std::vector<FlagSpec>& specs) {
  ParsedFlags out;
  bool only_positionals = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (only_positionals || arg == "-" || arg.size() < 2 || arg[0] != '-') {
      out.positionals.push_back(arg);
      continue;
    }
    if (arg == "--") {
      only_positionals = true;
      continue;
    }
    std::string name = arg, value;
    bool inline_value = false;
    if (auto eq = arg.find('='); arg.rfind("--", 0) == 0 && eq != std::string::npos) {
      name = arg.substr(0, eq);
      value = arg.substr(eq + 1);
      inline_value = true;
    }
    const FlagSpec* spec = nullptr;
    for (const auto& s : specs)
      if (s.name == name || (!s.alias.empty() && s.alias == name)) spec = &s;
    if (!spec) return Status::InvalidArgument("unknown option '" + name + "'");
    if (spec->takes_value && !inline_value) {
      if (i + 1 >= args.size())
        return Status::InvalidArgument("option '" + name + "' needs a value");
      value = args[++i];
    } else if (!spec->takes_value && inline_value) {
      return Status::InvalidArgument("option '" + name + "' takes no value");
    }
    out.values[spec->name].push_back(value);
  }
  return out;
}

}  // namespace dyad::cli

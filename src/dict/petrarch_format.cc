#include "dict/petrarch_format.h"

#include <algorithm>
#include <map>

#include "dict/dyad_format.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace dyad::dict {
namespace petrarch {

std::vector<Line> Lines(std::string_view text) {
  std::vector<Line> out;
  bool in_xml_comment = false;
  int number = 0;
  for (std::size_t pos = 0; pos <= text.size();) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view raw = text.substr(pos, eol - pos);
    pos = eol + 1;
    ++number;
    std::string kept;
    for (std::size_t i = 0; i < raw.size();) {
      if (in_xml_comment) {
        std::size_t end = raw.find("-->", i);
        if (end == std::string_view::npos) break;
        in_xml_comment = false;
        i = end + 3;
        continue;
      }
      if (raw.compare(i, 4, "<!--") == 0) {
        in_xml_comment = true;
        i += 4;
        continue;
      }
      if (raw[i] == '#' || raw[i] == ';') break;
      kept += raw[i++];
    }
    Line line;
    line.number = number;
    line.indented = !kept.empty() && IsAsciiSpace(kept[0]);
    line.text = std::string(Trim(kept));
    if (!line.text.empty()) out.push_back(std::move(line));
    if (eol == text.size()) break;
  }
  return out;
}

std::string Phrase(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (c == '_' || IsAsciiSpace(c)) {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word += c;
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  const bool acronym = words.size() == 1 && words[0].size() >= 2 && words[0].size() <= 3;
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out += ' ';
    out += acronym ? w : AsciiLower(w);
  }
  return out;
}

int Date(std::string_view text) {
  for (char c : text)
    if (!IsAsciiDigit(c)) return 0;
  // As PETRARCH reads them: up to 7 digits are YYMMDD (the first six), more
  // are YYYYMMDD (the first eight).
  if (text.size() < 6) return 0;
  text = text.substr(0, text.size() <= 7 ? 6 : 8);
  int value = 0;
  for (char c : text) value = value * 10 + (c - '0');
  if (text.size() == 6) {
    int yy = value / 10000;
    value += (yy <= 30 ? 2000 : 1900) * 10000;
  }
  const int month = value / 100 % 100, day = value % 100;
  if (month < 1 || month > 12 || day < 1 || day > 31) return 0;
  return value;
}

void Errors::Add(int line, const std::string& message) {
  ++out_->skipped["line that could not be read (dyad dict check lists them)"];
  if (out_->warnings.size() < Entries::kMaxWarnings)
    out_->warnings.push_back(file_ + ":" + std::to_string(line) + ": " + message);
}

}  // namespace petrarch

namespace {

using petrarch::Errors;
using petrarch::Line;
using petrarch::Phrase;

}  // namespace

std::vector<std::string> petrarch::Brackets(std::string_view line, std::string* before) {
  std::vector<std::string> out;
  std::size_t open = line.find('[');
  if (before) *before = std::string(Trim(line.substr(0, open)));
  while (open != std::string_view::npos) {
    std::size_t close = line.find(']', open);
    if (close == std::string_view::npos) {
      out.push_back(std::string(Trim(line.substr(open + 1))));  // unclosed: checked later
      break;
    }
    out.push_back(std::string(Trim(line.substr(open + 1, close - open - 1))));
    open = line.find('[', close);
  }
  return out;
}

namespace {

using petrarch::Brackets;

// "RUSGOV 950701-951231", "HOB < 950601", "HOBREB >990816", "USAGOV".
// Returns false for a malformed restriction; sets *null for "---".
bool ParseRole(std::string block, Role* role, bool* null, std::string* why) {
  std::string code;
  std::size_t i = 0;
  while (i < block.size() && !IsAsciiSpace(block[i])) code += block[i++];
  code = AsciiUpper(code);
  std::string rest;
  for (; i < block.size(); ++i)
    if (!IsAsciiSpace(block[i])) rest += block[i];
  *null = code == "---" || code == "+++";
  if (*null) return true;
  if (code.find('/') != std::string::npos) {
    *why = "an actor with several codes at once (" + code + ") is not supported";
    return false;
  }
  if (!IsActorCode(code)) {
    *why = "bad actor code \"" + code + "\"";
    return false;
  }
  role->code = code;
  if (rest.empty()) return true;
  if (rest[0] == '<' || rest[0] == '>') {
    int d = petrarch::Date(rest.substr(1));
    if (!d) {
      *why = "bad date in \"" + block + "\" (expected YYMMDD or YYYYMMDD)";
      return false;
    }
    (rest[0] == '<' ? role->to : role->from) = d;
    return true;
  }
  std::size_t dash = rest.find('-');
  int from = dash == std::string::npos ? 0 : petrarch::Date(rest.substr(0, dash));
  int to = dash == std::string::npos ? 0 : petrarch::Date(rest.substr(dash + 1));
  if (!from || !to || from > to) {
    *why = "bad date range in \"" + block + "\" (expected FROM-TO as YYMMDD or YYYYMMDD)";
    return false;
  }
  role->from = from;
  role->to = to;
  return true;
}

void ParseActors(std::string_view name, const std::vector<Line>& lines, Entries* out,
                 Errors* errors) {
  ActorEntry entry;
  bool open = false, had_null = false;
  auto finish = [&] {
    if (open && !entry.names.empty()) {
      // PETRARCH applies the undated code when no dated one does; dyad's
      // first covering role wins, so dated roles go first.
      std::stable_partition(entry.roles.begin(), entry.roles.end(),
                            [](const Role& r) { return r.dated(); });
      if (!entry.roles.empty())
        out->actors.push_back(std::move(entry));
      else
        ++out->skipped[had_null ? "actor with the null code [---]"
                                : "actor without a code"];
    }
    entry = ActorEntry();
    open = had_null = false;
  };
  for (const Line& line : lines) {
    std::string phrase;
    auto blocks = Brackets(line.text, &phrase);
    const bool synonym = !phrase.empty() && phrase[0] == '+';
    if (synonym) phrase.erase(0, 1);
    if (!phrase.empty() && !synonym) {
      finish();
      open = true;
      entry.loc = {std::string(name), line.number};
    }
    if (!open) {
      errors->Add(line.number, "a code or synonym before any actor phrase");
      continue;
    }
    if (!phrase.empty()) {
      std::string words = Phrase(phrase);
      if (words.empty()) {
        errors->Add(line.number, "empty actor phrase");
        continue;
      }
      entry.names.push_back(std::move(words));
    }
    for (const std::string& block : blocks) {
      Role role;
      bool null = false;
      std::string why;
      if (!ParseRole(block, &role, &null, &why)) {
        errors->Add(line.number, why);
        continue;
      }
      had_null = had_null || null;
      if (!null) entry.roles.push_back(std::move(role));
    }
  }
  finish();
}

// "!PERSON! = MAN, MEN, WOMAN" substitution sets, then "PHRASE {PLURALS}
// [~CODE]" entries.
void ParseAgents(std::string_view name, const std::vector<Line>& lines, Entries* out,
                 Errors* errors) {
  std::map<std::string, std::vector<std::string>> substitutions;
  for (const Line& line : lines) {
    const std::string& t = line.text;
    if (t[0] == '!' && t.find('=') != std::string::npos &&
        t.find('[') == std::string::npos) {
      std::string marker(Trim(std::string_view(t).substr(0, t.find('='))));
      std::vector<std::string> items;
      for (auto item : Split(std::string_view(t).substr(t.find('=') + 1), ','))
        if (!item.empty()) items.emplace_back(item);
      substitutions[marker] = std::move(items);
      continue;
    }
    std::string phrase;
    auto blocks = Brackets(t, &phrase);
    if (blocks.size() != 1) {
      errors->Add(line.number, "expected one [~CODE] after the agent phrase");
      continue;
    }
    std::vector<std::string> plurals;
    bool no_plural = false;
    if (auto brace = phrase.find('{'); brace != std::string::npos) {
      auto close = phrase.find('}', brace);
      std::string inner = phrase.substr(
          brace + 1, close == std::string::npos ? std::string::npos : close - brace - 1);
      for (auto w : SplitWords(inner)) plurals.emplace_back(w);
      no_plural = plurals.empty();
      phrase = std::string(Trim(std::string_view(phrase).substr(0, brace)));
    }
    std::string code;
    for (char c : blocks[0])
      if (!IsAsciiSpace(c) && c != '}' && c != '{') code += c;
    if (!code.empty() && code.back() == '~') {
      ++out->skipped["agent written before the actor code ([NGO~])"];
      continue;
    }
    if (code.empty() || code[0] != '~' || !IsAgentCode(code.substr(1))) {
      errors->Add(line.number,
                  "bad agent code \"" + blocks[0] +
                      "\" (expected [~GOV]: blocks of three capital letters)");
      continue;
    }
    code.erase(0, 1);
    // Substitution markers: one phrase per item of the set, every
    // combination of them, capped (an item may hold another marker).
    std::vector<std::string> phrases = {phrase};
    for (const auto& [marker, items] : substitutions) {
      std::vector<std::string> next;
      for (const auto& p : phrases) {
        std::size_t at = p.find(marker);
        if (at == std::string::npos) {
          next.push_back(p);
          continue;
        }
        for (const auto& item : items)
          next.push_back(p.substr(0, at) + item + p.substr(at + marker.size()));
      }
      phrases = std::move(next);
      if (phrases.size() + plurals.size() > kMaxAgentPhrases) break;
    }
    if (phrases.size() + plurals.size() > kMaxAgentPhrases) {
      errors->Add(line.number, "agent with more than " +
                                   std::to_string(kMaxAgentPhrases) +
                                   " phrases (substitutions and plurals); skipped");
      continue;
    }
    AgentEntry entry;
    entry.code = code;
    entry.loc = {std::string(name), line.number};
    for (const auto& p : phrases) {
      if (p.find('!') != std::string::npos) {
        errors->Add(line.number, "unknown substitution marker in \"" + p + "\"");
        break;
      }
      entry.names.push_back(Phrase(p));
    }
    for (const auto& p : plurals) entry.names.push_back(Phrase(p));
    if (no_plural) ++out->skipped["agent marked without a plural ({}): dyad adds one"];
    if (!entry.names.empty()) out->agents.push_back(std::move(entry));
  }
}

void ParseDiscards(std::string_view name, const std::vector<Line>& lines, Entries* out) {
  for (const Line& line : lines) {
    std::string_view t = line.text;
    const bool story = t[0] == '+';
    if (story) t.remove_prefix(1);
    std::string phrase = Phrase(t);
    if (!phrase.empty())
      out->discards.push_back({phrase, story, {std::string(name), line.number}});
  }
}

bool Contains(std::string_view haystack, std::string_view needle) {
  return AsciiLower(haystack).find(needle) != std::string::npos;
}

}  // namespace

Result<PetrarchFile> DetectPetrarchFile(std::string_view name, std::string_view text) {
  std::string_view base = name.substr(name.find_last_of('/') + 1);
  if (Contains(base, "verbs") || Contains(base, "cameo")) return PetrarchFile::kVerbs;
  if (Contains(base, "actors")) return PetrarchFile::kActors;
  if (Contains(base, "agents")) return PetrarchFile::kAgents;
  if (Contains(base, "discards")) return PetrarchFile::kDiscards;
  if (Contains(base, "issue")) return PetrarchFile::kIssues;
  for (const Line& line : petrarch::Lines(text.substr(0, 1 << 16))) {
    if (line.text.rfind("---", 0) == 0 && line.text.find('[') != std::string::npos)
      return PetrarchFile::kVerbs;
    if (line.text.find("[~") != std::string::npos) return PetrarchFile::kAgents;
  }
  return Status::InvalidArgument(
      std::string(name) +
      ": not a dictionary dyad can read (name a PETRARCH file ...actors..., "
      "...agents..., "
      "...verbs..., ...discards... or use dyad's format, *.dyad)");
}

Status ParsePetrarch(PetrarchFile kind, std::string_view name, std::string_view text,
                     Entries* out, VerbDialect dialect) {
  DYAD_RETURN_IF_ERROR(CheckDictionaryText(name, text));
  if (kind == PetrarchFile::kVerbs) return ParsePetrarchVerbs(name, text, out, dialect);
  Errors errors(name, out);
  auto lines = petrarch::Lines(text);
  switch (kind) {
    case PetrarchFile::kActors:
      ParseActors(name, lines, out, &errors);
      break;
    case PetrarchFile::kAgents:
      ParseAgents(name, lines, out, &errors);
      break;
    case PetrarchFile::kDiscards:
      ParseDiscards(name, lines, out);
      break;
    case PetrarchFile::kIssues:
      ParsePetrarchIssues(name, lines, out);
      break;
    case PetrarchFile::kVerbs:
      break;
  }
  return Status::Ok();
}

}  // namespace dyad::dict

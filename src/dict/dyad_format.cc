#include "dict/dyad_format.h"

#include <string>

#include "cameo/cameo.h"
#include "text/normalize.h"
#include "text/tokenizer.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace dyad::dict {
namespace {

enum class Section {
  kNone,
  kActors,
  kPeople,
  kPlaces,
  kAgents,
  kVerbs,
  kNouns,
  kDiscards
};

bool IsCodeChar(char c) { return IsAsciiUpper(c) || IsAsciiDigit(c); }

// Fills e->trigger (the literal words up to the first slot) and e->tail
// from a pattern ("accuse + of"); returns an error message, or "" when the
// pattern is valid.
std::string SplitPattern(std::string_view text, PatternEntry* e) {
  e->trigger.clear();
  e->tail.clear();
  bool in_tail = false;
  for (const auto& tok : text::Tokenize(text)) {
    PatternElement el;
    if (tok.norm == "+")
      el.kind = PatternElement::kTarget;
    else if (tok.norm == "$")
      el.kind = PatternElement::kSource;
    else
      el.word = tok.norm;
    if (el.kind != PatternElement::kWord) in_tail = true;
    if (in_tail)
      e->tail.push_back(std::move(el));
    else
      e->trigger.push_back(std::move(el.word));
  }
  if (e->trigger.empty())
    return "pattern \"" + std::string(text) + "\" must start with a word, not a slot";
  int targets = 0, sources = 0;
  for (const auto& el : e->tail) {
    targets += el.kind == PatternElement::kTarget;
    sources += el.kind == PatternElement::kSource;
  }
  if (targets > 1 || sources > 1)
    return "pattern \"" + std::string(text) + "\" has more than one + or $ slot";
  return "";
}

class Parser {
 public:
  Parser(std::string_view name, Entries* out) : name_(name), out_(out) {}

  void Line(int number, std::string_view line) {
    line_ = number;
    // '#' starts a comment at the start of a line or after a space.
    for (std::size_t i = 0; i < line.size(); ++i) {
      if (line[i] == '#' && (i == 0 || IsAsciiSpace(line[i - 1]))) {
        line = line.substr(0, i);
        break;
      }
    }
    line = Trim(line);
    if (line.empty()) return;
    if (line[0] == '@') return Header(line);
    if (section_ == Section::kNone)
      return Error(
          "entry before any section header (@actors, @people, @places, @agents, "
          "@verbs, @nouns, @discards)");
    auto eq = line.rfind('=');
    if (eq == std::string_view::npos)
      return Error("missing '=' between phrases and value");
    std::string_view lhs = Trim(line.substr(0, eq));
    std::string_view rhs = Trim(line.substr(eq + 1));
    if (rhs.empty()) return Error("missing value after '='");
    std::vector<std::string_view> phrases;
    for (auto p : Split(lhs, '|')) {
      if (p.empty()) return Error("empty phrase in \"" + std::string(lhs) + "\"");
      // Control characters or lone punctuation tokenize to nothing to match.
      if (text::Tokenize(p).empty())
        return Error("a phrase with no words (only control characters or spaces)");
      phrases.push_back(p);
    }
    switch (section_) {
      case Section::kActors:
        return Actor(phrases, rhs, false);
      case Section::kPeople:
        return Actor(phrases, rhs, true);
      case Section::kPlaces:
        return Place(phrases, rhs);
      case Section::kAgents:
        return Agent(phrases, rhs);
      case Section::kVerbs:
        return Pattern(phrases, rhs, PatternEntry::kVerb);
      case Section::kNouns:
        return Pattern(phrases, rhs, PatternEntry::kNoun);
      case Section::kDiscards:
        return Discard(phrases, rhs);
      case Section::kNone:
        break;
    }
  }

  Status Finish() const {
    if (errors_.empty()) return Status::Ok();
    std::string msg;
    for (std::size_t i = 0; i < errors_.size(); ++i) {
      if (i) msg += '\n';
      msg += errors_[i];
    }
    if (dropped_) msg += "\n... and " + std::to_string(dropped_) + " more errors";
    return Status::InvalidArgument(msg);
  }

 private:
  void Error(const std::string& msg) {
    if (errors_.size() >= 20) {
      ++dropped_;
      return;
    }
    errors_.push_back(name_ + ":" + std::to_string(line_) + ": " + msg);
  }

  SourceLoc Loc() const { return {name_, line_}; }

  void Header(std::string_view line) {
    std::string h = AsciiLower(Trim(line.substr(1)));
    if (h == "actors")
      section_ = Section::kActors;
    else if (h == "people")
      section_ = Section::kPeople;
    else if (h == "places")
      section_ = Section::kPlaces;
    else if (h == "agents")
      section_ = Section::kAgents;
    else if (h == "verbs")
      section_ = Section::kVerbs;
    else if (h == "nouns")
      section_ = Section::kNouns;
    else if (h == "discards")
      section_ = Section::kDiscards;
    else
      Error("unknown section \"@" + std::string(h) + "\"");
  }

  void Actor(const std::vector<std::string_view>& phrases, std::string_view rhs,
             bool person) {
    ActorEntry e;
    for (auto p : phrases) e.names.emplace_back(p);
    e.loc = Loc();
    e.person = person;
    for (auto item : Split(rhs, ',')) {
      auto words = SplitWords(item);
      if (words.empty()) return Error("empty role in \"" + std::string(rhs) + "\"");
      if (words.size() > 2)
        return Error("role \"" + std::string(item) + "\" should be CODE [FROM..TO]");
      Role role;
      role.code = std::string(words[0]);
      if (!IsActorCode(role.code))
        return Error("bad actor code \"" + role.code +
                     "\" (expected upper-case letters and digits, e.g. RUSGOV)");
      if (words.size() == 2 && !Range(words[1], &role)) return;
      e.roles.push_back(std::move(role));
    }
    out_->actors.push_back(std::move(e));
  }

  // "South China Sea = -", "Gulf of Aqaba = JOR": the country it lies in.
  void Place(const std::vector<std::string_view>& phrases, std::string_view rhs) {
    ActorEntry e;
    for (auto p : phrases) e.names.emplace_back(p);
    e.loc = Loc();
    e.place = true;
    if (rhs != "-") {
      if (rhs.size() != 3 || !IsActorCode(rhs))
        return Error("bad place value \"" + std::string(rhs) +
                     "\" (expected a country code such as EGY, or -)");
      e.roles.push_back(Role{std::string(rhs)});
    }
    out_->actors.push_back(std::move(e));
  }

  // "2000-05-07..2008-05-07", "2012-05-07..", "..1999-12-31".
  bool Range(std::string_view s, Role* role) {
    auto dots = s.find("..");
    if (dots == std::string_view::npos) {
      Error("bad date range \"" + std::string(s) +
            "\" (expected FROM..TO, either may be empty)");
      return false;
    }
    std::string_view from = s.substr(0, dots), to = s.substr(dots + 2);
    if ((!from.empty() && !ParseDate(from, &role->from)) ||
        (!to.empty() && !ParseDate(to, &role->to))) {
      Error("bad date in \"" + std::string(s) + "\" (expected YYYY-MM-DD)");
      return false;
    }
    if (from.empty() && to.empty()) {
      Error("date range \"..\" has neither start nor end");
      return false;
    }
    if (role->from && role->to && role->from > role->to) {
      Error("date range \"" + std::string(s) + "\" ends before it starts");
      return false;
    }
    return true;
  }

  void Agent(const std::vector<std::string_view>& phrases, std::string_view rhs) {
    if (!IsAgentCode(rhs))
      return Error("bad agent code \"" + std::string(rhs) +
                   "\" (expected blocks of three upper-case letters, e.g. GOV)");
    AgentEntry e;
    for (auto p : phrases) e.names.emplace_back(p);
    e.code = std::string(rhs);
    e.loc = Loc();
    out_->agents.push_back(std::move(e));
  }

  void Pattern(const std::vector<std::string_view>& phrases, std::string_view rhs,
               PatternEntry::Kind kind) {
    if (!cameo::IsValid(rhs))
      return Error("unknown CAMEO code \"" + std::string(rhs) + "\"");
    for (auto p : phrases) {
      PatternEntry e;
      e.kind = kind;
      e.code = std::string(rhs);
      e.text = std::string(p);
      e.loc = Loc();
      if (std::string error = SplitPattern(p, &e); !error.empty()) return Error(error);
      out_->patterns.push_back(std::move(e));
    }
  }

  void Discard(const std::vector<std::string_view>& phrases, std::string_view rhs) {
    bool story;
    if (rhs == "story")
      story = true;
    else if (rhs == "sentence")
      story = false;
    else
      return Error("discard scope must be \"sentence\" or \"story\", not \"" +
                   std::string(rhs) + "\"");
    for (auto p : phrases) out_->discards.push_back({std::string(p), story, Loc()});
  }

  std::string name_;
  Entries* out_;
  Section section_ = Section::kNone;
  int line_ = 0;
  std::vector<std::string> errors_;
  std::size_t dropped_ = 0;
};

}  // namespace

bool IsActorCode(std::string_view code) {
  if (code.size() < 3 || code.size() > 24) return false;
  for (char c : code)
    if (!IsCodeChar(c)) return false;
  return true;
}

bool IsAgentCode(std::string_view code) {
  if (code.size() < 3 || code.size() > 12 || code.size() % 3 != 0) return false;
  for (char c : code)
    if (!IsAsciiUpper(c)) return false;
  return true;
}

Status CheckDictionaryText(std::string_view name, std::string_view text) {
  if (utf8::LooksBinary(text))
    return Status::Corruption(std::string(name) + ": binary data, not a dictionary");
  if (auto bad = utf8::Validate(text); bad != utf8::kValid) {
    int line = 1;
    for (std::size_t i = 0; i < bad; ++i) line += text[i] == '\n';
    return Status::Corruption(std::string(name) + ":" + std::to_string(line) +
                              ": invalid UTF-8 at byte offset " + std::to_string(bad));
  }
  return Status::Ok();
}

Status ParseDyadFormat(std::string_view name, std::string_view text, Entries* out) {
  DYAD_RETURN_IF_ERROR(CheckDictionaryText(name, text));
  Parser parser(name, out);
  int number = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    parser.Line(++number, text.substr(pos, eol - pos));
    pos = eol + 1;
  }
  return parser.Finish();
}

}  // namespace dyad::dict

// The PETRARCH / TABARI verb dictionary: synonym sets ("&CURRENCY" then
// "+DOLLAR" lines), verb blocks ("--- AGREE [030] ---", then the block's
// verbs, then its "- * (TO &CEASEFIRE) [0356]" patterns) and, at the end,
// transformations ("~ ..."), which dyad does not use.
//
// Each pattern becomes one dyad pattern per verb of its block; a synonym
// set stays one element that any of its phrases matches ("agree to
// &CEASEFIRE" matches "agreed to a truce" and "agreed to armistices"), so
// that the dictionary does not multiply out.
#include <algorithm>
#include <map>

#include "dict/compiled.h"
#include "dict/petrarch_format.h"
#include "text/tokenizer.h"
#include "util/strings.h"

namespace dyad::dict {
namespace {

using petrarch::Errors;
using petrarch::Line;

// The normalised words of a phrase (split on blanks and underscores, then
// tokenized as text is, so that they compare with the text's tokens).
std::vector<std::string> Words(std::string_view text) {
  std::string spaced(text);
  for (char& c : spaced)
    if (c == '_') c = ' ';
  std::vector<std::string> out;
  for (const auto& tok : text::Tokenize(AsciiLower(spaced))) out.push_back(tok.norm);
  return out;
}

// An event code as written in a bracket: trimmed, upper-cased, without a
// trailing "?" (a coder's doubt). Empty when it is not up to 8 letters and
// digits, or "---".
std::string CodeText(std::string_view text) {
  std::string code = AsciiUpper(Trim(text));
  while (!code.empty() && code.back() == '?') code.pop_back();
  if (code == "---") return code;
  if (code.empty() || code.size() > 8) return "";
  for (char c : code)
    if (!IsAsciiDigit(c) && !IsAsciiUpper(c)) return "";
  return code;
}

// The code of "[030]", "[040:040]" (active:passive; dyad takes the first;
// "[:050]" has none in the active) or "[---]" (matches, but no event).
// Empty when malformed.
std::string Code(std::string_view block) {
  const auto colon = block.find(':');
  if (colon == 0) return "---";
  return CodeText(block.substr(0, colon));
}

// The code after the colon of "[043:042]": the event the target does back
// to the source (TABARI's two-way codes). Empty when there is none.
std::string ReverseCode(std::string_view block) {
  const auto colon = block.find(':');
  if (colon == std::string_view::npos) return "";
  std::string code = CodeText(block.substr(colon + 1));
  return code == "---" ? "" : code;
}

// What a pattern line gives every verb of its block.
struct Shape {
  std::vector<PatternElement> head, tail;  // before and after the verb
  std::string shown_head, shown;           // as the rule shows them
  std::string code, reverse;
  bool compound = false;
};

struct Verb {
  std::string word;                    // base form
  std::vector<std::string> particles;  // words after it ("call off")
  std::string code;                    // its own code, or the block's
  std::string reverse;                 // its two-way code, or the block's
};

class VerbReader {
 public:
  VerbReader(std::string_view name, Entries* out, bool words_before_verb)
      : name_(name),
        out_(out),
        errors_(name, out),
        words_before_verb_(words_before_verb) {}

  void Read(const std::vector<Line>& lines) {
    for (const Line& line : lines) {
      const std::string& t = line.text;
      if (t.rfind("---", 0) == 0 || t.rfind("###", 0) == 0) {
        Block(line);
      } else if (t[0] == '&') {
        synset_ = AsciiUpper(std::string(Trim(SplitWords(t)[0])));
        if (!synsets_.count(synset_)) {  // a set defined twice adds to itself
          synsets_[synset_] = static_cast<std::uint32_t>(out_->sets.size());
          out_->sets.emplace_back();
        }
      } else if (t[0] == '+' && !synset_.empty()) {
        Member(t.substr(1));
      } else if (t[0] == '~') {
        synset_.clear();
        ++out_->skipped["transformation (~ ...)"];
      } else if (t[0] == '-') {
        synset_.clear();
        Pattern(line);
      } else {
        synset_.clear();
        VerbLine(line);
      }
    }
  }

 private:
  void Block(const Line& line) {
    synset_.clear();
    verbs_.clear();
    block_code_ = "---";
    block_reverse_.clear();
    for (const std::string& b : petrarch::Brackets(line.text, nullptr)) {
      std::string code = Code(b);
      if (code.empty()) {
        errors_.Add(line.number, "bad code [" + b + "] in the verb block header");
      } else {
        block_code_ = code;
        block_reverse_ = ReverseCode(b);
      }
    }
  }

  void Member(std::string_view text) {
    std::string_view t = Trim(text);
    const bool no_plural = t.ends_with('_') || synset_.ends_with('_');
    if (!t.empty() && t[0] == '&') {  // a set inside a set
      auto inner = synsets_.find(AsciiUpper(std::string(t)));
      if (inner == synsets_.end()) {
        ++out_->skipped["synonym set member naming an undefined set"];
        return;
      }
      auto copy = out_->sets[inner->second];
      for (auto& p : copy) out_->sets[synsets_[synset_]].push_back(std::move(p));
      return;
    }
    auto words = Words(t);
    if (words.empty()) return;
    auto& set = out_->sets[synsets_[synset_]];
    set.push_back(words);
    if (std::string plural = Plural(words.back()); !no_plural && !plural.empty()) {
      words.back() = plural;
      set.push_back(std::move(words));
    }
  }

  // "SAY {SAID}", "+CALL_OFF [160]", "KLM_NOP_+RST [002]".
  void VerbLine(const Line& line) {
    std::string text = line.text;
    std::string code = block_code_, reverse = block_reverse_;
    if (auto open = text.find('['); open != std::string::npos) {
      auto close = text.find(']', open);
      const std::string block = text.substr(
          open + 1, close == std::string::npos ? std::string::npos : close - open - 1);
      code = Code(block);
      reverse = ReverseCode(block);
      if (code.empty()) {
        errors_.Add(line.number, "bad verb code in \"" + text + "\"");
        return;
      }
      text.resize(open);
    }
    if (auto brace = text.find('{'); brace != std::string::npos) text.resize(brace);
    // The verb is the word marked "+" in a phrase, else its first word.
    std::vector<std::string> raw;
    for (auto w : SplitWords(text))
      for (auto part : Split(w, '_'))
        if (!part.empty()) raw.emplace_back(part);
    if (raw.empty()) return;
    std::size_t verb = 0;
    for (std::size_t i = 0; i < raw.size(); ++i)
      if (raw[i][0] == '+') verb = i;
    if (verb > 0) {
      ++out_->skipped["verb phrase with words before the verb"];
      return;
    }
    Verb v;
    v.code = code;
    v.reverse = reverse;
    for (std::size_t i = 0; i < raw.size(); ++i) {
      std::string w = AsciiLower(raw[i][0] == '+' ? raw[i].substr(1) : raw[i]);
      if (i == 0)
        v.word = w;
      else
        v.particles.push_back(w);
    }
    if (v.word.empty()) return;
    verbs_.push_back(v);
    if (code != "---" || !reverse.empty()) {
      Shape bare;
      bare.code = code;
      bare.reverse = reverse;
      Add(line, v, bare);
    }
  }

  static std::string Join(const Verb& v) {
    std::string s = v.word;
    for (const auto& p : v.particles) s += " " + p;
    return s;
  }

  // Appends the elements of one token of a pattern: a word (or the words
  // it tokenizes into), a synonym set, or a slot; "^" adds nothing. False
  // (counted) for an undefined set.
  bool Element(const std::string& tok, std::vector<PatternElement>* out,
               std::string* shown) {
    if (tok == "^") return true;  // "skip a noun phrase": dyad skips fillers anyway
    PatternElement el;
    if (tok[0] == '&') {
      auto set = synsets_.find(AsciiUpper(tok));
      if (set == synsets_.end() || out_->sets[set->second].empty()) {
        ++out_->skipped["verb pattern naming an undefined synonym set"];
        return false;
      }
      el.kind = PatternElement::kSet;
      el.set = set->second;
      *shown += " " + AsciiUpper(tok);
      out->push_back(el);
    } else if (tok == "+" || tok == "$") {
      el.kind = tok == "+" ? PatternElement::kTarget : PatternElement::kSource;
      *shown += " " + tok;
      out->push_back(el);
    } else {
      for (auto& w : Words(tok)) {
        *shown += " " + w;
        el.word = std::move(w);
        out->push_back(el);
      }
    }
    return true;
  }

  // "- * (FOR &ECONSANCT) + [172]": the words after the verb, for every
  // verb of the block.
  void Pattern(const Line& line) {
    std::string t = line.text.substr(1);
    auto open = t.rfind('[');
    auto close = t.rfind(']');
    if (open == std::string::npos || close == std::string::npos || close < open) {
      errors_.Add(line.number, "pattern without a [code]");
      return;
    }
    Shape shape;
    const std::string block = t.substr(open + 1, close - open - 1);
    shape.code = Code(block);
    shape.reverse = ReverseCode(block);
    if (shape.code.empty()) {
      errors_.Add(line.number, "bad code [" + block + "]");
      return;
    }
    t.resize(open);
    for (char& c : t)
      if (c == '(' || c == ')' || c == '{' || c == '}' || c == '_') c = ' ';
    std::vector<std::string> tokens;
    for (auto w : SplitWords(t)) tokens.emplace_back(w);
    // "% *": the compound subject acts on its own members.
    shape.compound = !tokens.empty() && tokens[0] == "%";
    if (shape.compound) tokens.erase(tokens.begin());
    auto star = std::find_if(tokens.begin(), tokens.end(),
                             [](const std::string& s) { return s == "*" || s == "**"; });
    if (star == tokens.end()) {
      ++out_->skipped["verb pattern without the verb's place (*)"];
      return;
    }
    // The elements before the verb ("- RECENTLY * [025]": words and sets
    // only) and after it (words, slots and sets).
    if (star != tokens.begin() && !words_before_verb_) {
      ++out_->skipped
            ["verb pattern with words before the verb (PETRARCH 2 ignores them)"];
      return;
    }
    for (auto it = tokens.begin(); it != star; ++it) {
      if (*it == "+" || *it == "$" || *it == "%") {
        ++out_->skipped["verb pattern with an actor before the verb"];
        return;
      }
      if (!Element(*it, &shape.head, &shape.shown_head)) return;
    }
    for (auto it = star + 1; it != tokens.end(); ++it) {
      if (*it == "%") {
        ++out_->skipped["verb pattern with a compound actor (%)"];
        return;
      }
      if (!Element(*it, &shape.tail, &shape.shown)) return;
    }
    if (verbs_.empty()) {
      ++out_->skipped["verb pattern before any verb of its block"];
      return;
    }
    for (const Verb& v : verbs_) Add(line, v, shape);
  }

  // One pattern: the verb (with its particles) is the trigger, the rest its
  // tail. The tail's words need not be next to each other: TABARI and
  // PETRARCH match "* ARTILLERY" in "fired two artillery shells".
  void Add(const Line& line, const Verb& v, const Shape& shape) {
    PatternEntry e;
    e.kind = PatternEntry::kVerb;
    e.code = shape.code;
    e.reverse_code = shape.reverse;
    e.text = Join(v) + shape.shown;
    if (!shape.shown_head.empty()) e.text = shape.shown_head.substr(1) + " * " + e.text;
    e.loc = {name_, line.number};
    e.trigger = Words(Join(v));
    e.phrase_target = true;
    e.compound_subject = shape.compound;
    e.head = shape.head;
    if (e.trigger.empty()) return;
    int targets = 0, sources = 0;
    for (const auto& el : shape.tail) {
      targets += el.kind == PatternElement::kTarget;
      sources += el.kind == PatternElement::kSource;
    }
    e.tail = shape.tail;
    if (targets > 1 || sources > 1) {
      ++out_->skipped["verb pattern dyad cannot express (two targets or sources)"];
      return;
    }
    out_->patterns.push_back(std::move(e));
  }

  std::string name_;
  Entries* out_;
  Errors errors_;
  std::map<std::string, std::uint32_t> synsets_;  // name -> Entries::sets index
  std::string synset_;                            // the set whose members are being read
  std::vector<Verb> verbs_;
  std::string block_code_ = "---";
  std::string block_reverse_;
  bool words_before_verb_;  // TABARI's dialect: patterns may start before "*"
};

}  // namespace

Status ParsePetrarchVerbs(std::string_view name, std::string_view text, Entries* out,
                          VerbDialect dialect) {
  if (dialect == VerbDialect::kDetect) {
    const std::string_view opening = text.substr(0, 4096);
    const bool two = name.find(".2.0") != std::string_view::npos ||
                     opening.find("VERSION: 2.0") != std::string_view::npos ||
                     opening.find("2.0 format") != std::string_view::npos;
    dialect = two ? VerbDialect::kPetrarch2 : VerbDialect::kTabari;
  }
  VerbReader reader(name, out, dialect == VerbDialect::kTabari);
  reader.Read(petrarch::Lines(text));
  return Status::Ok();
}

}  // namespace dyad::dict

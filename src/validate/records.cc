#include "validate/records.h"

#include <expat.h>

#include <algorithm>
#include <cstdio>
#include <memory>

#include "dict/petrarch_format.h"
#include "util/strings.h"

namespace dyad::validate {
namespace {

struct ParserDeleter {
  void operator()(XML_Parser p) const { XML_ParserFree(p); }
};

// "19950101" -> "1995-01-01", and the six digits of TABARI's records,
// "950101", as they read them (dict::petrarch::Date: YY 00-30 is 20YY);
// "" when malformed.
std::string IsoDate(std::string_view d) {
  const int ymd = dict::petrarch::Date(d);
  if (ymd <= 0) return "";
  char out[16];
  std::snprintf(out, sizeof out, "%04d-%02d-%02d", ymd / 10000, ymd / 100 % 100,
                ymd % 100);
  return out;
}

// Comments as PETRARCH read them, which XML does not allow: one that holds
// "--", or a comment inside a comment ("<!-- <!-- x --> -->"), whose first
// "-->" would end it early and leave the rest as text. Each is blanked out
// (its line breaks kept, so that line numbers hold), with a warning.
std::string BlankComments(std::string_view name, std::string_view xml,
                          std::vector<std::string>* warnings) {
  std::string out(xml);
  std::size_t at = 0;
  while ((at = out.find("<!--", at)) != std::string::npos) {
    std::size_t i = at + 4;
    int depth = 1;
    bool odd = false;
    while (i < out.size() && depth > 0) {
      if (out.compare(i, 4, "<!--") == 0) {
        ++depth, i += 4, odd = true;
      } else if (out.compare(i, 3, "-->") == 0) {
        --depth, i += 3;
      } else if (out.compare(i, 2, "--") == 0) {
        odd = true, i += 2;
      } else {
        ++i;
      }
    }
    if (depth > 0) break;  // unclosed: expat says where
    if (odd) {
      const auto line = 1 + std::count(out.begin(), out.begin() + at, '\n');
      warnings->push_back(std::string(name) + ":" + std::to_string(line) +
                          ": a comment holding \"--\" or another comment, read to its "
                          "last \"-->\" as PETRARCH did");
      for (std::size_t j = at + 4; j + 3 < i; ++j)
        if (out[j] != '\n') out[j] = ' ';
    }
    at = i;
  }
  return out;
}

// Collapses white space runs (the texts are wrapped over lines).
std::string OneLine(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (IsAsciiSpace(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

class Reader {
 public:
  Reader(std::string_view name, XML_Parser parser) : name_(name), parser_(parser) {}

  void Start(std::string_view tag, const char** attrs) {
    std::map<std::string, std::string> a;
    for (int i = 0; attrs[i]; i += 2) a[attrs[i]] = attrs[i + 1];
    path_.emplace_back(tag);
    text_.clear();
    if (tag == "Sentence") {
      in_sentence_ = true;
      record_ = Record();
      record_.id = a["id"];
      record_.category = a["category"];
      record_.line = static_cast<int>(XML_GetCurrentLineNumber(parser_));
      record_.date = IsoDate(a["date"]);
      if (!a["date"].empty() && record_.date.empty())
        Fail("sentence " + record_.id + ": date \"" + a["date"] + "\" is not YYYYMMDD");
      else if (a["date"].size() == 6)
        Warn("sentence " + record_.id + ": six-digit date \"" + a["date"] +
             "\" read as " + record_.date);
      record_.config = config_;
    } else if (tag == "EventCoding" && in_sentence_) {
      if (!a["error"].empty()) {
        record_.error = a["error"];
      } else if (AsciiLower(a["noevents"]) == "true") {
        record_.no_events = true;
      } else if (a.count("eventcode")) {
        record_.expected.push_back({a["sourcecode"], a["targetcode"], a["eventcode"]});
      } else {
        Fail("sentence " + record_.id +
             ": <EventCoding> without eventcode, noevents or error");
      }
    } else if (tag == "Config") {
      config_[AsciiLower(a["option"])] = AsciiLower(a["value"]);
    }
  }

  void End(std::string_view tag) {
    if (tag == "Text" && in_sentence_) record_.text = OneLine(text_);
    if (path_.size() >= 2 && path_[path_.size() - 2] == "Environment")
      out_.environment[std::string(tag)] = std::string(Trim(text_));
    if (tag == "Sentence") {
      in_sentence_ = false;
      // A record without a text (<Sentence .../>): PETRARCH passed it by.
      if (record_.text.empty())
        Warn("sentence " + record_.id + " has no <Text>; skipped");
      else
        out_.records.push_back(std::move(record_));
    }
    if (!path_.empty()) path_.pop_back();
    text_.clear();
  }

  void Text(std::string_view s) { text_ += s; }

  void Warn(const std::string& message) {
    out_.warnings.push_back(std::string(name_) + ":" +
                            std::to_string(XML_GetCurrentLineNumber(parser_)) + ": " +
                            message);
  }

  void Fail(const std::string& message) {
    if (error_.empty())
      error_ = std::string(name_) + ":" +
               std::to_string(XML_GetCurrentLineNumber(parser_)) + ": " + message;
    XML_StopParser(parser_, XML_FALSE);
  }

  std::string name_;
  XML_Parser parser_;
  std::vector<std::string> path_;
  std::string text_, error_;
  bool in_sentence_ = false;
  Record record_;
  std::map<std::string, std::string> config_;
  RecordsFile out_;
};

}  // namespace

std::vector<std::string> EnvironmentFiles(const std::string& value) {
  std::vector<std::string> out;
  for (auto part : Split(value, ','))
    if (auto name = Trim(part); !name.empty()) out.emplace_back(name);
  return out;
}

Result<RecordsFile> ParseRecords(std::string_view name, std::string_view raw) {
  std::vector<std::string> comment_warnings;
  const std::string xml = BlankComments(name, raw, &comment_warnings);
  std::unique_ptr<XML_ParserStruct, ParserDeleter> parser(XML_ParserCreate("UTF-8"));
  if (!parser) return Status::IOError("out of memory");
  Reader reader(name, parser.get());
  reader.out_.warnings = std::move(comment_warnings);
  XML_SetUserData(parser.get(), &reader);
  XML_SetElementHandler(
      parser.get(),
      [](void* r, const XML_Char* tag, const XML_Char** attrs) {
        static_cast<Reader*>(r)->Start(tag, attrs);
      },
      [](void* r, const XML_Char* tag) { static_cast<Reader*>(r)->End(tag); });
  XML_SetCharacterDataHandler(parser.get(), [](void* r, const XML_Char* s, int len) {
    static_cast<Reader*>(r)->Text(std::string_view(s, static_cast<std::size_t>(len)));
  });
  if (XML_Parse(parser.get(), xml.data(), static_cast<int>(xml.size()), XML_TRUE) ==
      XML_STATUS_ERROR) {
    if (!reader.error_.empty()) return Status::InvalidArgument(reader.error_);
    return Status::InvalidArgument(
        std::string(name) + ":" + std::to_string(XML_GetCurrentLineNumber(parser.get())) +
        ": malformed XML: " + XML_ErrorString(XML_GetErrorCode(parser.get())));
  }
  if (!reader.error_.empty()) return Status::InvalidArgument(reader.error_);
  if (reader.out_.records.empty())
    return Status::InvalidArgument(std::string(name) + ": no <Sentence> records");
  return std::move(reader.out_);
}

}  // namespace dyad::validate

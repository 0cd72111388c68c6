#include "validate/records.h"

#include <expat.h>

#include <memory>

#include "util/strings.h"

namespace dyad::validate {
namespace {

struct ParserDeleter {
  void operator()(XML_Parser p) const { XML_ParserFree(p); }
};

// "19950101" -> "1995-01-01"; "" when it is not eight digits.
std::string IsoDate(std::string_view d) {
  if (d.size() != 8) return "";
  for (char c : d)
    if (!IsAsciiDigit(c)) return "";
  return std::string(d.substr(0, 4)) + "-" + std::string(d.substr(4, 2)) + "-" +
         std::string(d.substr(6, 2));
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
      if (record_.text.empty()) Fail("sentence " + record_.id + " has no <Text>");
      out_.records.push_back(std::move(record_));
    }
    if (!path_.empty()) path_.pop_back();
    text_.clear();
  }

  void Text(std::string_view s) { text_ += s; }

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

Result<RecordsFile> ParseRecords(std::string_view name, std::string_view xml) {
  std::unique_ptr<XML_ParserStruct, ParserDeleter> parser(XML_ParserCreate("UTF-8"));
  if (!parser) return Status::IOError("out of memory");
  Reader reader(name, parser.get());
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

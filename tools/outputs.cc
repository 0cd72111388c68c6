#include "outputs.h"

#include <algorithm>
#include <cstdio>

#include "util/strings.h"

namespace dyad::cli {
namespace {

void Str(std::string* out, const char* key, std::string_view value, bool comma = true) {
  if (comma) out->push_back(',');
  out->push_back('"');
  *out += key;
  *out += "\":\"";
  AppendJsonEscaped(value, out);
  out->push_back('"');
}

void Int(std::string* out, const char* key, long value) {
  *out += ",\"";
  *out += key;
  *out += "\":";
  *out += std::to_string(value);
}

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  return buf;
}

void SpanJson(std::string* out, const char* key, const Span& s, bool present,
              bool comma = true) {
  if (comma) out->push_back(',');
  *out += "\"";
  *out += key;
  *out += "\":";
  if (!present) {
    *out += "null";
    return;
  }
  *out += "{\"begin\":" + std::to_string(s.begin) + ",\"end\":" + std::to_string(s.end);
  Str(out, "text", s.text);
  out->push_back('}');
}

// TSV cells hold no tabs or line breaks.
std::string Cell(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

constexpr const char* kTsvHeader =
    "GlobalEventID\tSQLDATE\tActor1Code\tActor1Name\tActor1CountryCode\tActor1Type1Code\t"
    "Actor2Code\tActor2Name\tActor2CountryCode\tActor2Type1Code\tEventCode\t"
    "EventBaseCode\tEventRootCode\tQuadClass\tGoldsteinScale\tNumMentions\tSOURCEURL\t"
    "DocId\tSentence\tModality\tTrigger\tRule\tText\n";

}  // namespace

std::string EventToJson(const Event& e) {
  std::string out = "{";
  Str(&out, "doc", e.doc, false);
  Int(&out, "sentence", e.sentence);
  Str(&out, "date", e.date);
  Str(&out, "source", e.source);
  Str(&out, "source_name", e.source_name);
  Str(&out, "target", e.target);
  Str(&out, "target_name", e.target_name);
  Str(&out, "event_code", e.event_code);
  Str(&out, "base_code", e.base_code);
  Str(&out, "root_code", e.root_code);
  Int(&out, "quad_class", e.quad_class);
  out += ",\"goldstein\":" + Number(e.goldstein);
  Str(&out, "modality", e.modality);
  Int(&out, "mentions", e.mentions);
  Str(&out, "text", e.text);
  out += ",\"evidence\":{";
  SpanJson(&out, "source", e.evidence.source, true, /*comma=*/false);
  SpanJson(&out, "target", e.evidence.target, !e.target.empty());
  SpanJson(&out, "trigger", e.evidence.trigger, true);
  out.push_back('}');
  Str(&out, "rule", e.rule);
  if (!e.url.empty()) Str(&out, "url", e.url);
  out.push_back('}');
  return out;
}

EventWriter::EventWriter(std::ostream& out, OutputFormat format)
    : out_(out), format_(format) {
  if (format_ == OutputFormat::kTsv) out_ << kTsvHeader;
}

void EventWriter::Write(const Event& e) {
  ++count_;
  if (format_ == OutputFormat::kJsonl) {
    out_ << EventToJson(e) << '\n';
    return;
  }
  std::string date = e.date;
  date.erase(std::remove(date.begin(), date.end(), '-'), date.end());
  out_ << count_ << '\t' << date << '\t' << e.source << '\t' << Cell(e.source_name)
       << '\t' << e.source_country << '\t' << e.source_role << '\t' << e.target << '\t'
       << Cell(e.target_name) << '\t' << e.target_country << '\t' << e.target_role << '\t'
       << e.event_code << '\t' << e.base_code << '\t' << e.root_code << '\t'
       << e.quad_class << '\t' << Number(e.goldstein) << '\t' << e.mentions << '\t'
       << Cell(e.url) << '\t' << Cell(e.doc) << '\t' << e.sentence << '\t' << e.modality
       << '\t' << Cell(e.evidence.trigger.text) << '\t' << Cell(e.rule) << '\t'
       << Cell(e.text) << '\n';
}

namespace {

std::string StoredJson(const StoredEvent& e) {
  std::string out = "{\"id\":" + std::to_string(e.id);
  Str(&out, "date", e.date);
  Str(&out, "source", e.source);
  Str(&out, "target", e.target);
  Str(&out, "event_code", e.event_code);
  Str(&out, "root_code", e.root_code);
  Int(&out, "quad_class", e.quad_class);
  out += ",\"goldstein\":" + Number(e.goldstein);
  Int(&out, "num_mentions", e.num_mentions);
  Int(&out, "num_articles", e.num_articles);
  Int(&out, "num_sources", e.num_sources);
  Str(&out, "modality", e.modality);
  Str(&out, "doc", e.doc);
  Str(&out, "text", e.text);
  Str(&out, "source_name", e.source_name);
  Str(&out, "target_name", e.target_name);
  if (!e.url.empty()) Str(&out, "url", e.url);
  out.push_back('}');
  return out;
}

}  // namespace

std::string CsvCell(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

void PrintStoredEvents(const std::vector<StoredEvent>& events, const std::string& format,
                       std::ostream& out, bool header) {
  if (format == "jsonl") {
    for (const auto& e : events) out << StoredJson(e) << "\n";
    return;
  }
  if (format == "json") {
    out << "[";
    for (std::size_t i = 0; i < events.size(); ++i)
      out << (i ? ",\n " : "") << StoredJson(events[i]);
    out << "]\n";
    return;
  }
  if (format == "csv") {
    if (header)
      out << "id,date,source,target,event_code,root_code,quad_class,goldstein,"
             "num_mentions,num_articles,num_sources,modality,doc,text,source_name,"
             "target_name,url\n";
    for (const auto& e : events)
      out << e.id << ',' << e.date << ',' << e.source << ',' << e.target << ','
          << e.event_code << ',' << e.root_code << ',' << e.quad_class << ','
          << Number(e.goldstein) << ',' << e.num_mentions << ',' << e.num_articles << ','
          << e.num_sources << ',' << e.modality << ',' << CsvCell(e.doc) << ','
          << CsvCell(e.text) << ',' << CsvCell(e.source_name) << ','
          << CsvCell(e.target_name) << ',' << CsvCell(e.url) << "\n";
    return;
  }
  char line[256];
  std::snprintf(line, sizeof line, "%-10s %-12s %-12s %-5s %5s %8s %5s  %s\n", "date",
                "source", "target", "code", "gold", "mentions", "docs", "modality");
  out << line;
  for (const auto& e : events) {
    std::snprintf(line, sizeof line, "%-10s %-12s %-12s %-5s %5.1f %8d %5d  %s\n",
                  e.date.c_str(), e.source.c_str(),
                  e.target.empty() ? "-" : e.target.c_str(), e.event_code.c_str(),
                  e.goldstein, e.num_mentions, e.num_articles, e.modality.c_str());
    out << line;
  }
  out << events.size() << " event" << (events.size() == 1 ? "" : "s") << "\n";
}

}  // namespace dyad::cli

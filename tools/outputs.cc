#include "outputs.h"

#include <algorithm>
#include <cstdio>

#include "cameo/plover.h"
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

// "2024-07-11" -> "20240711", GDELT's SQLDATE; "" when there is no date.
std::string CompactDate(const std::string& date) {
  int ymd = 0;
  return ParseDate(date, &ymd) ? std::to_string(ymd) : "";
}

constexpr const char* kTsvHeader =
    "GlobalEventID\tSQLDATE\tActor1Code\tActor1Name\tActor1CountryCode\tActor1Type1Code\t"
    "Actor2Code\tActor2Name\tActor2CountryCode\tActor2Type1Code\tEventCode\t"
    "EventBaseCode\tEventRootCode\tQuadClass\tGoldsteinScale\tNumMentions\tSOURCEURL\t"
    "DocId\tSentence\tModality\tTrigger\tRule\tText\tIssues\n";

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
  if (!e.issues.empty()) Str(&out, "issues", e.issues);
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
  out_ << count_ << '\t' << CompactDate(e.date) << '\t' << e.source << '\t'
       << Cell(e.source_name) << '\t' << e.source_country << '\t' << e.source_role << '\t'
       << e.target << '\t' << Cell(e.target_name) << '\t' << e.target_country << '\t'
       << e.target_role << '\t' << e.event_code << '\t' << e.base_code << '\t'
       << e.root_code << '\t' << e.quad_class << '\t' << Number(e.goldstein) << '\t'
       << e.mentions << '\t' << Cell(e.url) << '\t' << Cell(e.doc) << '\t' << e.sentence
       << '\t' << e.modality << '\t' << Cell(e.evidence.trigger.text) << '\t'
       << Cell(e.rule) << '\t' << Cell(e.text) << '\t' << Cell(e.issues) << '\n';
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

namespace {

// An actor's ten GDELT columns: code, name, country, known group, ethnic,
// two religions, three types.
void GdeltActor(std::ostream& out, const std::string& code, const std::string& name,
                const std::string& country, const std::string& role) {
  out << code << '\t' << Cell(name) << '\t' << country << "\t\t\t\t\t" << role
      << "\t\t\t";
}

}  // namespace

void WriteGdeltEvent(const StoredEvent& e, std::ostream& out) {
  int ymd = 0;
  ParseDate(e.date, &ymd);
  const std::string day = CompactDate(e.date);
  const int year = ymd / 10000, month = ymd / 100 % 100, dom = ymd % 100;
  char fraction[16];
  std::snprintf(fraction, sizeof fraction, "%.4f", year + (month * 30 + dom) / 365.0);
  out << e.id << '\t' << day << '\t' << day.substr(0, 6) << '\t' << day.substr(0, 4)
      << '\t' << fraction << '\t';
  GdeltActor(out, e.source, e.source_name, e.source_country, e.source_role);
  GdeltActor(out, e.target, e.target_name, e.target_country, e.target_role);
  out << "0\t" << e.event_code << '\t' << e.event_code.substr(0, 3) << '\t' << e.root_code
      << '\t' << e.quad_class << '\t' << Number(e.goldstein) << '\t' << e.num_mentions
      << '\t' << e.num_sources << '\t' << e.num_articles << "\t\t";  // AvgTone: empty
  for (int geo = 0; geo < 3; ++geo) out << "\t\t\t\t\t\t\t\t";       // 3 x 8 geography
  out << day << "000000\t" << Cell(e.url.empty() ? e.doc : e.url) << '\n';
}

void WriteGdeltMention(const StoredMention& m, std::ostream& out) {
  const std::string when = CompactDate(m.event_date) + "000000";
  const std::string seen = m.doc_date.empty() ? when : CompactDate(m.doc_date) + "000000";
  // MentionType 1 is "web"; Confidence is 100 for what dyad coded itself.
  out << m.event << '\t' << when << '\t' << seen << "\t1\t" << Cell(m.outlet) << '\t'
      << Cell(m.url.empty() ? m.doc : m.url) << '\t' << m.sentence + 1 << '\t'
      << m.source_begin << '\t' << (m.target_name.empty() ? -1 : m.target_begin) << '\t'
      << m.trigger_begin << "\t1\t100\t\t\t\t" << Cell(m.modality) << '\n';
}

bool WritePloverEvent(const StoredEvent& e, std::ostream& out) {
  auto plover = cameo::ToPlover(e.event_code);
  if (!plover) return false;
  std::string line = "{\"id\":" + std::to_string(e.id);
  Str(&line, "date", e.date);
  Str(&line, "event", plover->event);
  if (!plover->mode.empty()) Str(&line, "mode", plover->mode);
  line += ",\"context\":[";
  for (std::string_view c : plover->context) {
    if (c.empty()) continue;
    if (line.back() != '[') line.push_back(',');
    line.push_back('"');
    line += c;
    line.push_back('"');
  }
  line.push_back(']');
  Str(&line, "actor", e.source);
  Str(&line, "recipient", e.target);
  Str(&line, "actor_name", e.source_name);
  Str(&line, "recipient_name", e.target_name);
  Str(&line, "cameo", e.event_code);
  Int(&line, "quad_class", e.quad_class);
  line += ",\"goldstein\":" + Number(e.goldstein);
  Int(&line, "num_mentions", e.num_mentions);
  Int(&line, "num_articles", e.num_articles);
  Int(&line, "num_sources", e.num_sources);
  Str(&line, "modality", e.modality);
  Str(&line, "doc", e.doc);
  if (!e.url.empty()) Str(&line, "url", e.url);
  Str(&line, "text", e.text);
  out << line << "}\n";
  return true;
}

void PrintStoredMentions(const std::vector<StoredMention>& mentions,
                         const std::string& format, std::ostream& out, bool header) {
  if (format == "csv") {
    if (header)
      out << "mention_id,event_id,event_date,doc,outlet,url,sentence,modality,"
             "source_offset,target_offset,trigger_offset,source_name,target_name,"
             "trigger,rule\n";
    for (const auto& m : mentions)
      out << m.id << ',' << m.event << ',' << m.event_date << ',' << CsvCell(m.doc) << ','
          << CsvCell(m.outlet) << ',' << CsvCell(m.url) << ',' << m.sentence << ','
          << m.modality << ',' << m.source_begin << ',' << m.target_begin << ','
          << m.trigger_begin << ',' << CsvCell(m.source_name) << ','
          << CsvCell(m.target_name) << ',' << CsvCell(m.trigger_text) << ','
          << CsvCell(m.rule) << '\n';
    return;
  }
  if (format == "table") {
    char line[256];
    std::snprintf(line, sizeof line, "%-10s %-24s %-14s %5s %-12s  %s\n", "date", "doc",
                  "outlet", "sent", "modality", "trigger");
    out << line;
    for (const auto& m : mentions) {
      std::snprintf(line, sizeof line, "%-10s %-24s %-14s %5d %-12s  %s\n",
                    m.doc_date.c_str(), m.doc.c_str(), m.outlet.c_str(), m.sentence,
                    m.modality.c_str(), m.trigger_text.c_str());
      out << line;
    }
    out << mentions.size() << " mention" << (mentions.size() == 1 ? "" : "s") << "\n";
    return;
  }
  const bool array = format == "json";
  if (array) out << "[";
  for (std::size_t i = 0; i < mentions.size(); ++i) {
    const StoredMention& m = mentions[i];
    std::string line = "{\"mention_id\":" + std::to_string(m.id);
    Int(&line, "event_id", m.event);
    Str(&line, "event_date", m.event_date);
    Str(&line, "doc", m.doc);
    Str(&line, "outlet", m.outlet);
    Str(&line, "url", m.url);
    Int(&line, "sentence", m.sentence);
    Str(&line, "modality", m.modality);
    Int(&line, "source_offset", m.source_begin);
    Int(&line, "target_offset", m.target_begin);
    Int(&line, "trigger_offset", m.trigger_begin);
    Str(&line, "source_name", m.source_name);
    Str(&line, "target_name", m.target_name);
    Str(&line, "trigger", m.trigger_text);
    Str(&line, "rule", m.rule);
    line.push_back('}');
    if (array)
      out << (i ? ",\n " : "") << line;
    else
      out << line << "\n";
  }
  if (array) out << "]\n";
}

}  // namespace dyad::cli

#include "validate/gold.h"

#include <charconv>
#include <fstream>
#include <set>
#include <sstream>

#include "cameo/cameo.h"
#include "util/strings.h"

namespace dyad::validate {
namespace {

Status ReadLines(const std::string& path, std::vector<std::string>* lines) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open");
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines->push_back(std::move(line));
  }
  if (in.bad()) return Status::IOError(path + ": read error");
  return Status::Ok();
}

bool ParseInt(std::string_view s, long max, long* out) {
  if (s.empty()) return false;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
  return ec == std::errc() && end == s.data() + s.size() && *out >= 0 && *out <= max;
}

bool IsActorCode(std::string_view code) {
  if (code.empty() || code.size() % 3 != 0) return false;
  for (char c : code)
    if (!IsAsciiUpper(c)) return false;
  return true;
}

const std::set<std::string, std::less<>>& Modalities() {
  static const std::set<std::string, std::less<>> kModalities = {
      "asserted", "reported", "alleged", "hypothetical"};
  return kModalities;
}

// One events.tsv line; `error` says what is wrong with it.
bool ParseEvent(const std::vector<std::string_view>& f, GoldEvent* e,
                std::string* error) {
  if (f.size() != 12) {
    *error = std::to_string(f.size()) + " fields, expected 12";
    return false;
  }
  constexpr long kMaxOffset = 1L << 31;
  long v[7];
  const int numeric[] = {1, 2, 3, 5, 6, 8, 9};
  for (int i = 0; i < 7; ++i) {
    if (!ParseInt(f[numeric[i]], kMaxOffset, &v[i])) {
      *error = "field " + std::to_string(numeric[i] + 1) + " is not a number: \"" +
               std::string(f[numeric[i]]) + "\"";
      return false;
    }
  }
  e->article = std::string(f[0]);
  e->sentence = static_cast<int>(v[0]);
  e->source = {static_cast<std::uint32_t>(v[1]), static_cast<std::uint32_t>(v[2]), ""};
  e->source_code = std::string(f[4]);
  e->target = {static_cast<std::uint32_t>(v[3]), static_cast<std::uint32_t>(v[4]), ""};
  e->target_code = std::string(f[7]);
  e->trigger = {static_cast<std::uint32_t>(v[5]), static_cast<std::uint32_t>(v[6]), ""};
  e->code = std::string(f[10]);
  e->modality = std::string(f[11]);
  if (!IsActorCode(e->source_code)) {
    *error = "bad source code \"" + e->source_code + "\"";
  } else if (!e->target_code.empty() && !IsActorCode(e->target_code)) {
    *error = "bad target code \"" + e->target_code + "\"";
  } else if (e->target_code.empty() != e->target.empty()) {
    *error = "a target needs both a code and a span";
  } else if (!cameo::IsValid(e->code)) {
    *error = "bad event code \"" + e->code + "\"";
  } else if (!Modalities().count(e->modality)) {
    *error = "bad modality \"" + e->modality + "\"";
  } else if (e->source.empty() || e->trigger.empty() || e->source.end < e->source.begin ||
             e->target.end < e->target.begin || e->trigger.end < e->trigger.begin) {
    *error = "empty or reversed span";
  }
  return error->empty();
}

}  // namespace

Result<Gold> ReadGold(const std::string& dir) {
  Gold gold;
  gold.dir = dir;
  const std::string articles_path = dir + "/articles.tsv";
  const std::string events_path = dir + "/events.tsv";
  std::vector<std::string> lines;
  DYAD_RETURN_IF_ERROR(ReadLines(articles_path, &lines));
  std::set<std::string, std::less<>> ids;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string where = articles_path + ":" + std::to_string(i + 1) + ": ";
    if (lines[i].empty() || lines[i][0] == '#') continue;
    const auto f = Split(lines[i], '\t');
    long sentences = 0;
    if (f.size() != 4 || f[0].empty() || !ParseInt(f[2], 1000000, &sentences))
      return Status::InvalidArgument(where + "expected: id, file, sentences, annotator");
    if (!ids.insert(std::string(f[0])).second)
      return Status::InvalidArgument(where +
                                     "article listed twice: " + std::string(f[0]));
    gold.articles.push_back({std::string(f[0]), std::string(f[1]),
                             static_cast<int>(sentences), std::string(f[3])});
  }
  if (gold.articles.empty())
    return Status::InvalidArgument(articles_path + ": no articles");
  lines.clear();
  DYAD_RETURN_IF_ERROR(ReadLines(events_path, &lines));
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].empty() || lines[i][0] == '#') continue;
    const std::string where = events_path + ":" + std::to_string(i + 1) + ": ";
    GoldEvent e;
    std::string error;
    if (!ParseEvent(Split(lines[i], '\t'), &e, &error))
      return Status::InvalidArgument(where + error);
    if (!ids.count(e.article))
      return Status::InvalidArgument(where + "article not in articles.tsv: " + e.article);
    e.line = static_cast<int>(i + 1);
    gold.events.push_back(std::move(e));
  }
  return gold;
}

Status AttachTexts(const std::map<std::string, Document>& docs, Gold* gold) {
  for (const GoldArticle& a : gold->articles)
    if (!docs.count(a.id))
      return Status::NotFound("article " + a.id + " (" + a.file +
                              ") not found in the news");
  for (GoldEvent& e : gold->events) {
    const std::string& text = docs.at(e.article).text;
    for (Span* s : {&e.source, &e.target, &e.trigger}) {
      if (s->end > text.size())
        return Status::InvalidArgument(
            gold->dir + "/events.tsv:" + std::to_string(e.line) + ": offset " +
            std::to_string(s->end) + " is past the end of " + e.article);
      s->text = text.substr(s->begin, s->end - s->begin);
    }
  }
  return Status::Ok();
}

}  // namespace dyad::validate

#include "server/api.h"

#include <charconv>

#include "dict/compiled.h"
#include "dyad/extract.h"
#include "dyad/store.h"
#include "server/json.h"
#include "text/tokenizer.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace dyad::server {
namespace {

ApiResponse Error(int status, const std::string& message) {
  return {status, {{"error", message}}};
}

// A failed parameter check: the response to send.
struct Bad {
  ApiResponse response;
};

std::string Get(const Params& p, const std::string& key,
                const std::string& fallback = "") {
  auto it = p.find(key);
  return it == p.end() ? fallback : it->second;
}

long Number(const Params& p, const std::string& key, long fallback, long lo, long hi) {
  auto it = p.find(key);
  if (it == p.end() || it->second.empty()) return fallback;
  long value = 0;
  const auto& s = it->second;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
  if (ec != std::errc() || end != s.data() + s.size() || value < lo || value > hi)
    throw Bad{Error(400, "parameter '" + key + "' must be a number from " +
                             std::to_string(lo) + " to " + std::to_string(hi) +
                             ", not '" + s + "'")};
  return value;
}

std::string DateParam(const Params& p, const std::string& key) {
  std::string value = Get(p, key);
  int ymd = 0;
  if (!value.empty() && !ParseDate(value, &ymd))
    throw Bad{Error(
        400, "parameter '" + key + "' must be a date YYYY-MM-DD, not '" + value + "'")};
  return value;
}

std::string OneOf(const Params& p, const std::string& key, const std::string& fallback,
                  std::initializer_list<const char*> allowed) {
  std::string value = Get(p, key, fallback);
  std::string list;
  for (const char* a : allowed) {
    if (value == a) return value;
    list += (list.empty() ? "" : ", ") + std::string(a);
  }
  throw Bad{Error(
      400, "parameter '" + key + "' must be one of " + list + ", not '" + value + "'")};
}

AggregateScope Scope(const Params& p) {
  std::string all = OneOf(p, "all_modalities", "false", {"true", "false", "1", "0"});
  return {DateParam(p, "from"), DateParam(p, "to"), all == "true" || all == "1"};
}

// Runs `body` against a store opened for this request; failures become 400s
// (parameters), 503s (the store) or a plain 500.
template <typename F>
ApiResponse WithStore(const std::string& db, bool writable, F body) {
  try {
    auto store = Store::Open(db, !writable);
    if (!store.ok()) return Error(503, store.status().message());
    return body(**store);
  } catch (const Bad& bad) {
    return bad.response;
  }
}

// Copies an article's string fields (id, date, text, title, url, source)
// from a JSON object into `doc`; the error, or "".
std::string ReadArticle(const nlohmann::json& j, Document* doc) {
  for (auto [field, out] :
       {std::pair{"id", &doc->id}, std::pair{"date", &doc->date},
        std::pair{"text", &doc->text}, std::pair{"title", &doc->title},
        std::pair{"url", &doc->url}, std::pair{"source", &doc->source}}) {
    if (!j.contains(field)) continue;
    if (!j[field].is_string())
      return std::string("field '") + field + "' must be a string";
    *out = j[field].get<std::string>();
  }
  return "";
}

// What is wrong with a document's date or text, or "".
std::string DocumentProblem(const Document& doc) {
  int ymd = 0;
  if (!doc.date.empty() && !ParseDate(doc.date, &ymd))
    return "field 'date' must be YYYY-MM-DD, not '" + doc.date + "'";
  if (auto bad = utf8::Validate(doc.text); bad != utf8::kValid)
    return "the text is not valid UTF-8 (byte offset " + std::to_string(bad) + ")";
  return "";
}

}  // namespace

std::optional<ApiResponse> InvalidParam(const Params& p) {
  for (const auto& [key, value] : p) {
    const bool key_ok = utf8::Validate(key) == utf8::kValid;
    if (key_ok && utf8::Validate(value) == utf8::kValid) continue;
    const std::string name = key_ok ? key : utf8::ReplaceInvalid(key, nullptr);
    return Error(400, "parameter '" + name + "' is not valid UTF-8");
  }
  return std::nullopt;
}

Api::Api(std::string db, bool writable, std::string token, Coder coder)
    : db_(std::move(db)),
      writable_(writable),
      token_(std::move(token)),
      coder_(std::move(coder)) {
  // Countries and organisations (undated codes) name their codes before
  // people with dated roles do.
  const auto& actors = coder_.dictionary().compiled().entries().actors;
  for (bool dated : {false, true})
    for (const auto& a : actors)
      for (const auto& role : a.roles)
        if (role.dated() == dated && !a.names.empty())
          names_.emplace(role.code, a.names[0]);
}

std::string Api::NameOf(const std::string& code) const {
  if (auto it = names_.find(code); it != names_.end()) return it->second;
  for (std::size_t n = code.size(); n >= 3; n -= 3)  // "CHNGOV": China + GOV
    if (auto it = names_.find(code.substr(0, n)); it != names_.end())
      return it->second + " " + code.substr(n);
  return code;
}

ApiResponse Api::Health(const Params&) {
  return WithStore(db_, false, [&](Store& store) -> ApiResponse {
    auto counts = store.Counts();
    if (!counts.ok()) return Error(503, counts.status().message());
    return {200,
            {{"status", "ok"},
             {"version", "0.1.0"},
             {"documents", (*counts)[0]},
             {"events", (*counts)[1]},
             {"mentions", (*counts)[2]},
             {"ingest", writable_}}};
  });
}

ApiResponse Api::Events(const Params& p) {
  return WithStore(db_, false, [&](Store& store) -> ApiResponse {
    EventQuery q;
    q.from = DateParam(p, "from");
    q.to = DateParam(p, "to");
    q.actor = Get(p, "actor");
    q.source = Get(p, "source");
    q.target = Get(p, "target");
    q.code = Get(p, "code");
    q.text = Get(p, "text");
    q.quad_class = static_cast<int>(Number(p, "quad", 0, 0, 4));
    if (p.count("modality"))
      q.modality = OneOf(p, "modality", "",
                         {"asserted", "reported", "alleged", "denied", "hypothetical"});
    q.limit = static_cast<std::size_t>(Number(p, "limit", 100, 1, 10000));
    q.offset = static_cast<std::size_t>(Number(p, "offset", 0, 0, 1L << 40));
    auto events = store.Events(q);
    if (!events.ok()) return Error(500, events.status().message());
    return {200, {{"events", ToJson(*events)}, {"limit", q.limit}, {"offset", q.offset}}};
  });
}

ApiResponse Api::Mentions(const std::string& event_id) {
  return WithStore(db_, false, [&](Store& store) -> ApiResponse {
    std::int64_t id = 0;
    auto [end, ec] =
        std::from_chars(event_id.data(), event_id.data() + event_id.size(), id);
    if (ec != std::errc() || end != event_id.data() + event_id.size() || id <= 0)
      return Error(400, "event id must be a positive number, not '" + event_id + "'");
    auto mentions = store.EventMentions(id);
    if (!mentions.ok()) return Error(500, mentions.status().message());
    if (mentions->empty()) return Error(404, "no event " + event_id);
    return {200, {{"event_id", id}, {"mentions", ToJson(*mentions)}}};
  });
}

ApiResponse Api::Dyad(const Params& p) {
  return WithStore(db_, false, [&](Store& store) -> ApiResponse {
    const std::string a = Get(p, "a"), b = Get(p, "b");
    if (a.empty() || b.empty())
      return Error(400,
                   "parameters 'a' and 'b' (actor codes, e.g. a=IGOWSTNAT&b=CHN) are "
                   "required");
    const std::string by = OneOf(p, "by", "month", {"day", "week", "month"});
    auto series = store.DyadSeries(a, b, by, Scope(p));
    if (!series.ok()) return Error(500, series.status().message());
    return {200,
            {{"a", a},
             {"b", b},
             {"a_name", NameOf(a)},
             {"b_name", NameOf(b)},
             {"by", by},
             {"series", ToJson(*series)}}};
  });
}

ApiResponse Api::Actors(const Params& p) {
  return WithStore(db_, false, [&](Store& store) -> ApiResponse {
    auto limit = static_cast<std::size_t>(Number(p, "limit", 50, 1, 10000));
    auto actors = store.Actors(Scope(p), limit);
    if (!actors.ok()) return Error(500, actors.status().message());
    nlohmann::json list = ToJson(*actors);
    for (auto& a : list) a["name"] = NameOf(a["actor"].get<std::string>());
    return {200, {{"actors", list}}};
  });
}

ApiResponse Api::Network(const Params& p) {
  return WithStore(db_, false, [&](Store& store) -> ApiResponse {
    int min = static_cast<int>(Number(p, "min", 1, 1, 1 << 30));
    auto edges = store.Network(Scope(p), min);
    if (!edges.ok()) return Error(500, edges.status().message());
    nlohmann::json graph = NetworkJson(*edges);
    for (auto& n : graph["nodes"]) n["name"] = NameOf(n["id"].get<std::string>());
    return {200, graph};
  });
}

ApiResponse Api::Summary(const Params& p) {
  return WithStore(db_, false, [&](Store& store) -> ApiResponse {
    auto limit = static_cast<std::size_t>(Number(p, "limit", 10, 1, 1000));
    auto summary = store.Summary(Scope(p), limit);
    if (!summary.ok()) return Error(500, summary.status().message());
    return {200, ToJson(*summary)};
  });
}

ApiResponse Api::Resolve(const Params& p) {
  const std::string name = Get(p, "name");
  if (name.empty()) return Error(400, "parameter 'name' is required");
  const dict::Compiled& dict = coder_.dictionary().compiled();
  const auto tokens = text::Tokenize(name);
  const auto ids = dict.Ids(tokens);
  // "the United States": a leading article is not part of the name.
  const std::size_t start = tokens.size() > 1 && tokens[0].norm == "the" ? 1 : 0;
  auto match = dict.actors().LongestMatch(ids, start);
  if (match.length > 0 && start + match.length == tokens.size()) {
    for (std::uint32_t value : dict.actors().Values(match.node)) {
      const auto& entry = dict.entries().actors[dict::Compiled::EntryOf(value)];
      if (entry.place) continue;
      std::string code = dict.ActorCode(entry, 0);
      if (!code.empty())
        return {200, {{"name", name}, {"code", code}, {"label", NameOf(code)}}};
    }
  }
  // A code typed as such ("chn" too).
  const std::string upper = AsciiUpper(name);
  if (names_.count(upper) || NameOf(upper) != upper)
    return {200, {{"name", name}, {"code", upper}, {"label", NameOf(upper)}}};
  return Error(404, "no actor called '" + name + "' in the dictionary");
}

ApiResponse Api::Code(const std::string& body, const std::string& content_type) {
  Document doc;
  doc.id = "request";
  CoderOptions options = coder_.options();
  if (content_type.find("json") != std::string::npos) {
    auto j = nlohmann::json::parse(body, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object())
      return Error(400,
                   "body is not a JSON object (expected {\"text\": ..., \"date\": ...})");
    if (!j.contains("text")) return Error(400, "field 'text' (a string) is required");
    if (std::string error = ReadArticle(j, &doc); !error.empty())
      return Error(400, error);
    // As dyad code --monadic and --syntax.
    for (auto [name, flag] :
         {std::pair{"monadic", &options.monadic}, std::pair{"syntax", &options.syntax}}) {
      if (!j.contains(name)) continue;
      if (!j[name].is_boolean())
        return Error(400, std::string("field '") + name + "' must be true or false");
      *flag = j[name].get<bool>();
    }
  } else if (content_type.find("html") != std::string::npos) {
    // A web page: its article is coded (dyad/extract.h), and the answer
    // carries what was extracted, which the evidence offsets point into.
    std::string charset;
    if (auto at = AsciiLower(content_type).find("charset="); at != std::string::npos)
      charset = std::string(Trim(std::string_view(content_type).substr(at + 8)));
    auto article = extract::ExtractArticle(body, "", charset);
    if (!article.ok()) return Error(400, article.status().message());
    doc.text = std::move(article->text);
    doc.title = std::move(article->title);
    doc.date = std::move(article->date);
    doc.url = std::move(article->url);
  } else {
    doc.text = body;
  }
  if (std::string problem = DocumentProblem(doc); !problem.empty())
    return Error(400, problem);
  const bool same = options.monadic == coder_.options().monadic &&
                    options.syntax == coder_.options().syntax;
  // Another coder over the same dictionary costs a pointer copy.
  auto events = same ? coder_.Code(doc) : Coder(coder_.dictionary(), options).Code(doc);
  nlohmann::json answer = {{"events", ToJson(events)}, {"text", doc.text}};
  if (!doc.title.empty()) answer["title"] = doc.title;
  if (!doc.url.empty()) answer["url"] = doc.url;
  if (!doc.date.empty()) answer["date"] = doc.date;
  return {200, std::move(answer)};
}

ApiResponse Api::Ingest(const std::string& body, const std::string& token) {
  if (!writable_)
    return Error(403, "ingest is off (start dyad serve with --allow-ingest)");
  if (token != token_) return Error(401, "a valid token is required (X-Dyad-Token)");
  auto j = nlohmann::json::parse(body, nullptr, false);
  if (j.is_discarded() || !j.is_object())
    return Error(400, "body is not a JSON object (expected an article: id, date, text)");
  Document doc;
  if (std::string error = ReadArticle(j, &doc); !error.empty()) return Error(400, error);
  if (doc.id.empty() || doc.text.empty())
    return Error(400, "fields 'id' and 'text' are required");
  if (std::string problem = DocumentProblem(doc); !problem.empty())
    return Error(400, problem);
  return WithStore(db_, true, [&](Store& store) -> ApiResponse {
    auto r = store.Ingest(doc, coder_.Code(doc));
    if (!r.ok()) return Error(503, r.status().message());
    if (Status s = store.Commit(); !s.ok()) return Error(503, s.message());
    const char* outcome = r->outcome == IngestResult::Outcome::kAdded       ? "added"
                          : r->outcome == IngestResult::Outcome::kUnchanged ? "unchanged"
                                                                            : "replaced";
    return {200, {{"id", doc.id}, {"outcome", outcome}, {"events", r->events}}};
  });
}

}  // namespace dyad::server

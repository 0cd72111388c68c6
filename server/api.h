// The API's handlers, apart from HTTP: each takes the query parameters (or
// a body) and returns a status and a JSON body, so that they can be tested
// and reused without a socket. A bad parameter is a 400 whose error names
// it.
#ifndef DYAD_SERVER_API_H_
#define DYAD_SERVER_API_H_

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "dyad/coder.h"

namespace dyad::server {

using Params = std::map<std::string, std::string>;

struct ApiResponse {
  int status = 200;
  nlohmann::json body;
};

// A 400 naming the first parameter whose name or value is not valid UTF-8
// (JSON cannot carry it), or nothing when all are valid.
std::optional<ApiResponse> InvalidParam(const Params& p);

class Api {
 public:
  Api(std::string db, bool writable, std::string token, Coder coder);

  // A readable name for an actor code, from the dictionary ("CHN" ->
  // "China", "CHNGOV" -> "China GOV"); the code itself when it has none.
  std::string NameOf(const std::string& code) const;

  ApiResponse Health(const Params& p);
  ApiResponse Events(const Params& p);
  ApiResponse Mentions(const std::string& event_id);
  ApiResponse Dyad(const Params& p);
  ApiResponse Actors(const Params& p);
  ApiResponse Network(const Params& p);
  ApiResponse Summary(const Params& p);
  // The actor code a name stands for in the dictionary ("NATO" ->
  // IGOWSTNAT, "Beijing" -> CHNGOV), or the name itself when it is a code.
  ApiResponse Resolve(const Params& p);
  // Codes a text without storing it: the body is plain text, JSON
  // {"text", "date"} when `content_type` says JSON, or a web page when it
  // says HTML (its article's text, title, date and URL are in the answer).
  ApiResponse Code(const std::string& body, const std::string& content_type);
  // Stores one article, JSON {"id", "date", "text", "title", "url",
  // "source"}; only when the server allows ingest and `token` is its token.
  ApiResponse Ingest(const std::string& body, const std::string& token);

 private:
  std::string db_;
  bool writable_;
  std::string token_;
  const Coder coder_;
  std::map<std::string, std::string> names_;  // actor code -> first name
};

}  // namespace dyad::server

#endif  // DYAD_SERVER_API_H_

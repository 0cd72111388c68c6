// Fuzz target: the HTTP API's handlers, without a socket. The first byte
// chooses the handler; the rest is a POST body (/api/code, /api/ingest) or
// query parameters, one "name=value" a line, over a small store made once.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

#include "dyad/coder.h"
#include "dyad/store.h"
#include "server/api.h"

namespace {

dyad::server::Api* MakeApi() {
  const std::string db = (std::filesystem::temp_directory_path() /
                          ("dyad_api_fuzz_" + std::to_string(getpid()) + ".db"))
                             .string();
  std::filesystem::remove(db);
  const dyad::Coder coder(*dyad::Dictionary::Default());
  auto store = dyad::Store::Open(db);
  dyad::Document d;
  d.id = "a1";
  d.date = "2024-07-11";
  d.text = "NATO leaders criticised China. China denied the accusation.";
  (void)(*store)->Ingest(d, coder.Code(d));
  store->reset();
  return new dyad::server::Api(db, true, "token",
                               dyad::Coder(*dyad::Dictionary::Default()));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static dyad::server::Api* api = MakeApi();
  if (size == 0) return 0;
  const std::string rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  dyad::server::Params params;
  for (std::size_t at = 0; at < rest.size();) {
    std::size_t end = rest.find('\n', at);
    if (end == std::string::npos) end = rest.size();
    const std::string line = rest.substr(at, end - at);
    const std::size_t eq = line.find('=');
    params[line.substr(0, eq)] = eq == std::string::npos ? "" : line.substr(eq + 1);
    at = end + 1;
  }
  if (dyad::server::InvalidParam(params)) return 0;  // the server answers 400
  dyad::server::ApiResponse r;
  switch (data[0] % 9) {
    case 0:
      r = api->Events(params);
      break;
    case 1:
      r = api->Dyad(params);
      break;
    case 2:
      r = api->Actors(params);
      break;
    case 3:
      r = api->Network(params);
      break;
    case 4:
      r = api->Summary(params);
      break;
    case 5:
      r = api->Resolve(params);
      break;
    case 6:
      r = api->Code(rest, "application/json");
      break;
    case 7:
      r = api->Code(rest, "text/plain");
      break;
    default:
      r = api->Mentions(rest);
      break;
  }
  // As the server writes it: must not throw.
  (void)r.body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return 0;
}

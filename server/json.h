// JSON for the HTTP API: the store's answers and coded events as
// nlohmann::json values, with the same field names as `dyad query
// --format json` and `dyad code`.
#ifndef DYAD_SERVER_JSON_H_
#define DYAD_SERVER_JSON_H_

#include <nlohmann/json.hpp>
#include <vector>

#include "dyad/event.h"
#include "dyad/store.h"

namespace dyad::server {

nlohmann::json ToJson(const Event& e);
nlohmann::json ToJson(const StoredEvent& e);
nlohmann::json ToJson(const StoredMention& m);
nlohmann::json ToJson(const DyadPeriod& p);
nlohmann::json ToJson(const ActorActivity& a);
nlohmann::json ToJson(const NetworkEdge& e);
nlohmann::json ToJson(const StoreSummary& s);

// A network as nodes (with their activity) and edges, for Cytoscape.js or
// networkx.
nlohmann::json NetworkJson(const std::vector<NetworkEdge>& edges);

template <typename T>
nlohmann::json ToJson(const std::vector<T>& items) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& item : items) out.push_back(ToJson(item));
  return out;
}

}  // namespace dyad::server

#endif  // DYAD_SERVER_JSON_H_

#include "server/json.h"

#include <map>

namespace dyad::server {
namespace {

nlohmann::json SpanJson(const Span& s) {
  return {{"begin", s.begin}, {"end", s.end}, {"text", s.text}};
}

}  // namespace

nlohmann::json ToJson(const Event& e) {
  nlohmann::json j = {{"doc", e.doc},
                      {"sentence", e.sentence},
                      {"date", e.date},
                      {"source", e.source},
                      {"source_name", e.source_name},
                      {"target", e.target},
                      {"target_name", e.target_name},
                      {"event_code", e.event_code},
                      {"base_code", e.base_code},
                      {"root_code", e.root_code},
                      {"quad_class", e.quad_class},
                      {"goldstein", e.goldstein},
                      {"modality", e.modality},
                      {"mentions", e.mentions},
                      {"text", e.text},
                      {"rule", e.rule}};
  j["evidence"] = {{"source", SpanJson(e.evidence.source)},
                   {"trigger", SpanJson(e.evidence.trigger)}};
  if (!e.target.empty()) j["evidence"]["target"] = SpanJson(e.evidence.target);
  if (!e.url.empty()) j["url"] = e.url;
  if (!e.issues.empty()) j["issues"] = e.issues;
  return j;
}

nlohmann::json ToJson(const StoredEvent& e) {
  return {{"id", e.id},
          {"date", e.date},
          {"source", e.source},
          {"target", e.target},
          {"event_code", e.event_code},
          {"root_code", e.root_code},
          {"quad_class", e.quad_class},
          {"goldstein", e.goldstein},
          {"num_mentions", e.num_mentions},
          {"num_articles", e.num_articles},
          {"num_sources", e.num_sources},
          {"modality", e.modality},
          {"doc", e.doc},
          {"text", e.text},
          {"source_name", e.source_name},
          {"target_name", e.target_name},
          {"url", e.url}};
}

nlohmann::json ToJson(const StoredMention& m) {
  return {{"mention_id", m.id},
          {"event_id", m.event},
          {"event_date", m.event_date},
          {"doc", m.doc},
          {"outlet", m.outlet},
          {"url", m.url},
          {"doc_date", m.doc_date},
          {"sentence", m.sentence},
          {"modality", m.modality},
          {"source_offset", m.source_begin},
          {"target_offset", m.target_begin},
          {"trigger_offset", m.trigger_begin},
          {"source_name", m.source_name},
          {"target_name", m.target_name},
          {"trigger", m.trigger_text},
          {"rule", m.rule}};
}

nlohmann::json ToJson(const DyadPeriod& p) {
  return {{"period", p.period},
          {"source", p.source},
          {"target", p.target},
          {"events", p.events},
          {"verbal_coop", p.quad[0]},
          {"material_coop", p.quad[1]},
          {"verbal_conflict", p.quad[2]},
          {"material_conflict", p.quad[3]},
          {"goldstein_sum", p.goldstein_sum},
          {"goldstein_mean", p.goldstein_mean}};
}

nlohmann::json ToJson(const ActorActivity& a) {
  return {{"actor", a.actor},
          {"as_source", a.as_source},
          {"as_target", a.as_target},
          {"events", a.as_source + a.as_target},
          {"goldstein_mean", a.goldstein_mean}};
}

nlohmann::json ToJson(const NetworkEdge& e) {
  return {{"source", e.source},
          {"target", e.target},
          {"events", e.events},
          {"cooperation", e.cooperation},
          {"conflict", e.conflict},
          {"goldstein_sum", e.goldstein_sum},
          {"goldstein_mean", e.goldstein_mean}};
}

nlohmann::json ToJson(const StoreSummary& s) {
  nlohmann::json codes = nlohmann::json::array();
  for (const auto& [code, n] : s.top_codes)
    codes.push_back({{"code", code}, {"events", n}});
  return {{"documents", s.documents},
          {"events", s.events},
          {"mentions", s.mentions},
          {"first_date", s.first_date},
          {"last_date", s.last_date},
          {"top_dyads", ToJson(s.top_dyads)},
          {"top_codes", codes},
          {"most_conflictual", ToJson(s.most_conflictual)},
          {"most_cooperative", ToJson(s.most_cooperative)}};
}

nlohmann::json NetworkJson(const std::vector<NetworkEdge>& edges) {
  std::map<std::string, int> activity;
  for (const auto& e : edges) {
    activity[e.source] += e.events;
    activity[e.target] += e.events;
  }
  nlohmann::json nodes = nlohmann::json::array();
  for (const auto& [id, events] : activity)
    nodes.push_back({{"id", id}, {"events", events}});
  return {{"nodes", nodes}, {"edges", ToJson(edges)}};
}

}  // namespace dyad::server

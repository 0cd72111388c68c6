// Output of the store's aggregate questions: dyad series, actors, network
// (table, CSV, JSON, JSON Lines, and GraphML for the network).
#include <algorithm>
#include <cstdio>
#include <unordered_set>

#include "outputs.h"
#include "util/strings.h"

namespace dyad::cli {
namespace {

std::string Fixed(double v, const char* format = "%.2f") {
  char buf[32];
  std::snprintf(buf, sizeof buf, format, v);
  return buf;
}

std::string Quote(std::string_view s) {
  std::string out = "\"";
  AppendJsonEscaped(s, &out);
  return out + "\"";
}

// Rows of named cells, printed in one of the generic formats.
struct Table {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
  std::vector<bool> numeric;  // per column: print as a JSON number

  void Print(const std::string& format, std::ostream& out) const {
    if (format == "csv") {
      for (std::size_t c = 0; c < columns.size(); ++c)
        out << (c ? "," : "") << columns[c];
      out << "\n";
      for (const auto& r : rows) {
        for (std::size_t c = 0; c < r.size(); ++c) out << (c ? "," : "") << r[c];
        out << "\n";
      }
      return;
    }
    if (format == "json" || format == "jsonl") {
      if (format == "json") out << "[";
      for (std::size_t i = 0; i < rows.size(); ++i) {
        std::string line = "{";
        for (std::size_t c = 0; c < columns.size(); ++c)
          line += (c ? "," : "") + Quote(columns[c]) + ":" +
                  (numeric[c] ? rows[i][c] : Quote(rows[i][c]));
        line += "}";
        if (format == "json")
          out << (i ? ",\n " : "") << line;
        else
          out << line << "\n";
      }
      if (format == "json") out << "]\n";
      return;
    }
    std::vector<std::size_t> width(columns.size());
    for (std::size_t c = 0; c < columns.size(); ++c) width[c] = columns[c].size();
    for (const auto& r : rows)
      for (std::size_t c = 0; c < r.size(); ++c)
        width[c] = std::max(width[c], r[c].size());
    auto line = [&](const std::vector<std::string>& cells) {
      for (std::size_t c = 0; c < cells.size(); ++c) {
        out << cells[c];
        if (c + 1 < cells.size()) out << std::string(width[c] - cells[c].size() + 2, ' ');
      }
      out << "\n";
    };
    line(columns);
    for (const auto& r : rows) line(r);
  }
};

// The actors of `edges`, each once, in the order they first appear.
std::vector<std::string> Nodes(const std::vector<NetworkEdge>& edges) {
  std::vector<std::string> nodes;
  std::unordered_set<std::string> seen;
  for (const auto& e : edges)
    for (const std::string* n : {&e.source, &e.target})
      if (seen.insert(*n).second) nodes.push_back(*n);
  return nodes;
}

}  // namespace

void PrintDyadSeries(const std::vector<DyadPeriod>& series, const std::string& format,
                     std::ostream& out) {
  Table t{{"period", "source", "target", "events", "verbal_coop", "material_coop",
           "verbal_conflict", "material_conflict", "goldstein_sum", "goldstein_mean"},
          {},
          {false, false, false, true, true, true, true, true, true, true}};
  for (const auto& p : series)
    t.rows.push_back(
        {p.period, p.source, p.target.empty() ? "-" : p.target, std::to_string(p.events),
         std::to_string(p.quad[0]), std::to_string(p.quad[1]), std::to_string(p.quad[2]),
         std::to_string(p.quad[3]), Fixed(p.goldstein_sum), Fixed(p.goldstein_mean)});
  t.Print(format, out);
}

void PrintActors(const std::vector<ActorActivity>& actors, const std::string& format,
                 std::ostream& out) {
  Table t{{"actor", "as_source", "as_target", "events", "goldstein_mean"},
          {},
          {false, true, true, true, true}};
  for (const auto& a : actors)
    t.rows.push_back({a.actor, std::to_string(a.as_source), std::to_string(a.as_target),
                      std::to_string(a.as_source + a.as_target),
                      Fixed(a.goldstein_mean)});
  t.Print(format, out);
}

void PrintNetwork(const std::vector<NetworkEdge>& edges, const std::string& format,
                  std::ostream& out) {
  if (format == "graphml") {
    const std::vector<std::string> nodes = Nodes(edges);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
           "  <key id=\"events\" for=\"edge\" attr.name=\"events\" attr.type=\"int\"/>\n"
           "  <key id=\"cooperation\" for=\"edge\" attr.name=\"cooperation\" "
           "attr.type=\"int\"/>\n"
           "  <key id=\"conflict\" for=\"edge\" attr.name=\"conflict\" "
           "attr.type=\"int\"/>\n"
           "  <key id=\"goldstein\" for=\"edge\" attr.name=\"goldstein_mean\" "
           "attr.type=\"double\"/>\n"
           "  <graph id=\"dyad\" edgedefault=\"directed\">\n";
    for (const auto& n : nodes) out << "    <node id=\"" << n << "\"/>\n";
    for (const auto& e : edges)
      out << "    <edge source=\"" << e.source << "\" target=\"" << e.target << "\">"
          << "<data key=\"events\">" << e.events << "</data>"
          << "<data key=\"cooperation\">" << e.cooperation << "</data>"
          << "<data key=\"conflict\">" << e.conflict << "</data>"
          << "<data key=\"goldstein\">" << Fixed(e.goldstein_mean) << "</data></edge>\n";
    out << "  </graph>\n</graphml>\n";
    return;
  }
  if (format == "json") {
    // networkx's node-link form (json_graph.node_link_graph), also read by
    // Gephi's JSON importer.
    const std::vector<std::string> nodes = Nodes(edges);
    out << "{\"directed\": true, \"multigraph\": false, \"graph\": {},\n \"nodes\": [";
    for (std::size_t i = 0; i < nodes.size(); ++i)
      out << (i ? ", " : "") << "{\"id\": " << Quote(nodes[i]) << "}";
    out << "],\n \"links\": [";
    for (std::size_t i = 0; i < edges.size(); ++i) {
      const auto& e = edges[i];
      out << (i ? ",\n  " : "\n  ") << "{\"source\": " << Quote(e.source)
          << ", \"target\": " << Quote(e.target) << ", \"events\": " << e.events
          << ", \"cooperation\": " << e.cooperation << ", \"conflict\": " << e.conflict
          << ", \"goldstein_mean\": " << Fixed(e.goldstein_mean) << "}";
    }
    out << "]}\n";
    return;
  }
  Table t{{"source", "target", "events", "cooperation", "conflict", "goldstein_mean"},
          {},
          {false, false, true, true, true, true}};
  for (const auto& e : edges)
    t.rows.push_back({e.source, e.target, std::to_string(e.events),
                      std::to_string(e.cooperation), std::to_string(e.conflict),
                      Fixed(e.goldstein_mean)});
  t.Print(format, out);
}

void PrintSummary(const StoreSummary& summary, const std::string& format,
                  std::ostream& out) {
  // One row per list entry; the totals are the first rows.
  Table t{{"list", "source", "target", "code", "events", "goldstein_sum"},
          {},
          {false, false, false, false, true, true}};
  t.rows.push_back({"documents", "", "", "", std::to_string(summary.documents), "0"});
  t.rows.push_back({"events", "", "", "", std::to_string(summary.events), "0"});
  t.rows.push_back({"mentions", "", "", "", std::to_string(summary.mentions), "0"});
  auto edges = [&](const char* list, const std::vector<NetworkEdge>& es) {
    for (const auto& e : es)
      t.rows.push_back({list, e.source, e.target, "", std::to_string(e.events),
                        Fixed(e.goldstein_sum)});
  };
  edges("top_dyad", summary.top_dyads);
  for (const auto& [code, n] : summary.top_codes)
    t.rows.push_back({"top_code", "", "", code, std::to_string(n), "0"});
  edges("most_conflictual", summary.most_conflictual);
  edges("most_cooperative", summary.most_cooperative);
  if (format != "table") {
    t.Print(format, out);
    return;
  }
  out << "Events " << summary.first_date << " to " << summary.last_date << ": "
      << summary.events << " events, " << summary.mentions << " mentions in "
      << summary.documents << (summary.documents == 1 ? " document\n" : " documents\n");
  auto section = [&](const char* title, const std::vector<NetworkEdge>& es) {
    out << "\n" << title << "\n";
    Table s{{"source", "target", "events", "goldstein_sum", "goldstein_mean"}, {}, {}};
    for (const auto& e : es)
      s.rows.push_back({e.source, e.target, std::to_string(e.events),
                        Fixed(e.goldstein_sum), Fixed(e.goldstein_mean)});
    s.Print("table", out);
  };
  section("Top dyads", summary.top_dyads);
  out << "\nTop event codes\n";
  Table c{{"code", "events"}, {}, {}};
  for (const auto& [code, n] : summary.top_codes)
    c.rows.push_back({code, std::to_string(n)});
  c.Print("table", out);
  section("Most conflictual relations", summary.most_conflictual);
  section("Most cooperative relations", summary.most_cooperative);
}

}  // namespace dyad::cli

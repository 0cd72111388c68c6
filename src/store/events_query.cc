// Store::Events and Store::Counts: the page of events a query asks for,
// with their counts across documents and their first mention's evidence.
#include <variant>

#include "dyad/store.h"
#include "store/database.h"
#include "store/store_impl.h"
#include "util/strings.h"

namespace dyad {

Result<std::vector<StoredEvent>> Store::Events(const EventQuery& q) {
  // The page of events is chosen first, on the events table and its
  // indexes; only its mentions are then counted. The first mention (lowest
  // id) gives the modality, sentence, names and document shown.
  std::string sql = "WITH page AS MATERIALIZED (SELECT * FROM events e WHERE 1 = 1";
  // Parameters in the order of their "?" in `sql`.
  std::vector<std::variant<std::string, std::int64_t>> params;
  auto param = [&](const std::string& clause, std::variant<std::string, std::int64_t> v) {
    sql += clause;
    params.push_back(std::move(v));
  };
  if (q.after_id > 0) {
    param(" AND (e.date, e.id) > (?", q.after_date);
    param(", ?)", q.after_id);
  }
  if (std::int64_t from = store::DateNumber(q.from)) param(" AND e.date >= ?", from);
  if (std::int64_t to = store::DateNumber(q.to)) param(" AND e.date <= ?", to);
  // Prefixes as index ranges (see PrefixSql).
  auto prefix = [&](const char* column, const std::string& value, const char* join) {
    param(std::string(join) + "(" + store::PrefixSql(column, "?", "?"), value);
    params.push_back(store::PrefixEnd(value));
    sql += ")";
  };
  if (!q.source.empty()) prefix("e.source", q.source, " AND ");
  if (!q.target.empty()) prefix("e.target", q.target, " AND ");
  if (!q.actor.empty()) {
    prefix("e.source", q.actor, " AND (");
    prefix("e.target", q.actor, " OR ");
    sql += ")";
  }
  if (!q.code.empty()) prefix("e.code", q.code, " AND ");
  if (q.quad_class) param(" AND e.quad = ?", std::int64_t{q.quad_class});
  if (!q.modality.empty())
    param(
        " AND EXISTS (SELECT 1 FROM mentions mm WHERE mm.event = e.id AND "
        "mm.modality = ?)",
        q.modality);
  if (!q.text.empty())
    param(
        " AND EXISTS (SELECT 1 FROM mentions mm JOIN sentences s ON s.doc = mm.doc AND "
        "s.idx = mm.sentence WHERE mm.event = e.id AND lower(s.text) LIKE '%' || "
        "lower(?) "
        "|| '%')",
        q.text);
  sql += " ORDER BY e.date, e.id";
  param(" LIMIT ?", static_cast<std::int64_t>(q.limit));
  param(" OFFSET ?", static_cast<std::int64_t>(q.offset));
  sql +=
      "), counts AS (SELECT c.event, MIN(c.id) AS first, COUNT(*) AS n, "
      "COUNT(DISTINCT c.doc) AS docs, COUNT(DISTINCT cd.outlet) AS outlets "
      "FROM mentions c JOIN documents cd ON cd.id = c.doc "
      "WHERE c.event IN (SELECT id FROM page) GROUP BY c.event) "
      "SELECT e.id, e.date, e.source, e.target, e.code, e.root, e.quad, e.goldstein, "
      "c.n, c.docs, c.outlets, m.modality, (SELECT s.text FROM sentences s WHERE "
      "s.doc = m.doc AND s.idx = m.sentence), d.doc_id, m.source_name, "
      "m.target_name, coalesce(d.url, ''), coalesce(e.source_country, ''), "
      "coalesce(e.source_role, ''), coalesce(e.target_country, ''), "
      "coalesce(e.target_role, '') FROM page e JOIN counts c ON c.event = e.id "
      "JOIN mentions m ON m.id = c.first JOIN documents d ON d.id = m.doc "
      "ORDER BY e.date, e.id";

  auto st = impl_->db->Prepare(sql);
  if (!st.ok()) return st.status();
  for (std::size_t i = 0; i < params.size(); ++i)
    std::visit([&](const auto& v) { st->Bind(static_cast<int>(i + 1), v); }, params[i]);
  std::vector<StoredEvent> out;
  while (true) {
    auto row = st->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    StoredEvent e;
    e.id = st->Int(0);
    e.date = FormatDate(static_cast<int>(st->Int(1)));
    e.source = st->Text(2);
    e.target = st->Text(3);
    e.event_code = st->Text(4);
    e.root_code = st->Text(5);
    e.quad_class = static_cast<int>(st->Int(6));
    e.goldstein = st->Real(7);
    e.num_mentions = static_cast<int>(st->Int(8));
    e.num_articles = static_cast<int>(st->Int(9));
    e.num_sources = static_cast<int>(st->Int(10));
    e.modality = st->Text(11);
    e.text = st->Text(12);
    e.doc = st->Text(13);
    e.source_name = st->Text(14);
    e.target_name = st->Text(15);
    e.url = st->Text(16);
    e.source_country = st->Text(17);
    e.source_role = st->Text(18);
    e.target_country = st->Text(19);
    e.target_role = st->Text(20);
    out.push_back(std::move(e));
  }
  return out;
}

Result<std::vector<std::int64_t>> Store::Counts() {
  std::vector<std::int64_t> out;
  for (const char* table : {"documents", "events", "mentions"}) {
    auto st = impl_->db->Prepare(std::string("SELECT COUNT(*) FROM ") + table);
    if (!st.ok()) return st.status();
    auto row = st->Step();
    if (!row.ok()) return row.status();
    out.push_back(st->Int(0));
  }
  return out;
}

}  // namespace dyad

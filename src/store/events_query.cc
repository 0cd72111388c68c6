// Store::Events and Store::Counts: the page of events a query asks for,
// with their counts across documents and their first mention's evidence.
#include "dyad/store.h"
#include "store/sqlite.h"
#include "store/store_impl.h"
#include "util/strings.h"

namespace dyad {

Result<std::vector<StoredEvent>> Store::Events(const EventQuery& q) {
  std::string sql =
      "SELECT e.id, e.date, e.source, e.target, e.code, e.root, e.quad, e.goldstein, "
      "COUNT(m.id), COUNT(DISTINCT m.doc), COUNT(DISTINCT d.outlet), "
      // With MIN(), SQLite takes the bare columns from the first mention.
      "m.modality, (SELECT s.text FROM sentences s WHERE s.doc = m.doc AND "
      "s.idx = m.sentence), d.doc_id, MIN(m.id), m.source_name, m.target_name, "
      "coalesce(d.url, ''), coalesce(e.source_country, ''), coalesce(e.source_role, ''), "
      "coalesce(e.target_country, ''), coalesce(e.target_role, '') "
      "FROM (SELECT * FROM events e WHERE 1 = 1";
  std::vector<std::string> texts;
  std::vector<std::int64_t> numbers;
  // Parameters are bound in order: text ones as ?, numbers as ?.
  struct Param {
    bool text;
    std::size_t index;
  };
  std::vector<Param> params;
  auto text_param = [&](const std::string& clause, const std::string& value) {
    sql += clause;
    texts.push_back(value);
    params.push_back({true, texts.size() - 1});
  };
  auto number_param = [&](const std::string& clause, std::int64_t value) {
    sql += clause;
    numbers.push_back(value);
    params.push_back({false, numbers.size() - 1});
  };
  int d;
  if (q.after_id > 0) {
    number_param(" AND (e.date, e.id) > (?", q.after_date);
    number_param(", ?)", q.after_id);
  }
  if (!q.from.empty() && ParseDate(q.from, &d)) number_param(" AND e.date >= ?", d);
  if (!q.to.empty() && ParseDate(q.to, &d)) number_param(" AND e.date <= ?", d);
  // Prefixes as ranges (codes are ASCII below DEL), which the dyad indexes
  // answer; LIKE would scan every event.
  auto prefix = [&](const char* column, const std::string& value, const char* join) {
    text_param(std::string(join) + "(" + column + " >= ?", value);
    text_param(std::string(" AND ") + column + " < ? || char(127))", value);
  };
  if (!q.source.empty()) prefix("e.source", q.source, " AND ");
  if (!q.target.empty()) prefix("e.target", q.target, " AND ");
  if (!q.actor.empty()) {
    prefix("e.source", q.actor, " AND (");
    prefix("e.target", q.actor, " OR ");
    sql += ")";
  }
  if (!q.code.empty()) prefix("e.code", q.code, " AND ");
  if (q.quad_class) number_param(" AND e.quad = ?", q.quad_class);
  if (!q.modality.empty())
    text_param(
        " AND EXISTS (SELECT 1 FROM mentions mm WHERE mm.event = e.id AND "
        "mm.modality = ?)",
        q.modality);
  if (!q.text.empty())
    text_param(
        " AND EXISTS (SELECT 1 FROM mentions mm JOIN sentences s ON s.doc = mm.doc AND "
        "s.idx = mm.sentence WHERE mm.event = e.id AND s.text LIKE '%' || ? || '%')",
        q.text);
  // The page of events is chosen first, on the events table and its indexes;
  // only its mentions are then counted.
  sql += " ORDER BY e.date, e.id";
  number_param(" LIMIT ?", static_cast<std::int64_t>(q.limit));
  number_param(" OFFSET ?", static_cast<std::int64_t>(q.offset));
  sql +=
      ") e JOIN mentions m ON m.event = e.id JOIN documents d ON d.id = m.doc "
      "GROUP BY e.id ORDER BY e.date, e.id";

  auto st = impl_->db->Prepare(sql);
  if (!st.ok()) return st.status();
  for (std::size_t i = 0; i < params.size(); ++i) {
    int index = static_cast<int>(i + 1);
    if (params[i].text)
      st->Bind(index, texts[params[i].index]);
    else
      st->Bind(index, numbers[params[i].index]);
  }
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
    e.source_name = st->Text(15);
    e.target_name = st->Text(16);
    e.url = st->Text(17);
    e.source_country = st->Text(18);
    e.source_role = st->Text(19);
    e.target_country = st->Text(20);
    e.target_role = st->Text(21);
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

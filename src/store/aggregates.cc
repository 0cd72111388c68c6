// Aggregate questions over the store: a dyad's time series, actor
// activity, the actor network. All counts are over event mentions joined to
// their event, so a relation reported by many documents weighs more.
#include <cstdio>

#include "dyad/store.h"
#include "store/sqlite.h"
#include "store/store_impl.h"
#include "util/strings.h"

namespace dyad {
namespace {

// SQL expression for the period of e.date (YYYYMMDD as an integer).
std::string PeriodSql(const std::string& by) {
  const std::string day =
      "printf('%04d-%02d-%02d', e.date / 10000, (e.date / 100) % 100, e.date % 100)";
  if (by == "month") return "printf('%04d-%02d', e.date / 10000, (e.date / 100) % 100)";
  if (by == "week") return "strftime('%Y-W%W', " + day + ")";
  return day;
}

// Dates as integers for range filters; open ends become 0 and 99991231.
void DateRange(const std::string& from, const std::string& to, std::int64_t* lo,
               std::int64_t* hi) {
  int d;
  *lo = !from.empty() && ParseDate(from, &d) ? d : 0;
  *hi = !to.empty() && ParseDate(to, &d) ? d : 99991231;
}

}  // namespace

Result<std::vector<DyadPeriod>> Store::DyadSeries(const std::string& a,
                                                  const std::string& b,
                                                  const std::string& by,
                                                  const std::string& from,
                                                  const std::string& to) {
  std::int64_t lo, hi;
  DateRange(from, to, &lo, &hi);
  // Both directions; the range conditions come first so that the dyad index
  // (source, target, date) answers them.
  std::string sql =
      "SELECT " + PeriodSql(by) +
      " AS period, e.source, e.target, COUNT(*), "
      "SUM(e.quad = 1), SUM(e.quad = 2), SUM(e.quad = 3), SUM(e.quad = 4), "
      "SUM(e.goldstein), AVG(e.goldstein) "
      "FROM events e JOIN mentions m ON m.event = e.id "
      "WHERE e.date BETWEEN ?1 AND ?2 AND ("
      "(e.source >= ?3 AND e.source < ?3 || char(127) AND "
      " e.target >= ?4 AND e.target < ?4 || char(127)) OR "
      "(e.source >= ?4 AND e.source < ?4 || char(127) AND "
      " e.target >= ?3 AND e.target < ?3 || char(127))) "
      "GROUP BY period, e.source, e.target ORDER BY period, e.source, e.target";
  auto st = impl_->db->Prepare(sql);
  if (!st.ok()) return st.status();
  st->Bind(1, lo).Bind(2, hi).Bind(3, a).Bind(4, b);
  std::vector<DyadPeriod> out;
  while (true) {
    auto row = st->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    DyadPeriod p;
    p.period = st->Text(0);
    p.source = st->Text(1);
    p.target = st->Text(2);
    p.events = static_cast<int>(st->Int(3));
    for (int q = 0; q < 4; ++q) p.quad[q] = static_cast<int>(st->Int(4 + q));
    p.goldstein_sum = st->Real(8);
    p.goldstein_mean = st->Real(9);
    out.push_back(std::move(p));
  }
  return out;
}

Result<std::vector<ActorActivity>> Store::Actors(const std::string& from,
                                                 const std::string& to,
                                                 std::size_t limit) {
  std::int64_t lo, hi;
  DateRange(from, to, &lo, &hi);
  auto st = impl_->db->Prepare(
      "WITH roles AS ("
      " SELECT e.source AS actor, 1 AS src, 0 AS tgt, e.goldstein AS g FROM events e"
      " JOIN mentions m ON m.event = e.id WHERE e.date BETWEEN ?1 AND ?2"
      " UNION ALL"
      " SELECT e.target, 0, 1, e.goldstein FROM events e JOIN mentions m ON m.event = "
      "e.id"
      " WHERE e.date BETWEEN ?1 AND ?2 AND e.target <> '')"
      " SELECT actor, SUM(src), SUM(tgt), AVG(g) FROM roles GROUP BY actor"
      " ORDER BY SUM(src) + SUM(tgt) DESC, actor LIMIT ?3");
  if (!st.ok()) return st.status();
  st->Bind(1, lo).Bind(2, hi).Bind(3, static_cast<std::int64_t>(limit));
  std::vector<ActorActivity> out;
  while (true) {
    auto row = st->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    out.push_back({st->Text(0), static_cast<int>(st->Int(1)),
                   static_cast<int>(st->Int(2)), st->Real(3)});
  }
  return out;
}

Result<std::vector<NetworkEdge>> Store::Network(const std::string& from,
                                                const std::string& to, int min_events) {
  std::int64_t lo, hi;
  DateRange(from, to, &lo, &hi);
  auto st = impl_->db->Prepare(
      "SELECT e.source, e.target, COUNT(*), SUM(e.quad <= 2), SUM(e.quad >= 3), "
      "AVG(e.goldstein) FROM events e JOIN mentions m ON m.event = e.id "
      "WHERE e.date BETWEEN ?1 AND ?2 AND e.target <> '' "
      "GROUP BY e.source, e.target HAVING COUNT(*) >= ?3 ORDER BY COUNT(*) DESC, 1, 2");
  if (!st.ok()) return st.status();
  st->Bind(1, lo).Bind(2, hi).Bind(3, std::int64_t{min_events});
  std::vector<NetworkEdge> out;
  while (true) {
    auto row = st->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    out.push_back({st->Text(0), st->Text(1), static_cast<int>(st->Int(2)),
                   static_cast<int>(st->Int(3)), static_cast<int>(st->Int(4)),
                   st->Real(5)});
  }
  return out;
}

}  // namespace dyad

// Aggregate questions over the store: a dyad's time series, actor
// activity, the actor network. All counts are over event mentions joined to
// their event, so a relation reported by many documents weighs more.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>
#include <tuple>

#include "dyad/store.h"
#include "store/database.h"
#include "store/store_impl.h"
#include "util/strings.h"

namespace dyad {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
// days_from_civil).
std::int64_t DaysFromCivil(std::int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

// The period of a YYYYMMDD date: "2024-07-11", "2024-07" or the ISO 8601
// week "2024-W28" (a week belongs to the year of its Thursday and is
// numbered from that year's first Thursday).
std::string Period(std::int64_t ymd, const std::string& by) {
  if (ymd <= 0) return "undated";
  const std::int64_t y = ymd / 10000;
  const unsigned m = static_cast<unsigned>(ymd / 100 % 100),
                 d = static_cast<unsigned>(ymd % 100);
  char buf[64];
  if (by == "month") {
    std::snprintf(buf, sizeof buf, "%04lld-%02u", static_cast<long long>(y), m);
  } else if (by == "week") {
    const std::int64_t days = DaysFromCivil(y, m, d);
    const std::int64_t weekday = ((days + 3) % 7 + 7) % 7;  // Monday 0
    const std::int64_t thursday = days - weekday + 3;
    std::int64_t year = y + 1;  // the Thursday's year: y - 1, y or y + 1
    while (DaysFromCivil(year, 1, 1) > thursday) --year;
    const std::int64_t week = (thursday - DaysFromCivil(year, 1, 1)) / 7 + 1;
    std::snprintf(buf, sizeof buf, "%04lld-W%02lld", static_cast<long long>(year),
                  static_cast<long long>(week));
  } else {
    std::snprintf(buf, sizeof buf, "%04lld-%02u-%02u", static_cast<long long>(y), m, d);
  }
  return buf;
}

using store::DateRange;
using store::PrefixSql;

// " FROM ... WHERE ..." for the mentions in scope joined to their events,
// for the aggregates over all dyads. Over all dates a scan of the mentions
// drives and looks each event up by rowid ("+e.date" keeps the planner off
// the date index, which would cost a random lookup per event); over a
// period the date index drives. CROSS JOIN fixes the order in SQLite.
std::string InScope(const AggregateScope& scope) {
  const std::string modality =
      scope.all_modalities ? "" : std::string(" AND ") + store::kAssertedModalities;
  if (scope.from.empty() && scope.to.empty())
    return " FROM mentions m CROSS JOIN events e WHERE e.id = m.event" + modality +
           " AND +e.date BETWEEN ?1 AND ?2";
  return " FROM events e CROSS JOIN mentions m WHERE m.event = e.id" + modality +
         " AND e.date BETWEEN ?1 AND ?2";
}

// The join to the mentions that count (see AggregateScope).
std::string MentionsJoin(const AggregateScope& scope) {
  const std::string join = "JOIN mentions m ON m.event = e.id";
  return scope.all_modalities ? join : join + " AND " + store::kAssertedModalities;
}

}  // namespace

Result<std::vector<DyadPeriod>> Store::DyadSeries(const std::string& a,
                                                  const std::string& b,
                                                  const std::string& by,
                                                  const AggregateScope& scope) {
  std::int64_t lo, hi;
  DateRange(scope.from, scope.to, &lo, &hi);
  // Both directions, each a range on the dyad index (source, target, date);
  // the second leaves out what the first matched (when A and B overlap).
  // "+e.date" keeps the planner off the date index, which would scan every
  // event in the period instead of the dyad's. Rows are per day; periods
  // are folded here, the same on every backend.
  const std::string forward =
      PrefixSql("e.source", "?3", "?4") + " AND " + PrefixSql("e.target", "?5", "?6");
  const std::string backward =
      PrefixSql("e.source", "?5", "?6") + " AND " + PrefixSql("e.target", "?3", "?4");
  std::string sql =
      "SELECT e.date, e.source, e.target, COUNT(*), "
      "SUM(CASE WHEN e.quad = 1 THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN e.quad = 2 THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN e.quad = 3 THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN e.quad = 4 THEN 1 ELSE 0 END), SUM(e.goldstein) FROM ("
      "SELECT * FROM events e WHERE " +
      forward +
      " AND +e.date BETWEEN ?1 AND ?2 UNION ALL "
      "SELECT * FROM events e WHERE " +
      backward + " AND +e.date BETWEEN ?1 AND ?2 AND NOT (" + forward + ")) e " +
      MentionsJoin(scope) + " GROUP BY e.date, e.source, e.target";
  auto st = impl_->db->Prepare(sql);
  if (!st.ok()) return st.status();
  st->Bind(1, lo).Bind(2, hi).Bind(3, a).Bind(4, store::PrefixEnd(a));
  st->Bind(5, b).Bind(6, store::PrefixEnd(b));
  std::map<std::tuple<std::string, std::string, std::string>, DyadPeriod> periods;
  while (true) {
    auto row = st->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    std::string period = Period(st->Int(0), by);
    DyadPeriod& p = periods[{period, st->Text(1), st->Text(2)}];
    if (p.period.empty()) {
      p.period = std::move(period);
      p.source = st->Text(1);
      p.target = st->Text(2);
    }
    p.events += static_cast<int>(st->Int(3));
    for (int q = 0; q < 4; ++q) p.quad[q] += static_cast<int>(st->Int(4 + q));
    p.goldstein_sum += st->Real(8);
  }
  std::vector<DyadPeriod> out;
  out.reserve(periods.size());
  for (auto& [key, p] : periods) {
    p.goldstein_mean = p.events ? p.goldstein_sum / p.events : 0;
    out.push_back(std::move(p));
  }
  return out;
}

Result<std::vector<ActorActivity>> Store::Actors(const AggregateScope& scope,
                                                 std::size_t limit) {
  std::int64_t lo, hi;
  DateRange(scope.from, scope.to, &lo, &hi);
  // Per dyad first (one pass over the events, grouped on the dyad index),
  // then per actor over the far fewer dyads.
  auto st = impl_->db->Prepare(
      "WITH d AS MATERIALIZED (SELECT e.source AS s, e.target AS t, COUNT(*) AS n, "
      "SUM(e.goldstein) AS g" +
      InScope(scope) +
      " GROUP BY e.source, e.target) "
      "SELECT actor, SUM(ns), SUM(nt), SUM(g) / SUM(ns + nt) FROM ("
      "SELECT s AS actor, n AS ns, 0 AS nt, g FROM d UNION ALL "
      "SELECT t, 0, n, g FROM d WHERE t <> '') a GROUP BY actor "
      "ORDER BY SUM(ns) + SUM(nt) DESC, actor LIMIT ?3");
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

// Directed edges in the scope with at least `min_events` mentions, the
// busiest first.
Result<std::vector<NetworkEdge>> Store::Network(const AggregateScope& scope,
                                                int min_events) {
  std::int64_t lo, hi;
  DateRange(scope.from, scope.to, &lo, &hi);
  auto st = impl_->db->Prepare(
      "SELECT e.source, e.target, COUNT(*), SUM(CASE WHEN e.quad <= 2 THEN 1 ELSE 0 "
      "END), SUM(CASE WHEN e.quad >= 3 THEN 1 ELSE 0 END), AVG(e.goldstein), "
      "SUM(e.goldstein)" +
      InScope(scope) +
      " AND e.target <> '' GROUP BY e.source, e.target HAVING COUNT(*) >= ?3 "
      "ORDER BY COUNT(*) DESC, 1, 2");
  if (!st.ok()) return st.status();
  st->Bind(1, lo).Bind(2, hi).Bind(3, std::int64_t{min_events});
  std::vector<NetworkEdge> out;
  while (true) {
    auto row = st->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    out.push_back({st->Text(0), st->Text(1), static_cast<int>(st->Int(2)),
                   static_cast<int>(st->Int(3)), static_cast<int>(st->Int(4)),
                   st->Real(5), st->Real(6)});
  }
  return out;
}

Result<StoreSummary> Store::Summary(const AggregateScope& scope, std::size_t limit) {
  std::int64_t lo, hi;
  DateRange(scope.from, scope.to, &lo, &hi);
  StoreSummary out;
  auto documents = impl_->db->Prepare(
      "SELECT COUNT(*) FROM documents WHERE coalesce(date, 0) BETWEEN ?1 AND ?2");
  if (!documents.ok()) return documents.status();
  documents->Bind(1, lo).Bind(2, hi);
  if (auto r = documents->Step(); !r.ok()) return r.status();
  out.documents = documents->Int(0);

  // One pass over the mentions in scope, per dyad and code; the totals, the
  // codes and the dyads are summed from it here. Each event is in exactly
  // one group, so its distinct events add up to the events in scope.
  auto groups = impl_->db->Prepare(
      "SELECT e.source, e.target, e.code, COUNT(*), COUNT(DISTINCT m.event), "
      "SUM(CASE WHEN e.quad <= 2 THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN e.quad >= 3 THEN 1 ELSE 0 END), SUM(e.goldstein), MIN(e.date), "
      "MAX(e.date)" +
      InScope(scope) + " GROUP BY e.source, e.target, e.code");
  if (!groups.ok()) return groups.status();
  groups->Bind(1, lo).Bind(2, hi);
  std::map<std::string, std::int64_t> codes;
  std::map<std::pair<std::string, std::string>, NetworkEdge> dyads;
  std::int64_t first = 0, last = 0;
  while (true) {
    auto r = groups->Step();
    if (!r.ok()) return r.status();
    if (!*r) break;
    const std::int64_t mentions = groups->Int(3);
    out.mentions += mentions;
    out.events += groups->Int(4);
    codes[groups->Text(2)] += mentions;
    const std::int64_t from = groups->Int(8), to = groups->Int(9);
    if (first == 0 || from < first) first = from;
    last = std::max(last, to);
    if (groups->Text(1).empty()) continue;  // no target: not a dyad
    NetworkEdge& e = dyads[{groups->Text(0), groups->Text(1)}];
    e.source = groups->Text(0);
    e.target = groups->Text(1);
    e.events += static_cast<int>(mentions);
    e.cooperation += static_cast<int>(groups->Int(5));
    e.conflict += static_cast<int>(groups->Int(6));
    e.goldstein_sum += groups->Real(7);
  }
  out.first_date = FormatDate(static_cast<int>(first));
  out.last_date = FormatDate(static_cast<int>(last));
  std::vector<std::pair<std::string, std::int64_t>> by_count(codes.begin(), codes.end());
  std::stable_sort(by_count.begin(), by_count.end(),
                   [](const auto& x, const auto& y) { return x.second > y.second; });
  if (by_count.size() > limit) by_count.resize(limit);
  out.top_codes = std::move(by_count);
  // The dyads ranked three ways. Most conflictual and most cooperative go by
  // the Goldstein sum, so that a relation counts by how much conflict (or
  // cooperation) was reported.
  std::vector<NetworkEdge> edges;
  for (auto& [key, e] : dyads) {
    e.goldstein_mean = e.events ? e.goldstein_sum / e.events : 0;
    edges.push_back(std::move(e));
  }
  auto top = [&](auto better, auto keep) {
    std::vector<NetworkEdge> list;
    for (const auto& e : edges)
      if (keep(e)) list.push_back(e);
    std::stable_sort(list.begin(), list.end(), better);
    if (list.size() > limit) list.resize(limit);
    return list;
  };
  out.top_dyads = top([](const auto& x, const auto& y) { return x.events > y.events; },
                      [](const auto&) { return true; });
  out.most_conflictual =
      top([](const auto& x, const auto& y) { return x.goldstein_sum < y.goldstein_sum; },
          [](const auto& e) { return e.goldstein_sum < 0; });
  out.most_cooperative =
      top([](const auto& x, const auto& y) { return x.goldstein_sum > y.goldstein_sum; },
          [](const auto& e) { return e.goldstein_sum > 0; });
  return out;
}

}  // namespace dyad

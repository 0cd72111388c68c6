// Mentions: every mention with its document and offsets, for exports (in id
// order a page at a time, so that a large store streams in bounded memory)
// and for one event's evidence.
#include "dyad/store.h"
#include "store/database.h"
#include "store/store_impl.h"
#include "util/strings.h"

namespace dyad {

namespace {

// Mentions with their event's date and their document, `where` (SQL over m,
// e and d, with parameters from ?1) in mention id order.
Result<std::vector<StoredMention>> ReadMentions(store::Database& db,
                                                const std::string& where,
                                                const std::vector<std::int64_t>& params) {
  auto st = db.Prepare(
      "SELECT m.id, m.event, e.date, d.doc_id, coalesce(d.outlet, ''), "
      "coalesce(d.url, ''), coalesce(d.date, 0), m.sentence, m.modality, "
      "coalesce(m.source_begin, -1), coalesce(m.target_begin, -1), "
      "coalesce(m.trigger_begin, -1), coalesce(m.source_name, ''), "
      "coalesce(m.target_name, ''), coalesce(m.trigger_text, ''), coalesce(m.rule, '') "
      "FROM mentions m JOIN events e ON e.id = m.event JOIN documents d ON d.id = m.doc "
      "WHERE " +
      where);
  if (!st.ok()) return st.status();
  for (std::size_t i = 0; i < params.size(); ++i)
    st->Bind(static_cast<int>(i + 1), params[i]);
  std::vector<StoredMention> out;
  while (true) {
    auto row = st->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    StoredMention m;
    m.id = st->Int(0);
    m.event = st->Int(1);
    m.event_date = FormatDate(static_cast<int>(st->Int(2)));
    m.doc = st->Text(3);
    m.outlet = st->Text(4);
    m.url = st->Text(5);
    m.doc_date = FormatDate(static_cast<int>(st->Int(6)));
    m.sentence = static_cast<int>(st->Int(7));
    m.modality = st->Text(8);
    m.source_begin = st->Int(9);
    m.target_begin = st->Int(10);
    m.trigger_begin = st->Int(11);
    m.source_name = st->Text(12);
    m.target_name = st->Text(13);
    m.trigger_text = st->Text(14);
    m.rule = st->Text(15);
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace

Result<std::vector<StoredMention>> Store::Mentions(const AggregateScope& scope,
                                                   std::int64_t after_id,
                                                   std::size_t limit) {
  std::int64_t lo, hi;
  store::DateRange(scope.from, scope.to, &lo, &hi);
  return ReadMentions(*impl_->db,
                      "m.id > ?1 AND e.date BETWEEN ?2 AND ?3 ORDER BY m.id LIMIT ?4",
                      {after_id, lo, hi, static_cast<std::int64_t>(limit)});
}

Result<std::vector<StoredMention>> Store::EventMentions(std::int64_t event) {
  return ReadMentions(*impl_->db, "m.event = ?1 ORDER BY m.id", {event});
}

}  // namespace dyad

// Mentions for exports: every mention with its document and offsets, read
// in id order a page at a time so that a large store streams in bounded
// memory.
#include "dyad/store.h"
#include "store/database.h"
#include "store/store_impl.h"
#include "util/strings.h"

namespace dyad {

Result<std::vector<StoredMention>> Store::Mentions(const AggregateScope& scope,
                                                   std::int64_t after_id,
                                                   std::size_t limit) {
  std::int64_t lo, hi;
  store::DateRange(scope.from, scope.to, &lo, &hi);
  auto st = impl_->db->Prepare(
      "SELECT m.id, m.event, e.date, d.doc_id, coalesce(d.outlet, ''), "
      "coalesce(d.url, ''), coalesce(d.date, 0), m.sentence, m.modality, "
      "coalesce(m.source_begin, -1), coalesce(m.target_begin, -1), "
      "coalesce(m.trigger_begin, -1), coalesce(m.source_name, ''), "
      "coalesce(m.target_name, ''), coalesce(m.trigger_text, ''), coalesce(m.rule, '') "
      "FROM mentions m JOIN events e ON e.id = m.event JOIN documents d ON d.id = m.doc "
      "WHERE m.id > ?1 AND e.date BETWEEN ?2 AND ?3 ORDER BY m.id LIMIT ?4");
  if (!st.ok()) return st.status();
  st->Bind(1, after_id).Bind(2, lo).Bind(3, hi).Bind(4, static_cast<std::int64_t>(limit));
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

}  // namespace dyad

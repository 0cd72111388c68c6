// The private state of dyad::Store, shared by the store's .cc files: the
// database, and the writer that ingests into it (one per backend).
#ifndef DYAD_STORE_STORE_IMPL_H_
#define DYAD_STORE_STORE_IMPL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "dyad/store.h"
#include "store/database.h"

namespace dyad {

// Helpers shared by the store's .cc files (defined in store.cc).
namespace store {

inline constexpr int kSchemaVersion = 1;

// YYYYMMDD for a "YYYY-MM-DD" date; 0 when empty or invalid.
std::int64_t DateNumber(const std::string& date);
// [lo, hi] as YYYYMMDD for optional from/to dates; open ends become 0 and
// 99991231.
void DateRange(const std::string& from, const std::string& to, std::int64_t* lo,
               std::int64_t* hi);
// SQL true when `column` starts with a prefix: `lo` and `hi` are the
// parameters ("?3") bound to the prefix and to PrefixEnd(prefix). A range
// the column's index answers (codes are ASCII, below DEL), where LIKE would
// scan every row.
std::string PrefixSql(const std::string& column, const std::string& lo,
                      const std::string& hi);
inline std::string PrefixEnd(const std::string& prefix) { return prefix + '\x7f'; }
// The condition on a mention `m` that the aggregates count by default
// (see AggregateScope).
inline constexpr const char* kAssertedModalities =
    "m.modality NOT IN ('denied', 'hypothetical')";
// "Schema version N is not this dyad's" for `name`.
Status WrongVersion(const std::string& name, std::int64_t found);

// Stores documents; each backend has its own (sqlite_store.cc,
// postgres_store.cc).
class Writer {
 public:
  virtual ~Writer() = default;
  // `hash`: the ContentHash of the document's text.
  virtual Result<IngestResult> Ingest(const Document& doc,
                                      const std::vector<Event>& events,
                                      const std::string& hash) = 0;
  virtual Status Commit() = 0;
  // A hint that these documents come next (see Store::Prefetch).
  virtual Status Prefetch(const std::vector<std::string>&) { return Status::Ok(); }
  void SetBatchSize(std::size_t documents) { batch_size_ = documents ? documents : 1; }

 protected:
  std::size_t batch_size_ = 1;
};

}  // namespace store

struct Store::Impl {
  std::unique_ptr<store::Database> db;
  std::unique_ptr<store::Writer> writer;  // null when opened read-only
};

namespace store {
// Open a store of each backend into `impl`.
Status OpenSqliteStore(const std::string& path, bool read_only, Store::Impl* impl);
Status OpenPostgresStore(const std::string& url, bool read_only, Store::Impl* impl);
}  // namespace store

}  // namespace dyad

#endif  // DYAD_STORE_STORE_IMPL_H_

// The private state of dyad::Store, shared by the store's .cc files.
#ifndef DYAD_STORE_STORE_IMPL_H_
#define DYAD_STORE_STORE_IMPL_H_

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>

#include "dyad/store.h"
#include "store/sqlite.h"

namespace dyad {

// Helpers shared by the store's .cc files (defined in store.cc).
namespace store {

// YYYYMMDD for a "YYYY-MM-DD" date; 0 when empty or invalid.
std::int64_t DateNumber(const std::string& date);
// [lo, hi] as YYYYMMDD for optional from/to dates; open ends become 0 and
// 99991231.
void DateRange(const std::string& from, const std::string& to, std::int64_t* lo,
               std::int64_t* hi);
// SQL true when `column` starts with the text bound at `param` ("?3"):
// a range the column's index answers (codes are ASCII, below DEL), where
// LIKE would scan every row.
std::string PrefixSql(const std::string& column, const std::string& param);
// The condition on a mention `m` that the aggregates count by default
// (see AggregateScope).
inline constexpr const char* kAssertedModalities =
    "m.modality NOT IN ('denied', 'hypothetical')";

}  // namespace store

struct Store::Impl {
  std::unique_ptr<store::Database> db;
  // Statements used per document, prepared once (declared after `db` so
  // that they are finalized before it closes).
  std::unordered_map<std::string, store::Statement> statements;
  Result<store::Statement*> Prepared(const std::string& sql);
  // Ingest batches whole documents into one transaction (see SetBatchSize).
  bool in_transaction = false;
  std::size_t pending = 0;  // documents in the open transaction
  std::size_t batch_size = 1;
};

}  // namespace dyad

#endif  // DYAD_STORE_STORE_IMPL_H_

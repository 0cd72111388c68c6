// The private state of dyad::Store, shared by the store's .cc files.
#ifndef DYAD_STORE_STORE_IMPL_H_
#define DYAD_STORE_STORE_IMPL_H_

#include <memory>
#include <string>
#include <unordered_map>

#include "dyad/store.h"
#include "store/sqlite.h"

namespace dyad {

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

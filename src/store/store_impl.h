// The private state of dyad::Store, shared by the store's .cc files.
#ifndef DYAD_STORE_STORE_IMPL_H_
#define DYAD_STORE_STORE_IMPL_H_

#include <memory>

#include "dyad/store.h"
#include "store/sqlite.h"

namespace dyad {

struct Store::Impl {
  std::unique_ptr<store::Database> db;
};

}  // namespace dyad

#endif  // DYAD_STORE_STORE_IMPL_H_

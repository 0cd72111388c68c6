// dyad::Store: opening the backend a path or URL names, the helpers the
// queries share, and the content hash. Each backend's schema and ingest are
// in sqlite_store.cc and postgres_store.cc; the queries, written once for
// both, in events_query.cc, aggregates.cc and export.cc.
#include "dyad/store.h"

#include <cstdio>

#include "store/postgres.h"
#include "store/store_impl.h"
#include "util/strings.h"

namespace dyad {
namespace store {

std::int64_t DateNumber(const std::string& date) {
  int d = 0;
  return ParseDate(date, &d) ? d : 0;
}

void DateRange(const std::string& from, const std::string& to, std::int64_t* lo,
               std::int64_t* hi) {
  *lo = DateNumber(from);
  *hi = to.empty() || DateNumber(to) == 0 ? 99991231 : DateNumber(to);
}

std::string PrefixSql(const std::string& column, const std::string& lo,
                      const std::string& hi) {
  return column + " >= " + lo + " AND " + column + " < " + hi;
}

Status WrongVersion(const std::string& name, std::int64_t found) {
  return Status::InvalidArgument(name + ": a store of schema version " +
                                 std::to_string(found) + "; this dyad reads version " +
                                 std::to_string(kSchemaVersion) +
                                 " (ingest the documents into a new store)");
}

}  // namespace store

void ContentHasher::Add(std::string_view piece) {
  for (unsigned char c : piece) {
    hash_ ^= c;
    hash_ *= 1099511628211ULL;
  }
}

std::string ContentHasher::Hex() const {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(hash_));
  return buf;
}

std::string ContentHash(std::string_view text) {
  ContentHasher h;
  h.Add(text);
  return h.Hex();
}

Store::Store(Key, std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;  // the writer commits its open batch

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, bool read_only) {
  auto impl = std::make_unique<Impl>();
  Status s = store::IsPostgresUrl(path)
                 ? store::OpenPostgresStore(path, read_only, impl.get())
                 : store::OpenSqliteStore(path, read_only, impl.get());
  if (!s.ok()) return s;
  return std::make_unique<Store>(Key(), std::move(impl));
}

void Store::SetBatchSize(std::size_t documents) {
  if (impl_->writer) impl_->writer->SetBatchSize(documents);
}

Status Store::Commit() { return impl_->writer ? impl_->writer->Commit() : Status::Ok(); }

Status Store::Prefetch(const std::vector<std::string>& doc_ids) {
  return impl_->writer ? impl_->writer->Prefetch(doc_ids) : Status::Ok();
}

Result<IngestResult> Store::Ingest(const Document& doc, const std::vector<Event>& events,
                                   const std::string& content_hash) {
  if (!impl_->writer)
    return Status::InvalidArgument(impl_->db->name() + ": the store is open read-only");
  return impl_->writer->Ingest(
      doc, events, content_hash.empty() ? ContentHash(doc.text) : content_hash);
}

}  // namespace dyad

// The event store: coded documents, their sentences and events, kept in an
// embedded SQLite database (one file, WAL journal).
//
// Each document is stored in one transaction, so a store is consistent
// after a crash at any point, and storing the same document again is a
// no-op (documents are identified by id and content hash; a changed text
// under the same id replaces the old one). The same event (date, source,
// target, code) reported by several documents is one event row with a
// mention per report, as GDELT counts NumMentions and NumArticles.
//
// A Store is used from one thread at a time.
#ifndef DYAD_STORE_H_
#define DYAD_STORE_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "dyad/event.h"
#include "dyad/status.h"

namespace dyad {

struct IngestResult {
  enum class Outcome { kAdded, kUnchanged, kReplaced } outcome = Outcome::kAdded;
  std::size_t events = 0;     // event mentions stored
  std::size_t sentences = 0;  // sentences stored
};

// Filters for Store::Events(); empty fields do not filter.
struct EventQuery {
  std::string from, to;        // YYYY-MM-DD, inclusive
  std::string actor;           // a prefix of source or target ("CHN" matches CHNGOV)
  std::string source, target;  // prefixes
  std::string code;            // a prefix of the event code ("11", "112")
  int quad_class = 0;          // 1-4
  std::string modality;        // asserted, reported, alleged, denied, hypothetical
  std::string text;            // words the sentence contains
  std::size_t limit = 100;
  std::size_t offset = 0;
};

// One event with its counts across documents.
struct StoredEvent {
  std::int64_t id = 0;
  std::string date, source, target, event_code, root_code;
  int quad_class = 0;
  double goldstein = 0;
  int num_mentions = 0, num_articles = 0, num_sources = 0;
  std::string modality;  // of the first mention
  std::string text;      // the first mention's sentence
  std::string doc;       // the first mention's document
};

class Store {
 public:
  // Opens (creating if needed) the SQLite store at `path`. With
  // `read_only`, the file must exist and is never written.
  static Result<std::unique_ptr<Store>> Open(const std::string& path,
                                             bool read_only = false);
  ~Store();

  // Stores a coded document and its events in one transaction.
  Result<IngestResult> Ingest(const Document& doc, const std::vector<Event>& events);

  Result<std::vector<StoredEvent>> Events(const EventQuery& query);

  // Totals: documents, events, mentions.
  Result<std::vector<std::int64_t>> Counts();

  struct Impl;
  // Only Open() makes a Store (the key is private).
  class Key {
    friend class Store;
    Key() = default;
  };
  Store(Key, std::unique_ptr<Impl> impl);

 private:
  std::unique_ptr<Impl> impl_;
};

// A 64-bit content hash of a document's text (FNV-1a), as hex.
std::string ContentHash(std::string_view text);

}  // namespace dyad

#endif  // DYAD_STORE_H_

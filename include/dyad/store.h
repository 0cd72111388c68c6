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
#include <string_view>
#include <utility>
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
  // Keyset paging (for exports): only events after (after_date, after_id) in
  // the (date, id) order; after_date is YYYYMMDD.
  std::int64_t after_date = 0, after_id = 0;
};

// One event with its counts across documents.
struct StoredEvent {
  std::int64_t id = 0;
  std::string date, source, target, event_code, root_code;
  int quad_class = 0;
  double goldstein = 0;
  int num_mentions = 0, num_articles = 0, num_sources = 0;
  std::string modality;                  // of the first mention
  std::string text;                      // the first mention's sentence
  std::string doc;                       // the first mention's document
  std::string source_name, target_name;  // as the first mention wrote them
  std::string url;                       // of the first mention's document
  std::string source_country, source_role, target_country, target_role;
};

// One mention of an event, with where it is in its document.
struct StoredMention {
  std::int64_t id = 0, event = 0;
  std::string event_date;  // YYYY-MM-DD
  std::string doc, outlet, url, doc_date;
  int sentence = 0;
  std::string modality;
  // Byte offsets into the document; -1 when the role has no text.
  std::int64_t source_begin = -1, target_begin = -1, trigger_begin = -1;
  std::string source_name, target_name, trigger_text, rule;
};

// What the aggregate questions (dyad series, actors, network, summary)
// count: event mentions in a period. By default a mention whose event was
// denied ("China denied supplying weapons") or only hypothetical ("demanded
// that Russia withdraw") does not count as the event happening.
struct AggregateScope {
  std::string from, to;  // YYYY-MM-DD; empty: open
  bool all_modalities = false;
};

// One period of a dyad's relation, in one direction.
struct DyadPeriod {
  std::string period;  // "2024-07-11", "2024-W28" or "2024-07"
  std::string source, target;
  int events = 0;
  int quad[4] = {0, 0, 0, 0};  // events per quad class 1-4
  double goldstein_sum = 0;
  double goldstein_mean = 0;
};

// An actor's activity: events it took part in as source and as target.
struct ActorActivity {
  std::string actor;
  int as_source = 0, as_target = 0;
  double goldstein_mean = 0;
};

// A weighted edge between two actors (directed).
struct NetworkEdge {
  std::string source, target;
  int events = 0;
  int cooperation = 0, conflict = 0;  // quad classes 1-2 and 3-4
  double goldstein_mean = 0;
  double goldstein_sum = 0;
};

// An overview of the store over a period.
struct StoreSummary {
  std::int64_t documents = 0;  // dated in the period (all, without one)
  std::int64_t events = 0, mentions = 0;
  std::string first_date, last_date;                            // of the events
  std::vector<NetworkEdge> top_dyads;                           // by mentions
  std::vector<std::pair<std::string, std::int64_t>> top_codes;  // code, mentions
  std::vector<NetworkEdge> most_conflictual;  // lowest Goldstein sum (< 0)
  std::vector<NetworkEdge> most_cooperative;  // highest Goldstein sum (> 0)
};

class Store {
 public:
  // Opens (creating if needed) the SQLite store at `path`. With
  // `read_only`, the file must exist and is never written.
  static Result<std::unique_ptr<Store>> Open(const std::string& path,
                                             bool read_only = false);
  ~Store();

  // Stores a coded document and its events. A document is all or nothing:
  // an error rolls back that document only. `content_hash`: the
  // ContentHash of the text when `doc` does not hold it (a text read and
  // coded in pieces, see ContentHasher); empty: computed from doc.text.
  Result<IngestResult> Ingest(const Document& doc, const std::vector<Event>& events,
                              const std::string& content_hash = "");

  // Documents per transaction (default 1). Batches write far less (one WAL
  // commit per batch) and each document stays all or nothing; an
  // interruption loses at most the open batch, which a rerun completes.
  void SetBatchSize(std::size_t documents);
  // Commits the open batch, if any (the destructor does too, silently).
  Status Commit();

  // A hint: documents with these ids are about to be ingested. PostgreSQL
  // then asks whether they are stored in one round trip instead of one each;
  // SQLite, where the question is cheap, ignores it.
  Status Prefetch(const std::vector<std::string>& doc_ids);

  Result<std::vector<StoredEvent>> Events(const EventQuery& query);

  // Mentions with id > after_id in id order, at most `limit`, whose event
  // falls in the scope's period (all modalities: an export keeps everything).
  Result<std::vector<StoredMention>> Mentions(const AggregateScope& scope,
                                              std::int64_t after_id, std::size_t limit);

  // Every mention of one event (its documents, sentences and offsets), in
  // the order they were stored; empty for an unknown event.
  Result<std::vector<StoredMention>> EventMentions(std::int64_t event);

  // Totals: documents, events, mentions.
  Result<std::vector<std::int64_t>> Counts();

  // The relation between actors `a` and `b` (code prefixes) over time, both
  // directions; `by` is "day", "week" or "month".
  Result<std::vector<DyadPeriod>> DyadSeries(const std::string& a, const std::string& b,
                                             const std::string& by,
                                             const AggregateScope& scope);
  // Actors ranked by the events they took part in.
  Result<std::vector<ActorActivity>> Actors(const AggregateScope& scope,
                                            std::size_t limit);
  // Directed edges between actors with at least `min_events` events.
  Result<std::vector<NetworkEdge>> Network(const AggregateScope& scope, int min_events);
  // Totals, top dyads and codes, and the most conflictual and cooperative
  // relations; each list holds at most `limit` entries.
  Result<StoreSummary> Summary(const AggregateScope& scope, std::size_t limit);

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

// ContentHash of a text that arrives in pieces: Add each in turn.
class ContentHasher {
 public:
  void Add(std::string_view piece);
  std::string Hex() const;  // ContentHash of the pieces added so far

 private:
  std::uint64_t hash_ = 1469598103934665603ULL;
};

}  // namespace dyad

#endif  // DYAD_STORE_H_

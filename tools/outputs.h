// Writes events as JSON Lines (one object per event) or as TSV with a header
// row and GDELT's column names and order where GDELT has the field.
#ifndef DYAD_TOOLS_OUTPUTS_H_
#define DYAD_TOOLS_OUTPUTS_H_

#include <ostream>
#include <string>
#include <vector>

#include "dyad/event.h"
#include "dyad/store.h"

namespace dyad::cli {

enum class OutputFormat { kJsonl, kTsv };

class EventWriter {
 public:
  EventWriter(std::ostream& out, OutputFormat format);
  void Write(const Event& e);
  std::size_t count() const { return count_; }

 private:
  std::ostream& out_;
  OutputFormat format_;
  std::size_t count_ = 0;
  std::string buf_;
};

// The JSON object for one event, without a newline.
std::string EventToJson(const Event& e);

// The store's aggregate answers (query_outputs.cc), in the same formats;
// the network also as GraphML.
void PrintDyadSeries(const std::vector<DyadPeriod>& series, const std::string& format,
                     std::ostream& out);
void PrintActors(const std::vector<ActorActivity>& actors, const std::string& format,
                 std::ostream& out);
void PrintNetwork(const std::vector<NetworkEdge>& edges, const std::string& format,
                  std::ostream& out);
void PrintSummary(const StoreSummary& summary, const std::string& format,
                  std::ostream& out);

// Stored events as an aligned table, CSV, a JSON array or JSON Lines;
// `header`: the CSV header line (off for the later pages of an export).
void PrintStoredEvents(const std::vector<StoredEvent>& events, const std::string& format,
                       std::ostream& out, bool header = true);

// Stored mentions as an aligned table, CSV, a JSON array or JSON Lines;
// `header` as for PrintStoredEvents.
void PrintStoredMentions(const std::vector<StoredMention>& mentions,
                         const std::string& format, std::ostream& out, bool header);

// One row of GDELT 2.0's event table (61 tab-separated columns; what dyad
// does not produce is empty) and of its mentions table (16 columns).
void WriteGdeltEvent(const StoredEvent& e, std::ostream& out);
void WriteGdeltMention(const StoredMention& m, std::ostream& out);

// One event as PLOVER JSON Lines: its CAMEO code's PLOVER event, mode and
// context (cameo/plover.h), actor and recipient, and dyad's own fields.
// Returns false, writing nothing, when PLOVER has no event for the code.
bool WritePloverEvent(const StoredEvent& e, std::ostream& out);

// A CSV cell, quoted when it holds a comma, quote or line break.
std::string CsvCell(const std::string& s);

}  // namespace dyad::cli

#endif  // DYAD_TOOLS_OUTPUTS_H_

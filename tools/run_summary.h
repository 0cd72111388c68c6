// The line that ends every dyad code and dyad ingest run on stderr: what was
// coded, what was left out and why, and how fast.
//
//   dyad code: 12 documents, 340 sentences, 25 events; skipped 3 (2 not
//   English, 1 bad input); 1.23 s, 276 sentences/s
#ifndef DYAD_TOOLS_RUN_SUMMARY_H_
#define DYAD_TOOLS_RUN_SUMMARY_H_

#include <cstddef>
#include <cstdio>
#include <map>
#include <string>

namespace dyad::cli {

struct RunSummary {
  std::size_t documents = 0, sentences = 0, events = 0;
  std::map<std::string, std::size_t> skipped;  // by reason
  std::size_t bad_inputs = 0;                  // reported as errors
  double seconds = 0;
  std::string documents_detail;       // after the documents ("12 new, 0 unchanged")
  std::string events_name = "event";  // "event mention" for ingest

  std::string Line(const std::string& label) const {
    std::string line = label + ": " + std::to_string(documents) + " document" +
                       (documents == 1 ? "" : "s");
    if (!documents_detail.empty()) line += " (" + documents_detail + ")";
    line += ", " + std::to_string(sentences) + " sentence" + (sentences == 1 ? "" : "s") +
            ", " + std::to_string(events) + " " + events_name + (events == 1 ? "" : "s");
    std::size_t total = bad_inputs;
    for (const auto& [why, n] : skipped) total += n;
    line += "; skipped " + std::to_string(total);
    if (total > 0) {
      std::string reasons;
      for (const auto& [why, n] : skipped) {
        if (n == 0) continue;
        reasons += (reasons.empty() ? "" : ", ") + std::to_string(n) + " " + why;
      }
      if (bad_inputs > 0)
        reasons += (reasons.empty() ? "" : ", ") + std::to_string(bad_inputs) +
                   " bad input" + (bad_inputs == 1 ? "" : "s");
      line += " (" + reasons + ")";
    }
    char timing[96];
    std::snprintf(timing, sizeof timing, "; %.2f s, %.0f sentences/s", seconds,
                  seconds > 0 ? static_cast<double>(sentences) / seconds : 0.0);
    return line + timing;
  }
};

}  // namespace dyad::cli

#endif  // DYAD_TOOLS_RUN_SUMMARY_H_

// Progress on stderr for long runs: documents, events, rate and, when the
// input size is known, an ETA. Shown only when stderr is a terminal.
#ifndef DYAD_TOOLS_PROGRESS_H_
#define DYAD_TOOLS_PROGRESS_H_

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cstdio>

namespace dyad::cli {

class Progress {
 public:
  // `label` starts each line ("dyad", "dyad ingest").
  explicit Progress(const char* label) : label_(label) {}

  bool enabled() const { return enabled_; }
  double Elapsed() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_)
        .count();
  }

  // Redraws the line at most twice a second. `done`/`total` are bytes of
  // input; with total 0 (standard input) no ETA is shown.
  void Tick(std::size_t docs, std::size_t events, std::size_t done = 0,
            std::size_t total = 0) {
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (now - last_ < std::chrono::milliseconds(500)) return;
    last_ = now;
    double secs = std::max(Elapsed(), 1e-9);
    std::fprintf(stderr, "\r%s: %zu documents, %zu events, %.0f documents/s", label_,
                 docs, events, docs / secs);
    if (total > 0 && done > 0 && done <= total) {
      double eta = secs * static_cast<double>(total - done) / static_cast<double>(done);
      std::fprintf(stderr, ", %.0f%%, ETA %dm%02ds  ", 100.0 * done / total,
                   static_cast<int>(eta) / 60, static_cast<int>(eta) % 60);
    }
  }

 private:
  const char* label_;
  bool enabled_ = isatty(STDERR_FILENO) != 0;
  std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point last_ = start_;
};

}  // namespace dyad::cli

#endif  // DYAD_TOOLS_PROGRESS_H_

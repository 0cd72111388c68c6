// Codes documents on several threads while the caller reads the next ones
// and a writer thread writes the events out in input order, so that reading
// and writing never hold up the coders (dyad code -j N).
#ifndef DYAD_TOOLS_CODING_PIPELINE_H_
#define DYAD_TOOLS_CODING_PIPELINE_H_

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include "dyad/coder.h"

namespace dyad::cli {

class CodingPipeline {
 public:
  // `write` runs on the writer thread, once per document, in input order,
  // with the document's events and its number of sentences.
  // At most `max_docs` documents or `max_bytes` of text are in flight.
  CodingPipeline(const Coder& coder, int jobs, std::size_t max_docs,
                 std::size_t max_bytes,
                 std::function<void(std::vector<Event>&&, std::size_t)> write);
  ~CodingPipeline();  // drains, then stops the threads
  CodingPipeline(const CodingPipeline&) = delete;
  CodingPipeline& operator=(const CodingPipeline&) = delete;

  // Queues a document; blocks while too much is in flight.
  void Push(Document doc);
  // Waits until every document pushed so far has been written.
  void Drain();

 private:
  void Work();
  void WriteInOrder();
  bool BelowLowWater() const;  // with mu_ held

  // Results the writer is woken for at a time (fewer thread switches).
  static constexpr std::size_t kWriteBatch = 16;

  const Coder& coder_;
  const std::size_t max_docs_, max_bytes_;
  std::function<void(std::vector<Event>&&, std::size_t)> write_;

  std::mutex mu_;
  std::condition_variable work_ready_, result_ready_, space_;
  std::deque<std::pair<std::uint64_t, Document>> todo_;
  struct Result {
    std::vector<Event> events;
    std::size_t bytes = 0;
    std::size_t sentences = 0;
  };
  std::map<std::uint64_t, Result> finished_;
  std::uint64_t next_in_ = 0, next_out_ = 0;
  std::size_t in_flight_ = 0, bytes_in_flight_ = 0;
  bool stopping_ = false;
  bool producer_waiting_ = false, draining_ = false, writer_waiting_ = false;
  std::vector<std::jthread> workers_;
  std::jthread writer_;
};

}  // namespace dyad::cli

#endif  // DYAD_TOOLS_CODING_PIPELINE_H_

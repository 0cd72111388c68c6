#include "coding_pipeline.h"

namespace dyad::cli {

CodingPipeline::CodingPipeline(
    const Coder& coder, int jobs, std::size_t max_docs, std::size_t max_bytes,
    std::function<void(std::vector<Event>&&, std::size_t)> write)
    : coder_(coder),
      max_docs_(max_docs),
      max_bytes_(max_bytes),
      write_(std::move(write)) {
  for (int t = 0; t < jobs; ++t) workers_.emplace_back([this] { Work(); });
  writer_ = std::jthread([this] { WriteInOrder(); });
}

CodingPipeline::~CodingPipeline() {
  Drain();
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  work_ready_.notify_all();
  result_ready_.notify_all();
  // The jthreads join here, workers first.
}

void CodingPipeline::Push(Document doc) {
  std::unique_lock lock(mu_);
  // One document larger than the byte budget still goes, alone.
  space_.wait(lock, [&] {
    return in_flight_ == 0 || (in_flight_ < max_docs_ && bytes_in_flight_ < max_bytes_);
  });
  ++in_flight_;
  bytes_in_flight_ += doc.text.size();
  todo_.emplace_back(next_in_++, std::move(doc));
  lock.unlock();
  work_ready_.notify_one();
}

void CodingPipeline::Drain() {
  std::unique_lock lock(mu_);
  space_.wait(lock, [&] { return in_flight_ == 0; });
}

void CodingPipeline::Work() {
  for (;;) {
    std::unique_lock lock(mu_);
    work_ready_.wait(lock, [&] { return stopping_ || !todo_.empty(); });
    if (todo_.empty()) return;  // stopping
    auto [seq, doc] = std::move(todo_.front());
    todo_.pop_front();
    lock.unlock();
    Result r;
    r.bytes = doc.text.size();
    r.events = coder_.Code(doc, &r.sentences);
    lock.lock();
    finished_.emplace(seq, std::move(r));
    const bool next = seq == next_out_;
    lock.unlock();
    if (next) result_ready_.notify_one();
  }
}

void CodingPipeline::WriteInOrder() {
  for (;;) {
    std::unique_lock lock(mu_);
    result_ready_.wait(lock, [&] {
      return (stopping_ && in_flight_ == 0) ||
             (!finished_.empty() && finished_.begin()->first == next_out_);
    });
    if (finished_.empty() || finished_.begin()->first != next_out_) return;  // stopping
    Result r = std::move(finished_.begin()->second);
    finished_.erase(finished_.begin());
    lock.unlock();
    write_(std::move(r.events), r.sentences);
    lock.lock();
    ++next_out_;
    --in_flight_;
    bytes_in_flight_ -= r.bytes;
    const bool more = !finished_.empty() && finished_.begin()->first == next_out_;
    lock.unlock();
    space_.notify_all();
    if (more) result_ready_.notify_one();
  }
}

}  // namespace dyad::cli

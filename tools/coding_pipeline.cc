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
  // One document larger than the byte budget still goes, alone. Once full,
  // wait until half is written: waking for every written document would
  // switch threads twice per document.
  if (in_flight_ >= max_docs_ || bytes_in_flight_ >= max_bytes_) {
    producer_waiting_ = true;
    space_.wait(lock, [&] { return BelowLowWater(); });
    producer_waiting_ = false;
  }
  ++in_flight_;
  bytes_in_flight_ += doc.text.size();
  todo_.emplace_back(next_in_++, std::move(doc));
  lock.unlock();
  work_ready_.notify_one();
}

void CodingPipeline::Drain() {
  std::unique_lock lock(mu_);
  producer_waiting_ = true;
  draining_ = true;
  space_.wait(lock, [&] { return in_flight_ == 0; });
  draining_ = false;
  producer_waiting_ = false;
}

bool CodingPipeline::BelowLowWater() const {
  return in_flight_ <= max_docs_ / 2 && bytes_in_flight_ <= max_bytes_ / 2;
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
    // Wake the writer for a batch of results, or when no more work is queued
    // (end of input, or a reader slower than the coders).
    const bool wake = writer_waiting_ && finished_.begin()->first == next_out_ &&
                      (finished_.size() >= kWriteBatch || todo_.empty());
    lock.unlock();
    if (wake) result_ready_.notify_one();
  }
}

void CodingPipeline::WriteInOrder() {
  for (;;) {
    std::unique_lock lock(mu_);
    writer_waiting_ = true;
    result_ready_.wait(lock, [&] {
      return (stopping_ && in_flight_ == 0) ||
             (!finished_.empty() && finished_.begin()->first == next_out_);
    });
    writer_waiting_ = false;
    if (finished_.empty() || finished_.begin()->first != next_out_) return;  // stopping
    Result r = std::move(finished_.begin()->second);
    finished_.erase(finished_.begin());
    lock.unlock();
    write_(std::move(r.events), r.sentences);
    lock.lock();
    ++next_out_;
    --in_flight_;
    bytes_in_flight_ -= r.bytes;
    const bool wake_producer =
        producer_waiting_ && (draining_ ? in_flight_ == 0 : BelowLowWater());
    lock.unlock();
    if (wake_producer) space_.notify_all();
  }
}

}  // namespace dyad::cli

#include "code_stream.h"

#include <utility>

#include "conversions.h"
#include "piecewise_coding.h"

namespace py = pybind11;

namespace dyad::python {

CodingThreads::CodingThreads(int jobs) {
  if (jobs <= 1) return;
  for (int i = 0; i < jobs; ++i)
    threads_.emplace_back([this] {
      for (;;) {
        std::unique_lock lock(mu_);
        ready_.wait(lock, [&] { return stopping_ || !tasks_.empty(); });
        if (tasks_.empty()) return;  // stopping
        auto task = std::move(tasks_.front());
        tasks_.pop_front();
        lock.unlock();
        task();
      }
    });
}

CodingThreads::~CodingThreads() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  ready_.notify_all();
  py::gil_scoped_release release;  // the tasks never take the GIL
  for (auto& t : threads_) t.join();
}

std::future<std::vector<Event>> CodingThreads::Submit(
    std::function<std::vector<Event>()> task) {
  if (threads_.empty()) return std::async(std::launch::deferred, std::move(task));
  std::packaged_task<std::vector<Event>()> packaged(std::move(task));
  auto result = packaged.get_future();
  {
    std::lock_guard lock(mu_);
    tasks_.push_back(std::move(packaged));
  }
  ready_.notify_one();
  return result;
}

CodeStream::CodeStream(std::shared_ptr<const Coder> coder, py::iterator articles,
                       int jobs)
    : coder_(std::move(coder)),
      articles_(std::move(articles)),
      window_(4 * static_cast<std::size_t>(jobs < 1 ? 1 : jobs)),
      threads_(jobs) {}

void CodeStream::ReadAhead() {
  while (!exhausted_ && pending_.size() < window_) {
    if (articles_ == py::iterator::sentinel()) {
      exhausted_ = true;
      break;
    }
    py::handle article = *articles_;
    Pending p;
    try {
      auto doc = std::make_shared<Document>(ArticleToDocument(article, index_));
      const Coder* coder = coder_.get();
      p.events =
          threads_.Submit([coder, doc] { return cli::CodeDocument(*coder, *doc); });
    } catch (const py::value_error& e) {
      p.error = e.what();
    }
    ++index_;
    ++articles_;
    pending_.push_back(std::move(p));
  }
}

py::dict CodeStream::Next() {
  while (next_event_ == current_.size()) {
    ReadAhead();
    if (pending_.empty()) throw py::stop_iteration();
    Pending p = std::move(pending_.front());
    pending_.pop_front();
    if (!p.error.empty()) throw py::value_error(p.error);
    {
      py::gil_scoped_release release;
      current_ = p.events.get();
    }
    next_event_ = 0;
  }
  return EventToDict(current_[next_event_++]);
}

}  // namespace dyad::python

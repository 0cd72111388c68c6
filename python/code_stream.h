// The iterator behind Coder.code_many(): pulls articles from a Python
// iterable, codes them on `jobs` threads without the GIL, and hands their
// events back one at a time in input order.
//
// At most 4 × jobs articles are read ahead, so memory does not grow with the
// input. An article that cannot be coded (invalid UTF-8, a bad date) raises
// ValueError when its turn comes, after the events of the articles before it.
#ifndef DYAD_PYTHON_CODE_STREAM_H_
#define DYAD_PYTHON_CODE_STREAM_H_

#include <pybind11/pybind11.h>

#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "dyad/coder.h"

namespace dyad::python {

// A fixed set of threads that run tasks in submission order; with one job
// or fewer, tasks run when their result is asked for, on the asking thread.
class CodingThreads {
 public:
  explicit CodingThreads(int jobs);
  ~CodingThreads();  // finishes the queued tasks
  CodingThreads(const CodingThreads&) = delete;
  CodingThreads& operator=(const CodingThreads&) = delete;

  std::future<std::vector<Event>> Submit(std::function<std::vector<Event>()> task);

 private:
  std::mutex mu_;
  std::condition_variable ready_;
  std::deque<std::packaged_task<std::vector<Event>()>> tasks_;
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

class CodeStream {
 public:
  CodeStream(std::shared_ptr<const Coder> coder, pybind11::iterator articles, int jobs);

  // The next event as a dict; raises StopIteration at the end.
  pybind11::dict Next();

 private:
  struct Pending {
    std::future<std::vector<Event>> events;
    std::string error;  // the ValueError to raise instead, when not empty
  };
  void ReadAhead();

  std::shared_ptr<const Coder> coder_;
  pybind11::iterator articles_;
  std::size_t index_ = 0, window_;
  bool exhausted_ = false;
  std::deque<Pending> pending_;
  std::vector<Event> current_;
  std::size_t next_event_ = 0;
  CodingThreads threads_;  // last: joined before the rest is destroyed
};

}  // namespace dyad::python

#endif  // DYAD_PYTHON_CODE_STREAM_H_

// Status and Result: how every fallible dyad call reports failure.
//
// A Status is either OK or carries a code and a message that says where the
// problem is ("data/verbs.dyad:41: unknown CAMEO code \"9x1\""). Result<T>
// holds either a value or a non-OK Status. Both are plain values, cheap to
// move, and safe to use from any thread.
#ifndef DYAD_STATUS_H_
#define DYAD_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <utility>

namespace dyad {

class Status {
 public:
  enum class Code { kOk, kInvalidArgument, kNotFound, kIOError, kCorruption };

  Status() = default;
  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg) {
    return Status(Code::kInvalidArgument, std::move(msg));
  }
  static Status NotFound(std::string msg) {
    return Status(Code::kNotFound, std::move(msg));
  }
  static Status IOError(std::string msg) {
    return Status(Code::kIOError, std::move(msg));
  }
  // Input that is not what it claims to be: invalid UTF-8, binary data.
  static Status Corruption(std::string msg) {
    return Status(Code::kCorruption, std::move(msg));
  }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }
  std::string ToString() const { return ok() ? std::string("OK") : message_; }

 private:
  Status(Code code, std::string msg) : code_(code), message_(std::move(msg)) {}

  Code code_ = Code::kOk;
  std::string message_;
};

template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}         // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT
    assert(!status_.ok());
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() & { return *value_; }
  const T& operator*() const& { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace dyad

// Passes a non-OK Status up to the caller.
#define DYAD_RETURN_IF_ERROR(expr)               \
  do {                                           \
    ::dyad::Status dyad_status_ = (expr);        \
    if (!dyad_status_.ok()) return dyad_status_; \
  } while (0)

#endif  // DYAD_STATUS_H_

// Status and StatusOr<T>: errors are values in the library.
//
// Every library function that can fail on untrusted input returns a Status (or a StatusOr<T> holding
// either a value or a non-OK Status). The library never calls exit() and never lets an exception
// escape; the command line turns a Status into a message and an exit code.
#ifndef CORROBORATE_STATUS_H_
#define CORROBORATE_STATUS_H_

#include <optional>
#include <string>
#include <utility>

namespace corroborate {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller passed something malformed (a bad flag, a bad date)
  kNotFound,         // a path or record that does not exist
  kIoError,          // the operating system refused a read or write
  kCorrupt,          // the input is damaged: truncated gzip, a WARC with a lying length, bad JSON
  kUnsupported,      // a format or encoding the project does not read (binary, unknown extension)
  kTooLarge,         // the input exceeds a documented bound
  kEmpty,            // the input holds nothing to work on
  kInternal,         // a bug: an invariant did not hold
};

class Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
  static Status Corrupt(std::string m) { return {StatusCode::kCorrupt, std::move(m)}; }
  static Status Unsupported(std::string m) { return {StatusCode::kUnsupported, std::move(m)}; }
  static Status TooLarge(std::string m) { return {StatusCode::kTooLarge, std::move(m)}; }
  static Status Empty(std::string m) { return {StatusCode::kEmpty, std::move(m)}; }
  static Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "OK", or "<code name>: <message>".
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

const char* StatusCodeName(StatusCode code);

// Either a T or a non-OK Status. Reading value() of a non-OK StatusOr is a bug.
template <typename T>
class StatusOr {
 public:
  StatusOr(Status status) : status_(std::move(status)) {  // NOLINT: implicit by design
    if (status_.ok()) status_ = Status::Internal("StatusOr constructed from an OK status without a value");
  }
  StatusOr(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  const T& value() const& { return *value_; }
  T& value() & { return *value_; }
  T&& value() && { return std::move(*value_); }
  const T& operator*() const& { return *value_; }
  T& operator*() & { return *value_; }
  const T* operator->() const { return &*value_; }
  T* operator->() { return &*value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

}  // namespace corroborate

#endif  // CORROBORATE_STATUS_H_

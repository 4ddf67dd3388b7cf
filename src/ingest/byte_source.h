// Byte sources for ingest: a file, a memory buffer, or a gzip stream (possibly many members) over
// another source, read in bounded chunks so no input is ever loaded whole; and a BufferedReader on
// top that reads lines with a length bound and exact-length blocks. Internal to the ingest stage
// (the fuzzers use it to parse from memory).
#ifndef CORROBORATE_INGEST_BYTE_SOURCE_H_
#define CORROBORATE_INGEST_BYTE_SOURCE_H_

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "corroborate/status.h"

namespace corroborate::ingest {

// A forward-only stream of bytes.
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to `n` bytes into `buf`; returns the number read, 0 only at the end of the stream.
  virtual StatusOr<size_t> Read(char* buf, size_t n) = 0;
};

class MemorySource : public ByteSource {
 public:
  explicit MemorySource(std::string_view data) : data_(data) {}
  StatusOr<size_t> Read(char* buf, size_t n) override;

 private:
  std::string_view data_;
  size_t pos_ = 0;
};

class FileSource : public ByteSource {
 public:
  // Opens `path` for reading; check status() before use.
  explicit FileSource(const std::string& path);
  ~FileSource() override;
  FileSource(const FileSource&) = delete;
  FileSource& operator=(const FileSource&) = delete;
  const Status& status() const { return status_; }
  StatusOr<size_t> Read(char* buf, size_t n) override;

 private:
  std::FILE* file_ = nullptr;
  Status status_;
};

// Inflates a gzip stream of one or more concatenated members (RFC 1952; WARC.gz files are one member
// per record). A stream that ends inside a member is Corrupt ("truncated gzip"). More than
// `max_output` decompressed bytes, or a compression ratio above `max_ratio` once past 64 MiB of
// output, is TooLarge: a decompression bomb is stopped, not followed.
class GzipSource : public ByteSource {
 public:
  GzipSource(ByteSource* inner, uint64_t max_output, uint64_t max_ratio);
  ~GzipSource() override;
  GzipSource(const GzipSource&) = delete;
  GzipSource& operator=(const GzipSource&) = delete;
  StatusOr<size_t> Read(char* buf, size_t n) override;
  uint64_t total_in() const { return total_in_; }
  uint64_t total_out() const { return total_out_; }

 private:
  struct State;
  ByteSource* inner_;
  std::unique_ptr<State> state_;
  uint64_t max_output_;
  uint64_t max_ratio_;
  uint64_t total_in_ = 0;
  uint64_t total_out_ = 0;
  Status error_;
  bool done_ = false;
};

// Lets the rest of a BufferedReader (after a Peek, say) be read as a ByteSource.
class ReaderSource;

// Buffered reading with bounds. Offsets count bytes consumed from the underlying source.
class BufferedReader {
 public:
  explicit BufferedReader(ByteSource* source) : source_(source) {}

  enum class LineResult { kLine, kTooLong, kEnd };
  // Reads the next line (without its '\n' and any trailing '\r') into `line`. A line longer than
  // `max_len` is consumed entirely but not kept: kTooLong, `line` empty. At the end: kEnd. An I/O or
  // decompression error is returned as a Status.
  StatusOr<LineResult> ReadLine(size_t max_len, std::string* line);
  // Appends exactly `n` bytes to `out`; returns the number actually appended (< n at the end).
  StatusOr<size_t> ReadExact(size_t n, std::string* out);
  // Copies up to `n` buffered or newly read bytes into `buf`; 0 only at the end.
  StatusOr<size_t> ReadSome(char* buf, size_t n);
  // Skips `n` bytes; returns the number actually skipped.
  StatusOr<size_t> Skip(size_t n);
  // Peeks up to `n` bytes without consuming them (fewer at the end).
  StatusOr<std::string_view> Peek(size_t n);
  uint64_t offset() const { return offset_; }

 private:
  // Ensures at least one unread byte in the buffer unless at the end; returns false at the end.
  StatusOr<bool> Fill();
  ByteSource* source_;
  std::string buf_;
  size_t pos_ = 0;
  bool eof_ = false;
  uint64_t offset_ = 0;
};

class ReaderSource : public ByteSource {
 public:
  explicit ReaderSource(BufferedReader* reader) : reader_(reader) {}
  StatusOr<size_t> Read(char* buf, size_t n) override { return reader_->ReadSome(buf, n); }

 private:
  BufferedReader* reader_;
};

}  // namespace corroborate::ingest

#endif  // CORROBORATE_INGEST_BYTE_SOURCE_H_

#include "ingest/byte_source.h"

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace corroborate::ingest {

namespace {
constexpr size_t kChunk = 64 * 1024;
constexpr uint64_t kRatioCheckAfter = uint64_t{64} << 20;
}  // namespace

StatusOr<size_t> MemorySource::Read(char* buf, size_t n) {
  size_t k = std::min(n, data_.size() - pos_);
  if (k) std::memcpy(buf, data_.data() + pos_, k);
  pos_ += k;
  return k;
}

FileSource::FileSource(const std::string& path) {
  file_ = std::fopen(path.c_str(), "rb");
  if (!file_) status_ = Status::IoError(std::string("cannot open: ") + std::strerror(errno));
}

FileSource::~FileSource() {
  if (file_) std::fclose(file_);
}

StatusOr<size_t> FileSource::Read(char* buf, size_t n) {
  if (!file_) return status_;
  size_t k = std::fread(buf, 1, n, file_);
  if (k == 0 && std::ferror(file_)) return Status::IoError(std::string("read failed: ") + std::strerror(errno));
  return k;
}

struct GzipSource::State {
  z_stream zs{};
  bool initialized = false;
  bool in_member = false;  // inside a member that has not ended yet
  int members = 0;
  std::string in;
};

GzipSource::GzipSource(ByteSource* inner, uint64_t max_output, uint64_t max_ratio)
    : inner_(inner), state_(std::make_unique<State>()), max_output_(max_output), max_ratio_(max_ratio) {
  state_->in.resize(kChunk);
  // 16 + MAX_WBITS: gzip wrapper only.
  if (inflateInit2(&state_->zs, 16 + MAX_WBITS) != Z_OK) {
    error_ = Status::Internal("zlib inflateInit2 failed");
  } else {
    state_->initialized = true;
  }
}

GzipSource::~GzipSource() {
  if (state_->initialized) inflateEnd(&state_->zs);
}

StatusOr<size_t> GzipSource::Read(char* buf, size_t n) {
  if (!error_.ok()) return error_;
  if (done_ || n == 0) return size_t{0};
  z_stream& zs = state_->zs;
  while (true) {
    if (zs.avail_in == 0) {
      auto got = inner_->Read(state_->in.data(), state_->in.size());
      if (!got.ok()) return error_ = got.status();
      if (*got == 0) {
        if (state_->in_member) {
          return error_ = Status::Corrupt("truncated gzip: the file ends inside compressed member " +
                                          std::to_string(state_->members + 1));
        }
        done_ = true;
        return size_t{0};
      }
      zs.next_in = reinterpret_cast<Bytef*>(state_->in.data());
      zs.avail_in = static_cast<uInt>(*got);
    }
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = static_cast<uInt>(std::min<size_t>(n, 1u << 30));
    uInt in_before = zs.avail_in;
    uInt out_before = zs.avail_out;
    state_->in_member = true;
    int ret = inflate(&zs, Z_NO_FLUSH);
    total_in_ += in_before - zs.avail_in;
    size_t produced = out_before - zs.avail_out;
    total_out_ += produced;
    if (ret == Z_STREAM_END) {
      state_->in_member = false;
      ++state_->members;
      inflateReset(&zs);
    } else if (ret == Z_DATA_ERROR || ret == Z_NEED_DICT || ret == Z_STREAM_ERROR) {
      std::string msg = zs.msg ? zs.msg : "invalid data";
      if (state_->members > 0 && in_before - zs.avail_in <= 10 && produced == 0) {
        return error_ = Status::Corrupt("bad gzip data after member " + std::to_string(state_->members) +
                                        ": " + msg);
      }
      return error_ = Status::Corrupt("corrupt gzip data in member " + std::to_string(state_->members + 1) +
                                      ": " + msg);
    } else if (ret == Z_MEM_ERROR) {
      return error_ = Status::Internal("zlib out of memory");
    }
    // Z_OK or Z_BUF_ERROR (needs more input): loop unless we produced something.
    if (total_out_ > max_output_) {
      return error_ = Status::TooLarge("more than " + std::to_string(max_output_) +
                                      " decompressed bytes (limit max_total_bytes)");
    }
    if (total_out_ > kRatioCheckAfter && total_out_ / std::max<uint64_t>(total_in_, 1) > max_ratio_) {
      return error_ = Status::TooLarge("decompression bomb: " + std::to_string(total_out_) + " bytes from " +
                                      std::to_string(total_in_) + " compressed (ratio above " +
                                      std::to_string(max_ratio_) + ")");
    }
    if (produced > 0) return produced;
  }
}

StatusOr<bool> BufferedReader::Fill() {
  if (pos_ < buf_.size()) return true;
  if (eof_) return false;
  buf_.resize(kChunk);
  pos_ = 0;
  auto got = source_->Read(buf_.data(), buf_.size());
  if (!got.ok()) {
    buf_.clear();
    return got.status();
  }
  buf_.resize(*got);
  if (*got == 0) {
    eof_ = true;
    return false;
  }
  return true;
}

StatusOr<BufferedReader::LineResult> BufferedReader::ReadLine(size_t max_len, std::string* line) {
  line->clear();
  bool too_long = false;
  bool any = false;
  while (true) {
    auto more = Fill();
    if (!more.ok()) return more.status();
    if (!*more) break;
    any = true;
    const char* begin = buf_.data() + pos_;
    size_t avail = buf_.size() - pos_;
    const void* nl = std::memchr(begin, '\n', avail);
    size_t take = nl ? static_cast<size_t>(static_cast<const char*>(nl) - begin) : avail;
    if (!too_long) {
      if (line->size() + take > max_len + 1) {  // +1: room for a '\r' dropped below
        too_long = true;
        line->clear();
        line->shrink_to_fit();
      } else {
        line->append(begin, take);
      }
    }
    pos_ += take;
    offset_ += take;
    if (nl) {
      ++pos_;
      ++offset_;
      break;
    }
  }
  if (!any) return LineResult::kEnd;
  if (too_long) return LineResult::kTooLong;
  if (!line->empty() && line->back() == '\r') line->pop_back();
  if (line->size() > max_len) {
    line->clear();
    return LineResult::kTooLong;
  }
  return LineResult::kLine;
}

StatusOr<size_t> BufferedReader::ReadExact(size_t n, std::string* out) {
  size_t done = 0;
  while (done < n) {
    auto more = Fill();
    if (!more.ok()) return more.status();
    if (!*more) break;
    size_t take = std::min(n - done, buf_.size() - pos_);
    out->append(buf_.data() + pos_, take);
    pos_ += take;
    offset_ += take;
    done += take;
  }
  return done;
}

StatusOr<size_t> BufferedReader::ReadSome(char* buf, size_t n) {
  auto more = Fill();
  if (!more.ok()) return more.status();
  if (!*more || n == 0) return size_t{0};
  size_t take = std::min(n, buf_.size() - pos_);
  std::memcpy(buf, buf_.data() + pos_, take);
  pos_ += take;
  offset_ += take;
  return take;
}

StatusOr<size_t> BufferedReader::Skip(size_t n) {
  size_t done = 0;
  while (done < n) {
    auto more = Fill();
    if (!more.ok()) return more.status();
    if (!*more) break;
    size_t take = std::min(n - done, buf_.size() - pos_);
    pos_ += take;
    offset_ += take;
    done += take;
  }
  return done;
}

StatusOr<std::string_view> BufferedReader::Peek(size_t n) {
  if (buf_.size() - pos_ < n && !eof_) {
    // Compact, then read until `n` bytes are buffered or the source ends.
    buf_.erase(0, pos_);
    pos_ = 0;
    while (buf_.size() < n) {
      size_t old = buf_.size();
      buf_.resize(old + kChunk);
      auto got = source_->Read(buf_.data() + old, kChunk);
      if (!got.ok()) {
        buf_.resize(old);
        return got.status();
      }
      buf_.resize(old + *got);
      if (*got == 0) {
        eof_ = true;
        break;
      }
    }
  }
  return std::string_view(buf_).substr(pos_, std::min(n, buf_.size() - pos_));
}

}  // namespace corroborate::ingest

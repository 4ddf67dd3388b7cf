// Little-endian byte writer and bounds-checked reader for the syntax model file.
#ifndef CORROBORATE_SYNTAX_MODEL_IO_H_
#define CORROBORATE_SYNTAX_MODEL_IO_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace corroborate::syntax {

class ByteWriter {
 public:
  void Varint(uint64_t v) {
    while (v >= 0x80) {
      out_.push_back(static_cast<char>((v & 0x7f) | 0x80));
      v >>= 7;
    }
    out_.push_back(static_cast<char>(v));
  }
  void Signed(int64_t v) { Varint((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63)); }
  void Float(float f) {
    uint32_t u;
    std::memcpy(&u, &f, 4);
    for (int i = 0; i < 4; ++i) out_.push_back(static_cast<char>((u >> (8 * i)) & 0xff));
  }
  void String(std::string_view s) {
    Varint(s.size());
    out_.append(s);
  }
  const std::string& bytes() const { return out_; }

 private:
  std::string out_;
};

// Every read returns false once the input is exhausted or malformed; the reader then stays failed.
class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}
  bool Varint(uint64_t* v) {
    *v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= in_.size()) return Fail();
      const auto b = static_cast<unsigned char>(in_[pos_++]);
      *v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) return true;
    }
    return Fail();
  }
  bool Signed(int64_t* v) {
    uint64_t u;
    if (!Varint(&u)) return false;
    *v = static_cast<int64_t>((u >> 1) ^ (~(u & 1) + 1));
    return true;
  }
  bool Float(float* f) {
    if (in_.size() - pos_ < 4) return Fail();
    uint32_t u = 0;
    for (int i = 0; i < 4; ++i) u |= static_cast<uint32_t>(static_cast<unsigned char>(in_[pos_ + i])) << (8 * i);
    pos_ += 4;
    std::memcpy(f, &u, 4);
    return true;
  }
  bool String(std::string* s) {
    uint64_t n;
    if (!Varint(&n) || n > in_.size() - pos_) return Fail();
    s->assign(in_.substr(pos_, n));
    pos_ += n;
    return true;
  }
  // A count that cannot exceed the bytes left (each element takes at least one byte).
  bool Count(uint64_t* n) { return Varint(n) && (*n <= in_.size() - pos_ || Fail()); }
  bool ok() const { return ok_; }
  bool done() const { return pos_ == in_.size(); }

 private:
  bool Fail() {
    ok_ = false;
    pos_ = in_.size();
    return false;
  }
  std::string_view in_;
  size_t pos_ = 0;
  bool ok_ = true;
};

}  // namespace corroborate::syntax

#endif  // CORROBORATE_SYNTAX_MODEL_IO_H_

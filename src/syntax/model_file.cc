#include "syntax/model_file.h"

#include <zlib.h>

extern "C" {
extern const char corroborate_syntax_model_begin[];
extern const char corroborate_syntax_model_end[];
}

namespace corroborate::syntax {
namespace {

constexpr std::string_view kMagic = "CBSYN01\n";
constexpr uint64_t kMaxModelBytes = 512ULL << 20;

}  // namespace

std::string WriteModel(const ModelParts& parts) {
  ByteWriter w;
  parts.tagger.Write(&w);
  parts.xtagger.Write(&w);
  w.Varint(parts.parser_tags);
  parts.parser.Write(&w);
  parts.lemmatizer.Write(&w);
  const std::string& raw = w.bytes();
  uLongf size = compressBound(raw.size());
  std::string out(kMagic);
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((static_cast<uint64_t>(raw.size()) >> (8 * i)) & 0xff));
  std::string z(size, '\0');
  compress2(reinterpret_cast<Bytef*>(z.data()), &size, reinterpret_cast<const Bytef*>(raw.data()), raw.size(), 9);
  z.resize(size);
  return out + z;
}

StatusOr<ModelParts> ReadModel(std::string_view file_bytes) {
  if (file_bytes.size() < kMagic.size() + 8 || file_bytes.substr(0, kMagic.size()) != kMagic) {
    return Status::Corrupt("not a syntax model (bad magic)");
  }
  uint64_t n = 0;
  for (int i = 0; i < 8; ++i) n |= static_cast<uint64_t>(static_cast<unsigned char>(file_bytes[kMagic.size() + i])) << (8 * i);
  if (n > kMaxModelBytes) return Status::Corrupt("syntax model too large");
  std::string raw(n, '\0');
  uLongf size = n;
  const std::string_view z = file_bytes.substr(kMagic.size() + 8);
  if (uncompress(reinterpret_cast<Bytef*>(raw.data()), &size, reinterpret_cast<const Bytef*>(z.data()), z.size()) != Z_OK ||
      size != n) {
    return Status::Corrupt("syntax model: bad zlib stream");
  }
  ByteReader r(raw);
  ModelParts parts;
  uint64_t mode = 0;
  if (!parts.tagger.Read(&r) || !parts.xtagger.Read(&r) || !r.Varint(&mode) || mode > 2 || !parts.parser.Read(&r) || !parts.lemmatizer.Read(&r) || !r.done()) {
    return Status::Corrupt("syntax model: malformed tables");
  }
  parts.parser_tags = static_cast<int>(mode);
  return parts;
}

std::string_view EmbeddedModel() {
  return std::string_view(corroborate_syntax_model_begin,
                          static_cast<size_t>(corroborate_syntax_model_end - corroborate_syntax_model_begin));
}

}  // namespace corroborate::syntax

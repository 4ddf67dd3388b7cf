#include "ingest/sniff.h"

#include <cstdint>
#include <vector>

#include "common/data_tables.h"

namespace corroborate::ingest {

namespace {

struct Magic {
  size_t offset;
  std::string bytes;
  std::string description;
};

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

const std::vector<Magic>& Magics() {
  static const std::vector<Magic> magics = [] {
    std::vector<Magic> out;
    for (const auto& row : DataTable("ingest_binary_magic.tsv")) {
      if (row.size() < 3) continue;
      Magic m;
      m.offset = 0;
      for (char c : row[0]) {
        if (c < '0' || c > '9') break;
        m.offset = m.offset * 10 + static_cast<size_t>(c - '0');
      }
      std::string_view hex = row[1];
      bool ok = hex.size() % 2 == 0 && !hex.empty();
      for (size_t i = 0; ok && i < hex.size(); i += 2) {
        int hi = HexValue(hex[i]), lo = HexValue(hex[i + 1]);
        if (hi < 0 || lo < 0) ok = false;
        else m.bytes.push_back(static_cast<char>(hi * 16 + lo));
      }
      if (!ok) continue;
      m.description = std::string(row[2]);
      out.push_back(std::move(m));
    }
    return out;
  }();
  return magics;
}

bool HasUnicodeBom16or32(std::string_view s) {
  auto b = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  if (s.size() >= 2 && ((b(0) == 0xFF && b(1) == 0xFE) || (b(0) == 0xFE && b(1) == 0xFF))) return true;
  if (s.size() >= 4 && b(0) == 0 && b(1) == 0 && b(2) == 0xFE && b(3) == 0xFF) return true;
  return false;
}

}  // namespace

std::optional<std::string> SniffBinary(std::string_view head, bool check_magic_only) {
  for (const Magic& m : Magics()) {
    if (head.size() >= m.offset + m.bytes.size() && head.substr(m.offset, m.bytes.size()) == m.bytes) {
      return m.description;
    }
  }
  if (check_magic_only || HasUnicodeBom16or32(head)) return std::nullopt;
  std::string_view sample = head.substr(0, 8192);
  size_t control = 0;
  for (char ch : sample) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == 0) return std::string("contains NUL bytes");
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B) ++control;
  }
  if (sample.size() >= 32 && control * 10 > sample.size()) return std::string("mostly control bytes");
  return std::nullopt;
}

std::string BinaryFileMessage(const std::string& what) {
  if (what.rfind("contains", 0) == 0 || what.rfind("mostly", 0) == 0) return "binary file (" + what + "), not text";
  return "binary file (looks like " + what + "), not text";
}

}  // namespace corroborate::ingest

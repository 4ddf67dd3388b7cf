// Fuzzes the JSON Lines reader from memory (small bounds so long lines are exercised too).
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  corroborate::IngestOptions options;
  options.max_document_bytes = 4096;
  options.max_total_bytes = 1 << 20;
  size_t docs = 0;
  (void)corroborate::ingest::ReadJsonlFromMemory(
      std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.jsonl", options,
      [&docs](corroborate::RawDocument doc) { docs += doc.bytes.empty() ? 0 : 1; },
      [](const corroborate::InputError&) {});
  return 0;
}

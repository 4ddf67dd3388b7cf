// Fuzzes the WARC reader from memory: plain WARC, or .warc.gz when the input starts with the gzip
// magic bytes. Small bounds keep each run short.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "ingest/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  corroborate::IngestOptions options;
  options.max_document_bytes = 1 << 16;
  options.max_total_bytes = 1 << 22;
  size_t bytes = 0;
  (void)corroborate::ingest::ReadWarcFromMemory(
      std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.warc", options,
      [&bytes](corroborate::RawDocument doc) { bytes += doc.bytes.size(); },
      [](const corroborate::InputError&) {});
  return 0;
}

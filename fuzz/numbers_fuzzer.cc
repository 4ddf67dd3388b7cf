// Fuzzes the quantity scanner: spans in order, inside the text, not overlapping; bounds ordered.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "corroborate/numbers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  size_t prev = 0;
  for (const corroborate::Quantity& q : corroborate::FindQuantities(text)) {
    if (q.start < prev || q.end < q.start || q.end > text.size()) std::abort();
    if (q.number_start < q.start || q.number_end > q.end) std::abort();
    if (q.low && q.high && *q.low > *q.high) std::abort();
    prev = q.end;
  }
  return 0;
}

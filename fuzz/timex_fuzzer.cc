// Fuzzes the time-expression scanner and ParseDateString: spans in order and inside the text; every
// day it resolves is a valid calendar day with first <= last.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "corroborate/timex.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::optional<corroborate::Date> dct = corroborate::Date{2016, 12, 1};
  size_t prev = 0;
  for (const corroborate::Timex& t : corroborate::FindTimexes(text, dct)) {
    if (t.start < prev || t.end <= t.start || t.end > text.size()) std::abort();
    if (t.first_day && !t.first_day->valid()) std::abort();
    if (t.last_day && !t.last_day->valid()) std::abort();
    if (t.first_day && t.last_day && *t.last_day < *t.first_day) std::abort();
    prev = t.end;
  }
  if (auto d = corroborate::ParseDateString(text); d && !d->valid()) std::abort();
  return 0;
}

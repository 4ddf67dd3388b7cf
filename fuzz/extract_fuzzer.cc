// Fuzzes the claims extractor (sentence splitting, numbers, times, places, claimants on any text):
// evidence spans inside the text, ids and parents consistent, intervals ordered.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <set>
#include <string>

#include "corroborate/extract.h"
#include "corroborate/segment.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  corroborate::Article a;
  a.id = "a1";
  a.text.assign(reinterpret_cast<const char*>(data), size);
  a.published = corroborate::Date{2016, 12, 1};
  size_t prev = 0;
  for (const corroborate::Span& s : corroborate::SplitSentences(a.text)) {
    if (s.start < prev || s.end < s.start || s.end > a.text.size()) std::abort();
    prev = s.end;
  }
  std::set<std::string> ids;
  for (const corroborate::Claim& c : corroborate::ExtractClaims(a, {})) {
    if (c.end < c.start || c.end > a.text.size()) std::abort();
    if (c.value_low && c.value_high && *c.value_low > *c.value_high) std::abort();
    if (c.parent && !ids.count(*c.parent)) std::abort();
    ids.insert(c.id);
  }
  return 0;
}

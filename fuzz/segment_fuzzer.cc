// Fuzzes the sentence splitter on any bytes: spans in order, inside the text, non-empty, not
// overlapping, and never starting or ending in whitespace.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "corroborate/segment.h"

namespace {
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  size_t prev = 0;
  for (const corroborate::Span& s : corroborate::SplitSentences(text)) {
    if (s.start < prev || s.end <= s.start || s.end > text.size()) std::abort();
    if (IsSpace(text[s.start]) || IsSpace(text[s.end - 1])) std::abort();
    prev = s.end;
  }
  return 0;
}

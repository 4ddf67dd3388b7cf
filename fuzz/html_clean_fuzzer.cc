// Fuzzes the HTML cleaner on any bytes (decoded first): valid UTF-8 out, blocks in order inside the
// text, offsets inside the page.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "clean/charset.h"
#include "clean/html_clean.h"
#include "common/text_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto decoded = corroborate::DecodeToUtf8(bytes, "", /*is_html=*/true);
  if (!decoded.ok()) return 0;
  corroborate::RawDocument doc;
  doc.format = corroborate::RawDocument::Format::kHtml;
  auto article = corroborate::CleanHtml(decoded->text, doc);
  if (!article.ok()) return 0;
  if (!corroborate::IsValidUtf8(article->text)) std::abort();
  size_t prev = 0;
  for (const corroborate::Block& b : article->blocks) {
    if (b.start < prev || b.end < b.start || b.end > article->text.size()) std::abort();
    prev = b.end;
  }
  for (size_t t = 0; t < article->text.size(); t += 7) {
    if (article->offsets.ToInput(t) > decoded->text.size()) std::abort();
  }
  return 0;
}

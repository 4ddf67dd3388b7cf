// HTML pages: the article's own text, title, publication date, outlet, author and canonical URL.
#ifndef CORROBORATE_CLEAN_HTML_CLEAN_H_
#define CORROBORATE_CLEAN_HTML_CLEAN_H_

#include <string_view>

#include "corroborate/document.h"
#include "corroborate/status.h"

namespace corroborate {

// Cleans an HTML page given as valid UTF-8 (`doc` supplies the container's URL, used for dates in
// the URL). Parses with gumbo (HTML5), scores the DOM to find the main content, and fills
// Article::text (blocks joined by "\n\n"), blocks (paragraphs, headings, list items, quotes,
// embedded social posts with author, handle and date), offsets (clean text -> offsets in
// `utf8_html`), title, published and published_how ("metadata" from JSON-LD, meta tags, <time> or
// the URL; "text" from a date line), outlet, author, canonical_url and url. Fails with kEmpty when no
// text is left, kTooLarge for pages over 32 MiB or nested absurdly deep. See docs/clean.md.
StatusOr<Article> CleanHtml(std::string_view utf8_html, const RawDocument& doc);

}  // namespace corroborate

#endif  // CORROBORATE_CLEAN_HTML_CLEAN_H_

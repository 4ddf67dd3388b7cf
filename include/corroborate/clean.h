// Clean: the article's own text, title, publication date, outlet and language out of a RawDocument.
//
// HTML goes through an HTML5 parser and main-content scoring; plain-text page dumps through line and
// block classification that drops boilerplate. Charsets are converted to UTF-8 and the text is NFC.
// See docs/clean.md.
#ifndef CORROBORATE_CLEAN_H_
#define CORROBORATE_CLEAN_H_

#include <vector>

#include "corroborate/document.h"
#include "corroborate/status.h"

namespace corroborate {

// Cleans one document. Fills every Article field except id, duplicate_of and event. A document that
// yields no text (empty, binary, nothing but boilerplate) is an error Status with a clear reason;
// recoverable problems (a charset guessed, say) are listed in Article::errors.
StatusOr<Article> CleanDocument(const RawDocument& doc);

// Cleans many documents on up to `threads` threads (0 = one per core); result i is document i's.
std::vector<StatusOr<Article>> CleanDocuments(const std::vector<RawDocument>& docs, unsigned threads = 0);

}  // namespace corroborate

#endif  // CORROBORATE_CLEAN_H_

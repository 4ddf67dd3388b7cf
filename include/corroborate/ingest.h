// Ingest: find input files and read them into RawDocuments, one per article.
//
// Reads .txt, .html/.htm, .jsonl (one article a line: url, title, published, text or html), .warc and
// .warc.gz (response records with an HTML or text body). Folders are walked recursively; inputs are
// visited in sorted path order so a run is deterministic. Every input is untrusted: a bad file or
// record is reported through `on_error` with a clear reason and reading goes on. Sizes are bounded
// (IngestOptions) so nothing grows without limit.
#ifndef CORROBORATE_INGEST_H_
#define CORROBORATE_INGEST_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "corroborate/document.h"
#include "corroborate/status.h"

namespace corroborate {

struct IngestOptions {
  size_t max_file_bytes = size_t{1} << 30;        // a larger plain file is refused
  size_t max_document_bytes = size_t{64} << 20;   // a larger article, line or record is skipped
  size_t max_total_bytes = size_t{16} << 30;      // decompressed bytes read from one container
};

// Expands files and folders into the sorted list of input files with a readable extension. A path
// that does not exist, or a file with another extension named directly, is reported through
// `on_error`; files with other extensions found inside folders are skipped silently.
std::vector<std::string> ListInputs(const std::vector<std::string>& paths,
                                    const std::function<void(const InputError&)>& on_error);

// Reads one input file and calls `on_document` for every article in it (one for .txt/.html, one per
// line of .jsonl, one per response record of a WARC). Problems with single records go to `on_error`
// and reading continues; a non-OK Status means the file as a whole could not be read (its message is
// the reason). `on_document` may be called before a later error in the same file.
Status ReadInput(const std::string& path, const IngestOptions& options,
                 const std::function<void(RawDocument)>& on_document,
                 const std::function<void(const InputError&)>& on_error);

}  // namespace corroborate

#endif  // CORROBORATE_INGEST_H_

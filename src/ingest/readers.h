// The container readers behind ReadInput, working on a byte stream rather than a path so they can
// be tested and fuzzed from memory. Internal to the ingest stage; see docs/ingest.md.
//
// Record paths: a JSON line is "<name>:<line number>" (1-based, counting every physical line, blank
// ones included, so it matches an editor); a WARC record is "<name>#<record number>" (1-based,
// counting every WARC record in the file, warcinfo and request records included, so the number
// points at the record whatever its type).
#ifndef CORROBORATE_INGEST_READERS_H_
#define CORROBORATE_INGEST_READERS_H_

#include <functional>
#include <string>
#include <string_view>

#include "corroborate/document.h"
#include "corroborate/ingest.h"
#include "corroborate/status.h"
#include "ingest/byte_source.h"

namespace corroborate::ingest {

using DocumentFn = std::function<void(RawDocument)>;
using ErrorFn = std::function<void(const InputError&)>;

// Lines longer than this (bytes) are never kept while reading WARC and HTTP headers.
inline constexpr size_t kMaxHeaderLine = 64 * 1024;
// Maximum JSON nesting accepted in a JSON line.
inline constexpr int kMaxJsonDepth = 64;
// Compression ratio above which a gzip stream past 64 MiB counts as a decompression bomb.
inline constexpr uint64_t kMaxCompressionRatio = 200;

// JSON Lines: one article object per line with "url", "title", "published" and "text" or "html".
// A bad line goes to `on_error` as "<name>:<n>: <reason>" and reading goes on.
Status ReadJsonl(ByteSource* source, const std::string& name, const IngestOptions& options,
                 const DocumentFn& on_document, const ErrorFn& on_error);

// WARC/1.0 and WARC/1.1: every response (HTTP 2xx) and resource record whose content type is HTML or
// plain text becomes a RawDocument. `source` yields the uncompressed WARC (wrap a .warc.gz in a
// GzipSource). A record whose Content-Length runs past the end of the data stops reading with a
// Corrupt status; a record too large is skipped with an error.
Status ReadWarc(ByteSource* source, const std::string& name, const IngestOptions& options,
                const DocumentFn& on_document, const ErrorFn& on_error);

// Parses a whole WARC from memory; gzip (one or more members) when the data starts with the gzip
// magic bytes. For the fuzzers and tests.
Status ReadWarcFromMemory(std::string_view data, const std::string& name, const IngestOptions& options,
                          const DocumentFn& on_document, const ErrorFn& on_error);

// Parses JSON Lines from memory. For the fuzzers and tests.
Status ReadJsonlFromMemory(std::string_view data, const std::string& name, const IngestOptions& options,
                           const DocumentFn& on_document, const ErrorFn& on_error);

// The charset parameter of a Content-Type value ("text/html; charset=ISO-8859-1" -> "ISO-8859-1"),
// or empty.
std::string CharsetFromContentType(std::string_view content_type);

}  // namespace corroborate::ingest

#endif  // CORROBORATE_INGEST_READERS_H_

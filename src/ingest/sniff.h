// Recognising input that is not text: known binary signatures (data/ingest_binary_magic.tsv), NUL
// bytes, and a high share of control bytes. Internal to the ingest stage.
#ifndef CORROBORATE_INGEST_SNIFF_H_
#define CORROBORATE_INGEST_SNIFF_H_

#include <optional>
#include <string>
#include <string_view>

namespace corroborate::ingest {

// Looks at the first bytes of a file (`head`, a few KiB is enough). Returns a short description of
// what the file looks like ("PNG image", "contains NUL bytes") when it is binary, nullopt when it
// may be text. Text with a UTF-16 or UTF-32 byte order mark is text. `check_magic_only` skips the
// NUL and control-byte tests (for containers whose records may hold binary bodies).
std::optional<std::string> SniffBinary(std::string_view head, bool check_magic_only = false);

// "binary file (looks like PNG image), not text".
std::string BinaryFileMessage(const std::string& what);

}  // namespace corroborate::ingest

#endif  // CORROBORATE_INGEST_SNIFF_H_

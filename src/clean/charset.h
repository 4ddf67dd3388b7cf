// Charset decoding: input bytes in any charset to UTF-8 in Unicode NFC, with a byte map back.
//
// The charset is chosen in this order: a byte order mark; the charset the container named (the HTTP
// Content-Type of a WARC record); for HTML, a <meta charset> or <meta http-equiv="Content-Type">
// found by a byte-level prescan of the first 4 KiB; valid UTF-8; otherwise ICU's charset detector
// (ucsdet), falling back to windows-1252. A declared charset that the bytes plainly contradict
// (declared Latin-1 but the bytes are valid multi-byte UTF-8; declared UTF-8 but they are not) is
// overridden, with a warning. Conversion is done by ICU (ucnv); ISO-8859-1 and US-ASCII are read as
// windows-1252, as browsers do. The result is normalised to NFC (ICU Normalizer2).
#ifndef CORROBORATE_CLEAN_CHARSET_H_
#define CORROBORATE_CLEAN_CHARSET_H_

#include <string>
#include <string_view>
#include <vector>

#include "corroborate/document.h"
#include "corroborate/status.h"

namespace corroborate {

struct Decoded {
  std::string text;     // UTF-8, NFC
  std::string charset;  // the charset the bytes were read as ("UTF-8", "windows-1252", ...)
  bool guessed = false; // true when the charset was detected, not declared or evident
  // From offsets in `text` back to offsets in the input bytes (exact at every character start).
  OffsetMap map;
  // Problems worth telling the user ("not valid UTF-8; decoded as windows-1252"); for Article::errors.
  std::vector<std::string> warnings;
};

// Decodes `bytes`. `charset_hint` is the charset named by the container, or empty. `is_html` enables
// the <meta> prescan and tells the detector to skip markup. Fails only on empty input (kEmpty) or
// when ICU cannot convert at all (kInternal).
StatusOr<Decoded> DecodeToUtf8(std::string_view bytes, std::string_view charset_hint, bool is_html);

// The charset named by a <meta charset=...> or <meta http-equiv="Content-Type" content="...;
// charset=..."> in the first 4 KiB of `html`, or empty.
std::string PrescanMetaCharset(std::string_view html);

// Normalises valid UTF-8 to NFC. When `map` is given, it receives anchors from offsets in the result
// back to offsets in `utf8`.
std::string NormalizeNfc(std::string_view utf8, OffsetMap* map = nullptr);

}  // namespace corroborate

#endif  // CORROBORATE_CLEAN_CHARSET_H_

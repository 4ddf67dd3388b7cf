// Language identification with CLD2.
#ifndef CORROBORATE_CLEAN_LANGUAGE_H_
#define CORROBORATE_CLEAN_LANGUAGE_H_

#include <string>
#include <string_view>

namespace corroborate {

// The ISO 639-1 code ("en", "fr") of the language of `utf8_text` (plain text, not markup), or "und"
// when CLD2 is not reliably sure (too little text, a mix) or the language has no two-letter code.
// Invalid UTF-8 is tolerated (CLD2's checking entry point is used). Only the first 256 KiB are read.
std::string DetectLanguage(std::string_view utf8_text);

}  // namespace corroborate

#endif  // CORROBORATE_CLEAN_LANGUAGE_H_

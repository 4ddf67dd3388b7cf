#include "clean/language.h"

#include <cld2/public/compact_lang_det.h>

#include <algorithm>

namespace corroborate {

std::string DetectLanguage(std::string_view utf8_text) {
  constexpr size_t kMaxBytes = 256 * 1024;
  std::string_view sample = utf8_text.substr(0, kMaxBytes);
  // Do not cut a UTF-8 sequence in two.
  while (sample.size() < utf8_text.size() && !sample.empty() &&
         (static_cast<unsigned char>(utf8_text[sample.size()]) & 0xC0) == 0x80) {
    sample.remove_suffix(1);
  }
  if (sample.empty()) return "und";
  bool reliable = false;
  int valid_prefix = 0;
  CLD2::Language lang = CLD2::DetectLanguageCheckUTF8(sample.data(), static_cast<int>(sample.size()),
                                                      /*is_plain_text=*/true, &reliable, &valid_prefix);
  if (!reliable || lang == CLD2::UNKNOWN_LANGUAGE || lang == CLD2::TG_UNKNOWN_LANGUAGE) return "und";
  std::string code = CLD2::LanguageCode(lang);
  size_t dash = code.find('-');
  if (dash != std::string::npos) code.resize(dash);  // "zh-Hant" -> "zh"
  if (code.size() != 2) return "und";
  return code;
}

}  // namespace corroborate

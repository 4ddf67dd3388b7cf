// Tokens: the flat token list (words, digit runs, single punctuation marks) with byte offsets that
// the number and time scanners read and that the annotated document (annotate.h) keeps per sentence.
#ifndef CORROBORATE_TOKENS_H_
#define CORROBORATE_TOKENS_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace corroborate {

struct Token {
  enum class Kind { kWord, kNumber, kPunct };
  Kind kind = Kind::kWord;
  size_t start = 0;
  size_t end = 0;
  std::string lower;        // words lower-cased by code point (Latin, Greek, Cyrillic ...); other tokens as written
  bool space_before = true;  // whitespace (or the text start) right before the token
  bool newline_before = false;
  bool capitalised = false;  // word starting with a capital letter, ASCII or not ("Monday", "\xC3\x89lys\xC3\xA9e")
};

// Splits text into tokens: a word is a run of letters (ASCII, or the non-ASCII letters of Latin,
// Greek, Cyrillic, Arabic, CJK and other scripts, so accented words stay whole; "×" and "÷" are signs)
// with inner apostrophes; a number is a run of digits; anything else but spaces is
// one punctuation token per UTF-8 character. At most `max_tokens` tokens are returned.
std::vector<Token> Tokenize(std::string_view text, size_t max_tokens = 1u << 22);

}  // namespace corroborate

#endif  // CORROBORATE_TOKENS_H_

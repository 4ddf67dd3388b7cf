// Tokens and number words shared by the quantity and time scanners of the normalize stage.
//
// The scanners work on a flat token list (words, digit runs, single punctuation marks) with byte
// offsets into the text, so each rule looks at a few neighbouring tokens instead of re-reading bytes.
#ifndef CORROBORATE_NORMALIZE_TOKENS_H_
#define CORROBORATE_NORMALIZE_TOKENS_H_

#include <cstddef>
#include <cstdint>
#include <optional>
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

// A number written in words starting at tokens[i] ("seventy-nine", "a hundred and twenty", "two
// dozen", "four thousand"). On success returns the value and sets *next to the token after it.
// "a"/"an" alone is not a number; "a dozen" and "a hundred" are.
std::optional<int64_t> ParseNumberWords(const std::vector<Token>& tokens, size_t i, size_t* next);

// True when the token is the number word's unit/ten/scale ("seven", "forty", "hundred").
bool IsNumberWord(std::string_view lower);

}  // namespace corroborate

#endif  // CORROBORATE_NORMALIZE_TOKENS_H_

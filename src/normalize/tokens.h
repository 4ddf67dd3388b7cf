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

#include "corroborate/tokens.h"

namespace corroborate {



// A number written in words starting at tokens[i] ("seventy-nine", "a hundred and twenty", "two
// dozen", "four thousand"). On success returns the value and sets *next to the token after it.
// "a"/"an" alone is not a number; "a dozen" and "a hundred" are.
std::optional<int64_t> ParseNumberWords(const std::vector<Token>& tokens, size_t i, size_t* next);

// True when the token is the number word's unit/ten/scale ("seven", "forty", "hundred").
bool IsNumberWord(std::string_view lower);

}  // namespace corroborate

#endif  // CORROBORATE_NORMALIZE_TOKENS_H_

// Small text helpers shared by every stage. Text is UTF-8; the *Ascii helpers are byte-oriented and
// only touch ASCII letters, so offsets stay valid; the *Utf8 ones work by code point.
#ifndef CORROBORATE_COMMON_TEXT_UTIL_H_
#define CORROBORATE_COMMON_TEXT_UTIL_H_

#include <string>
#include <string_view>
#include <vector>

namespace corroborate {

inline bool IsAsciiSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline char ToLowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

std::string ToLowerAscii(std::string_view s);
std::string_view TrimAscii(std::string_view s);
bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix);
bool EqualsIgnoreCase(std::string_view a, std::string_view b);
std::vector<std::string_view> SplitLines(std::string_view s);  // on '\n', dropping a trailing '\r'

// True when a full stop after this lower-case word does not end a sentence ("mr", "gen", "dec", "st";
// data/segment_abbreviations.tsv). Single-letter initials are the caller's to judge.
bool IsAbbreviation(std::string_view lower_word);

// True when this lower-case word names a month or a weekday, in any language data/timex_months.tsv
// and data/timex_words.tsv know ("december", "dec", "mars", "tuesday").
bool IsCalendarName(std::string_view lower_word);
// True when a place read from a claim can be a place: it has letters and does not start with a month
// or weekday name ("December", "December 13", "Tuesday" are dates, not places).
bool IsPlaceName(std::string_view place);

// Lower case by code point (ICU's simple case mapping: "\xC3\x89LYS\xC3\x89E" -> "\xC3\xA9lys\xC3\xA9e",
// Cyrillic and Greek too); ill-formed bytes are copied as they are. Lengths may change.
std::string ToLowerUtf8(std::string_view s);
// True when the first code point of `s` is an upper-case or title-case letter (ASCII or not).
bool StartsUpper(std::string_view s);

// True when `s` is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool IsValidUtf8(std::string_view s);
// Number of bytes of the UTF-8 sequence starting with lead byte `c` (1 for invalid lead bytes).
int Utf8SequenceLength(unsigned char c);

}  // namespace corroborate

#endif  // CORROBORATE_COMMON_TEXT_UTIL_H_

// Timex: time expressions in news English, normalised TIMEX3-style against a document creation time
// (normalize stage). Absolute dates in common news formats and the month names of the major European
// languages; relative expressions anchored to the publication date with news-tense rules. See
// docs/timex.md.
#ifndef CORROBORATE_TIMEX_H_
#define CORROBORATE_TIMEX_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/document.h"

#include "corroborate/tokens.h"

namespace corroborate {

enum class TimexType { kDate, kTime, kDuration, kSet };
const char* TimexTypeName(TimexType t);  // "DATE", "TIME", "DURATION", "SET"

struct Timex {
  size_t start = 0;
  size_t end = 0;
  std::string text;
  TimexType type = TimexType::kDate;
  std::string value;  // TIMEX3 value: "2016-11-30", "2016-W48", "2016-12", "P26D", "2016-12-09T12:56", "PRESENT_REF"
  // For DATE and TIME values that name a day or a span of days, the days covered (both inclusive);
  // for a DURATION anchored to the document ("the past 26 days"), the period it covers.
  std::optional<Date> first_day;
  std::optional<Date> last_day;
};

// All time expressions in `text`, in order, non-overlapping. `dct` (the publication date) anchors
// relative expressions; without it relative expressions get values with an "XXXX" year or are left
// unresolved, and absolute ones are still resolved.
std::vector<Timex> FindTimexes(std::string_view text, const std::optional<Date>& dct);
// The same over the tokens of `text` (Tokenize(text)), for callers that keep them.
std::vector<Timex> FindTimexes(std::string_view text, const std::optional<Date>& dct, const std::vector<Token>& tokens);

// Parses a whole string that is a date or date-time in any common format ("December 9, 2016 at
// 12:56 pm", "Tuesday 13 December 2016 08:48 GMT", "30 novembre 2016", "2016-12-09T12:56:00Z").
std::optional<Date> ParseDateString(std::string_view text);

}  // namespace corroborate

#endif  // CORROBORATE_TIMEX_H_

// Numbers: every quantity in news English as an interval with a kind (normalize stage).
//
// "46" -> [46,46] exact; "at least 82" -> [82,inf) min; "more than 800" -> [801,inf) min; "50+" ->
// [50,inf) min; "up to 100,000" -> (-inf,100000] max; "fewer than 30" -> max 29; "about 230" ->
// [207,253] approx; "nearly 130,000" -> [117000,130000] approx; "between 40 and 50" range; "dozens"
// [24,99] vague ... The tables are data/numbers_*.tsv, explained in docs/numbers.md. Years, dates,
// times, ordinals, identifiers (flight numbers, phone numbers, "COVID-19") and match scores are not
// quantities. Money and percentages are, with their unit, so a caller can tell them from counts.
#ifndef CORROBORATE_NUMBERS_H_
#define CORROBORATE_NUMBERS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/timex.h"
#include "corroborate/tokens.h"

namespace corroborate {

enum class QuantityKind { kExact, kMin, kMax, kApprox, kRange, kVague };
const char* QuantityKindName(QuantityKind k);  // "exact", "min", ...

struct Quantity {
  size_t start = 0;  // byte span of the whole expression, qualifier included ("more than 800")
  size_t end = 0;
  std::string text;
  std::optional<double> low;   // nullopt = unbounded
  std::optional<double> high;  // nullopt = unbounded
  QuantityKind kind = QuantityKind::kExact;
  std::optional<double> value;  // the number as written, before its qualifier ("more than 800" -> 800); none for ranges and vague amounts
  size_t number_start = 0;  // span of the number itself ("800")
  size_t number_end = 0;
  // What is counted, as written right after the number (lower case): "people", "km", "%" (also for
  // "percent"), or the currency sign or code before it ("$", "usd"); empty when nothing follows.
  std::string unit;
  // The figure this one replaces in a change written "from X to Y" ("the toll rose from 20 to 35":
  // 35 has changed_from 20). A change is two values, not a range.
  std::optional<double> changed_from;
};

// All quantities in `text`, in order, non-overlapping.
std::vector<Quantity> FindQuantities(std::string_view text);
// The same, for a text already tokenized (Tokenize(text)) whose time expressions are known
// (FindTimexes over the same tokens): the annotated document reads each sentence once.
std::vector<Quantity> FindQuantities(std::string_view text, const std::vector<Token>& tokens, const std::vector<Timex>& timexes);

// True when a Quantity's unit says it is no count of things: money (a currency sign or code),
// a percentage, a fraction or proportion, a multiple ("sixfold").
bool IsMeasureUnit(std::string_view unit);

}  // namespace corroborate

#endif  // CORROBORATE_NUMBERS_H_

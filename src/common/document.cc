#include "corroborate/document.h"

#include <algorithm>
#include <cstdio>

namespace corroborate {
namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int ParseDigits(std::string_view s, size_t pos, size_t n) {
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

template <typename E, size_t N>
std::optional<E> FindByName(const char* const (&names)[N], std::string_view name) {
  for (size_t i = 0; i < N; ++i) {
    if (name == names[i]) return static_cast<E>(i);
  }
  return std::nullopt;
}

// Indexed by the enum's value; the order must match document.h.
constexpr const char* kCategoryNames[] = {"killed",    "injured",   "missing", "detained", "displaced",
                                          "evacuated", "trapped",   "rescued", "affected", "housing"};
constexpr const char* kCategoryHxl[] = {"#affected+killed",      "#affected+injured",   "#affected+missing",
                                        "#affected+x_detained",  "#affected+displaced", "#affected+x_evacuated",
                                        "#affected+x_trapped",   "#reached+x_rescued",  "#affected",
                                        "#affected+x_housing"};
constexpr const char* kSourceKindNames[] = {"person", "organization", "government", "media", "social", "unattributed"};
constexpr const char* kPrecisionNames[] = {"day", "week", "month", "year", "unknown"};
constexpr const char* kFigureStatusNames[] = {"single-source", "corroborated", "conflicting"};
constexpr const char* kScopeNames[] = {"incident", "running_total", "background"};
constexpr const char* kUnitNames[] = {"people", "households", "homes"};

}  // namespace

int DaysInMonth(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

bool Date::valid() const { return year >= 1 && year <= 9999 && day >= 1 && day <= DaysInMonth(year, month); }

std::string Date::ToString() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year % 10000, month % 100, day % 100);
  return buf;
}

std::optional<Date> Date::Parse(std::string_view text) {
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  if (text.size() > 10 && (text[10] >= '0' && text[10] <= '9')) return std::nullopt;
  Date d{ParseDigits(text, 0, 4), ParseDigits(text, 5, 2), ParseDigits(text, 8, 2)};
  if (!d.valid()) return std::nullopt;
  return d;
}

// Days from civil, after the well-known era-based algorithm (proleptic Gregorian).
int64_t Date::ToDays() const {
  int64_t y = year - (month <= 2 ? 1 : 0);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t mp = (month + 9) % 12;
  const int64_t doy = (153 * mp + 2) / 5 + day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

Date Date::FromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return Date{static_cast<int>(y), m, d};
}

int Date::Weekday() const {
  // 1970-01-01 was a Thursday (3 when Monday is 0).
  int64_t w = (ToDays() + 3) % 7;
  return static_cast<int>(w < 0 ? w + 7 : w);
}

size_t OffsetMap::ToInput(size_t text_offset) const {
  size_t out = text_offset;
  if (!anchors.empty()) {
    auto it = std::upper_bound(anchors.begin(), anchors.end(), text_offset,
                               [](size_t t, const std::pair<size_t, size_t>& a) { return t < a.first; });
    if (it == anchors.begin()) {
      out = anchors.front().second;
    } else {
      --it;
      out = it->second + (text_offset - it->first);
    }
  }
  return std::min(out, input_size);
}

const char* CategoryName(Category c) { return kCategoryNames[static_cast<int>(c)]; }
const char* CategoryHxlTag(Category c) { return kCategoryHxl[static_cast<int>(c)]; }
std::optional<Category> ParseCategory(std::string_view name) { return FindByName<Category>(kCategoryNames, name); }
const char* SourceKindName(SourceKind k) { return kSourceKindNames[static_cast<int>(k)]; }
std::optional<SourceKind> ParseSourceKind(std::string_view name) {
  return FindByName<SourceKind>(kSourceKindNames, name);
}
const char* DatePrecisionName(DatePrecision p) { return kPrecisionNames[static_cast<int>(p)]; }
const char* FigureStatusName(FigureStatus s) { return kFigureStatusNames[static_cast<int>(s)]; }
const char* ScopeName(Scope s) { return kScopeNames[static_cast<int>(s)]; }
std::optional<Scope> ParseScope(std::string_view name) { return FindByName<Scope>(kScopeNames, name); }
const char* UnitName(CountUnit u) { return kUnitNames[static_cast<int>(u)]; }
std::optional<CountUnit> ParseUnit(std::string_view name) { return FindByName<CountUnit>(kUnitNames, name); }

}  // namespace corroborate

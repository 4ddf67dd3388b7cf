// Helpers every cross-article stage (dedupe, cluster, reconcile, summarize, report) shares: the
// natural order of ids and the way a count is written.
#ifndef CORROBORATE_COMMON_IDS_H_
#define CORROBORATE_COMMON_IDS_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace corroborate {

// Natural order of ids: "a2" < "a10" < "b1"; "a1.c2" < "a1.c10". Digit runs compare by value.
bool IdLess(std::string_view a, std::string_view b);

// A count with thousands separators: 130000 -> "130,000", -1200 -> "-1,200".
std::string FormatNumber(int64_t v);

}  // namespace corroborate

#endif  // CORROBORATE_COMMON_IDS_H_

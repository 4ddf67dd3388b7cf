// Shared pieces of the evaluations over real coverage (isaf_eval, acled_eval, idmc_eval,
// gva_incidents_eval, wikimpacts_eval): reading JSON Lines, the one aggregation rule that turns a
// text's claims into "how many were killed", and finding the sentence that holds a gold number so
// an error can be read. Header-only: each evaluation is one program.
#ifndef CORROBORATE_BENCH_EVAL_UTIL_H_
#define CORROBORATE_BENCH_EVAL_UTIL_H_

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "corroborate/document.h"
#include "corroborate/numbers.h"

namespace corroborate::bench {

// The command line every evaluation takes: [DIR] [--verbose], DIR defaulting to
// ../shared/bench/<folder> beside the source tree.
struct EvalArgs {
  std::filesystem::path dir;
  bool verbose = false;
};
inline EvalArgs ParseEvalArgs(int argc, char** argv, const char* folder) {
  EvalArgs a;
  a.dir = std::filesystem::path(CORROBORATE_SOURCE_DIR) / ".." / "shared" / "bench" / folder;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--verbose") a.verbose = true;
    else a.dir = arg;
  }
  return a;
}

// Every parsable line of a JSON Lines file; empty when the file is missing.
inline std::vector<nlohmann::json> ReadJsonl(const std::string& path) {
  std::vector<nlohmann::json> rows;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_discarded()) rows.push_back(std::move(j));
  }
  return rows;
}

inline double Pct(int a, int b) { return b ? 100.0 * a / b : 0.0; }

// The count a claim states for a total: its lower bound ("at least 5" -> 5, "several" -> its low),
// else its upper bound ("up to 5" -> 5), else nothing.
inline std::optional<long long> ClaimCount(const Claim& c) {
  if (c.value_low) return *c.value_low;
  if (c.value_high) return *c.value_high;
  return std::nullopt;
}

// The claims that count towards a text's total of one category: top-level (no parent: "two of them
// were children" breaks down a figure already counted), incident scope (not a running total or a
// background figure), with a count.
inline std::vector<const Claim*> Countable(const std::vector<Claim>& claims, Category cat) {
  std::vector<const Claim*> out;
  for (const Claim& c : claims) {
    if (c.category != cat || c.parent || c.scope != Scope::kIncident || !ClaimCount(c)) continue;
    out.push_back(&c);
  }
  return out;
}

// Sum over distinct statements: countable claims are summed, and a claim that repeats an earlier
// one is counted once. A repeat has the same count and subject, and a place and a date that do not
// contradict the earlier claim's (equal, or absent on either side): the headline and the body, the
// lead and its elaboration ("killed two insurgents in Archi district yesterday ... The airstrike
// killed two armed insurgents"), the summary paragraph of a press release. Different incidents of
// one text (operations in two provinces, or on two days) therefore add up; the same victims said
// twice do not; two incidents with the same count, subject and no place are (wrongly) one. `used`
// receives the claims that were summed.
inline bool Compatible(const std::string& a, const std::string& b) { return a.empty() || b.empty() || a == b; }

inline long long SumDistinct(const std::vector<Claim>& claims, Category cat, std::vector<const Claim*>* used = nullptr) {
  std::vector<const Claim*> kept;
  long long total = 0;
  for (const Claim* c : Countable(claims, cat)) {
    const long long n = *ClaimCount(*c);
    const std::string date = c->date ? c->date->ToString() : std::string();
    bool repeat = false;
    for (const Claim* k : kept) {
      repeat |= *ClaimCount(*k) == n && k->subject == c->subject && Compatible(k->place, c->place) &&
                Compatible(k->date ? k->date->ToString() : std::string(), date);
    }
    if (repeat) continue;
    kept.push_back(c);
    total += n;
  }
  if (used) *used = kept;
  return total;
}

// The sentence (rough split at ". ", "\n") around byte offset `at` of `text`.
inline std::string SentenceAt(const std::string& text, size_t at) {
  size_t b = at, e = at;
  while (b > 0 && text[b - 1] != '\n' && !(b >= 2 && text[b - 2] == '.' && text[b - 1] == ' ')) --b;
  while (e < text.size() && text[e] != '\n' && !(text[e] == '.' && (e + 1 == text.size() || text[e + 1] == ' '))) ++e;
  std::string s = text.substr(b, std::min<size_t>(e - b + 1, 400));
  for (char& ch : s) if (ch == '\n') ch = ' ';
  return s;
}

// Sentences holding a quantity the number reader gives as exactly `gold` (digits or words).
inline std::vector<std::string> SentencesWithNumber(const std::string& text, long long gold) {
  std::vector<std::string> out;
  for (const Quantity& q : FindQuantities(text)) {
    const bool hit = (q.value && static_cast<long long>(*q.value) == gold) ||
                     (q.low && q.high && static_cast<long long>(*q.low) == gold && *q.low == *q.high);
    if (!hit) continue;
    std::string s = SentenceAt(text, q.start);
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(s);
    if (out.size() >= 3) break;
  }
  return out;
}

// One line per claim, for --verbose.
inline void PrintClaim(const Claim& c, const char* mark = "  ") {
  std::printf("%s%s %s [%s] scope=%s unit=%s%s%s | %.300s\n", mark, CategoryName(c.category), c.subject.c_str(),
              c.value_text.c_str(), ScopeName(c.scope), UnitName(c.unit), c.parent ? " (sub)" : "",
              c.hedged ? " (hedged)" : "", c.sentence.c_str());
}

}  // namespace corroborate::bench

#endif  // CORROBORATE_BENCH_EVAL_UTIL_H_

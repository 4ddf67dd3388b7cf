// Claims on ACLED event notes (../shared/bench/acled, README there): 504 coders' notes (Middle East
// 2020) with ACLED's fatalities. ACLED codes the most conservative reliable figure and often from
// other reports, so the fatalities are scored only where the note states them:
//
//   stated = gold > 0 and either a quantity FindQuantities reads in the note is exactly the gold
//            number (digits or number words: "3", "three", "a dozen"), or gold is 1 and the note has a
//            single victim without a number: "a", "an" or "one" up to 60 characters before
//            killed / dead / died / death / shot, or "killing a|an|one".
//
// Predicted fatalities = SumDistinct of the note's killed claims (eval_util.h: top-level, incident
// scope, repeats counted once), the note's event_date as DCT. Scores: accuracy on stated notes
// (majority answer 0 scores 0 there), the false-death rate on notes with gold 0 (share with a
// prediction > 0; the majority answer has none), and accuracy over all notes beside the majority.
//
// Usage: acled_eval [DIR] [--verbose]. Exits 0 when the data is missing.
#include <cstdio>
#include <filesystem>
#include <regex>
#include <string>
#include <vector>

#include "corroborate/extract.h"
#include "eval_util.h"

namespace {

using namespace corroborate;
using corroborate::bench::Pct;

bool SingleVictim(const std::string& text) {
  static const std::regex kBefore(R"(\b(a|an|one|A|An|One)\b[^.;]{0,60}\b(killed|dead|died|death|shot)\b)");
  static const std::regex kAfter(R"(\bkill(ing|ed)\s+(a|an|one)\b)");
  return std::regex_search(text, kBefore) || std::regex_search(text, kAfter);
}

bool Stated(const std::string& text, long long gold) {
  if (gold <= 0) return false;
  for (const Quantity& q : FindQuantities(text)) {
    if (q.value && static_cast<long long>(*q.value) == gold) return true;
    if (q.low && q.high && *q.low == *q.high && static_cast<long long>(*q.low) == gold) return true;
  }
  return gold == 1 && SingleVictim(text);
}

}  // namespace

int main(int argc, char** argv) {
  const bench::EvalArgs args = bench::ParseEvalArgs(argc, argv, "acled");
  const std::filesystem::path& dir = args.dir;
  const bool verbose = args.verbose;
  const auto rows = bench::ReadJsonl((dir / "acled_dev.jsonl").string());
  if (rows.empty()) {
    std::printf("acled_eval: %s not found; nothing to measure\n", (dir / "acled_dev.jsonl").string().c_str());
    return 0;
  }
  int n = 0, all_right = 0, base_all = 0, stated = 0, stated_right = 0, unstated_pos = 0, zero = 0, false_death = 0;
  for (const auto& r : rows) {
    ++n;
    Article a;
    a.id = r.value("id", "");
    a.text = r.value("text", "");
    a.published = Date::Parse(r["gold"].value("event_date", ""));
    const std::vector<Claim> claims = ExtractClaims(a, {});
    const long long gold = r["gold"].value("fatalities", 0);
    std::vector<const Claim*> used;
    const long long pred = bench::SumDistinct(claims, Category::kKilled, &used);
    all_right += pred == gold;
    base_all += gold == 0;
    const bool st = Stated(a.text, gold);
    if (st) ++stated, stated_right += pred == gold;
    if (gold > 0 && !st) ++unstated_pos;
    if (gold == 0) ++zero, false_death += pred > 0;
    const bool err = (st && pred != gold) || (gold == 0 && pred > 0);
    if (verbose && err) {
      std::printf("--- %s %s gold %lld predicted %lld\n", a.id.c_str(), gold == 0 ? "false-death" : "stated", gold, pred);
      for (const Claim* c : used) bench::PrintClaim(*c, "  + ");
      for (const Claim& c : claims) {
        if (c.category == Category::kKilled && std::find(used.begin(), used.end(), &c) == used.end()) bench::PrintClaim(c, "  - ");
      }
      std::printf("  text: %.500s\n", a.text.c_str());
    }
  }
  std::printf("acled: %d notes; stated fatalities right %5.1f%% of %d (majority 0: 0.0%%); false deaths %5.1f%% of %d with gold 0 (majority: 0.0%%)\n",
              n, Pct(stated_right, stated), stated, Pct(false_death, zero), zero);
  std::printf("  all notes right %5.1f%% (majority 0: %5.1f%%); %d notes with gold > 0 do not state it\n", Pct(all_right, n),
              Pct(base_all, n), unstated_pos);
  return 0;
}

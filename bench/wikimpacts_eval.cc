// Claims on Wikipedia disaster articles (../shared/bench/wikimpacts, README there): 70 articles with
// the annotators' event totals (l1: Total_Deaths_Min / _Max, injuries, displaced, buildings damaged,
// affected).
//
// Text read: the infobox ("Deaths: 243 ...") then the article's full text, one Article. Headline per
// category: the largest count among the claims of that category that are top-level, unhedged, of
// incident or running-total scope (not background: historical comparisons) and below 10^8; its low
// bound is the predicted Min, its high bound the Max (its low when unbounded above). Categories:
// deaths = killed, injuries = injured, displaced = displaced, buildings damaged = housing,
// affected = affected.
//
// Metric (Wikimpacts' own): per number |sys - gold| / (sys + gold), 1 when only one side has a value,
// 0 when neither (or both are 0); averaged over Min and Max, then over events. Printed over all 70
// events and over the events whose gold has the category. GPT-4o's published test-split errors
// beside (deaths 0.037 Min / 0.024 Max, injuries 0.21, displaced 0.30, buildings damaged 0.28,
// affected 0.31). Lower is better.
//
// Usage: wikimpacts_eval [DIR] [--verbose]. Exits 0 when the data is missing.
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "corroborate/extract.h"
#include "eval_util.h"

namespace {

using namespace corroborate;

struct Target {
  const char* name;
  const char* gold_key;  // "Deaths" -> Total_Deaths_Min / _Max
  Category category;
  const char* gpt4o;
};

const Target kTargets[] = {
    {"deaths", "Deaths", Category::kKilled, "0.037/0.024"},
    {"injuries", "Injuries", Category::kInjured, "0.21"},
    {"displaced", "Displaced", Category::kDisplaced, "0.30"},
    {"buildings damaged", "Buildings_Damaged", Category::kHousing, "0.28"},
    {"affected", "Affected", Category::kAffected, "0.31"},
};

std::optional<double> Num(const nlohmann::json& l1, const std::string& key) {
  if (!l1.contains(key) || !l1[key].is_number()) return std::nullopt;
  return l1[key].get<double>();
}

double Err(std::optional<double> s, std::optional<double> g) {
  if (!s && !g) return 0;
  if (!s || !g) return 1;
  if (*s + *g == 0) return 0;
  return std::fabs(*s - *g) / (*s + *g);
}

const Claim* Headline(const std::vector<Claim>& claims, Category cat) {
  const Claim* best = nullptr;
  for (const Claim& c : claims) {
    if (c.category != cat || c.parent || c.hedged || c.scope == Scope::kBackground) continue;
    const auto v = bench::ClaimCount(c);
    if (!v || *v >= 100000000) continue;
    if (!best || *v > *bench::ClaimCount(*best)) best = &c;
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  const bench::EvalArgs args = bench::ParseEvalArgs(argc, argv, "wikimpacts");
  const std::filesystem::path& dir = args.dir;
  const bool verbose = args.verbose;
  const auto texts = bench::ReadJsonl((dir / "texts_dev.jsonl").string());
  const auto golds = bench::ReadJsonl((dir / "gold_dev.jsonl").string());
  if (texts.empty() || golds.empty()) {
    std::printf("wikimpacts_eval: %s not found; nothing to measure\n", dir.string().c_str());
    return 0;
  }
  std::map<std::string, nlohmann::json> gold_by_id;
  for (const auto& g : golds) gold_by_id[g.value("Event_ID", "")] = g["l1"];
  constexpr size_t kN = sizeof(kTargets) / sizeof(kTargets[0]);
  double sum_all[kN] = {}, sum_min[kN] = {}, sum_max[kN] = {}, sum_present[kN] = {};
  int n = 0, present[kN] = {};
  for (const auto& t : texts) {
    const std::string id = t.value("Event_ID", "");
    if (!gold_by_id.count(id)) continue;
    const auto& l1 = gold_by_id[id];
    ++n;
    Article a;
    a.id = id;
    a.text = t.value("Info_Box", "") + "\n\n" + t.value("full_text", "");
    const std::vector<Claim> claims = ExtractClaims(a, {});
    for (size_t k = 0; k < kN; ++k) {
      const Target& tg = kTargets[k];
      const auto gmin = Num(l1, std::string("Total_") + tg.gold_key + "_Min");
      const auto gmax = Num(l1, std::string("Total_") + tg.gold_key + "_Max");
      const Claim* h = Headline(claims, tg.category);
      std::optional<double> smin, smax;
      if (h) {
        smin = static_cast<double>(*bench::ClaimCount(*h));
        smax = h->value_high ? static_cast<double>(*h->value_high) : *smin;
      }
      const double e_min = Err(smin, gmin), e_max = Err(smax, gmax), e = (e_min + e_max) / 2;
      sum_all[k] += e, sum_min[k] += e_min, sum_max[k] += e_max;
      if (gmin || gmax) ++present[k], sum_present[k] += e;
      if (verbose && e > 0.05) {
        std::printf("--- %s %s (%s): gold %s..%s predicted %s..%s error %.2f\n", id.c_str(), tg.name,
                    t.value("Event_Name", "").c_str(), gmin ? std::to_string(static_cast<long long>(*gmin)).c_str() : "-",
                    gmax ? std::to_string(static_cast<long long>(*gmax)).c_str() : "-",
                    smin ? std::to_string(static_cast<long long>(*smin)).c_str() : "-",
                    smax ? std::to_string(static_cast<long long>(*smax)).c_str() : "-", e);
        if (h) bench::PrintClaim(*h, "  headline: ");
        if (gmin) {
          for (const auto& s : bench::SentencesWithNumber(a.text, static_cast<long long>(*gmin))) std::printf("  gold? %s\n", s.c_str());
        }
      }
    }
  }
  std::printf("wikimpacts: %d events; error (lower is better) over all events [over events with gold] vs GPT-4o published (test):\n", n);
  for (size_t k = 0; k < kN; ++k) {
    std::printf("  %-18s %.3f (Min %.3f / Max %.3f) [%.3f over %d]  GPT-4o %s\n", kTargets[k].name, n ? sum_all[k] / n : 0,
                n ? sum_min[k] / n : 0, n ? sum_max[k] / n : 0, present[k] ? sum_present[k] / present[k] : 0, present[k],
                kTargets[k].gpt4o);
  }
  return 0;
}

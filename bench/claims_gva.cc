// Claims on real local news: the GVA set (../shared/bench/gva, README there): US gun-violence
// articles with the Gun Violence Archive's killed / injured counts and incident date for each.
// The labels are database values, not span annotations (distant supervision), so this is a weak
// reference: it measures whether ExtractClaims, read the way an analyst would read its output, lands
// on the same numbers, and how often it finds figures in articles whose incident harmed no one.
//
// Per article: predicted killed (injured) = the largest lower bound among its top-level, unhedged
// killed (injured) claims whose value is exact and below 1,000, or 0 when there is none; predicted
// date = the most frequent date of those claims, else the publication date minus one day.
// Baselines: 0 killed / 0 injured (the majority answer) and publication date minus one day.
//
// Usage: claims_gva [DIR] [--show N [--harm-free]]  (DIR defaults to ../shared/bench/gva beside the source tree;
// --show prints N disagreeing articles' claims for error analysis, --harm-free only those whose
// incident harmed no one). Exits 0 when the data is missing.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "corroborate/extract.h"

namespace {

using corroborate::Article;
using corroborate::Category;
using corroborate::Claim;
using corroborate::Date;

struct Scores {
  int n = 0, killed = 0, injured = 0, both = 0, date = 0, dated = 0;
  int base_killed = 0, base_injured = 0, base_date = 0;
  int zero_gold = 0, zero_gold_with_claim = 0;  // articles whose incident harmed no one
  int harm_gold = 0, harm_gold_with_claim = 0;  // articles whose incident harmed someone
  double seconds = 0;
  size_t bytes = 0, claims = 0;
};

long long Predict(const std::vector<Claim>& claims, Category cat) {
  long long best = 0;
  for (const Claim& c : claims) {
    if (c.category != cat || c.parent || c.hedged || !c.value_low || !c.value_high) continue;
    if (*c.value_low != *c.value_high || *c.value_low >= 1000) continue;
    best = std::max<long long>(best, *c.value_low);
  }
  return best;
}

void Run(const std::string& name, const nlohmann::json& xs, const nlohmann::json& ys, int show, bool show_harm_free, Scores* s) {
  for (size_t i = 0; i < xs.size() && i < ys.size(); ++i) {
    Article a;
    a.id = "a" + std::to_string(i + 1);
    a.text = xs[i].value("text", "");
    a.published = Date::Parse(xs[i].value("publish_date", ""));
    auto t0 = std::chrono::steady_clock::now();
    const std::vector<Claim> claims = corroborate::ExtractClaims(a, {});
    s->seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    s->bytes += a.text.size();
    s->claims += claims.size();
    const long long gk = ys[i].value("n_killed", 0), gi = ys[i].value("n_injured", 0);
    const auto gd = Date::Parse(ys[i].value("shooting_date", ""));
    const long long pk = Predict(claims, Category::kKilled), pi = Predict(claims, Category::kInjured);
    std::map<std::string, int> dates;
    for (const Claim& c : claims) {
      if ((c.category == Category::kKilled || c.category == Category::kInjured) && c.date) ++dates[c.date->ToString()];
    }
    std::optional<Date> pd;
    int most = 0;
    for (const auto& [d, n] : dates) {
      if (n > most) most = n, pd = Date::Parse(d);
    }
    const std::optional<Date> base = a.published ? std::optional<Date>(a.published->AddDays(-1)) : std::nullopt;
    if (!pd) pd = base;
    ++s->n;
    s->killed += pk == gk;
    s->injured += pi == gi;
    s->both += pk == gk && pi == gi;
    s->base_killed += gk == 0;
    s->base_injured += gi == 0;
    if (gd) {
      ++s->dated;
      s->date += pd && *pd == *gd;
      s->base_date += base && *base == *gd;
    }
    bool any = false;
    for (const Claim& c : claims) any |= c.category == Category::kKilled || c.category == Category::kInjured;
    if (gk == 0 && gi == 0) {
      ++s->zero_gold;
      s->zero_gold_with_claim += any;
    } else {
      ++s->harm_gold;
      s->harm_gold_with_claim += any;
    }
    const bool wanted = show_harm_free ? (gk == 0 && gi == 0 && (pk || pi)) : (pk != gk || pi != gi);
    if (show > 0 && wanted) {
      static int shown = 0;
      if (shown++ < show) {
        std::printf("--- %s #%zu gold killed %lld injured %lld; predicted %lld / %lld\n", name.c_str(), i, gk, gi, pk, pi);
        for (const Claim& c : claims) {
          std::printf("  %s %s [%s] %s%s | %.160s\n", corroborate::CategoryName(c.category), c.subject.c_str(), c.value_text.c_str(),
                      c.source ? c.source->c_str() : "-", c.hedged ? " (hedged)" : "", c.sentence.c_str());
        }
      }
    }
  }
}

void Print(const std::string& name, const Scores& s) {
  auto pct = [](int a, int b) { return b ? 100.0 * a / b : 0.0; };
  std::printf("%s: %d articles, %zu claims, %.1f MB/s\n", name.c_str(), s.n, s.claims, s.seconds > 0 ? s.bytes / s.seconds / 1e6 : 0.0);
  std::printf("  killed count accuracy   %5.1f%%  (baseline 0: %5.1f%%)\n", pct(s.killed, s.n), pct(s.base_killed, s.n));
  std::printf("  injured count accuracy  %5.1f%%  (baseline 0: %5.1f%%)\n", pct(s.injured, s.n), pct(s.base_injured, s.n));
  std::printf("  both right              %5.1f%%\n", pct(s.both, s.n));
  std::printf("  incident date accuracy  %5.1f%%  (baseline publication-1: %5.1f%%)\n", pct(s.date, s.dated), pct(s.base_date, s.dated));
  std::printf("  harm-free incidents with a killed/injured claim  %5.1f%% of %d\n", pct(s.zero_gold_with_claim, s.zero_gold), s.zero_gold);
  std::printf("  harmful incidents with a killed/injured claim    %5.1f%% of %d\n", pct(s.harm_gold_with_claim, s.harm_gold), s.harm_gold);
}

}  // namespace

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(CORROBORATE_SOURCE_DIR) / ".." / "shared" / "bench" / "gva";
  int show = 0;
  bool show_harm_free = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--show" && i + 1 < argc) {
      show = std::atoi(argv[++i]);
    } else if (arg == "--harm-free") {
      show_harm_free = true;
    } else {
      dir = arg;
    }
  }
  if (!fs::exists(dir / "X_val.json")) {
    std::printf("claims_gva: %s not found; nothing to measure\n", dir.string().c_str());
    return 0;
  }
  for (const std::string split : {"train", "val"}) {
    std::ifstream fx(dir / ("X_" + split + ".json")), fy(dir / ("y_" + split + ".json"));
    nlohmann::json xs = nlohmann::json::parse(fx, nullptr, false), ys = nlohmann::json::parse(fy, nullptr, false);
    if (!xs.is_array() || !ys.is_array()) {
      std::printf("claims_gva: %s split unreadable\n", split.c_str());
      continue;
    }
    Scores s;
    Run(split, xs, ys, split == "train" ? show : 0, show_harm_free, &s);
    Print(split, s);
  }
  return 0;
}

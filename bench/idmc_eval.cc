// Claims on IDMC displacement excerpts (../shared/bench/idmc, README there): 133 excerpts with the
// figure IDMC's coders took, its reporting term and unit.
//
// The reporting term maps to a category: Displaced, Forced to Flee, Sheltered, In Relief Camp,
// Relocated, Homeless -> displaced; Evacuated -> evacuated; Destroyed / Partially Destroyed /
// Uninhabitable Housing -> housing. The unit: People -> people; Households -> households, and for
// housing homes or households both count.
//
// A claim "gives the figure" when its bounded value interval contains it ("about 250" holds 250) or
// its number as written equals it ("more than 4,400" gives 4,400; "at least nine" does not hold 1,000).
// Three nested scores: the figure in any claim; in a claim of the right category; in a claim of the
// right category and unit. Beside them the naive reader: the largest quantity FindQuantities reads in
// the excerpt (money, percentages and other measures left out; its value as written, else its low),
// right when it equals the figure; with the majority category (displaced, people) for the two
// stricter scores.
//
// Usage: idmc_eval [DIR] [--verbose]. Exits 0 when the data is missing.
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "corroborate/extract.h"
#include "eval_util.h"

namespace {

using namespace corroborate;
using corroborate::bench::Pct;

std::optional<Category> TermCategory(const std::string& term) {
  if (term == "Evacuated") return Category::kEvacuated;
  if (term.find("Housing") != std::string::npos) return Category::kHousing;
  if (term == "Displaced" || term == "Forced to Flee" || term == "Sheltered" || term == "In Relief Camp" ||
      term == "Relocated" || term == "Homeless") {
    return Category::kDisplaced;
  }
  return std::nullopt;
}

bool UnitOk(const Claim& c, Category cat, const std::string& unit) {
  if (unit == "Households") {
    return c.unit == CountUnit::kHouseholds || (cat == Category::kHousing && c.unit == CountUnit::kHomes);
  }
  return cat == Category::kHousing ? c.unit == CountUnit::kHomes : c.unit == CountUnit::kPeople;
}

// The claim's bounded interval holds the figure, or its number as written is the figure ("more than
// 4,400" is [4401, inf) but IDMC codes 4,400).
bool Contains(const Claim& c, long long v) {
  if (c.value_low && c.value_high && *c.value_low <= v && v <= *c.value_high) return true;
  for (const Quantity& q : FindQuantities(c.value_text)) {
    if (q.value && static_cast<long long>(std::llround(*q.value)) == v) return true;
  }
  return false;
}

std::optional<long long> Largest(const std::string& text) {
  std::optional<double> best;
  for (const Quantity& q : FindQuantities(text)) {
    if (IsMeasureUnit(q.unit)) continue;
    std::optional<double> v = q.value ? q.value : q.low;
    if (v && (!best || *v > *best)) best = v;
  }
  if (!best) return std::nullopt;
  return static_cast<long long>(std::llround(*best));
}

}  // namespace

int main(int argc, char** argv) {
  const bench::EvalArgs args = bench::ParseEvalArgs(argc, argv, "idmc");
  const std::filesystem::path& dir = args.dir;
  const bool verbose = args.verbose;
  const auto rows = bench::ReadJsonl((dir / "idmc_labelled.jsonl").string());
  if (rows.empty()) {
    std::printf("idmc_eval: %s not found; nothing to measure\n", (dir / "idmc_labelled.jsonl").string().c_str());
    return 0;
  }
  int n = 0, any = 0, cat_ok = 0, unit_ok = 0, naive = 0, naive_cat = 0, naive_unit = 0;
  int line = 0;
  for (const auto& r : rows) {
    ++line;
    const std::string fig_s = r.value("Displacement figure", "");
    const std::string term = r.value("Reporting term", ""), unit = r.value("Reporting unit", "");
    long long fig = 0;
    try {
      fig = std::stoll(fig_s);
    } catch (...) {
      continue;
    }
    const auto cat = TermCategory(term);
    if (!cat) continue;
    ++n;
    Article a;
    a.id = "idmc";
    a.id += std::to_string(line);
    a.text = r.value("Excerpt", "");
    const std::vector<Claim> claims = ExtractClaims(a, {});
    bool f_any = false, f_cat = false, f_unit = false;
    for (const Claim& c : claims) {
      if (!Contains(c, fig)) continue;
      f_any = true;
      if (c.category != *cat) continue;
      f_cat = true;
      f_unit |= UnitOk(c, *cat, unit);
    }
    any += f_any, cat_ok += f_cat, unit_ok += f_unit;
    const auto big = Largest(a.text);
    const bool nv = big && *big == fig;
    naive += nv;
    naive_cat += nv && *cat == Category::kDisplaced;
    naive_unit += nv && *cat == Category::kDisplaced && unit == "People";
    if (verbose && !f_unit) {
      std::printf("--- %s gold %lld %s %s; figure in a claim %s, right category %s; naive %lld\n", a.id.c_str(), fig,
                  term.c_str(), unit.c_str(), f_any ? "yes" : "no", f_cat ? "yes" : "no", big ? *big : -1);
      for (const Claim& c : claims) bench::PrintClaim(c, Contains(c, fig) ? "  * " : "    ");
      std::printf("  text: %.600s\n", a.text.c_str());
    }
  }
  std::printf("idmc: %d excerpts; figure in any claim %5.1f%% (naive largest number %5.1f%%); right category %5.1f%% (naive + majority category %5.1f%%); right category and unit %5.1f%% (naive %5.1f%%)\n",
              n, Pct(any, n), Pct(naive, n), Pct(cat_ok, n), Pct(naive_cat, n), Pct(unit_ok, n), Pct(naive_unit, n));
  return 0;
}

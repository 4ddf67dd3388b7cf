// Claims on ISAF press releases (../shared/bench/isaf, README there): 366 releases (Afghanistan
// 2009-2013) with the dataset annotators' minimum killed and captured counts and the event date.
//
// The publication date (DCT) is the dateline's "KABUL, Afghanistan (Jan. 10, 2011)". The release is
// first cleaned as a plain-text page (CleanDocument, which reads a date line of its own); when that
// gives no date, the dateline's parenthesis is read with ParseDateString, the year taken from the
// header (the release number "2010-09-CA-005" or the title's date) when the dateline has none
// ("(Sept. 1)"); a release without a dateline but with a dated title ("Dec. 6: Operations ...") gets
// the title's day, the year again from the release number. The program prints how many DCTs came from
// where, and how often CleanDocument's date differs from the dateline's.
//
// Predictions (eval_util.h): killed = SumDistinct of the killed claims (top-level, incident scope,
// repeats of the same count/subject/place/date counted once); captured = the same over detained
// claims; event date = the most frequent date of the killed and detained claims, else of any dated
// claim, else the DCT. Majority answers beside: 0 killed, 0 captured, the most frequent gold date,
// and the DCT itself.
//
// Usage: isaf_eval [DIR] [--verbose]. Exits 0 when the data is missing.
#include <cstdio>
#include <filesystem>
#include <map>
#include <regex>
#include <string>
#include <vector>

#include "corroborate/clean.h"
#include "corroborate/extract.h"
#include "corroborate/timex.h"
#include "eval_util.h"

namespace {

using namespace corroborate;
using corroborate::bench::Pct;

// The dateline's date: "(Jan. 10, 2011)" after "Afghanistan" in the first lines; the year from the
// header when the dateline has none.
std::optional<Date> DatelineDate(const std::string& text) {
  static const std::regex kParen(R"(Afghanistan\s*\(([^)]{3,30})\))");
  static const std::regex kYear(R"(\b(20[01][0-9])\b)");
  static const std::regex kTitle(R"((?:^|\n)((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? [0-9]{1,2})\b)");
  std::smatch m;
  const std::string head = text.substr(0, 1200);
  if (!std::regex_search(head, m, kParen) && !std::regex_search(head, m, kTitle)) return std::nullopt;
  std::string inner = m[1].str();
  if (auto d = ParseDateString(inner)) return d;
  std::smatch y;
  if (!std::regex_search(head, y, kYear)) return std::nullopt;
  return ParseDateString(inner + ", " + y[1].str());
}

std::optional<Date> MostFrequentDate(const std::vector<Claim>& claims, bool casualty_only) {
  std::map<std::string, int> n;
  for (const Claim& c : claims) {
    if (!c.date) continue;
    if (casualty_only && c.category != Category::kKilled && c.category != Category::kDetained) continue;
    ++n[c.date->ToString()];
  }
  std::optional<Date> best;
  int most = 0;
  for (const auto& [d, k] : n) {
    if (k > most) most = k, best = Date::Parse(d);
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  const bench::EvalArgs args = bench::ParseEvalArgs(argc, argv, "isaf");
  const std::filesystem::path& dir = args.dir;
  const bool verbose = args.verbose;
  const auto rows = bench::ReadJsonl((dir / "isaf_dev.jsonl").string());
  if (rows.empty()) {
    std::printf("isaf_eval: %s not found; nothing to measure\n", (dir / "isaf_dev.jsonl").string().c_str());
    return 0;
  }
  int n = 0, dct_differs = 0, dct_clean = 0, dct_dateline = 0, dct_none = 0;
  int k_n = 0, k_right = 0, k_all_right = 0, k_base_all = 0;
  int c_n = 0, c_right = 0, c_all_right = 0, c_base_all = 0;
  int d_n = 0, d_right = 0, d_dct = 0;
  std::map<std::string, int> gold_dates;
  for (const auto& r : rows) gold_dates[r["gold"].value("event_date", "")]++;
  std::string majority_date;
  int most = 0;
  for (const auto& [d, k] : gold_dates) {
    if (!d.empty() && k > most) most = k, majority_date = d;
  }
  for (const auto& r : rows) {
    ++n;
    const std::string id = r.value("id", "");
    const std::string text = r.value("text", "");
    RawDocument raw;
    raw.path = id;
    raw.bytes = text;
    Article a;
    auto cleaned = CleanDocument(raw);
    if (cleaned.ok() && cleaned->published) {
      ++dct_clean;
      if (auto d = DatelineDate(text); d && *d != *cleaned->published) ++dct_differs;
      a.published = cleaned->published;
    } else if (auto d = DatelineDate(text)) {
      ++dct_dateline;
      a.published = d;
    } else {
      ++dct_none;
    }
    a.id = id;
    a.text = text;  // the release as given: the claim reader reads the raw text, the DCT comes from above
    const std::vector<Claim> claims = ExtractClaims(a, {});
    const auto& g = r["gold"];
    const long long gk = g.value("min_killed", 0), gc = g.value("min_captured", 0);
    std::vector<const Claim*> used_k, used_c;
    const long long pk = bench::SumDistinct(claims, Category::kKilled, &used_k);
    const long long pc = bench::SumDistinct(claims, Category::kDetained, &used_c);
    if (gk > 0) ++k_n, k_right += pk == gk;
    k_all_right += pk == gk;
    k_base_all += gk == 0;
    if (gc > 0) ++c_n, c_right += pc == gc;
    c_all_right += pc == gc;
    c_base_all += gc == 0;
    std::optional<Date> pd = MostFrequentDate(claims, true);
    if (!pd) pd = MostFrequentDate(claims, false);
    if (!pd) pd = a.published;
    const auto gd = Date::Parse(g.value("event_date", ""));
    bool date_ok = true;
    if (gd) {
      ++d_n;
      date_ok = pd && *pd == *gd;
      d_right += date_ok;
      d_dct += a.published && *a.published == *gd;
    }
    if (!verbose) continue;
    auto show = [&](const char* what, long long gold, long long pred, const std::vector<const Claim*>& used, Category cat) {
      std::printf("--- %s %s gold %lld predicted %lld\n", id.c_str(), what, gold, pred);
      for (const Claim* c : used) bench::PrintClaim(*c, "  + ");
      for (const Claim& c : claims) {
        if (c.category == cat && std::find(used.begin(), used.end(), &c) == used.end()) bench::PrintClaim(c, "  - ");
      }
      if (gold > 0) {
        for (const auto& s : bench::SentencesWithNumber(text, gold)) std::printf("  gold? %s\n", s.c_str());
      }
    };
    if (pk != gk) show("killed", gk, pk, used_k, Category::kKilled);
    if (pc != gc) show("captured", gc, pc, used_c, Category::kDetained);
    if (gd && !date_ok) {
      std::printf("--- %s date gold %s predicted %s (dct %s)\n", id.c_str(), gd->ToString().c_str(),
                  pd ? pd->ToString().c_str() : "-", a.published ? a.published->ToString().c_str() : "-");
      for (const Claim& c : claims) {
        if (c.category == Category::kKilled || c.category == Category::kDetained) {
          std::printf("  %s %s date=%s | %.240s\n", CategoryName(c.category), c.value_text.c_str(),
                      c.date ? c.date->ToString().c_str() : "-", c.sentence.c_str());
        }
      }
    }
  }
  std::printf("isaf: %d releases; DCT from CleanDocument %d (%d of them differ from the dateline), from the dateline %d, none %d\n", n,
              dct_clean, dct_differs, dct_dateline, dct_none);
  std::printf("  killed right   %5.1f%% of %d with deaths (majority 0: 0.0%%); %5.1f%% of all (majority 0: %5.1f%%)\n",
              Pct(k_right, k_n), k_n, Pct(k_all_right, n), Pct(k_base_all, n));
  std::printf("  captured right %5.1f%% of %d with captures (majority 0: 0.0%%); %5.1f%% of all (majority 0: %5.1f%%)\n",
              Pct(c_right, c_n), c_n, Pct(c_all_right, n), Pct(c_base_all, n));
  std::printf("  event date     %5.1f%% of %d (DCT: %5.1f%%; majority date %s: %5.1f%%)\n", Pct(d_right, d_n), d_n,
              Pct(d_dct, d_n), majority_date.c_str(), Pct(most, d_n));
  return 0;
}

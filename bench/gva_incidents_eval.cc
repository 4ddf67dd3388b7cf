// Claims on real multi-outlet coverage (../shared/bench/gva-incidents, README there): 2,999 local
// articles about 1,698 shootings with the Gun Violence Archive's killed / injured per incident.
// Claim level (issue 10); the report level (events and their figures) is gva_incidents_report.py.
//
// Per article and category (killed, injured): the article's incident-scope figure = the largest
// count among its top-level, unhedged, incident-scope claims of the category below 1,000 (the
// largest, because a story of one shooting names the whole toll and then its parts: "three people
// were shot ... one of them died"); none when it has no such claim. Per incident: the most common
// answer among its articles that have one, ties to the larger; 0 when no article has one.
// Accuracy over all incidents and over incidents with 2+ articles, beside the majority answers
// (1 killed, 0 injured).
//
// Usage: gva_incidents_eval [DIR] [--verbose]. --verbose prints each wrong incident: its articles'
// answers, the claim that gave each, and for an article without one the sentences holding the gold
// number. Exits 0 when the data is missing.
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "corroborate/extract.h"
#include "eval_util.h"

namespace {

using namespace corroborate;
using corroborate::bench::Pct;

struct ArticleAnswer {
  std::string id, title, text;
  std::optional<long long> killed, injured;
  const Claim* killed_by = nullptr;
  const Claim* injured_by = nullptr;
  std::vector<Claim> claims;
};

std::optional<long long> ArticleFigure(const std::vector<Claim>& claims, Category cat, const Claim** by) {
  std::optional<long long> best;
  for (const Claim* c : bench::Countable(claims, cat)) {
    if (c->hedged) continue;
    const long long v = *bench::ClaimCount(*c);
    if (v >= 1000) continue;
    if (!best || v > *best) best = v, *by = c;
  }
  return best;
}

long long Vote(const std::vector<std::optional<long long>>& answers) {
  std::map<long long, int> n;
  for (const auto& a : answers) {
    if (a) ++n[*a];
  }
  long long best = 0;
  int most = 0;
  for (const auto& [v, k] : n) {
    if (k >= most) most = k, best = v;  // ascending keys: ties go to the larger
  }
  return best;
}

struct Tally {
  int n = 0, killed = 0, injured = 0, base_killed = 0, base_injured = 0;
};

}  // namespace

int main(int argc, char** argv) {
  const bench::EvalArgs args = bench::ParseEvalArgs(argc, argv, "gva-incidents");
  const std::filesystem::path& dir = args.dir;
  const bool verbose = args.verbose;
  const auto articles = bench::ReadJsonl((dir / "articles.jsonl").string());
  const auto incidents = bench::ReadJsonl((dir / "incidents.jsonl").string());
  if (articles.empty() || incidents.empty()) {
    std::printf("gva_incidents_eval: %s not found; nothing to measure\n", dir.string().c_str());
    return 0;
  }
  std::map<std::string, std::vector<ArticleAnswer>> by_incident;
  int line = 0;
  for (const auto& r : articles) {
    ++line;
    Article a;
    char id[24];
    std::snprintf(id, sizeof id, "a%d", line);  // (not "a" + to_string: GCC 12 -Wrestrict false positive)
    a.id = id;
    a.title = r.value("title", "");
    a.text = r.value("text", "");
    a.published = Date::Parse(r.value("published", ""));
    ArticleAnswer ans;
    ans.id = a.id;
    ans.title = a.title;
    ans.text = a.text;
    ans.claims = ExtractClaims(a, {});
    by_incident[r.value("incident_id", "")].push_back(std::move(ans));
  }
  for (auto& [id, list] : by_incident) {
    for (auto& ans : list) {  // pointers into claims are taken once the vectors no longer move
      ans.killed = ArticleFigure(ans.claims, Category::kKilled, &ans.killed_by);
      ans.injured = ArticleFigure(ans.claims, Category::kInjured, &ans.injured_by);
    }
  }
  Tally all, multi;
  for (const auto& inc : incidents) {
    const std::string id = inc.value("incident_id", "");
    const long long gk = inc.value("num_killed", 0), gi = inc.value("num_injured", 0);
    const auto& list = by_incident[id];
    std::vector<std::optional<long long>> ks, is;
    for (const auto& a : list) ks.push_back(a.killed), is.push_back(a.injured);
    const long long pk = Vote(ks), pi = Vote(is);
    for (Tally* t : {&all, &multi}) {
      if (t == &multi && list.size() < 2) continue;
      ++t->n;
      t->killed += pk == gk;
      t->injured += pi == gi;
      t->base_killed += gk == 1;
      t->base_injured += gi == 0;
    }
    if (verbose && (pk != gk || pi != gi)) {
      std::printf("=== incident %s (%zu articles) gold killed %lld injured %lld; predicted %lld / %lld%s%s\n", id.c_str(),
                  list.size(), gk, gi, pk, pi, pk != gk ? " KILLED-ERR" : "", pi != gi ? " INJURED-ERR" : "");
      for (const auto& a : list) {
        std::printf("  %s killed %s injured %s | %.100s\n", a.id.c_str(), a.killed ? std::to_string(*a.killed).c_str() : "-",
                    a.injured ? std::to_string(*a.injured).c_str() : "-", a.title.c_str());
        if (pk != gk && a.killed_by) bench::PrintClaim(*a.killed_by, "    k ");
        if (pi != gi && a.injured_by) bench::PrintClaim(*a.injured_by, "    i ");
        if (pk != gk && gk > 0 && !a.killed_by) {
          for (const auto& s : bench::SentencesWithNumber(a.text, gk)) std::printf("    gold killed? %s\n", s.c_str());
        }
        if (pi != gi && gi > 0 && !a.injured_by) {
          for (const auto& s : bench::SentencesWithNumber(a.text, gi)) std::printf("    gold injured? %s\n", s.c_str());
        }
      }
    }
  }
  for (const auto& [name, t] : {std::pair<const char*, const Tally&>{"all incidents", all}, {"2+ articles", multi}}) {
    std::printf("gva-incidents claims, %s (%d): killed %5.1f%% (majority 1: %5.1f%%), injured %5.1f%% (majority 0: %5.1f%%)\n",
                name, t.n, Pct(t.killed, t.n), Pct(t.base_killed, t.n), Pct(t.injured, t.n), Pct(t.base_injured, t.n));
  }
  return 0;
}

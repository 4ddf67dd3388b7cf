// Speed of the cross-article stages at scale: MarkDuplicates, ClusterEvents, Reconcile and Summarize
// over N synthetic articles (default 100,000; first argument overrides) with three claims each. Articles are generated from a shared
// vocabulary plus per-event name words; one in ten is a trimmed syndicated copy. The output is checked
// before the timings are trusted: every copy must be found and no original marked, and articles of
// one synthetic event should mostly share an event.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "corroborate/cluster.h"
#include "corroborate/dedupe.h"
#include "corroborate/reconcile.h"
#include "corroborate/summarize.h"

namespace {

// Letters only: the clustering tokenizer ignores words with digits.
std::string Word(uint64_t k, const char* prefix) {
  std::string w = prefix;
  do {
    w.push_back(static_cast<char>('a' + k % 26));
    k /= 26;
  } while (k > 0);
  return w;
}

struct Rng {
  uint64_t s;
  uint64_t Next() {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return s;
  }
};

}  // namespace

int main(int argc, char** argv) {
  const int n = argc > 1 ? std::atoi(argv[1]) : 100000;
  const int per_event = 20;
  Rng rng{0x2545F4914F6CDD1DULL};
  std::vector<corroborate::Article> articles;
  std::vector<int> truth;
  std::vector<bool> is_copy;
  articles.reserve(n);
  for (int i = 0; i < n; ++i) {
    corroborate::Article a;
    a.id = "a" + std::to_string(i + 1);
    const int event = (i / per_event);
    a.published = corroborate::Date{2024, 1, 1}.AddDays(event % 300);
    if (i % 10 == 9) {  // a trimmed copy of the previous article
      const std::string& prev = articles.back().text;
      a.text = "Republished with permission. " + prev.substr(0, prev.size() * 3 / 4);
      a.title = articles.back().title;
      a.published = a.published->AddDays(1);
      is_copy.push_back(true);
    } else {
      std::string text;
      for (int w = 0; w < 250; ++w) {
        const uint64_t r = rng.Next();
        if (r % 5 == 0) {
          text += Word(static_cast<uint64_t>(event) * 7 + r % 7, "Nam") + " ";  // event's own names
        } else {
          // Zipf-like general vocabulary.
          const uint64_t k = (r >> 8) % 20000;
          text += Word(k * k / 20000, "w") + " ";
        }
        if (w % 20 == 19) text += ". ";
      }
      a.text = text;
      a.title = "Event " + Word(static_cast<uint64_t>(event), "Ev") + " news";
      is_copy.push_back(false);
    }
    truth.push_back(event);
    articles.push_back(std::move(a));
  }

  // Three claims per article: a claimant's rising toll, the outlet's own injured count, a sub-claim.
  std::vector<corroborate::Claim> claims;
  for (int i = 0; i < n; ++i) {
    const int event = truth[i];
    for (int k = 0; k < 3; ++k) {
      corroborate::Claim c;
      c.id = articles[i].id + ".c" + std::to_string(k + 1);
      c.article = articles[i].id;
      c.category = k == 1 ? corroborate::Category::kInjured : corroborate::Category::kKilled;
      c.subject = k == 2 ? "children" : "people";
      const int64_t v = 10 + event % 50 + (i % per_event) + k;
      c.value_low = v;
      c.value_high = rng.Next() % 3 ? std::optional<int64_t>(v) : std::nullopt;
      c.value_text = std::to_string(v);
      c.place = "Place" + std::to_string(event % 977);
      if (k == 0) c.source = "Agency " + std::to_string(rng.Next() % 5);
      if (k == 2) c.parent = articles[i].id + ".c1";
      c.date = articles[i].published;
      c.hedged = rng.Next() % 10 == 0;
      claims.push_back(std::move(c));
    }
  }
  auto t0 = std::chrono::steady_clock::now();
  corroborate::MarkDuplicates(articles);
  auto t1 = std::chrono::steady_clock::now();
  std::vector<corroborate::Event> events = corroborate::ClusterEvents(articles, claims);
  auto t2 = std::chrono::steady_clock::now();
  corroborate::Report report;
  report.figures = corroborate::Reconcile(articles, events, claims);
  auto t3 = std::chrono::steady_clock::now();
  report.articles = std::move(articles);
  report.claims = std::move(claims);
  report.events = std::move(events);
  corroborate::Summarize(report);
  auto t4 = std::chrono::steady_clock::now();
  articles = std::move(report.articles);
  std::printf("Reconcile %.2f s: %zu figures from %zu claims; Summarize %.2f s: %zu timeline entries, %zu event briefs\n",
              std::chrono::duration<double>(t3 - t2).count(), report.figures.size(), report.claims.size(),
              std::chrono::duration<double>(t4 - t3).count(), report.timeline.size(), report.summary.size());
  std::vector<corroborate::Event>& events_ref = report.events;

  int copies_found = 0, copies = 0, false_marks = 0;
  for (int i = 0; i < n; ++i) {
    if (is_copy[i]) {
      ++copies;
      copies_found += articles[i].duplicate_of.has_value() && *articles[i].duplicate_of == articles[i - 1].id;
    } else {
      false_marks += articles[i].duplicate_of.has_value();
    }
  }
  // Majority-event purity per synthetic event.
  std::map<int, std::map<std::string, int>> by_truth;
  for (int i = 0; i < n; ++i) ++by_truth[truth[i]][articles[i].event];
  int majority = 0;
  for (const auto& [t, m] : by_truth) {
    int top = 0;
    for (const auto& [e, c] : m) top = std::max(top, c);
    majority += top;
  }
  std::printf("articles %d: MarkDuplicates %.2f s (copies found %d/%d, originals wrongly marked %d)\n", n,
              std::chrono::duration<double>(t1 - t0).count(), copies_found, copies, false_marks);
  std::printf("ClusterEvents %.2f s: %zu events for %zu synthetic events; %.3f of articles in their event's majority cluster\n",
              std::chrono::duration<double>(t2 - t1).count(), events_ref.size(), by_truth.size(),
              static_cast<double>(majority) / n);
  const bool ok = copies_found == copies && false_marks == 0;
  std::printf("%s\n", ok ? "output checked: OK" : "output checked: WRONG");
  return ok ? 0 : 1;
}

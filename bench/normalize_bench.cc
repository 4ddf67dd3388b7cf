// Micro-benchmarks of the per-sentence scanners: numbers, time expressions, sentence splitting and
// claims extraction, on news-like text written for the benchmark. Each benchmark checks its output
// once before timing, so a broken scanner cannot post a fast time. Run: build/bench/normalize_bench
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "corroborate/extract.h"
#include "corroborate/numbers.h"
#include "corroborate/segment.h"
#include "corroborate/timex.h"

namespace corroborate {
namespace {

const char kParagraph[] =
    "At least 27 people were killed and more than 60 injured when a car bomb exploded in a crowded market on "
    "Wednesday, police said. Maria Lenz, a spokeswoman for the Interior Ministry, said nearly 4,000 people had "
    "fled the district since Monday and that dozens were still missing. \"We pulled 12 bodies from the rubble,\" "
    "said Tom Berg, a rescue worker. The blast, the worst since 2019, destroyed about 600 buildings and caused "
    "damage estimated at $40 million. Over the past 26 days, between 40 and 50 fighters have died, the army said "
    "on Tuesday, December 9, 2016 at 12:56 pm. Unconfirmed reports said as many as 50 people had died in the "
    "village of Orvik.\n\n";

std::string Text(size_t repeats) {
  std::string s;
  for (size_t i = 0; i < repeats; ++i) s += kParagraph;
  return s;
}

void Check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "normalize_bench: output check failed: %s\n", what);
    std::abort();
  }
}

void BM_FindQuantities(benchmark::State& state) {
  const std::string text = Text(static_cast<size_t>(state.range(0)));
  Check(FindQuantities(kParagraph).size() >= 8, "quantities in the paragraph");
  for (auto _ : state) benchmark::DoNotOptimize(FindQuantities(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_FindQuantities)->Arg(1)->Arg(100);

void BM_FindTimexes(benchmark::State& state) {
  const std::string text = Text(static_cast<size_t>(state.range(0)));
  const std::optional<Date> dct = Date{2016, 12, 10};
  Check(FindTimexes(kParagraph, dct).size() >= 5, "time expressions in the paragraph");
  for (auto _ : state) benchmark::DoNotOptimize(FindTimexes(text, dct));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_FindTimexes)->Arg(1)->Arg(100);

void BM_SplitSentences(benchmark::State& state) {
  const std::string text = Text(static_cast<size_t>(state.range(0)));
  Check(SplitSentences(kParagraph).size() == 6, "six sentences in the paragraph");
  for (auto _ : state) benchmark::DoNotOptimize(SplitSentences(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_SplitSentences)->Arg(100);

void BM_ExtractClaims(benchmark::State& state) {
  Article a;
  a.id = "a1";
  a.text = Text(static_cast<size_t>(state.range(0)));
  a.published = Date{2016, 12, 10};
  Article one = a;
  one.text = kParagraph;
  Check(ExtractClaims(one, {}).size() >= 5, "claims in the paragraph");
  for (auto _ : state) benchmark::DoNotOptimize(ExtractClaims(a, {}));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * a.text.size()));
}
BENCHMARK(BM_ExtractClaims)->Arg(1)->Arg(20);

}  // namespace
}  // namespace corroborate

BENCHMARK_MAIN();

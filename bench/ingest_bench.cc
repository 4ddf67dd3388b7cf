// Throughput of ingest and the text side of clean, on generated inputs (no shared data needed):
// WARC.gz reading, JSON Lines reading, charset decoding of Latin-1, and the page-dump cleaner.
// Each benchmark checks its output once before timing.
#include <benchmark/benchmark.h>
#include <zlib.h>

#include <cstdlib>
#include <string>

#include "clean/charset.h"
#include "clean/text_dump.h"
#include "ingest/readers.h"

namespace corroborate {
namespace {

std::string Paragraph(int i) {
  return "Rescue teams said on Tuesday that at least " + std::to_string(10 + i % 90) +
         " people had been killed and " + std::to_string(100 + i) +
         " injured when the river burst its banks, flooding the lower districts of the town overnight.";
}

std::string Article(int i) {
  std::string s = "<html><head><title>Flood " + std::to_string(i) + "</title></head><body>";
  for (int p = 0; p < 8; ++p) s += "<p>" + Paragraph(i + p) + "</p>";
  return s + "</body></html>";
}

std::string Gzip(const std::string& data) {
  z_stream zs{};
  deflateInit2(&zs, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, data.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

const std::string& WarcGz(size_t* records, size_t* raw_bytes) {
  static size_t n = 0, raw = 0;
  static const std::string data = [] {
    std::string out;
    for (int i = 0; i < 2000; ++i) {
      std::string body = Article(i);
      std::string http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body;
      std::string rec = "WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/" + std::to_string(i) +
                        "\r\nContent-Length: " + std::to_string(http.size()) + "\r\n\r\n" + http + "\r\n\r\n";
      raw += rec.size();
      out += Gzip(rec);
      ++n;
    }
    return out;
  }();
  *records = n;
  *raw_bytes = raw;
  return data;
}

void BM_ReadWarcGz(benchmark::State& state) {
  size_t records = 0, raw = 0;
  const std::string& data = WarcGz(&records, &raw);
  size_t got = 0;
  (void)ingest::ReadWarcFromMemory(data, "b.warc.gz", {}, [&](RawDocument) { ++got; }, [](const InputError&) {});
  if (got != records) std::abort();
  for (auto _ : state) {
    size_t docs = 0;
    (void)ingest::ReadWarcFromMemory(data, "b.warc.gz", {}, [&](RawDocument d) { docs += d.bytes.size() > 0; },
                                     [](const InputError&) {});
    benchmark::DoNotOptimize(docs);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * raw));
  state.counters["records/s"] = benchmark::Counter(static_cast<double>(state.iterations() * records), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ReadWarcGz)->Unit(benchmark::kMillisecond);

void BM_ReadJsonl(benchmark::State& state) {
  std::string data;
  const int lines = 5000;
  for (int i = 0; i < lines; ++i) {
    data += R"({"url":"https://news.example/)" + std::to_string(i) + R"(","title":"Flood","published":"2024-03-02","text":")" +
            Paragraph(i) + " " + Paragraph(i + 1) + "\"}\n";
  }
  size_t got = 0;
  (void)ingest::ReadJsonlFromMemory(data, "b.jsonl", {}, [&](RawDocument) { ++got; }, [](const InputError&) {});
  if (got != static_cast<size_t>(lines)) std::abort();
  for (auto _ : state) {
    size_t docs = 0;
    (void)ingest::ReadJsonlFromMemory(data, "b.jsonl", {}, [&](RawDocument) { ++docs; }, [](const InputError&) {});
    benchmark::DoNotOptimize(docs);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * data.size()));
}
BENCHMARK(BM_ReadJsonl)->Unit(benchmark::kMillisecond);

void BM_DecodeLatin1(benchmark::State& state) {
  std::string data;
  while (data.size() < (1 << 20)) data += "Les secours ont d\xe9" "clar\xe9 que 45 civils avaient \xe9t\xe9 tu\xe9s. ";
  auto check = DecodeToUtf8(data, "", false);
  if (!check.ok() || check->text.size() <= data.size()) std::abort();
  for (auto _ : state) benchmark::DoNotOptimize(DecodeToUtf8(data, "", false));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * data.size()));
}
BENCHMARK(BM_DecodeLatin1)->Unit(benchmark::kMillisecond);

void BM_DecodeUtf8(benchmark::State& state) {
  std::string data;
  while (data.size() < (1 << 20)) data += "Les secours ont d\xC3\xA9" "clar\xC3\xA9 que 45 civils avaient \xC3\xA9t\xC3\xA9 tu\xC3\xA9s. ";
  for (auto _ : state) benchmark::DoNotOptimize(DecodeToUtf8(data, "", false));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * data.size()));
}
BENCHMARK(BM_DecodeUtf8)->Unit(benchmark::kMillisecond);

void BM_CleanTextDump(benchmark::State& state) {
  std::string dump = "menu\n\nIndependent journalism since 1998\n\nRiver floods the lower town\n\nMarch 3, 2021 at 9:14 am\n\n";
  for (int p = 0; p < 12; ++p) dump += Paragraph(p) + "\n\n";
  dump += "Kindly Share This Story:\nFacebook\nTwitter\n\nLeave a Reply\nA comment.\n";
  auto check = CleanTextDump(dump);
  if (!check.ok() || check->title != "River floods the lower town") std::abort();
  for (auto _ : state) benchmark::DoNotOptimize(CleanTextDump(dump));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * dump.size()));
  state.counters["docs/s"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_CleanTextDump)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace corroborate

BENCHMARK_MAIN();

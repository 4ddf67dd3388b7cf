// Dedupe: syndicated copies.
//
// Design. Each article's text becomes a set of word shingles (5 lower-cased words, hashed with
// xxHash). A MinHash signature of kHashes minima (one cheap 64-bit mix per hash function and shingle)
// is cut into kBands bands of kRows rows; two articles that agree on a whole band share an LSH bucket
// and become a candidate pair. Buckets are found by sorting (band key, article) pairs, so the work is
// keyed: a map-reduce engine can shuffle on the band key. With 2 rows per band and 32 bands a pair
// with Jaccard similarity 0.2 (a copy trimmed to a fifth of the original) is a candidate with
// probability ~0.75, 0.5 with ~1.0, while unrelated news (Jaccard ~0) almost never is.
//
// Candidates are confirmed by exact containment of the smaller shingle set in the larger (a trimmed
// copy is mostly contained in its original; a rewrite that reuses a few sentences is not). Confirmed
// pairs are joined with union-find, and every member of a group points at the group's earliest
// article (by publication date, undated last, then IdLess), so duplicate_of never points at a copy.
#include "corroborate/dedupe.h"

#include <xxhash.h>

#include <algorithm>
#include <numeric>
#include <string>
#include <utility>

#include "common/ids.h"

#include "common/mix.h"

namespace corroborate {
namespace {

constexpr int kRows = 2;
// Words of a text that are shingled: any news article fits; a bound on hostile input.
constexpr size_t kMaxWords = 50000;
constexpr int kBands = 32;
constexpr int kHashes = kRows * kBands;


inline bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

struct UnionFind {
  std::vector<uint32_t> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0u); }
  uint32_t Find(uint32_t x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }
  void Union(uint32_t a, uint32_t b) {
    a = Find(a);
    b = Find(b);
    if (a == b) return;
    if (a > b) std::swap(a, b);
    parent[b] = a;
  }
};

// Earlier article first: published date (undated last), then id.
bool EarlierArticle(const Article& a, const Article& b) {
  if (a.published.has_value() != b.published.has_value()) return a.published.has_value();
  if (a.published && *a.published != *b.published) return *a.published < *b.published;
  return IdLess(a.id, b.id);
}

}  // namespace


std::vector<uint64_t> ShingleHashes(std::string_view text, int shingle_words) {
  if (shingle_words < 1) shingle_words = 1;
  // Word hashes first, then each shingle hashes the window of word hashes.
  std::vector<uint64_t> words;
  std::string word;
  for (size_t i = 0; i <= text.size() && words.size() < kMaxWords; ++i) {
    const unsigned char c = i < text.size() ? static_cast<unsigned char>(text[i]) : ' ';
    if (i < text.size() && IsWordByte(c)) {
      if (word.size() < 256) word.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
      continue;
    }
    if (!word.empty()) {
      words.push_back(XXH3_64bits(word.data(), word.size()));
      word.clear();
    }
  }
  std::vector<uint64_t> shingles;
  const size_t k = static_cast<size_t>(shingle_words);
  if (words.size() < k) return shingles;
  shingles.reserve(words.size() - k + 1);
  for (size_t i = 0; i + k <= words.size(); ++i) {
    shingles.push_back(XXH3_64bits(&words[i], k * sizeof(uint64_t)));
  }
  std::sort(shingles.begin(), shingles.end());
  shingles.erase(std::unique(shingles.begin(), shingles.end()), shingles.end());
  return shingles;
}

double Containment(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() || b.empty()) return 0;
  size_t i = 0, j = 0, common = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++common;
      ++i;
      ++j;
    }
  }
  return static_cast<double>(common) / static_cast<double>(std::min(a.size(), b.size()));
}

void MarkDuplicates(std::vector<Article>& articles) { MarkDuplicates(articles, DedupeOptions()); }

void MarkDuplicates(std::vector<Article>& articles, const DedupeOptions& options) {
  const size_t n = articles.size();
  for (Article& a : articles) a.duplicate_of.reset();
  if (n < 2) return;

  std::vector<std::vector<uint64_t>> shingles(n);
  // (band key, article index) for every article and band.
  std::vector<std::pair<uint64_t, uint32_t>> keys;
  keys.reserve(n * kBands);
  uint64_t seeds[kHashes];
  for (int h = 0; h < kHashes; ++h) seeds[h] = Mix64(0x9e3779b97f4a7c15ULL * static_cast<uint64_t>(h + 1));
  for (size_t i = 0; i < n; ++i) {
    shingles[i] = ShingleHashes(articles[i].text, options.shingle_words);
    if (static_cast<int>(shingles[i].size()) < options.min_shingles) {
      shingles[i].clear();
      continue;
    }
    uint64_t mins[kHashes];
    std::fill(std::begin(mins), std::end(mins), ~0ULL);
    for (uint64_t s : shingles[i]) {
      for (int h = 0; h < kHashes; ++h) mins[h] = std::min(mins[h], Mix64(s ^ seeds[h]));
    }
    for (int b = 0; b < kBands; ++b) {
      uint64_t parts[kRows + 1];
      parts[0] = static_cast<uint64_t>(b);
      for (int r = 0; r < kRows; ++r) parts[r + 1] = mins[b * kRows + r];
      keys.emplace_back(XXH3_64bits(parts, sizeof(parts)), static_cast<uint32_t>(i));
    }
  }
  std::sort(keys.begin(), keys.end());

  // Candidate pairs from buckets. A bucket larger than max_bucket (boilerplate shared by a whole site)
  // is compared in a sliding window, which keeps the work linear.
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  for (size_t lo = 0; lo < keys.size();) {
    size_t hi = lo + 1;
    while (hi < keys.size() && keys[hi].first == keys[lo].first) ++hi;
    const size_t window = hi - lo <= options.max_bucket ? hi - lo : 16;
    for (size_t x = lo; x < hi; ++x) {
      const size_t last = std::min(hi, x + window);
      for (size_t y = x + 1; y < last; ++y) {
        if (keys[x].second != keys[y].second) pairs.emplace_back(keys[x].second, keys[y].second);
      }
    }
    lo = hi;
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());

  UnionFind groups(n);
  for (const auto& [a, b] : pairs) {
    if (Containment(shingles[a], shingles[b]) >= options.min_containment) groups.Union(a, b);
  }

  // The earliest member of each group is its original.
  std::vector<uint32_t> original(n);
  std::iota(original.begin(), original.end(), 0u);
  for (uint32_t i = 0; i < n; ++i) {
    const uint32_t root = groups.Find(i);
    if (EarlierArticle(articles[i], articles[original[root]])) original[root] = i;
  }
  for (uint32_t i = 0; i < n; ++i) {
    const uint32_t o = original[groups.Find(i)];
    if (o != i) articles[i].duplicate_of = articles[o].id;
  }
}

}  // namespace corroborate

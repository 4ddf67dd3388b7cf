// Dedupe: syndicated copies. An article republished verbatim or trimmed on another site is marked as
// a duplicate of the earliest (then first by id) article it copies. Near-duplicates are found with
// MinHash over word shingles and LSH bands, so the work can be keyed and sharded.
#ifndef CORROBORATE_DEDUPE_H_
#define CORROBORATE_DEDUPE_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "corroborate/document.h"

namespace corroborate {

// Sets Article::duplicate_of for every article that copies another one. A copy always points at a
// non-duplicate: the earliest-published (undated last, then IdLess) article of its group of copies.
// Articles whose text is too short to judge (fewer than DedupeOptions::min_shingles shingles) are left
// alone. Deterministic; O(n) hashing plus candidate pairs from LSH buckets (no all-pairs pass).
void MarkDuplicates(std::vector<Article>& articles);

struct DedupeOptions {
  int shingle_words = 5;        // words per shingle
  int min_shingles = 8;         // texts with fewer shingles are never marked
  double min_containment = 0.8; // |A ∩ B| / min(|A|, |B|) over shingle sets to call one a copy
  size_t max_bucket = 200;      // an LSH bucket larger than this is compared in a sliding window only
};
void MarkDuplicates(std::vector<Article>& articles, const DedupeOptions& options);

// Shingle hashes (sorted, unique) of a text: lower-cased words (ASCII letters and digits, and any
// non-ASCII byte), `shingle_words` at a time, hashed with xxHash; the first 50,000 words only (words
// cut at 256 bytes). Exposed for tests and benchmarks.
std::vector<uint64_t> ShingleHashes(std::string_view text, int shingle_words);

// Containment of the smaller sorted set in the larger: |A ∩ B| / min(|A|, |B|); 0 when either is empty.
double Containment(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

}  // namespace corroborate

#endif  // CORROBORATE_DEDUPE_H_

// Dedupe: syndicated copies. An article republished verbatim or trimmed on another site is marked as
// a duplicate of the earliest (then first by id) article it copies. Near-duplicates are found with
// MinHash over word shingles and LSH bands, so the work can be keyed and sharded.
#ifndef CORROBORATE_DEDUPE_H_
#define CORROBORATE_DEDUPE_H_

#include <vector>

#include "corroborate/document.h"

namespace corroborate {

// Sets Article::duplicate_of for every article that copies another one.
void MarkDuplicates(std::vector<Article>& articles);

}  // namespace corroborate

#endif  // CORROBORATE_DEDUPE_H_

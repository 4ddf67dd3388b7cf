// Mix64: the splitmix64 finaliser, a fast 64-bit mixing function that gives the same value on every
// platform. Used where a stage hashes its own keys (dedupe's MinHash, the syntax model's features).
#ifndef CORROBORATE_COMMON_MIX_H_
#define CORROBORATE_COMMON_MIX_H_

#include <cstdint>

namespace corroborate {

inline uint64_t Mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

}  // namespace corroborate

#endif  // CORROBORATE_COMMON_MIX_H_

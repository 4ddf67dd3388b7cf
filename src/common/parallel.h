// ParallelFor: runs fn(i) for i in [0, n) on up to `threads` threads (the calling thread when one).
// Work is handed out one index at a time, so uneven items balance; callers write results into
// slot i, which keeps the output order independent of thread timing.
#ifndef CORROBORATE_COMMON_PARALLEL_H_
#define CORROBORATE_COMMON_PARALLEL_H_

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace corroborate {

// The number of worker threads to use when the caller asked for `requested` (0 = one per core).
inline unsigned WorkerThreads(unsigned requested) {
  return requested > 0 ? requested : std::max(1u, std::thread::hardware_concurrency());
}

template <typename Fn>
void ParallelFor(size_t n, unsigned threads, const Fn& fn) {
  if (n == 0) return;
  threads = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(std::min<size_t>(n, 1024))));
  if (threads == 1) {
    for (size_t i = 0; i < n; ++i) fn(i);
    return;
  }
  std::atomic<size_t> next{0};
  std::vector<std::thread> pool;
  pool.reserve(threads);
  for (unsigned t = 0; t < threads; ++t) {
    pool.emplace_back([&] {
      for (size_t i = next++; i < n; i = next++) fn(i);
    });
  }
  for (auto& th : pool) th.join();
}

}  // namespace corroborate

#endif  // CORROBORATE_COMMON_PARALLEL_H_

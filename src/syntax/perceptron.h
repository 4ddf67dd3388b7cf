// Averaged perceptron over hashed sparse features, shared by the tagger and the parser.
//
// A feature is a 32-bit key: the low bits of a 64-bit mix of a template number and the hashes of the
// words, tags or labels it reads (see Mix()). Each key holds a short list of (class, weight) pairs,
// so scoring a state costs one hash probe per feature plus one add per non-zero class: classifiers
// with a hundred classes (labelled transitions) stay as fast as four-class ones.
//
// Scoring is bound by memory latency (the parser's table is ~20 MB, far beyond the caches), so the
// index is laid out for few cache misses: an open-addressing table of 8-byte slots (key, start of
// its row) and one packed array of rows (a count, then (class, weight) pairs in 4 bytes each), so a
// feature costs one miss for the slot and one for its row. Score() first prefetches the slots of
// every feature, then probes them and prefetches the rows, then adds the weights in feature order:
// the misses overlap, and the float sums are the same additions in the same order as a plain loop.
// Both arrays ask the kernel for 2 MB pages (HugePageAllocator), sparing a TLB miss per probe.
//
// Training (PerceptronTrainer) keeps, per (key, class), the weight, its running total and the step of
// its last change, so averaging is lazy (Collins 2002; Daume's trick). Freeze() averages, prunes
// weights whose magnitude is below a threshold, quantises to 16 bits and returns the immutable
// SparseModel that Analyze() uses. SparseModel is serialised into the model file by Write()/Read().
#ifndef CORROBORATE_SYNTAX_PERCEPTRON_H_
#define CORROBORATE_SYNTAX_PERCEPTRON_H_

#include <cstdint>
#include <cstdlib>
#include <new>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/mix.h"
#include "syntax/model_io.h"

namespace corroborate::syntax {

// std::vector allocator that places large arrays on 2 MB-aligned memory and asks Linux for
// transparent huge pages there (madvise; a no-op elsewhere or when the kernel declines).
template <typename T>
struct HugePageAllocator {
  using value_type = T;
  HugePageAllocator() = default;
  template <typename U>
  HugePageAllocator(const HugePageAllocator<U>&) {}
  T* allocate(size_t n);
  void deallocate(T* p, size_t) { std::free(p); }
  template <typename U>
  bool operator==(const HugePageAllocator<U>&) const { return true; }
};
void* AllocateHuge(size_t bytes);
template <typename T>
T* HugePageAllocator<T>::allocate(size_t n) {
  void* p = AllocateHuge(n * sizeof(T));
  if (p == nullptr) throw std::bad_alloc();
  return static_cast<T*>(p);
}

// 64-bit mixing (common/mix.h); deterministic on every platform.
using corroborate::Mix64;
inline uint64_t Mix(uint64_t a, uint64_t b) { return Mix64(a * 0x9e3779b97f4a7c15ULL + b + 0x632be59bd9b4e019ULL); }
inline uint64_t Mix(uint64_t a, uint64_t b, uint64_t c) { return Mix(Mix(a, b), c); }
inline uint64_t Mix(uint64_t a, uint64_t b, uint64_t c, uint64_t d) { return Mix(Mix(Mix(a, b), c), d); }
inline uint32_t FeatureKey(uint64_t h) { return static_cast<uint32_t>(h ^ (h >> 32)); }

// 64-bit hash of a string (XXH3).
uint64_t HashString(std::string_view s);

// Immutable scorer: key -> [(class, weight)].
class SparseModel {
 public:
  SparseModel() = default;
  int classes() const { return classes_; }
  size_t keys() const { return keys_; }
  size_t weights() const { return weights_; }
  // scores (size classes()) += weights of every feature in `features`.
  void Score(const std::vector<uint32_t>& features, float* scores) const;

  // A copy without the weights of magnitude below min_abs (and keys left with none).
  SparseModel Pruned(float min_abs) const;

  void Write(ByteWriter* out) const;
  bool Read(ByteReader* in);  // false on a malformed table

 private:
  friend class PerceptronTrainer;
  // One slot of the open-addressing index; row == kEmpty marks a free slot.
  struct Slot {
    uint32_t key;
    uint32_t row;  // index into rows_: the count, then that many packed (class, weight) pairs
  };
  static constexpr uint32_t kEmpty = 0xFFFFFFFFu;
  // The serialised form: sorted keys, each with its (class, weight) pairs.
  struct Flat {
    std::vector<uint32_t> keys;     // sorted
    std::vector<uint32_t> offsets;  // keys.size() + 1 offsets into class_of/weights
    std::vector<uint16_t> class_of;
    std::vector<int16_t> weights;  // quantised: weight = weights[i] * scale_
  };
  Flat Flatten() const;
  void BuildIndex(const Flat& flat);
  uint32_t Home(uint32_t key) const { return (key * 0x9E3779B1u) & mask_; }
  uint32_t FindRow(uint32_t key) const;  // kEmpty when the key has no weights

  int classes_ = 0;
  float scale_ = 1.0f;
  size_t keys_ = 0, weights_ = 0;
  std::vector<Slot, HugePageAllocator<Slot>> slots_;       // open addressing, at most half full
  std::vector<uint32_t, HugePageAllocator<uint32_t>> rows_;    // per key: count, then (class | weight << 16) pairs
  uint32_t mask_ = 0;
};

class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(int classes) : classes_(classes) {}
  int classes() const { return classes_; }
  void Score(const std::vector<uint32_t>& features, float* scores) const;
  // One perceptron step: +1 to `truth`, -1 to `guess` for every feature (nothing when equal).
  void Update(int truth, int guess, const std::vector<uint32_t>& features);
  // Counts one training example (the averaging clock).
  void Tick() { ++step_; }
  // Averaged, pruned (|w| < prune dropped) and quantised weights.
  SparseModel Freeze(float prune) const;

 private:
  struct Entry {
    uint16_t cls;
    float w;
    double total;
    int64_t stamp;
  };
  void Add(uint32_t key, int cls, float delta);

  int classes_;
  int64_t step_ = 0;
  std::unordered_map<uint32_t, std::vector<Entry>> table_;
};

}  // namespace corroborate::syntax

#endif  // CORROBORATE_SYNTAX_PERCEPTRON_H_

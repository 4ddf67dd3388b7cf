#include "syntax/perceptron.h"

#include <xxhash.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace corroborate::syntax {

uint64_t HashString(std::string_view s) { return XXH3_64bits(s.data(), s.size()); }

void* AllocateHuge(size_t bytes) {
  constexpr size_t kHuge = size_t{2} << 20;
  if (bytes < kHuge / 2) return std::malloc(bytes == 0 ? 1 : bytes);
  const size_t rounded = (bytes + kHuge - 1) / kHuge * kHuge;
  void* p = std::aligned_alloc(kHuge, rounded);
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  if (p != nullptr) madvise(p, rounded, MADV_HUGEPAGE);
#endif
  return p;
}

uint32_t SparseModel::FindRow(uint32_t key) const {
  if (slots_.empty()) return kEmpty;
  for (uint32_t i = Home(key);; i = (i + 1) & mask_) {
    const Slot& s = slots_[i];
    if (s.row == kEmpty || s.key == key) return s.row;
  }
}

void SparseModel::Score(const std::vector<uint32_t>& features, float* scores) const {
  if (slots_.empty()) return;
  constexpr size_t kBatch = 128;
  uint32_t row[kBatch];
  for (size_t start = 0; start < features.size(); start += kBatch) {
    const uint32_t* f = features.data() + start;
    const size_t n = std::min(kBatch, features.size() - start);
    for (size_t j = 0; j < n; ++j) __builtin_prefetch(&slots_[Home(f[j])]);
    for (size_t j = 0; j < n; ++j) {
      row[j] = FindRow(f[j]);
      if (row[j] != kEmpty) __builtin_prefetch(&rows_[row[j]]);
    }
    for (size_t j = 0; j < n; ++j) {
      if (row[j] == kEmpty) continue;
      const uint32_t* r = &rows_[row[j]];
      for (uint32_t i = 1; i <= r[0]; ++i) {
        const int16_t w = static_cast<int16_t>(r[i] >> 16);
        scores[r[i] & 0xFFFFu] += w * scale_;
      }
    }
  }
}

SparseModel SparseModel::Pruned(float min_abs) const {
  const Flat flat = Flatten();
  Flat kept;
  kept.offsets.push_back(0);
  for (size_t k = 0; k < flat.keys.size(); ++k) {
    for (uint32_t i = flat.offsets[k]; i < flat.offsets[k + 1]; ++i) {
      if (std::fabs(flat.weights[i] * scale_) < min_abs) continue;
      kept.class_of.push_back(flat.class_of[i]);
      kept.weights.push_back(flat.weights[i]);
    }
    if (kept.class_of.size() == kept.offsets.back()) continue;
    kept.keys.push_back(flat.keys[k]);
    kept.offsets.push_back(static_cast<uint32_t>(kept.class_of.size()));
  }
  SparseModel m;
  m.classes_ = classes_;
  m.scale_ = scale_;
  m.BuildIndex(kept);
  return m;
}

SparseModel::Flat SparseModel::Flatten() const {
  std::vector<std::pair<uint32_t, uint32_t>> key_rows;  // (key, row)
  key_rows.reserve(keys_);
  for (const Slot& s : slots_) {
    if (s.row != kEmpty) key_rows.emplace_back(s.key, s.row);
  }
  std::sort(key_rows.begin(), key_rows.end());
  Flat flat;
  flat.offsets.push_back(0);
  for (const auto& [key, row] : key_rows) {
    flat.keys.push_back(key);
    for (uint32_t i = 1; i <= rows_[row]; ++i) {
      flat.class_of.push_back(static_cast<uint16_t>(rows_[row + i] & 0xFFFFu));
      flat.weights.push_back(static_cast<int16_t>(rows_[row + i] >> 16));
    }
    flat.offsets.push_back(static_cast<uint32_t>(flat.class_of.size()));
  }
  return flat;
}

void SparseModel::BuildIndex(const Flat& flat) {
  keys_ = flat.keys.size();
  weights_ = flat.weights.size();
  uint32_t cap = 16;
  while (cap < keys_ * 2) cap <<= 1;
  mask_ = cap - 1;
  slots_.assign(cap, Slot{0, kEmpty});
  rows_.clear();
  rows_.reserve(keys_ + weights_);
  for (uint32_t k = 0; k < keys_; ++k) {
    uint32_t i = Home(flat.keys[k]);
    while (slots_[i].row != kEmpty) i = (i + 1) & mask_;
    slots_[i] = Slot{flat.keys[k], static_cast<uint32_t>(rows_.size())};
    rows_.push_back(flat.offsets[k + 1] - flat.offsets[k]);
    for (uint32_t w = flat.offsets[k]; w < flat.offsets[k + 1]; ++w) {
      rows_.push_back(flat.class_of[w] | static_cast<uint32_t>(static_cast<uint16_t>(flat.weights[w])) << 16);
    }
  }
}

void SparseModel::Write(ByteWriter* out) const {
  const Flat flat = Flatten();
  out->Varint(classes_);
  out->Float(scale_);
  out->Varint(flat.keys.size());
  uint32_t prev = 0;
  for (uint32_t k : flat.keys) {  // sorted: deltas are small
    out->Varint(k - prev);
    prev = k;
  }
  for (size_t k = 0; k < flat.keys.size(); ++k) out->Varint(flat.offsets[k + 1] - flat.offsets[k]);
  for (uint16_t c : flat.class_of) out->Varint(c);
  for (int16_t w : flat.weights) out->Signed(w);
}

bool SparseModel::Read(ByteReader* in) {
  uint64_t classes, n;
  if (!in->Varint(&classes) || classes == 0 || classes > 4096 || !in->Float(&scale_) || !in->Count(&n)) return false;
  classes_ = static_cast<int>(classes);
  Flat flat;
  flat.keys.resize(n);
  uint64_t prev = 0;
  for (auto& k : flat.keys) {
    uint64_t d;
    if (!in->Varint(&d) || prev + d > UINT32_MAX || (d == 0 && &k != &flat.keys[0])) return false;
    prev += d;
    k = static_cast<uint32_t>(prev);
  }
  flat.offsets.assign(n + 1, 0);
  for (size_t k = 0; k < n; ++k) {
    uint64_t c;
    if (!in->Count(&c)) return false;
    flat.offsets[k + 1] = flat.offsets[k] + static_cast<uint32_t>(c);
  }
  flat.class_of.resize(flat.offsets[n]);
  flat.weights.resize(flat.offsets[n]);
  for (auto& c : flat.class_of) {
    uint64_t v;
    if (!in->Varint(&v) || v >= classes) return false;
    c = static_cast<uint16_t>(v);
  }
  for (auto& w : flat.weights) {
    int64_t v;
    if (!in->Signed(&v) || v < INT16_MIN || v > INT16_MAX) return false;
    w = static_cast<int16_t>(v);
  }
  BuildIndex(flat);
  return true;
}

void PerceptronTrainer::Score(const std::vector<uint32_t>& features, float* scores) const {
  for (uint32_t f : features) {
    auto it = table_.find(f);
    if (it == table_.end()) continue;
    for (const Entry& e : it->second) scores[e.cls] += e.w;
  }
}

void PerceptronTrainer::Add(uint32_t key, int cls, float delta) {
  auto& entries = table_[key];
  for (Entry& e : entries) {
    if (e.cls == cls) {
      e.total += static_cast<double>(step_ - e.stamp) * e.w;
      e.stamp = step_;
      e.w += delta;
      return;
    }
  }
  entries.push_back({static_cast<uint16_t>(cls), delta, 0.0, step_});
}

void PerceptronTrainer::Update(int truth, int guess, const std::vector<uint32_t>& features) {
  if (truth == guess) return;
  for (uint32_t f : features) {
    Add(f, truth, 1.0f);
    Add(f, guess, -1.0f);
  }
}

SparseModel PerceptronTrainer::Freeze(float prune) const {
  std::vector<uint32_t> keys;
  keys.reserve(table_.size());
  for (const auto& [k, v] : table_) keys.push_back(k);
  std::sort(keys.begin(), keys.end());
  std::vector<std::pair<uint16_t, float>> row;
  std::vector<std::vector<std::pair<uint16_t, float>>> rows;
  float max_abs = 1e-9f;
  std::vector<uint32_t> kept;
  for (uint32_t k : keys) {
    row.clear();
    for (const Entry& e : table_.at(k)) {
      const double total = e.total + static_cast<double>(step_ - e.stamp) * e.w;
      const float avg = static_cast<float>(total / std::max<int64_t>(step_, 1));
      if (std::fabs(avg) < prune) continue;
      row.emplace_back(e.cls, avg);
      max_abs = std::max(max_abs, std::fabs(avg));
    }
    if (row.empty()) continue;
    std::sort(row.begin(), row.end());
    kept.push_back(k);
    rows.push_back(row);
  }
  SparseModel m;
  m.classes_ = classes_;
  m.scale_ = max_abs / 32767.0f;
  SparseModel::Flat flat;
  flat.keys = kept;
  flat.offsets.push_back(0);
  for (const auto& r : rows) {
    for (const auto& [c, w] : r) {
      const long q = std::lround(w / m.scale_);
      if (q == 0) continue;
      flat.class_of.push_back(c);
      flat.weights.push_back(static_cast<int16_t>(std::clamp<long>(q, -32767, 32767)));
    }
    flat.offsets.push_back(static_cast<uint32_t>(flat.class_of.size()));
  }
  m.BuildIndex(flat);
  return m;
}

}  // namespace corroborate::syntax

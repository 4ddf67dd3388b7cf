#include "syntax/tagger.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <random>

namespace corroborate::syntax {
namespace {

constexpr uint64_t kPad = 0x1234567ULL;  // hash of a position outside the sentence
constexpr uint64_t kStartTag = 999;

// Template numbers; append only (they are part of the model's feature hashes).
enum Tpl : uint64_t {
  kBias = 1, kWord, kForm, kSuf1, kSuf2, kSuf3, kSuf4, kPre1, kPre2, kPre3, kShape, kFlags,
  kPrevWord, kPrev2Word, kNextWord, kNext2Word, kPrevSuf3, kNextSuf3, kNextSuf2, kPrevShape, kNextShape,
  kTag1, kTag2, kTag12, kTag1Word, kTag1Suf3, kPrevWordWord, kWordNextWord, kTag1NextWord, kNext2Suf3,
  kFirstFlags, kAmb, kNextAmb, kNext2Amb, kAmbNextAmb, kTag1AmbNextAmb, kWordNextAmb, kPrevAmb,
  kPrevForm, kNextForm, kTag12Amb, kNextAmbNext2Amb,
};

inline uint32_t F(uint64_t t, uint64_t a) { return FeatureKey(Mix(t, a)); }
inline uint32_t F(uint64_t t, uint64_t a, uint64_t b) { return FeatureKey(Mix(t, a, b)); }
inline uint32_t F(uint64_t t, uint64_t a, uint64_t b, uint64_t c) { return FeatureKey(Mix(t, a, b, c)); }

}  // namespace

void TaggerFeatures(const std::vector<Lexeme>& words, const std::vector<uint32_t>& amb, const std::vector<int>& tags, size_t i,
                    std::vector<uint32_t>* out) {
  out->clear();
  const size_t n = words.size();
  const Lexeme& w = words[i];
  auto word_at = [&](long j) { return (j < 0 || j >= static_cast<long>(n)) ? kPad : words[j].word; };
  auto suf3_at = [&](long j) { return (j < 0 || j >= static_cast<long>(n)) ? kPad : words[j].suffix[2]; };
  auto shape_at = [&](long j) { return (j < 0 || j >= static_cast<long>(n)) ? kPad : words[j].shape; };
  const long li = static_cast<long>(i);
  const uint64_t t1 = i >= 1 ? static_cast<uint64_t>(tags[i - 1]) : kStartTag;
  const uint64_t t2 = i >= 2 ? static_cast<uint64_t>(tags[i - 2]) : kStartTag;
  out->push_back(F(kBias, 0));
  out->push_back(F(kWord, w.word));
  out->push_back(F(kForm, w.form));
  out->push_back(F(kSuf1, w.suffix[0]));
  out->push_back(F(kSuf2, w.suffix[1]));
  out->push_back(F(kSuf3, w.suffix[2]));
  out->push_back(F(kSuf4, w.suffix[3]));
  out->push_back(F(kPre1, w.prefix[0]));
  out->push_back(F(kPre2, w.prefix[1]));
  out->push_back(F(kPre3, w.prefix[2]));
  out->push_back(F(kShape, w.shape));
  out->push_back(F(kFlags, w.flags));
  out->push_back(F(kFirstFlags, w.flags, i == 0));
  out->push_back(F(kPrevWord, word_at(li - 1)));
  out->push_back(F(kPrev2Word, word_at(li - 2)));
  out->push_back(F(kNextWord, word_at(li + 1)));
  out->push_back(F(kNext2Word, word_at(li + 2)));
  out->push_back(F(kPrevSuf3, suf3_at(li - 1)));
  out->push_back(F(kNextSuf3, suf3_at(li + 1)));
  out->push_back(F(kNext2Suf3, suf3_at(li + 2)));
  out->push_back(F(kNextSuf2, li + 1 < static_cast<long>(n) ? words[i + 1].suffix[1] : kPad));
  out->push_back(F(kPrevShape, shape_at(li - 1)));
  out->push_back(F(kNextShape, shape_at(li + 1)));
  out->push_back(F(kTag1, t1));
  out->push_back(F(kTag2, t2));
  out->push_back(F(kTag12, t1, t2));
  out->push_back(F(kTag1Word, t1, w.word));
  out->push_back(F(kTag1Suf3, t1, w.suffix[2]));
  out->push_back(F(kPrevWordWord, word_at(li - 1), w.word));
  out->push_back(F(kWordNextWord, w.word, word_at(li + 1)));
  out->push_back(F(kTag1NextWord, t1, word_at(li + 1)));
  auto amb_at = [&](long j) -> uint64_t { return (j < 0 || j >= static_cast<long>(n)) ? kPad : amb[j]; };
  out->push_back(F(kAmb, amb[i]));
  out->push_back(F(kPrevAmb, amb_at(li - 1)));
  out->push_back(F(kNextAmb, amb_at(li + 1)));
  out->push_back(F(kNext2Amb, amb_at(li + 2)));
  out->push_back(F(kAmbNextAmb, amb[i], amb_at(li + 1)));
  out->push_back(F(kTag1AmbNextAmb, t1, amb[i], amb_at(li + 1)));
  out->push_back(F(kWordNextAmb, w.word, amb_at(li + 1)));
  out->push_back(F(kPrevForm, li >= 1 ? words[i - 1].form : kPad));
  out->push_back(F(kNextForm, li + 1 < static_cast<long>(n) ? words[i + 1].form : kPad));
  out->push_back(F(kTag12Amb, t1, t2, amb[i]));
  out->push_back(F(kNextAmbNext2Amb, amb_at(li + 1), amb_at(li + 2)));
}

std::vector<uint32_t> Tagger::AmbiguityClasses(const std::vector<Lexeme>& words) const {
  std::vector<uint32_t> out(words.size(), 0);
  for (size_t i = 0; i < words.size(); ++i) {
    auto it = lexicon_.find(FeatureKey(words[i].word));
    if (it != lexicon_.end()) out[i] = it->second;
  }
  return out;
}

std::vector<int> Tagger::Tag(const std::vector<Lexeme>& words) const {
  std::vector<int> tags(words.size(), 0);
  std::vector<uint32_t> feats;
  std::vector<float> scores(tags_.size());
  const std::vector<uint32_t> amb = AmbiguityClasses(words);
  for (size_t i = 0; i < words.size(); ++i) {
    TaggerFeatures(words, amb, tags, i, &feats);
    std::fill(scores.begin(), scores.end(), 0.0f);
    model_.Score(feats, scores.data());
    tags[i] = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
  }
  return tags;
}

int Tagger::TagId(std::string_view tag) const {
  for (size_t i = 0; i < tags_.size(); ++i) {
    if (tags_[i] == tag) return static_cast<int>(i);
  }
  return -1;
}

void Tagger::Write(ByteWriter* out) const {
  out->Varint(tags_.size());
  for (const auto& t : tags_) out->String(t);
  std::vector<std::pair<uint32_t, uint32_t>> lex(lexicon_.begin(), lexicon_.end());
  std::sort(lex.begin(), lex.end());
  out->Varint(lex.size());
  uint32_t prev = 0;
  for (const auto& [k, v] : lex) {
    out->Varint(k - prev);
    out->Varint(v);
    prev = k;
  }
  model_.Write(out);
}

bool Tagger::Read(ByteReader* in) {
  uint64_t n;
  if (!in->Count(&n) || n == 0) return false;
  tags_.resize(n);
  for (auto& t : tags_) {
    if (!in->String(&t)) return false;
  }
  uint64_t entries, key = 0;
  if (!in->Count(&entries)) return false;
  lexicon_.reserve(entries);
  for (uint64_t e = 0; e < entries; ++e) {
    uint64_t d, v;
    if (!in->Varint(&d) || !in->Varint(&v)) return false;
    key += d;
    lexicon_[static_cast<uint32_t>(key)] = static_cast<uint32_t>(v);
  }
  return model_.Read(in) && model_.classes() == static_cast<int>(n);
}

const std::vector<std::string>& Column(const TreebankSentence& s, TagColumn column) {
  return column == TagColumn::kUpos ? s.upos : s.xpos;
}

Tagger Tagger::Train(const std::vector<TreebankSentence>& train, TagColumn column, int epochs,
                     const std::function<void(int, double)>& progress) {
  Tagger t;
  std::map<std::string, int> seen;
  for (const auto& s : train) {
    for (size_t i = 0; i < s.size(); ++i) seen.emplace(Column(s, column)[i], 0);
  }
  for (auto& [name, id] : seen) {
    id = static_cast<int>(t.tags_.size());
    t.tags_.push_back(name);
  }
  std::vector<std::vector<Lexeme>> lex;
  std::vector<std::vector<int>> gold;
  std::unordered_map<uint32_t, std::vector<int>> counts;
  for (const auto& s : train) {
    lex.push_back(MakeLexemes(std::vector<std::string_view>(s.form.begin(), s.form.end())));
    std::vector<int> g;
    for (size_t i = 0; i < s.size(); ++i) g.push_back(seen[Column(s, column)[i]]);
    for (size_t i = 0; i < g.size(); ++i) {
      auto& c = counts[FeatureKey(lex.back()[i].word)];
      c.resize(t.tags_.size());
      ++c[g[i]];
    }
    gold.push_back(g);
  }
  for (const auto& [key, c] : counts) {  // words seen 3+ times; tags with 2%+ of their uses
    const int total = std::accumulate(c.begin(), c.end(), 0);
    if (total < 3) continue;
    uint32_t mask = 0;
    for (size_t k = 0; k < c.size(); ++k) {
      if (c[k] * 50 >= total) mask |= 1u << k;
    }
    t.lexicon_[key] = mask;
  }
  std::vector<std::vector<uint32_t>> amb;
  for (const auto& l : lex) amb.push_back(t.AmbiguityClasses(l));
  PerceptronTrainer p(static_cast<int>(t.tags_.size()));
  std::vector<size_t> order(train.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937 rng(7);
  std::vector<uint32_t> feats;
  std::vector<float> scores(t.tags_.size());
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    size_t right = 0, total = 0;
    for (size_t k : order) {
      std::vector<int> tags(lex[k].size(), 0);
      for (size_t i = 0; i < lex[k].size(); ++i) {
        TaggerFeatures(lex[k], amb[k], tags, i, &feats);
        std::fill(scores.begin(), scores.end(), 0.0f);
        p.Score(feats, scores.data());
        const int guess = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
        p.Tick();
        p.Update(gold[k][i], guess, feats);
        tags[i] = guess;
        right += guess == gold[k][i];
        ++total;
      }
    }
    if (progress) progress(epoch, total ? static_cast<double>(right) / total : 0.0);
  }
  t.model_ = p.Freeze(0.0f);
  return t;
}

}  // namespace corroborate::syntax

#include "syntax/parser.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <random>

namespace corroborate::syntax {
namespace {

constexpr uint64_t kNone = 0x9d2c5680ULL;  // no such node
constexpr uint64_t kRootWord = 0xefc60000ULL;
constexpr int kShift = 0, kReduce = 1;
inline int LeftMove(int label) { return 2 + 2 * label; }
inline int RightMove(int label) { return 3 + 2 * label; }
inline bool IsLeft(int move) { return move >= 2 && move % 2 == 0; }
inline bool IsRight(int move) { return move >= 3 && move % 2 == 1; }
inline int MoveLabel(int move) { return (move - 2) / 2; }

// Positions: 0 is the artificial root, words are 1..n.
struct State {
  explicit State(int n)
      : n(n), head(n + 1, -1), label(n + 1, -1), l1(n + 1, 0), l2(n + 1, 0), r1(n + 1, 0), r2(n + 1, 0),
        vl(n + 1, 0), vr(n + 1, 0), lset(n + 1, 0), rset(n + 1, 0) {
    stack.push_back(0);
  }
  int n;
  int b = 1;
  std::vector<int> stack;
  std::vector<int> head, label, l1, l2, r1, r2, vl, vr;
  std::vector<uint64_t> lset, rset;
  bool root_taken = false;

  bool Done() const { return b > n; }
  int S0() const { return stack.back(); }
  void AddArc(int h, int d, int lab) {
    head[d] = h;
    label[d] = lab;
    if (d < h) {
      l2[h] = l1[h];
      l1[h] = d;  // left dependents arrive right to left
      ++vl[h];
      lset[h] |= 1ULL << (lab & 63);
    } else {
      r2[h] = r1[h];
      r1[h] = d;  // right dependents arrive left to right
      ++vr[h];
      rset[h] |= 1ULL << (lab & 63);
    }
    if (h == 0) root_taken = true;
  }
  bool Legal(int move) const {
    if (move == kShift) return b <= n;
    if (move == kReduce) return S0() != 0 && head[S0()] != -1;
    if (IsLeft(move)) return b <= n && S0() != 0 && head[S0()] == -1;
    return b <= n && !(S0() == 0 && root_taken);
  }
  void Apply(int move) {
    if (move == kShift) {
      stack.push_back(b++);
    } else if (move == kReduce) {
      stack.pop_back();
    } else if (IsLeft(move)) {
      AddArc(b, S0(), MoveLabel(move));
      stack.pop_back();
    } else {
      AddArc(S0(), b, MoveLabel(move));
      stack.push_back(b++);
    }
  }
};

// Template numbers; append only.
enum Tpl : uint64_t {
  kS0wp = 1, kS0w, kS0p, kN0wp, kN0w, kN0p, kN1wp, kN1w, kN1p, kN2wp, kN2w, kN2p,
  kS0wpN0wp, kS0wpN0w, kS0wN0wp, kS0wpN0p, kS0pN0wp, kS0wN0w, kS0pN0p, kN0pN1p,
  kN0pN1pN2p, kS0pN0pN1p, kS0hpS0pN0p, kS0pS0lpN0p, kS0pS0rpN0p, kS0pN0pN0lp,
  kS0wD, kS0pD, kN0wD, kN0pD, kS0wN0wD, kS0pN0pD,
  kS0wVr, kS0pVr, kS0wVl, kS0pVl, kN0wVl, kN0pVl,
  kS0hw, kS0hp, kS0l, kS0lw, kS0lp, kS0ll, kS0rw, kS0rp, kS0rl, kN0lw, kN0lp, kN0ll,
  kS0h2w, kS0h2p, kS0hl, kS0l2w, kS0l2p, kS0l2l, kS0r2w, kS0r2p, kS0r2l, kN0l2w, kN0l2p, kN0l2l,
  kS0pS0lpS0l2p, kS0pS0rpS0r2p, kS0pS0hpS0h2p, kN0pN0lpN0l2p,
  kS0wSr, kS0pSr, kS0wSl, kS0pSl, kN0wNl, kN0pNl,
  kS1w, kS1p, kS1wp, kS1pS0pN0p, kS1pS0p, kS1wS0w, kBias, kN0suf, kS0suf, kN0wN1w, kS0wN0pN1p,
};

class Featurizer {
 public:
  Featurizer(const std::vector<Lexeme>& words, const std::vector<int>& tags) : words_(words), tags_(tags) {}

  void Extract(const State& s, std::vector<uint32_t>* out) const {
    out->clear();
    const int s0 = s.S0();
    const int s1 = s.stack.size() >= 2 ? s.stack[s.stack.size() - 2] : -1;
    const int n0 = s.b <= s.n ? s.b : -1;
    const int n1 = s.b + 1 <= s.n ? s.b + 1 : -1;
    const int n2 = s.b + 2 <= s.n ? s.b + 2 : -1;
    const int s0h = s.head[s0] > 0 || (s.head[s0] == 0 && s0 != 0) ? s.head[s0] : -1;
    const int s0h2 = s0h > 0 && s.head[s0h] >= 0 ? s.head[s0h] : -1;
    const int s0l = s.l1[s0] ? s.l1[s0] : -1, s0l2 = s.l2[s0] ? s.l2[s0] : -1;
    const int s0r = s.r1[s0] ? s.r1[s0] : -1, s0r2 = s.r2[s0] ? s.r2[s0] : -1;
    const int n0l = n0 > 0 && s.l1[n0] ? s.l1[n0] : -1, n0l2 = n0 > 0 && s.l2[n0] ? s.l2[n0] : -1;
    auto W = [&](int p) -> uint64_t { return p < 0 ? kNone : p == 0 ? kRootWord : words_[p - 1].word; };
    auto P = [&](int p) -> uint64_t { return p < 0 ? kNone : p == 0 ? 1000 : static_cast<uint64_t>(tags_[p - 1]); };
    auto L = [&](int p) -> uint64_t { return p < 0 || s.label[p] < 0 ? kNone : static_cast<uint64_t>(s.label[p]); };
    auto add = [&](uint64_t t, uint64_t a, uint64_t b = 0, uint64_t c = 0) { out->push_back(FeatureKey(Mix(t, a, b, c))); };
    const uint64_t d = n0 > 0 ? static_cast<uint64_t>(std::min(n0 - s0, 8)) : 0;
    add(kBias, 0);
    add(kS0wp, W(s0), P(s0));
    add(kS0w, W(s0));
    add(kS0p, P(s0));
    add(kN0wp, W(n0), P(n0));
    add(kN0w, W(n0));
    add(kN0p, P(n0));
    add(kN1wp, W(n1), P(n1));
    add(kN1w, W(n1));
    add(kN1p, P(n1));
    add(kN2wp, W(n2), P(n2));
    add(kN2w, W(n2));
    add(kN2p, P(n2));
    add(kS0wpN0wp, Mix(W(s0), P(s0)), W(n0), P(n0));
    add(kS0wpN0w, W(s0), P(s0), W(n0));
    add(kS0wN0wp, W(s0), W(n0), P(n0));
    add(kS0wpN0p, W(s0), P(s0), P(n0));
    add(kS0pN0wp, P(s0), W(n0), P(n0));
    add(kS0wN0w, W(s0), W(n0));
    add(kS0pN0p, P(s0), P(n0));
    add(kN0pN1p, P(n0), P(n1));
    add(kN0pN1pN2p, P(n0), P(n1), P(n2));
    add(kS0pN0pN1p, P(s0), P(n0), P(n1));
    add(kS0hpS0pN0p, P(s0h), P(s0), P(n0));
    add(kS0pS0lpN0p, P(s0), P(s0l), P(n0));
    add(kS0pS0rpN0p, P(s0), P(s0r), P(n0));
    add(kS0pN0pN0lp, P(s0), P(n0), P(n0l));
    add(kS0wD, W(s0), d);
    add(kS0pD, P(s0), d);
    add(kN0wD, W(n0), d);
    add(kN0pD, P(n0), d);
    add(kS0wN0wD, W(s0), W(n0), d);
    add(kS0pN0pD, P(s0), P(n0), d);
    add(kS0wVr, W(s0), s.vr[s0]);
    add(kS0pVr, P(s0), s.vr[s0]);
    add(kS0wVl, W(s0), s.vl[s0]);
    add(kS0pVl, P(s0), s.vl[s0]);
    add(kN0wVl, W(n0), n0 > 0 ? s.vl[n0] : 0);
    add(kN0pVl, P(n0), n0 > 0 ? s.vl[n0] : 0);
    add(kS0hw, W(s0h));
    add(kS0hp, P(s0h));
    add(kS0l, L(s0));
    add(kS0lw, W(s0l));
    add(kS0lp, P(s0l));
    add(kS0ll, L(s0l));
    add(kS0rw, W(s0r));
    add(kS0rp, P(s0r));
    add(kS0rl, L(s0r));
    add(kN0lw, W(n0l));
    add(kN0lp, P(n0l));
    add(kN0ll, L(n0l));
    add(kS0h2w, W(s0h2));
    add(kS0h2p, P(s0h2));
    add(kS0hl, L(s0h));
    add(kS0l2w, W(s0l2));
    add(kS0l2p, P(s0l2));
    add(kS0l2l, L(s0l2));
    add(kS0r2w, W(s0r2));
    add(kS0r2p, P(s0r2));
    add(kS0r2l, L(s0r2));
    add(kN0l2w, W(n0l2));
    add(kN0l2p, P(n0l2));
    add(kN0l2l, L(n0l2));
    add(kS0pS0lpS0l2p, P(s0), P(s0l), P(s0l2));
    add(kS0pS0rpS0r2p, P(s0), P(s0r), P(s0r2));
    add(kS0pS0hpS0h2p, P(s0), P(s0h), P(s0h2));
    add(kN0pN0lpN0l2p, P(n0), P(n0l), P(n0l2));
    add(kS0wSr, W(s0), s.rset[s0]);
    add(kS0pSr, P(s0), s.rset[s0]);
    add(kS0wSl, W(s0), s.lset[s0]);
    add(kS0pSl, P(s0), s.lset[s0]);
    add(kN0wNl, W(n0), n0 > 0 ? s.lset[n0] : 0);
    add(kN0pNl, P(n0), n0 > 0 ? s.lset[n0] : 0);
    add(kS1w, W(s1));
    add(kS1p, P(s1));
    add(kS1wp, W(s1), P(s1));
    add(kS1pS0pN0p, P(s1), P(s0), P(n0));
    add(kS1pS0p, P(s1), P(s0));
    add(kS1wS0w, W(s1), W(s0));
    add(kN0suf, n0 > 0 ? words_[n0 - 1].suffix[2] : kNone, P(n0));
    add(kS0suf, s0 > 0 ? words_[s0 - 1].suffix[2] : kNone, P(s0));
    add(kN0wN1w, W(n0), W(n1));
    add(kS0wN0pN1p, W(s0), P(n0), P(n1));
  }

 private:
  const std::vector<Lexeme>& words_;
  const std::vector<int>& tags_;
};

int BestLegal(const State& s, const std::vector<float>& scores) {
  int best = -1;
  for (int m = 0; m < static_cast<int>(scores.size()); ++m) {
    if (s.Legal(m) && (best < 0 || scores[m] > scores[best])) best = m;
  }
  return best;
}

// At run time the label must also fit the arc: "root" exactly for the arc from the artificial root.
// (Training picks by Legal() alone; the committed model was trained that way.)
int BestLabelled(const State& s, const std::vector<float>& scores, int root_label) {
  int best = -1;
  for (int m = 0; m < static_cast<int>(scores.size()); ++m) {
    if (!s.Legal(m)) continue;
    if (IsLeft(m) && MoveLabel(m) == root_label) continue;
    if (IsRight(m) && (MoveLabel(m) == root_label) != (s.S0() == 0)) continue;
    if (best < 0 || scores[m] > scores[best]) best = m;
  }
  return best >= 0 ? best : BestLegal(s, scores);
}

// Moves that lose no more reachable gold arcs than the best move (Goldberg & Nivre 2012).
// gold: head position per position (0 = root), gold_label per position.
struct Oracle {
  const std::vector<int>& gold;
  const std::vector<int>& gold_label;

  bool InStack(const State& s, int k) const { return std::find(s.stack.begin(), s.stack.end(), k) != s.stack.end(); }
  int BufferDependents(const State& s, int h) const {
    int c = 0;
    for (int d = s.b; d <= s.n; ++d) c += gold[d] == h;
    return c;
  }
  int StackArcsWith(const State& s, int b, bool count_head) const {
    int c = 0;
    for (int k : s.stack) {
      if (count_head && gold[b] == k && !(k == 0 && s.root_taken)) ++c;
      if (k != 0 && gold[k] == b && s.head[k] == -1) ++c;
    }
    return c;
  }
  int Cost(const State& s, int move) const {
    const int s0 = s.S0(), b = s.b;
    if (move == kShift) return StackArcsWith(s, b, true);
    if (move == kReduce) return BufferDependents(s, s0);
    if (IsLeft(move)) return BufferDependents(s, s0) + (gold[s0] > b ? 1 : 0);
    int c = StackArcsWith(s, b, false);
    if (gold[b] != s0 && (gold[b] > b || (InStack(s, gold[b]) && !(gold[b] == 0 && s.root_taken)))) ++c;
    return c;
  }
  // The legal moves of least cost; LEFT/RIGHT only with the dependent's gold label.
  std::vector<int> Best(const State& s, int moves) const {
    int cost[4];
    const int probe[4] = {kShift, kReduce, LeftMove(0), RightMove(0)};
    int least = 1 << 30;
    for (int k = 0; k < 4; ++k) {
      cost[k] = s.Legal(probe[k]) ? Cost(s, probe[k]) : (1 << 30);
      least = std::min(least, cost[k]);
    }
    std::vector<int> out;
    if (cost[0] == least) out.push_back(kShift);
    if (cost[1] == least) out.push_back(kReduce);
    if (cost[2] == least) out.push_back(LeftMove(gold_label[s.S0()]));
    if (cost[3] == least) out.push_back(RightMove(gold_label[s.b]));
    (void)moves;
    return out;
  }
};

void Finish(const State& s, int root_label, int parataxis_label, Parse* out) {
  out->head.assign(s.n, -1);
  out->label.assign(s.n, root_label);
  int root = -1;
  for (int p = 1; p <= s.n; ++p) {
    if (s.head[p] == 0) root = p;
  }
  for (int p = 1; p <= s.n; ++p) {
    if (s.head[p] > 0) {
      out->head[p - 1] = s.head[p] - 1;
      out->label[p - 1] = s.label[p];
    } else if (s.head[p] == -1) {
      if (root < 0) {
        root = p;  // the first headless word becomes the root
      } else {
        out->head[p - 1] = root - 1;
        out->label[p - 1] = parataxis_label;
      }
    }
  }
}

int LabelId(const std::vector<std::string>& labels, std::string_view name) {
  for (size_t i = 0; i < labels.size(); ++i) {
    if (labels[i] == name) return static_cast<int>(i);
  }
  return 0;
}

bool IsProjective(const std::vector<int>& heads, int* bad) {
  const int n = static_cast<int>(heads.size());
  int best_len = 1 << 30;
  *bad = -1;
  for (int d = 0; d < n; ++d) {
    const int h = heads[d];
    if (h < 0) continue;
    const int lo = std::min(h, d), hi = std::max(h, d);
    for (int k = lo + 1; k < hi; ++k) {
      int a = k;  // is h an ancestor of k?
      int steps = 0;
      while (a >= 0 && a != h && steps++ <= n) a = heads[a];
      if (a != h && hi - lo < best_len) {
        best_len = hi - lo;
        *bad = d;
        break;
      }
    }
  }
  return *bad < 0;
}

}  // namespace

std::vector<int> Projectivize(std::vector<int> heads) {
  int bad;
  for (size_t round = 0; round < heads.size() * 2 && !IsProjective(heads, &bad); ++round) {
    heads[bad] = heads[heads[bad]];  // lift to the grandparent (-1 if the head is the root)
  }
  return heads;
}

Parse Parser::Run(const std::vector<Lexeme>& words, const std::vector<int>& tags) const {
  const int n = static_cast<int>(words.size());
  State s(n);
  Featurizer fz(words, tags);
  std::vector<uint32_t> feats;
  std::vector<float> scores(model_.classes());
  const int root_label = LabelId(labels_, "root");
  while (!s.Done()) {
    fz.Extract(s, &feats);
    std::fill(scores.begin(), scores.end(), 0.0f);
    model_.Score(feats, scores.data());
    s.Apply(BestLabelled(s, scores, root_label));
  }
  Parse out;
  Finish(s, root_label, LabelId(labels_, "parataxis"), &out);
  return out;
}

void Parser::Write(ByteWriter* out) const {
  out->Varint(labels_.size());
  for (const auto& l : labels_) out->String(l);
  model_.Write(out);
}

bool Parser::Read(ByteReader* in) {
  uint64_t n;
  if (!in->Count(&n) || n == 0 || n > 64) return false;
  labels_.resize(n);
  for (auto& l : labels_) {
    if (!in->String(&l)) return false;
  }
  return model_.Read(in) && model_.classes() == static_cast<int>(2 + 2 * n);
}

Parser Parser::Train(const std::vector<TreebankSentence>& train, const std::vector<std::vector<int>>& tags, int epochs,
                     float prune, const std::function<void(int)>& progress) {
  Parser p;
  std::map<std::string, int> seen;
  for (const auto& s : train) {
    for (const auto& l : s.deprel) seen.emplace(l, 0);
  }
  for (auto& [name, id] : seen) {
    id = static_cast<int>(p.labels_.size());
    p.labels_.push_back(name);
  }
  // Usable sentences: one root, projective after lifting without reaching the root.
  struct Item {
    std::vector<Lexeme> words;
    std::vector<int> gold, gold_label;  // by position, 0 = root
    size_t index;
  };
  std::vector<Item> items;
  for (size_t i = 0; i < train.size() && i < tags.size(); ++i) {
    const auto& s = train[i];
    const auto heads = Projectivize(s.head);
    if (std::count(heads.begin(), heads.end(), -1) != 1) continue;
    Item it;
    it.words = MakeLexemes(std::vector<std::string_view>(s.form.begin(), s.form.end()));
    it.gold.assign(s.size() + 1, 0);
    it.gold_label.assign(s.size() + 1, 0);
    for (size_t k = 0; k < s.size(); ++k) {
      it.gold[k + 1] = heads[k] + 1;
      it.gold_label[k + 1] = seen[s.deprel[k]];
    }
    it.index = i;
    items.push_back(std::move(it));
  }
  PerceptronTrainer pt(static_cast<int>(2 + 2 * p.labels_.size()));
  std::mt19937 rng(11);
  std::uniform_real_distribution<double> coin(0.0, 1.0);
  std::vector<size_t> order(items.size());
  std::iota(order.begin(), order.end(), 0);
  std::vector<uint32_t> feats;
  std::vector<float> scores(pt.classes());
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (size_t k : order) {
      const Item& it = items[k];
      State s(static_cast<int>(it.words.size()));
      Featurizer fz(it.words, tags[it.index]);
      Oracle oracle{it.gold, it.gold_label};
      while (!s.Done()) {
        fz.Extract(s, &feats);
        std::fill(scores.begin(), scores.end(), 0.0f);
        pt.Score(feats, scores.data());
        const int guess = BestLegal(s, scores);
        const std::vector<int> right = oracle.Best(s, pt.classes());
        int best_right = right[0];
        for (int m : right) {
          if (scores[m] > scores[best_right]) best_right = m;
        }
        pt.Tick();
        const bool ok = std::find(right.begin(), right.end(), guess) != right.end();
        if (!ok) pt.Update(best_right, guess, feats);
        const bool explore = epoch > 1 && coin(rng) < 0.9;
        s.Apply(ok || explore ? guess : best_right);
      }
    }
    if (progress) progress(epoch);
  }
  p.model_ = pt.Freeze(prune);
  return p;
}

}  // namespace corroborate::syntax

// Event clustering on ECB+ (Cybulska & Vossen 2014): 43 topics, each with two different incidents of
// the same kind (two earthquakes, two shootings...). The gold event of a document is (topic, ecb |
// ecbplus). Documents carry no titles or dates here, so this measures the text side of ClusterEvents.
//
// Reads ../shared/bench/ecbplus/ECBplus_xml.tar.gz (relative to the source tree, or the path given as
// the first argument) straight from the archive; says so and exits 0 when it is missing. Prints, for
// the whole corpus clustered at once and for each topic clustered alone (the sub-topic split):
//   ClusterEvents            the product's clustering, default options
//   ClusterEvents, blocked   the same with the blocking shortcuts of large inputs forced on
//   tfidf-cc@0.3             baseline: plain stemmed TF-IDF cosine, connected components at 0.3
//   tfidf-kmeans(oracle K)   baseline: stemmed TF-IDF spherical k-means told the gold number of events
//   topic oracle             one cluster per topic (the ceiling for a topic-only system)
// with B-cubed and pairwise precision / recall / F1, and a small sensitivity sweep of the link
// threshold (shown, not used to pick the default). Standard split: test = topics 36-45.
#include <libstemmer.h>
#include <zlib.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "corroborate/cluster.h"

namespace {

using corroborate::Article;
using corroborate::Claim;

struct Doc {
  int topic = 0;
  bool plus = false;  // ecbplus (second incident) or ecb
  std::string name;
  std::string text;
};

std::string DecodeEntities(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '&') {
      static const std::pair<const char*, char> kEntities[] = {{"&amp;", '&'}, {"&lt;", '<'}, {"&gt;", '>'}, {"&quot;", '"'}, {"&apos;", '\''}};
      bool done = false;
      for (const auto& [e, c] : kEntities) {
        if (s.compare(i, std::strlen(e), e) == 0) {
          out.push_back(c);
          i += std::strlen(e) - 1;
          done = true;
          break;
        }
      }
      if (done) continue;
    }
    out.push_back(s[i]);
  }
  return out;
}

// Text of an ECB+ XML document: its tokens joined by spaces, sentence 0 of ecbplus files (the URL) left out.
std::string TokensText(const std::string& xml, bool plus) {
  std::string text;
  size_t pos = 0;
  while ((pos = xml.find("<token ", pos)) != std::string::npos) {
    size_t close = xml.find('>', pos);
    size_t end = xml.find("</token>", pos);
    if (close == std::string::npos || end == std::string::npos || end < close) break;
    std::string attrs = xml.substr(pos, close - pos);
    int sentence = -1;
    size_t s = attrs.find("sentence=\"");
    if (s != std::string::npos) sentence = std::atoi(attrs.c_str() + s + 10);
    if (!(plus && sentence == 0)) {
      if (!text.empty()) text.push_back(' ');
      text += DecodeEntities(xml.substr(close + 1, end - close - 1));
    }
    pos = end + 8;
  }
  return text;
}

bool ReadCorpus(const std::string& path, std::vector<Doc>& docs) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (!f) return false;
  char header[512];
  while (gzread(f, header, 512) == 512) {
    if (header[0] == 0) break;
    std::string name(header, strnlen(header, 100));
    std::string prefix(header + 345, strnlen(header + 345, 155));
    if (!prefix.empty()) name = prefix + "/" + name;
    const size_t size = std::strtoull(std::string(header + 124, 12).c_str(), nullptr, 8);
    const char type = header[156];
    std::string content(size, '\0');
    if (size > 0 && gzread(f, content.data(), static_cast<unsigned>(size)) != static_cast<int>(size)) break;
    const size_t pad = (512 - size % 512) % 512;
    char skip[512];
    if (pad && gzread(f, skip, static_cast<unsigned>(pad)) != static_cast<int>(pad)) break;
    if (type != '0' && type != '\0') continue;
    const std::string base = std::filesystem::path(name).filename().string();
    int topic = 0;
    char kind[16] = {0};
    int n = 0;
    if (std::sscanf(base.c_str(), "%d_%d%15[a-z].xml", &topic, &n, kind) != 3) continue;
    Doc d;
    d.topic = topic;
    d.plus = std::string(kind) == "ecbplus";
    d.name = base;
    d.text = TokensText(content, d.plus);
    docs.push_back(std::move(d));
  }
  gzclose(f);
  std::sort(docs.begin(), docs.end(), [](const Doc& a, const Doc& b) {
    return std::tie(a.topic, a.plus, a.name) < std::tie(b.topic, b.plus, b.name);
  });
  return !docs.empty();
}

struct Scores {
  double b3p = 0, b3r = 0, pp = 0, pr = 0;
  double b3_n = 0;            // documents
  double tp = 0, sys_pairs = 0, gold_pairs = 0;
  int clusters = 0;
  void Add(const std::vector<int>& gold, const std::vector<int>& sys) {
    const size_t n = gold.size();
    std::map<int, int> gsize, ssize;
    std::map<std::pair<int, int>, int> both;
    for (size_t i = 0; i < n; ++i) ++gsize[gold[i]], ++ssize[sys[i]], ++both[{gold[i], sys[i]}];
    for (size_t i = 0; i < n; ++i) {
      const double inter = both[{gold[i], sys[i]}];
      b3p += inter / ssize[sys[i]];
      b3r += inter / gsize[gold[i]];
    }
    b3_n += static_cast<double>(n);
    for (const auto& [k, c] : both) tp += c * (c - 1) / 2.0;
    for (const auto& [k, c] : ssize) sys_pairs += c * (c - 1) / 2.0;
    for (const auto& [k, c] : gsize) gold_pairs += c * (c - 1) / 2.0;
    clusters += static_cast<int>(ssize.size());
  }
  void Print(const char* label) const {
    const double p = b3p / b3_n, r = b3r / b3_n;
    const double qp = sys_pairs > 0 ? tp / sys_pairs : 0, qr = gold_pairs > 0 ? tp / gold_pairs : 0;
    std::printf("  %-26s B3 P %.3f R %.3f F1 %.3f | pairwise P %.3f R %.3f F1 %.3f | clusters %d\n", label, p, r,
                p + r > 0 ? 2 * p * r / (p + r) : 0, qp, qr, qp + qr > 0 ? 2 * qp * qr / (qp + qr) : 0, clusters);
  }
};

// ---- Baselines over plain stemmed TF-IDF ----
using SparseVec = std::vector<std::pair<int, double>>;

std::vector<SparseVec> TfIdf(const std::vector<const Doc*>& docs) {
  sb_stemmer* stemmer = sb_stemmer_new("english", "UTF_8");
  std::unordered_map<std::string, int> ids;
  std::vector<int> df;
  std::vector<std::map<int, double>> tf(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    const std::string& t = docs[d]->text;
    size_t i = 0;
    while (i < t.size()) {
      if (!std::isalpha(static_cast<unsigned char>(t[i]))) { ++i; continue; }
      size_t j = i;
      while (j < t.size() && std::isalpha(static_cast<unsigned char>(t[j]))) ++j;
      std::string w = t.substr(i, j - i);
      i = j;
      if (w.size() < 3) continue;
      for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      const sb_symbol* s = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(w.data()), static_cast<int>(w.size()));
      std::string stem(reinterpret_cast<const char*>(s), sb_stemmer_length(stemmer));
      auto [it, added] = ids.emplace(stem, static_cast<int>(ids.size()));
      if (added) df.push_back(0);
      if (tf[d][it->second]++ == 0) ++df[it->second];
    }
  }
  sb_stemmer_delete(stemmer);
  std::vector<SparseVec> vecs(docs.size());
  const double n = static_cast<double>(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    double norm = 0;
    for (const auto& [t, c] : tf[d]) {
      const double w = (1 + std::log(c)) * (std::log((n + 1) / (df[t] + 1)) + 1);
      vecs[d].emplace_back(t, w);
      norm += w * w;
    }
    norm = std::sqrt(norm);
    for (auto& [t, w] : vecs[d]) w /= norm > 0 ? norm : 1;
  }
  return vecs;
}

double Dot(const SparseVec& a, const SparseVec& b) {
  double s = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first < b[j].first) ++i;
    else if (b[j].first < a[i].first) ++j;
    else s += a[i++].second * b[j++].second;
  }
  return s;
}

std::vector<int> ConnectedComponents(const std::vector<SparseVec>& v, double threshold) {
  std::vector<int> parent(v.size());
  for (size_t i = 0; i < v.size(); ++i) parent[i] = static_cast<int>(i);
  auto find = [&](int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; };
  for (size_t i = 0; i < v.size(); ++i)
    for (size_t j = i + 1; j < v.size(); ++j)
      if (Dot(v[i], v[j]) >= threshold) parent[find(static_cast<int>(j))] = find(static_cast<int>(i));
  std::vector<int> out(v.size());
  for (size_t i = 0; i < v.size(); ++i) out[i] = find(static_cast<int>(i));
  return out;
}

// Spherical k-means, deterministic farthest-point initialisation, 20 rounds.
std::vector<int> KMeans(const std::vector<SparseVec>& v, int k) {
  const size_t n = v.size();
  k = std::min<int>(k, static_cast<int>(n));
  std::vector<std::unordered_map<int, double>> centers;
  auto to_map = [](const SparseVec& s) { return std::unordered_map<int, double>(s.begin(), s.end()); };
  auto sim = [](const std::unordered_map<int, double>& c, const SparseVec& s) {
    double d = 0;
    for (const auto& [t, w] : s) { auto it = c.find(t); if (it != c.end()) d += w * it->second; }
    return d;
  };
  centers.push_back(to_map(v[0]));
  std::vector<double> best(n, -1);
  while (static_cast<int>(centers.size()) < k) {
    size_t far = 0;
    double far_sim = 2;
    for (size_t i = 0; i < n; ++i) {
      best[i] = std::max(best[i], sim(centers.back(), v[i]));
      if (best[i] < far_sim) far_sim = best[i], far = i;
    }
    centers.push_back(to_map(v[far]));
  }
  std::vector<int> assign(n, 0);
  for (int round = 0; round < 20; ++round) {
    for (size_t i = 0; i < n; ++i) {
      double top = -1;
      for (int c = 0; c < k; ++c) {
        const double s = sim(centers[c], v[i]);
        if (s > top) top = s, assign[i] = c;
      }
    }
    std::vector<std::unordered_map<int, double>> next(k);
    for (size_t i = 0; i < n; ++i) for (const auto& [t, w] : v[i]) next[assign[i]][t] += w;
    for (int c = 0; c < k; ++c) {
      double norm = 0;
      for (const auto& [t, w] : next[c]) norm += w * w;
      norm = std::sqrt(norm);
      if (norm == 0) { next[c] = centers[c]; continue; }
      for (auto& [t, w] : next[c]) w /= norm;
    }
    centers = std::move(next);
  }
  return assign;
}

std::vector<int> RunProduct(const std::vector<const Doc*>& docs, const corroborate::ClusterOptions& options) {
  std::vector<Article> articles(docs.size());
  for (size_t i = 0; i < docs.size(); ++i) {
    articles[i].id = "a" + std::to_string(i + 1);
    articles[i].text = docs[i]->text;
  }
  std::vector<Claim> claims;
  corroborate::ClusterEvents(articles, claims, options);
  std::vector<int> out(docs.size());
  for (size_t i = 0; i < docs.size(); ++i) out[i] = std::atoi(articles[i].event.c_str() + 1);
  return out;
}

std::vector<int> Gold(const std::vector<const Doc*>& docs) {
  std::vector<int> g;
  for (const Doc* d : docs) g.push_back(d->topic * 2 + (d->plus ? 1 : 0));
  return g;
}

void Evaluate(const char* title, const std::vector<const Doc*>& all) {
  std::map<int, std::vector<const Doc*>> by_topic;
  for (const Doc* d : all) by_topic[d->topic].push_back(d);
  std::printf("%s: %zu documents, %zu topics, %zu gold events\n", title, all.size(), by_topic.size(), by_topic.size() * 2);

  const corroborate::ClusterOptions defaults;
  // Whole corpus at once.
  {
    std::printf(" whole corpus clustered at once:\n");
    const std::vector<int> gold = Gold(all);
    const auto started = std::chrono::steady_clock::now();
    Scores product;
    product.Add(gold, RunProduct(all, defaults));
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    product.Print("ClusterEvents");
    std::printf("  (ClusterEvents took %.3f s)\n", secs);
    corroborate::ClusterOptions blocked = defaults;
    blocked.exact_below = 0;  // the blocking used above exact_below articles, for the record
    Scores blocked_scores;
    blocked_scores.Add(gold, RunProduct(all, blocked));
    blocked_scores.Print("ClusterEvents, blocked");
    const auto vecs = TfIdf(all);
    Scores cc, km, topic;
    cc.Add(gold, ConnectedComponents(vecs, 0.3));
    cc.Print("tfidf-cc@0.3");
    km.Add(gold, KMeans(vecs, static_cast<int>(by_topic.size() * 2)));
    km.Print("tfidf-kmeans(oracle K)");
    std::vector<int> topics;
    for (const Doc* d : all) topics.push_back(d->topic);
    topic.Add(gold, topics);
    topic.Print("topic oracle");
  }
  // Each topic alone: separating two incidents of the same kind.
  {
    std::printf(" each topic clustered alone (micro-averaged over topics):\n");
    Scores product, cc, km, topic;
    for (const auto& [t, docs] : by_topic) {
      const std::vector<int> gold = Gold(docs);
      product.Add(gold, RunProduct(docs, defaults));
      const auto vecs = TfIdf(docs);
      cc.Add(gold, ConnectedComponents(vecs, 0.3));
      km.Add(gold, KMeans(vecs, 2));
      topic.Add(gold, std::vector<int>(docs.size(), 0));
    }
    product.Print("ClusterEvents");
    cc.Print("tfidf-cc@0.3");
    km.Print("tfidf-kmeans(oracle K=2)");
    topic.Print("topic oracle");
  }
  // Sensitivity of the link threshold (whole corpus), for the record.
  {
    std::printf(" sensitivity, whole corpus (link threshold / merge threshold):\n");
    const std::vector<int> gold = Gold(all);
    for (double link : {0.2, 0.25, 0.3, 0.35, 0.4}) {
      corroborate::ClusterOptions o = defaults;
      o.link_threshold = link;
      Scores s;
      s.Add(gold, RunProduct(all, o));
      char label[64];
      std::snprintf(label, sizeof label, "link %.2f merge %.2f", link, o.merge_threshold);
      s.Print(label);
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::string path = argc > 1 ? argv[1] : std::string(CORROBORATE_SOURCE_DIR) + "/../shared/bench/ecbplus/ECBplus_xml.tar.gz";
  if (!std::filesystem::exists(path)) {
    std::printf("ECB+ not found at %s: nothing to evaluate\n", path.c_str());
    return 0;
  }
  std::vector<Doc> docs;
  if (!ReadCorpus(path, docs)) {
    std::printf("could not read ECB+ documents from %s\n", path.c_str());
    return 0;
  }
  std::vector<const Doc*> all, test, dev;
  for (const Doc& d : docs) {
    all.push_back(&d);
    (d.topic >= 36 ? test : dev).push_back(&d);
  }
  Evaluate("ECB+ all topics", all);
  Evaluate("ECB+ test topics 36-45", test);
  return 0;
}

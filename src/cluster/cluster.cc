// Cluster: articles into events.
//
// Design. Each article that is not a syndicated copy becomes a sparse TF-IDF vector: words of the
// title (counted twice) and text, lower-cased, stop words (data/cluster_stopwords.tsv) dropped,
// stemmed with Snowball (libstemmer, English); a capitalised word inside a sentence (a name: a
// place, a person, a group) counts twice, and each place named in the article's claims adds a
// "@place" feature. Weights are (1 + ln tf) * (ln((N + 1) / (df + 1)) + 1), kept to the
// max_terms highest, then L2-normalised.
//
// Candidates come from keyed blocking: each article's blocking_terms highest-weighted terms (its
// names, places and rare words) are its keys, bucketed by publication date (window_days wide), and
// only articles that share a key in the same or a neighbouring date bucket are ever compared (no
// all-pairs pass); a key held by more than max_postings articles in those buckets is too common to
// block on; candidates whose shared keys give less than a quarter of the link threshold are not
// scored. A map-reduce engine would shuffle on (term, date bucket). Inputs of at most exact_below
// articles skip these shortcuts: every term is a key and every pair sharing one is scored. Dated articles further apart than
// window_days are not linked.
//
// Grouping is deterministic agglomerative clustering over the candidate links: links with cosine
// >= link_threshold (or >= place_link_threshold when the two articles' claims name the same place,
// within the date window) are taken strongest first (ties by article order), and a link merges its two
// groups only if the groups' centroids still have cosine >= merge_threshold. This is single-link
// with a centroid guard: coverage that evolves over days chains together, but one article that
// mentions two incidents of the same kind does not fuse them.
//
// Events are numbered by their earliest article (publication date, undated last, then id); copies
// join the event of their original.
#include "corroborate/cluster.h"

#include <libstemmer.h>

#include <algorithm>
#include <cstdlib>
#include <cmath>
#include <cstdint>
#include <climits>
#include <map>
#include <memory>
#include <numeric>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "common/data_tables.h"
#include "common/ids.h"
#include "common/text_util.h"

namespace corroborate {
namespace {

const std::unordered_set<std::string>& Stopwords() {
  static const auto* words = [] {
    auto* s = new std::unordered_set<std::string>();
    for (const auto& row : DataTable("cluster_stopwords.tsv")) {
      if (!row.empty() && !row[0].empty()) s->insert(std::string(row[0]));
    }
    return s;
  }();
  return *words;
}

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

// Turns words into term ids (stemmed), with a cache of words seen; one per ClusterEvents call (a
// Snowball stemmer is not safe to share between threads). Term ids are numbered in order of first
// appearance, so they depend only on the input.
class Vocabulary {
 public:
  Vocabulary() : stemmer_(sb_stemmer_new("english", "UTF_8")) {}
  // Id of the term of a lower-cased word.
  uint32_t WordId(const std::string& word) {
    auto it = words_.find(word);
    if (it != words_.end()) return it->second;
    std::string stem = word;
    if (stemmer_ && word.size() < 64) {
      const sb_symbol* s = sb_stemmer_stem(stemmer_.get(), reinterpret_cast<const sb_symbol*>(word.data()),
                                           static_cast<int>(word.size()));
      if (s) stem.assign(reinterpret_cast<const char*>(s), static_cast<size_t>(sb_stemmer_length(stemmer_.get())));
    }
    const uint32_t id = TermId(stem);
    if (words_.size() > 500000) words_.clear();  // bound the cache on hostile vocabularies
    words_.emplace(word, id);
    return id;
  }
  // Id of a term given verbatim ("@place").
  uint32_t TermId(const std::string& term) {
    auto [it, added] = terms_.emplace(term, static_cast<uint32_t>(terms_.size()));
    return it->second;
  }
  size_t size() const { return terms_.size(); }

 private:
  std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer_;
  std::unordered_map<std::string, uint32_t> words_;
  std::unordered_map<std::string, uint32_t> terms_;
};

// Words read from one title or text: enough for any news article, and a bound on hostile input.
constexpr size_t kMaxWordsPerField = 20000;

inline bool IsWordByte(unsigned char c) { return IsAsciiAlpha(static_cast<char>(c)) || c >= 0x80 || c == '\''; }

// Adds the terms of `text` to `counts`, each occurrence weighted `weight` (names twice that).
void AddTerms(std::string_view text, double weight, Vocabulary& vocabulary, std::vector<std::pair<uint32_t, double>>& counts) {
  const auto& stop = Stopwords();
  size_t i = 0;
  bool sentence_start = true;
  std::string word;
  size_t words = 0;
  while (i < text.size() && words < kMaxWordsPerField) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (!IsWordByte(c) && !IsAsciiDigit(static_cast<char>(c))) {
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"') sentence_start = true;
      ++i;
      continue;
    }
    size_t j = i;
    bool has_digit = false;
    while (j < text.size() && (IsWordByte(static_cast<unsigned char>(text[j])) || IsAsciiDigit(text[j]))) {
      has_digit |= IsAsciiDigit(text[j]);
      ++j;
    }
    std::string_view raw = text.substr(i, j - i);
    while (!raw.empty() && raw.back() == '\'') raw.remove_suffix(1);
    if (raw.size() >= 2 && raw.substr(raw.size() - 2) == "'s") raw.remove_suffix(2);
    const bool capitalised = !raw.empty() && raw[0] >= 'A' && raw[0] <= 'Z';
    const bool name = capitalised && !sentence_start;
    sentence_start = false;
    i = j;
    if (has_digit || raw.size() < 3 || raw.size() > 40) continue;
    word.assign(raw);
    for (char& ch : word) ch = ToLowerAscii(ch);
    if (stop.count(word)) continue;
    counts.emplace_back(vocabulary.WordId(word), name ? 2 * weight : weight);
    ++words;
  }
}

struct Vec {
  std::vector<std::pair<uint32_t, float>> terms;  // sorted by term id
};

// Dot product of two vectors sorted by term id; `shared` counts the terms they have in common.
float SparseDot(const std::vector<std::pair<uint32_t, float>>& a, const std::vector<std::pair<uint32_t, float>>& b,
                size_t* shared = nullptr) {
  double s = 0;
  size_t i = 0, j = 0, common = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (b[j].first < a[i].first) {
      ++j;
    } else {
      s += static_cast<double>(a[i++].second) * b[j++].second;
      ++common;
    }
  }
  if (shared) *shared = common;
  return static_cast<float>(s);
}

bool SharePlace(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) return true;
    if (a[i] < b[j]) ++i; else ++j;
  }
  return false;
}

float Dot(const std::unordered_map<uint32_t, float>& a, const std::unordered_map<uint32_t, float>& b) {
  const auto& small = a.size() <= b.size() ? a : b;
  const auto& large = a.size() <= b.size() ? b : a;
  double s = 0;
  for (const auto& [t, w] : small) {
    auto it = large.find(t);
    if (it != large.end()) s += static_cast<double>(w) * it->second;
  }
  return static_cast<float>(s);
}

struct Group {
  std::vector<uint32_t> members;
  std::unordered_map<uint32_t, float> centroid;  // sum of member vectors
  double norm2 = 0;                             // |centroid|^2
};

bool EarlierArticle(const Article& a, const Article& b) {
  if (a.published.has_value() != b.published.has_value()) return a.published.has_value();
  if (a.published && *a.published != *b.published) return *a.published < *b.published;
  return IdLess(a.id, b.id);
}

std::string ShortTitle(const Article& a) {
  std::string_view t = TrimAscii(a.title);
  if (!t.empty()) return std::string(t);
  std::string_view text = TrimAscii(a.text);
  size_t end = std::min<size_t>(text.size(), 100);
  size_t stop = text.find_first_of(".\n");
  if (stop != std::string_view::npos && stop < end) end = stop;
  if (end < text.size() && text[end] != '.' && text[end] != '\n') {
    size_t space = text.rfind(' ', end);
    if (space != std::string_view::npos && space > 20) end = space;
  }
  while (end > 0 && end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return std::string(text.substr(0, end));
}


// ---- Event titles and places ----------------------------------------------------------------------

struct KindTable {
  std::vector<std::pair<std::string, std::string>> cues;  // (cue, kind), in table order
  std::map<std::string, std::string> by_category;         // category name -> kind
};

const KindTable& EventKinds() {
  static const KindTable* table = [] {
    auto* t = new KindTable();
    for (const auto& row : DataTable("cluster_event_kinds.tsv")) {
      if (row.size() < 2) continue;
      std::string_view cue = row[0];
      if (cue.rfind("category:", 0) == 0) {
        t->by_category[std::string(cue.substr(9))] = std::string(row[1]);
      } else {
        t->cues.emplace_back(std::string(cue), std::string(row[1]));
      }
    }
    return t;
  }();
  return *table;
}

// The short English name of each month ("Mar") for titles (data/timex_months.tsv).
struct CalendarWords {
  std::string month_abbrev[13];
};

const CalendarWords& Calendar() {
  static const CalendarWords* words = [] {
    auto* w = new CalendarWords();
    for (const auto& row : DataTable("timex_months.tsv")) {
      if (row.size() >= 2 && row[0].size() == 3) {
        const int m = std::atoi(std::string(row[1]).c_str());
        if (m >= 1 && m <= 12 && w->month_abbrev[m].empty()) {
          std::string a(row[0]);
          a[0] = static_cast<char>(a[0] - 'a' + 'A');
          w->month_abbrev[m] = a;
        }
      }
    }
    return w;
  }();
  return *words;
}

// Occurrences of `cue` as whole words in lower-cased `text`.
int CountCue(std::string_view text, std::string_view cue) {
  int n = 0;
  for (size_t p = text.find(cue); p != std::string_view::npos; p = text.find(cue, p + 1)) {
    const size_t e = p + cue.size();
    if ((p == 0 || !IsAsciiAlpha(text[p - 1])) && (e == text.size() || !IsAsciiAlpha(text[e]))) ++n;
  }
  return n;
}

// "4 Oct 2014", "10-14 Mar 2025", "28 Feb-3 Mar 2025", "30 Dec 2024-2 Jan 2025".
std::string DateSpan(const Date& a, const Date& b) {
  const auto& m = Calendar().month_abbrev;
  auto day_month = [&m](const Date& d) { return std::to_string(d.day) + " " + m[d.month]; };
  if (a == b) return day_month(a) + " " + std::to_string(a.year);
  if (a.year != b.year) return day_month(a) + " " + std::to_string(a.year) + "-" + day_month(b) + " " + std::to_string(b.year);
  if (a.month != b.month) return day_month(a) + "-" + day_month(b) + " " + std::to_string(b.year);
  return std::to_string(a.day) + "-" + std::to_string(b.day) + " " + m[a.month] + " " + std::to_string(a.year);
}

// What happened: the kind whose cues the event's articles use most (titles count three times), else
// the main category of its claims; empty when neither says.
std::string EventKind(const std::vector<const Article*>& members, const std::vector<const Claim*>& claims) {
  const KindTable& kinds = EventKinds();
  std::map<std::string, int> score;
  for (const Article* a : members) {
    const std::string title = ToLowerAscii(a->title);
    const std::string text = ToLowerAscii(std::string_view(a->text).substr(0, 20000));
    for (const auto& [cue, kind] : kinds.cues) {
      const int n = 3 * CountCue(title, cue) + CountCue(text, cue);
      if (n > 0) score[kind] += n;
    }
  }
  std::string best;
  int best_score = 0;
  for (const auto& [cue, kind] : kinds.cues) {  // table order breaks ties
    if (score[kind] > best_score) best = kind, best_score = score[kind];
  }
  if (!best.empty()) return best;
  std::map<int, int> categories;
  for (const Claim* c : claims) ++categories[static_cast<int>(c->category)];
  int top = -1, top_count = 0;
  for (const auto& [c, count] : categories) {
    if (count > top_count) top = c, top_count = count;
  }
  if (top < 0) return "";
  auto it = kinds.by_category.find(CategoryName(static_cast<Category>(top)));
  return it == kinds.by_category.end() ? "" : it->second;
}

// "Floods in Marenvale, 10-14 Mar 2025": kind, main place, dates; the headline when no kind is known.
std::string EventTitle(const Event& e, const std::string& kind, const std::string& headline) {
  if (kind.empty()) return headline;
  std::string title = kind;
  if (!e.places.empty()) title += " in " + e.places[0];
  if (e.start && e.end && e.start->valid() && e.end->valid()) title += ", " + DateSpan(*e.start, *e.end);
  return title;
}

}  // namespace

std::vector<Event> ClusterEvents(std::vector<Article>& articles, std::vector<Claim>& claims) {
  return ClusterEvents(articles, claims, ClusterOptions());
}

std::vector<Event> ClusterEvents(std::vector<Article>& articles, std::vector<Claim>& claims,
                                 const ClusterOptions& options) {
  const size_t n = articles.size();
  std::unordered_map<std::string_view, uint32_t> by_id;
  for (uint32_t i = 0; i < n; ++i) by_id.emplace(articles[i].id, i);

  // Copies join their original; follow duplicate_of a bounded number of steps.
  // An article whose chain does not end (a cycle, or longer than 8 steps) is clustered itself.
  std::vector<uint32_t> original(n);
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t o = i;
    bool ended = false;
    for (int step = 0; step < 8; ++step) {
      if (!articles[o].duplicate_of) {
        ended = true;
        break;
      }
      auto it = by_id.find(*articles[o].duplicate_of);
      if (it == by_id.end() || it->second == o) {
        ended = true;
        break;
      }
      o = it->second;
    }
    original[i] = ended ? o : i;
  }
  // Ends of chains are clustered; make sure every chain end is its own original.
  for (uint32_t i = 0; i < n; ++i) {
    if (original[original[i]] != original[i]) original[i] = i;
  }
  std::vector<std::vector<const Claim*>> claims_of(n);
  for (const Claim& c : claims) {
    auto it = by_id.find(c.article);
    if (it != by_id.end()) claims_of[it->second].push_back(&c);
  }

  // Term counts per clustered article.
  std::vector<uint32_t> docs;  // indices of articles that are clustered (not copies)
  for (uint32_t i = 0; i < n; ++i) {
    if (original[i] == i) docs.push_back(i);
  }
  Vocabulary vocabulary;
  std::vector<uint32_t> df;
  std::vector<std::vector<uint32_t>> places(docs.size());  // "@place" term ids of each article's claims
  std::vector<std::vector<std::pair<uint32_t, double>>> counts(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    const Article& a = articles[docs[d]];
    std::vector<std::pair<uint32_t, double>>& tf = counts[d];
    AddTerms(a.title, 2.0, vocabulary, tf);
    AddTerms(a.text, 1.0, vocabulary, tf);
    for (const Claim* c : claims_of[docs[d]]) {
      std::string place = ToLowerAscii(TrimAscii(c->place));
      if (!place.empty() && place.size() < 100) {
        const uint32_t id = vocabulary.TermId("@" + place);
        tf.emplace_back(id, 3.0);
        places[d].push_back(id);
      }
    }
    // Merge repeated terms.
    std::sort(tf.begin(), tf.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    size_t out = 0;
    for (size_t i = 0; i < tf.size(); ++i) {
      if (out > 0 && tf[out - 1].first == tf[i].first) {
        tf[out - 1].second += tf[i].second;
      } else {
        tf[out++] = tf[i];
      }
    }
    tf.resize(out);
    if (df.size() < vocabulary.size()) df.resize(vocabulary.size(), 0);
    for (const auto& [t, count] : tf) ++df[t];
  }

  // TF-IDF vectors, top max_terms, L2-normalised.
  const double nd = static_cast<double>(docs.size());
  std::vector<Vec> vecs(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) {
    std::vector<std::pair<uint32_t, float>> v;
    for (const auto& [t, count] : counts[d]) {
      if (df[t] < 2 && docs.size() > 2) continue;  // a term of one article links nothing; it only dilutes
      const double idf = std::log((nd + 1) / (df[t] + 1)) + 1;
      v.emplace_back(t, static_cast<float>((1 + std::log(count)) * idf));
    }
    std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) {
      return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (v.size() > options.max_terms) v.resize(options.max_terms);
    double norm = 0;
    for (const auto& [t, w] : v) norm += static_cast<double>(w) * w;
    norm = std::sqrt(norm);
    for (auto& [t, w] : v) w = norm > 0 ? static_cast<float>(w / norm) : 0;
    std::sort(v.begin(), v.end());
    vecs[d].terms = std::move(v);
  }
  counts.clear();

  // Blocking: each article's blocking_terms highest-weighted terms are its keys, and keys are
  // bucketed by date (window_days wide; undated articles in a bucket of their own that meets all).
  // Articles sharing a key in the same or a neighbouring date bucket are candidates, scored with
  // their full vectors.
  constexpr int64_t kUndated = INT64_MIN;
  const int64_t window = std::max(1, options.window_days);
  std::vector<int64_t> bucket_of(vecs.size(), kUndated);
  for (uint32_t d = 0; d < vecs.size(); ++d) {
    const Article& a = articles[docs[d]];
    if (a.published && a.published->valid()) {
      const int64_t day = a.published->ToDays();
      bucket_of[d] = day >= 0 ? day / window : -((-day + window - 1) / window);
    }
  }
  // Small inputs are scored exactly: every term is a key and every pair sharing one is scored.
  const bool exact = vecs.size() <= options.exact_below;
  struct Posting {
    int64_t bucket;
    uint32_t doc;
    float weight;
    bool operator<(const Posting& o) const { return bucket != o.bucket ? bucket < o.bucket : doc < o.doc; }
  };
  std::vector<std::vector<Posting>> postings(vocabulary.size());
  std::vector<std::vector<std::pair<uint32_t, float>>> keys(vecs.size());
  for (uint32_t d = 0; d < vecs.size(); ++d) {
    std::vector<std::pair<uint32_t, float>> top = vecs[d].terms;
    std::sort(top.begin(), top.end(), [](const auto& a, const auto& b) {
      return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    if (!exact && top.size() > options.blocking_terms) top.resize(options.blocking_terms);
    for (const auto& [t, w] : top) postings[t].push_back({bucket_of[d], d, w});
    keys[d] = std::move(top);
  }
  for (auto& list : postings) std::sort(list.begin(), list.end());
  struct Link {
    float sim;
    uint32_t a, b;
    bool place = false;  // linked on a shared claim place
  };
  std::vector<Link> links;
  // Candidates accumulate the part of their dot product that their shared keys give; only those
  // whose shared keys give at least a quarter of the link threshold are scored in full.
  const float prefilter = exact ? 0.0f : static_cast<float>(std::min(options.link_threshold, options.place_link_threshold) / 4);
  for (auto& p : places) {
    std::sort(p.begin(), p.end());
    p.erase(std::unique(p.begin(), p.end()), p.end());
  }
  std::vector<float> partial(vecs.size(), 0);
  std::vector<uint32_t> touched;
  auto scan = [&](uint32_t d, float w, const std::vector<Posting>& list, int64_t lo_bucket, int64_t hi_bucket) {
    auto first = std::lower_bound(list.begin(), list.end(), Posting{lo_bucket, 0, 0});
    auto last = std::upper_bound(list.begin(), list.end(), Posting{hi_bucket, UINT32_MAX, 0});
    if (!exact && static_cast<size_t>(last - first) > options.max_postings) return;  // too common to block on
    for (auto it = first; it != last; ++it) {
      if (it->doc <= d) continue;
      if (partial[it->doc] == 0) touched.push_back(it->doc);
      partial[it->doc] += w * it->weight + 1e-9f;
    }
  };
  for (uint32_t d = 0; d < vecs.size(); ++d) {
    touched.clear();
    for (const auto& [t, w] : keys[d]) {
      const auto& list = postings[t];
      if (list.size() < 2) continue;
      if (bucket_of[d] == kUndated) {
        scan(d, w, list, INT64_MIN, INT64_MAX);
      } else {
        scan(d, w, list, kUndated, kUndated);
        scan(d, w, list, bucket_of[d] - 1, bucket_of[d] + 1);
      }
    }
    const Article& ad = articles[docs[d]];
    for (uint32_t e : touched) {
      const float shared = partial[e];
      partial[e] = 0;
      if (shared < prefilter) continue;
      const Article& ae = articles[docs[e]];
      if (ad.published && ae.published &&
          std::llabs(ad.published->ToDays() - ae.published->ToDays()) > options.window_days) {
        continue;
      }
      size_t common = 0;
      const float sim = SparseDot(vecs[d].terms, vecs[e].terms, &common);
      // One shared word is never enough, however rare (in a tiny input it can be the whole vector).
      if (sim >= options.link_threshold && common >= options.min_shared_terms) {
        links.push_back({sim, d, e, false});
      } else if (sim >= options.place_link_threshold && common >= 2 && SharePlace(places[d], places[e])) {
        links.push_back({sim, d, e, true});
      }
    }
  }
  std::sort(links.begin(), links.end(), [](const Link& x, const Link& y) {
    if (x.sim != y.sim) return x.sim > y.sim;
    if (x.a != y.a) return x.a < y.a;
    return x.b < y.b;
  });

  // Agglomerative merging with the centroid guard.
  std::vector<uint32_t> group_of(vecs.size());
  std::vector<Group> groups(vecs.size());
  for (uint32_t d = 0; d < vecs.size(); ++d) {
    group_of[d] = d;
    groups[d].members = {d};
    for (const auto& [t, w] : vecs[d].terms) groups[d].centroid[t] = w;
    groups[d].norm2 = 1;
  }
  for (const Link& l : links) {
    uint32_t x = group_of[l.a], y = group_of[l.b];
    if (x == y) continue;
    Group& gx = groups[x];
    Group& gy = groups[y];
    const double cos = gx.norm2 > 0 && gy.norm2 > 0 ? Dot(gx.centroid, gy.centroid) / std::sqrt(gx.norm2 * gy.norm2) : 0;
    if (cos < (l.place ? std::min(options.merge_threshold, options.place_link_threshold) : options.merge_threshold)) continue;
    if (gx.members.size() < gy.members.size()) std::swap(x, y);
    Group& big = groups[x];
    Group& small = groups[y];
    for (const auto& [t, w] : small.centroid) {
      float& c = big.centroid[t];
      big.norm2 += (static_cast<double>(c) + w) * (static_cast<double>(c) + w) - static_cast<double>(c) * c;
      c += w;
    }
    for (uint32_t m : small.members) {
      group_of[m] = x;
      big.members.push_back(m);
    }
    small = Group();
  }

  // Events: groups ordered by their earliest article.
  std::vector<uint32_t> roots;
  for (uint32_t d = 0; d < vecs.size(); ++d) {
    if (group_of[d] == d) roots.push_back(d);
  }
  auto earliest = [&](uint32_t g) {
    uint32_t best = groups[g].members.front();
    for (uint32_t m : groups[g].members) {
      if (EarlierArticle(articles[docs[m]], articles[docs[best]])) best = m;
    }
    return docs[best];
  };
  std::vector<std::pair<uint32_t, uint32_t>> order;  // (earliest article, group)
  for (uint32_t g : roots) order.emplace_back(earliest(g), g);
  std::sort(order.begin(), order.end(), [&](const auto& x, const auto& y) {
    return EarlierArticle(articles[x.first], articles[y.first]);
  });

  std::vector<Event> events;
  std::vector<int> event_of_doc(vecs.size(), -1);
  for (size_t k = 0; k < order.size(); ++k) {
    Event e;
    e.id = "e" + std::to_string(k + 1);
    const Group& g = groups[order[k].second];
    // The most central article: highest cosine to the centroid, ties to the earliest.
    uint32_t central = g.members.front();
    double central_sim = -1;
    std::vector<uint32_t> members = g.members;
    std::sort(members.begin(), members.end(),
              [&](uint32_t x, uint32_t y) { return EarlierArticle(articles[docs[x]], articles[docs[y]]); });
    for (uint32_t m : members) {
      double s = 0;
      for (const auto& [t, w] : vecs[m].terms) {
        auto it = g.centroid.find(t);
        if (it != g.centroid.end()) s += static_cast<double>(w) * it->second;
      }
      if (s > central_sim + 1e-9) central_sim = s, central = m;
      event_of_doc[m] = static_cast<int>(k);
    }
    e.title = ShortTitle(articles[docs[central]]);
    if (e.title.empty()) {
      for (uint32_t m : members) {
        e.title = ShortTitle(articles[docs[m]]);
        if (!e.title.empty()) break;
      }
    }
    events.push_back(std::move(e));
  }

  // Assign events to articles (copies follow their original) and claims.
  std::vector<int> doc_index(n, -1);
  for (size_t d = 0; d < docs.size(); ++d) doc_index[docs[d]] = static_cast<int>(d);
  std::vector<std::map<std::string, int>> place_counts(events.size());
  for (uint32_t i = 0; i < n; ++i) {
    const int d = doc_index[original[i]];
    const int k = d >= 0 ? event_of_doc[d] : -1;
    if (k < 0) {
      articles[i].event.clear();
      continue;
    }
    Article& a = articles[i];
    Event& e = events[k];
    a.event = e.id;
    e.articles.push_back(a.id);
    auto widen = [&e](const std::optional<Date>& day) {
      if (!day || !day->valid()) return;
      if (!e.start || *day < *e.start) e.start = day;
      if (!e.end || *e.end < *day) e.end = day;
    };
    widen(a.published);
    for (const Claim* c : claims_of[i]) {
      widen(c->date);
      std::string place(TrimAscii(c->place));
      if (IsPlaceName(place) && original[i] == i) ++place_counts[k][place];
    }
  }
  for (size_t k = 0; k < events.size(); ++k) {
    std::sort(events[k].articles.begin(), events[k].articles.end(), [](const std::string& x, const std::string& y) { return IdLess(x, y); });
    std::vector<std::pair<int, std::string>> places;
    for (const auto& [p, count] : place_counts[k]) places.emplace_back(-count, p);
    std::sort(places.begin(), places.end());
    for (size_t p = 0; p < places.size() && p < 5; ++p) events[k].places.push_back(places[p].second);
  }
  // Titles say what happened, where and when.
  std::vector<std::vector<const Article*>> members(events.size());
  std::vector<std::vector<const Claim*>> event_claims(events.size());
  for (uint32_t i = 0; i < n; ++i) {
    const int d = doc_index[original[i]];
    const int k = d >= 0 ? event_of_doc[d] : -1;
    if (k < 0 || original[i] != i) continue;
    members[k].push_back(&articles[i]);
    for (const Claim* c : claims_of[i]) event_claims[k].push_back(c);
  }
  for (size_t k = 0; k < events.size(); ++k) {
    events[k].title = EventTitle(events[k], EventKind(members[k], event_claims[k]), events[k].title);
  }
  for (Claim& c : claims) {
    auto it = by_id.find(c.article);
    c.event = it == by_id.end() ? std::string() : articles[it->second].event;
  }
  return events;
}

}  // namespace corroborate

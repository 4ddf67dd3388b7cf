// Cluster: group articles into events (the same incident or crisis, as coverage evolves over days).
#ifndef CORROBORATE_CLUSTER_H_
#define CORROBORATE_CLUSTER_H_

#include <cstddef>
#include <vector>

#include "corroborate/document.h"

namespace corroborate {

// Assigns Article::event (and Claim::event) and returns the events, ids "e1", "e2", ... in order of
// their earliest article. Duplicates join the event of the article they copy. Works with no claims
// (text and title only); claims add their places as features and their dates to Event::start/end.
std::vector<Event> ClusterEvents(std::vector<Article>& articles, std::vector<Claim>& claims);

struct ClusterOptions {
  double link_threshold = 0.30;   // cosine of two articles' TF-IDF vectors to link them
  size_t min_shared_terms = 3;    // terms two articles must share to be linked on text
  double place_link_threshold = 0.15;  // the link cosine when both articles' claims name a same place
                                       // (they must share that place and one more term)
  double merge_threshold = 0.22;  // cosine of two groups' centroids needed to merge them on a link
  int window_days = 21;           // dated articles further apart than this are never linked
  size_t max_terms = 80;          // terms kept per article (highest weights)
  size_t blocking_terms = 12;     // an article's highest-weighted terms used as blocking keys
  size_t max_postings = 300;      // a key held by more articles than this (near in time) finds no candidates
  size_t exact_below = 2000;      // with at most this many articles, every pair sharing a term is scored
};
std::vector<Event> ClusterEvents(std::vector<Article>& articles, std::vector<Claim>& claims,
                                 const ClusterOptions& options);

}  // namespace corroborate

#endif  // CORROBORATE_CLUSTER_H_

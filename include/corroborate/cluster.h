// Cluster: group articles into events (the same incident or crisis, as coverage evolves over days).
#ifndef CORROBORATE_CLUSTER_H_
#define CORROBORATE_CLUSTER_H_

#include <vector>

#include "corroborate/document.h"

namespace corroborate {

// Assigns Article::event (and Claim::event) and returns the events, ids "e1", "e2", ... in order of
// their earliest article. Duplicates join the event of the article they copy.
std::vector<Event> ClusterEvents(std::vector<Article>& articles, std::vector<Claim>& claims);

}  // namespace corroborate

#endif  // CORROBORATE_CLUSTER_H_

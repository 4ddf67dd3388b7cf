// Reconcile: claims about the same thing become a figure with low / best / high and a status, by the
// rules of docs/reconcile.md (independence, supersession, ACLED's conservative low, UCDP's best).
#ifndef CORROBORATE_RECONCILE_H_
#define CORROBORATE_RECONCILE_H_

#include <vector>

#include "corroborate/document.h"

namespace corroborate {

// Figures for all claims, ids "f1", ... in a deterministic order (event, category, subject, place,
// period). Articles must carry duplicate_of and event; claims must carry event.
std::vector<Figure> Reconcile(const std::vector<Article>& articles, const std::vector<Event>& events,
                              const std::vector<Claim>& claims);

}  // namespace corroborate

#endif  // CORROBORATE_RECONCILE_H_

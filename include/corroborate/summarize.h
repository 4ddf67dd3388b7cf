// Summarize: per event, a timeline of claimants' statements and a brief whose every sentence cites
// the article it comes from and the others that carry it.
#ifndef CORROBORATE_SUMMARIZE_H_
#define CORROBORATE_SUMMARIZE_H_

#include "corroborate/document.h"

namespace corroborate {

// Fills report.timeline and report.summary from articles, events, claims and figures.
void Summarize(Report& report);

}  // namespace corroborate

#endif  // CORROBORATE_SUMMARIZE_H_

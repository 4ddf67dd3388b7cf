// Summarize: per event, a timeline of claimants' statements and a brief whose every sentence cites
// the article it comes from and the others that carry it. It reads the figures' voices
// (Figure::voices, set by Reconcile) and never recomputes them.
#ifndef CORROBORATE_SUMMARIZE_H_
#define CORROBORATE_SUMMARIZE_H_

#include <cstddef>

#include "corroborate/document.h"

namespace corroborate {

struct SummarizeOptions {
  size_t max_sentences = 10;  // per event
  size_t max_headlines = 4;   // headline figures, one line each, that open the brief
  size_t max_context = 2;     // background figures given as context
  size_t max_conflicts = 2;   // conflicting figures spelled out side by side
};

// Fills report.timeline and report.summary from articles, events, claims and figures.
void Summarize(Report& report);
void Summarize(Report& report, const SummarizeOptions& options);

}  // namespace corroborate

#endif  // CORROBORATE_SUMMARIZE_H_

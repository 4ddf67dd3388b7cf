// Pipeline: the whole analyze run, ingest -> clean -> extract -> dedupe -> cluster -> reconcile ->
// summarize, over files and folders. The command line's `analyze` is a thin wrapper around Analyze().
#ifndef CORROBORATE_PIPELINE_H_
#define CORROBORATE_PIPELINE_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "corroborate/document.h"
#include "corroborate/extract.h"
#include "corroborate/ingest.h"
#include "corroborate/reconcile.h"
#include "corroborate/status.h"
#include "corroborate/summarize.h"

namespace corroborate {

struct Progress {
  size_t files_done = 0;
  size_t files_total = 0;
  size_t articles = 0;
  double seconds = 0;
};

struct AnalyzeOptions {
  IngestOptions ingest;
  ReconcileOptions reconcile;
  SummarizeOptions summarize;
  std::shared_ptr<const Gazetteer> gazetteer;       // may be null
  std::function<void(const Progress&)> on_progress;  // called after each file; may be empty
  unsigned threads = 0;                              // 0 = one per core
};

// Runs the pipeline. Problems with single inputs land in Report::errors (and the article's errors);
// the Status is non-OK only when nothing could be attempted (no paths given).
StatusOr<Report> Analyze(const std::vector<std::string>& paths, const AnalyzeOptions& options);

}  // namespace corroborate

#endif  // CORROBORATE_PIPELINE_H_

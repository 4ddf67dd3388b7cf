// The analyze run.
//
// Design: inputs are listed in sorted order and read one file at a time; the articles of a batch of
// files are cleaned in parallel, numbered in input order (so ids do not depend on thread timing), and
// their claims extracted in parallel. Cross-article stages (dedupe, cluster, reconcile, summarize) run
// once over everything at the end. Every per-article stage is a pure function of its input, so the
// same input gives the same report whatever the number of threads.
#include "corroborate/pipeline.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>
#include <utility>

#include "common/parallel.h"
#include "corroborate/clean.h"
#include "corroborate/cluster.h"
#include "corroborate/dedupe.h"
#include "corroborate/reconcile.h"
#include "corroborate/summarize.h"

namespace corroborate {
namespace {

// Documents read but not yet cleaned; flushed when this many are pending.
constexpr size_t kBatchDocuments = 512;

}  // namespace

StatusOr<Report> Analyze(const std::vector<std::string>& paths, const AnalyzeOptions& options) {
  if (paths.empty()) return Status::InvalidArgument("no input paths given");
  const auto started = std::chrono::steady_clock::now();
  const unsigned threads = WorkerThreads(options.threads);

  Report report;
  auto on_error = [&report](const InputError& e) { report.errors.push_back(e); };
  const std::vector<std::string> files = ListInputs(paths, on_error);

  ExtractOptions extract_options;
  extract_options.gazetteer = options.gazetteer;

  std::vector<RawDocument> pending;
  auto flush = [&] {
    std::vector<StatusOr<Article>> cleaned = CleanDocuments(pending, threads);
    const size_t first = report.articles.size();
    for (size_t i = 0; i < pending.size(); ++i) {
      if (!cleaned[i].ok()) {
        report.errors.push_back({pending[i].path, cleaned[i].status().message()});
        continue;
      }
      Article article = std::move(cleaned[i]).value();
      article.id = "a" + std::to_string(report.articles.size() + 1);
      for (const std::string& warning : article.errors) report.errors.push_back({article.path, warning});
      report.articles.push_back(std::move(article));
    }
    const size_t added = report.articles.size() - first;
    std::vector<std::vector<Claim>> claims(added);
    ParallelFor(added, threads,
                [&](size_t i) { claims[i] = ExtractClaims(report.articles[first + i], extract_options); });
    for (auto& list : claims) {
      for (auto& c : list) report.claims.push_back(std::move(c));
    }
    pending.clear();
  };

  Progress progress;
  progress.files_total = files.size();
  auto report_progress = [&] {
    if (!options.on_progress) return;
    progress.articles = report.articles.size() + pending.size();
    progress.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    options.on_progress(progress);
  };
  for (const std::string& file : files) {
    // A batch is cleaned as soon as it is full, so one huge WARC is never held whole; progress is
    // reported after each batch too, so a single large file shows its pace.
    Status st = ReadInput(
        file, options.ingest,
        [&](RawDocument doc) {
          pending.push_back(std::move(doc));
          if (pending.size() >= kBatchDocuments) {
            flush();
            report_progress();
          }
        },
        on_error);
    if (!st.ok()) report.errors.push_back({file, st.message()});
    ++progress.files_done;
    report_progress();
  }
  flush();

  MarkDuplicates(report.articles);
  report.events = ClusterEvents(report.articles, report.claims);
  report.figures = Reconcile(report.articles, report.events, report.claims, options.reconcile);
  Summarize(report, options.summarize);
  return report;
}

}  // namespace corroborate

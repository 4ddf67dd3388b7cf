// Report: report.json (schema corroborate.report/1), the HTML report (report.html, a front page of
// events largest first, and events/: one page per event plus further front pages), claims.csv and
// claims.hxl.csv. Output is deterministic: the same Report gives the same bytes.
#ifndef CORROBORATE_REPORT_H_
#define CORROBORATE_REPORT_H_

#include <string>
#include <utility>
#include <vector>

#include "corroborate/annotate.h"
#include "corroborate/document.h"
#include "corroborate/status.h"

namespace corroborate {

std::string ReportToJson(const Report& report);

// How the HTML report is cut into pages so that every page opens quickly on any size of run.
struct HtmlOptions {
  size_t events_per_page = 100;  // events listed on report.html and on each events/index-K.html
  size_t errors_inline = 100;    // errors listed on report.html; all of them go to events/errors.html
  size_t claims_per_figure = 25;     // evidence quoted per figure on an event page (report.json has all)
  size_t claimants_per_chart = 8;    // lines per chart (the claimants with most points; the rest are named)
  // An event page lists the first figures, timeline entries and articles of its event; the rest go
  // to events/<event>-figures-K.html, events/<event>-timeline-K.html, events/<event>-articles-K.html.
  size_t figures_per_page = 50;
  size_t timeline_per_page = 200;
  size_t articles_per_page = 200;
};

// One page of the HTML report: its path relative to the report folder ("report.html",
// "events/e1.html", "events/e1-figures-2.html", "events/index-2.html", "events/errors.html") and
// its bytes. Pages are
// self-contained (inline CSS and SVG, no network requests) and link to each other by relative paths.
struct HtmlPage {
  std::string path;
  std::string html;
};

// The front page (report.html) alone.
std::string ReportToHtml(const Report& report, const HtmlOptions& options = {});
// Every page, front page first, in a fixed order.
std::vector<HtmlPage> ReportToHtmlPages(const Report& report, const HtmlOptions& options = {});
std::string ClaimsToCsv(const Report& report);
std::string ClaimsToHxlCsv(const Report& report);

// One claim as the JSON object of report.json's claims[] (also what `corroborate claims` prints).
std::string ClaimToJsonLine(const Claim& claim);
// One annotated sentence as a JSON line: start, end, text, words[] of {form, upos, lemma, head, deprel}
// (head: index in words, -1 for the root); `text` is the article text the sentence's offsets index.
std::string SentenceToJsonLine(std::string_view text, const AnnotatedSentence& sentence);

// Writes report.json, report.html, claims.csv, claims.hxl.csv and the folder events/ into `dir`
// (created if missing). Everything is first written into a staging folder inside `dir` and only then
// renamed into place, so a failed write leaves the previous report as it was and nothing half-written.
Status WriteReport(const Report& report, const std::string& dir);

}  // namespace corroborate

#endif  // CORROBORATE_REPORT_H_

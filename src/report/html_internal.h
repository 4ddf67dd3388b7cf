// Shared by the HTML report's pages (html.cc: front pages and the page shell; html_event.cc: one
// event's page; html_chart.cc: the chart).
#ifndef CORROBORATE_REPORT_HTML_INTERNAL_H_
#define CORROBORATE_REPORT_HTML_INTERNAL_H_

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corroborate/document.h"
#include "corroborate/report.h"
#include "corroborate/status.h"
#include "report/report_internal.h"

namespace corroborate::html {

// Everything that belongs to one event, gathered in one pass over the Report (pointers into it).
struct EventParts {
  const corroborate::Event* event = nullptr;
  std::string file;  // page name inside events/: "e1.html"
  std::vector<const Claim*> claims;
  std::vector<const Figure*> figures;  // most claims first
  std::vector<const TimelineEntry*> timeline;
  std::vector<const SummarySentence*> brief;
};

// The Report grouped by event, with the events in front-page order (most articles first, ties in
// report order).
class RunIndex {
 public:
  explicit RunIndex(const Report& report);
  const ReportIndex& ids() const { return ids_; }
  const std::vector<EventParts>& events() const { return events_; }  // front-page order
  // Page of an event inside events/ ("e1.html"), or nullptr for an unknown id.
  const std::string* EventFile(const std::string& event_id) const;
  // Page inside events/ that lists an article: its event's page for the first `per_page` articles
  // of the event, then "e1-articles-2.html", ...; nullopt when the article is in no event.
  std::optional<std::string> ArticleFile(const std::string& article_id, size_t per_page) const;

 private:
  ReportIndex ids_;
  std::vector<EventParts> events_;
  std::map<std::string, size_t> position_;  // event id -> index in events_
  std::map<std::string, std::pair<size_t, size_t>> article_at_;  // article id -> (index in events_, index in its articles)
};

// The lists of an event page that grow with the event: the first of each on the event's page, the
// rest on further pages ("e1-figures-2.html", "e1-timeline-2.html", "e1-articles-2.html").
enum class Part { kFigures, kTimeline, kArticles };
constexpr Part kParts[] = {Part::kFigures, Part::kTimeline, Part::kArticles};
size_t PartSize(const EventParts& event, Part part);
size_t PerPage(const HtmlOptions& options, Part part);  // at least 1
// The K-th page (K >= 2) of a part of an event.
std::string PartFile(const EventParts& event, Part part, size_t k);

std::string Esc(std::string_view s);
std::string Day(const std::optional<Date>& d);  // "2025-03-13" or "undated"
std::string Count(const std::optional<int64_t>& v);  // "12,500" or an en dash
std::string Span(const std::optional<Date>& start, const std::optional<Date>& end);  // "d1 to d2"
std::string StatusBadge(FigureStatus s);
// "1 outlet", "3 outlets".
std::string Plural(size_t n, std::string_view one, std::string_view many);
// Who makes a claim: its source, else "unattributed: <outlet>".
std::string ClaimantOf(const Claim& c, const Article* a);
// The claimant as reconcile named it across articles (the figure's voice), else as the claim says.
std::string ClaimantOf(const Claim& c, const ReportIndex& ids);
// "killed", with the unit when it is not people ("displaced (households)").
std::string CategoryLabel(const Figure& f);

// The figure of each category that most claims (then most outlets) support, incident and running
// totals before background totals; categories ordered by that figure's claims, most first.
std::vector<const Figure*> HeadlineFigures(const std::vector<const Figure*>& figures);

// A whole page: doctype, head with the inline style, the dark header with `heading` and `subline`,
// then `body` inside <main>.
std::string Page(std::string_view title, std::string_view heading, std::string_view subline, std::string_view body);

// The SVG chart of one category: one line per claimant over publication date, points labelled
// with their values. Empty when the event has no dated point claim in that category.
std::string Chart(const EventParts& event, const Figure& headline, const ReportIndex& ids, const HtmlOptions& options);

// The page of one event (events/<file>), and the K-th page (K >= 2) of one of its parts.
std::string EventPage(const EventParts& event, const RunIndex& run, const HtmlOptions& options);
std::string PartPage(const EventParts& event, const RunIndex& run, const HtmlOptions& options, Part part, size_t k);

// Hands every page of the HTML report to `sink` (path relative to the report folder, bytes) in the
// order of ReportToHtmlPages, one page at a time; stops at the first error the sink returns.
using HtmlSink = std::function<Status(const std::string& path, const std::string& html)>;
Status WriteHtmlPages(const Report& report, const HtmlOptions& options, const HtmlSink& sink);

}  // namespace corroborate::html

#endif  // CORROBORATE_REPORT_HTML_INTERNAL_H_

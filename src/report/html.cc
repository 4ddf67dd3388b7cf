// The HTML report, cut into pages so that it opens quickly on any size of run.
//
//   report.html             the front page: the run's counts, the first events (most articles first),
//                           each with its dates, places, article count and headline figures (per
//                           category the figure most claims support: low / best / high, status,
//                           claimants, outlets), a pager, and the run's input errors
//   events/index-K.html     the further front pages, HtmlOptions::events_per_page events each
//   events/<event>.html     one page per event (html_event.cc): figures, charts, brief, timeline,
//                           evidence, articles
//   events/<event>-figures-K.html, -timeline-K.html, -articles-K.html
//                           the rest of a big event's figures, timeline and articles
//   events/errors.html      every input error, when there are more than report.html lists
//
// A front page's size is bounded by events_per_page whatever the size of the run, and every event
// page by the per-page options and caps (evidence per figure, chart points, lines, named copies).
// Every page is self-contained (inline CSS and SVG, no scripts, no network requests), links are
// relative, and everything taken from the input is escaped. Pages are a pure function of the Report: same Report, same bytes.
#include <algorithm>
#include <set>
#include <string>
#include <tuple>

#include "common/text_util.h"
#include "report/html_internal.h"

namespace corroborate {

std::string HtmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default:
          if (c < 0x20 && c != '\n' && c != '\t') out += ' ';
          else out += static_cast<char>(c);
      }
      ++i;
      continue;
    }
    int n = Utf8SequenceLength(c);
    if (n > 1 && i + n <= s.size() && IsValidUtf8(s.substr(i, n))) {
      out.append(s.substr(i, n));
      i += n;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  return out;
}

namespace html {

std::string Esc(std::string_view s) { return HtmlEscape(s); }
std::string Day(const std::optional<Date>& d) { return d ? d->ToString() : std::string("undated"); }

std::string Count(const std::optional<int64_t>& v) {
  if (!v) return "&ndash;";
  std::string digits = std::to_string(*v), out;
  int n = 0;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    if (n && n % 3 == 0 && *it != '-') out.insert(out.begin(), ',');
    out.insert(out.begin(), *it);
    ++n;
  }
  return out;
}

std::string Span(const std::optional<Date>& start, const std::optional<Date>& end) {
  if (!start) return Day(end);
  if (!end || *end == *start) return Day(start);
  return Day(start) + " to " + Day(end);
}

std::string Plural(size_t n, std::string_view one, std::string_view many) {
  return Count(static_cast<int64_t>(n)) + " " + std::string(n == 1 ? one : many);
}

std::string StatusBadge(FigureStatus s) {
  const std::string name = FigureStatusName(s);
  return "<span class=\"badge " + name + "\">" + name + "</span>";
}

std::string ClaimantOf(const Claim& c, const Article* a) {
  return c.source ? *c.source : "unattributed: " + (a && !a->outlet.empty() ? a->outlet : std::string("the outlet"));
}

std::string ClaimantOf(const Claim& c, const ReportIndex& ids) {
  if (const FigureVoice* v = ids.VoiceOf(c.id)) return v->claimant;
  return ClaimantOf(c, ids.Article(c.article));
}

std::string CategoryLabel(const Figure& f) {
  std::string label = CategoryName(f.category);
  if (f.unit != CountUnit::kPeople) label += std::string(" (") + UnitName(f.unit) + ")";
  return Esc(label);
}

namespace {

// Incident and running totals outrank background totals; then claims, then outlets.
auto HeadlineKey(const Figure& f) {
  return std::make_tuple(f.scope != Scope::kBackground, f.claims.size(), f.outlets);
}

}  // namespace

std::vector<const Figure*> HeadlineFigures(const std::vector<const Figure*>& figures) {
  std::map<Category, const Figure*> best;
  for (const Figure* f : figures) {
    auto [it, fresh] = best.emplace(f->category, f);
    if (!fresh && HeadlineKey(*f) > HeadlineKey(*it->second)) it->second = f;
  }
  std::vector<const Figure*> out;
  for (const auto& [category, f] : best) out.push_back(f);
  std::stable_sort(out.begin(), out.end(), [](const Figure* a, const Figure* b) { return HeadlineKey(*a) > HeadlineKey(*b); });
  return out;
}

namespace {

// A page name for an event: its id when the id is a plain word that no other page uses.
std::string EventFileName(const Event& e, size_t position, std::set<std::string>& used) {
  bool plain = !e.id.empty() && e.id.size() <= 64 && e.id.rfind("index-", 0) != 0 && e.id != "errors" &&
               e.id.find("-articles-") == std::string::npos && e.id.find("-figures-") == std::string::npos &&
               e.id.find("-timeline-") == std::string::npos &&
               std::all_of(e.id.begin(), e.id.end(), [](char c) {
                 return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
               });
  std::string name = plain ? e.id + ".html" : "event-" + std::to_string(position + 1) + ".html";
  if (!used.insert(name).second) name = "event-" + std::to_string(position + 1) + "-" + std::to_string(used.size()) + ".html";
  used.insert(name);
  return name;
}

}  // namespace

RunIndex::RunIndex(const Report& report) : ids_(report) {
  std::set<std::string> used;
  events_.reserve(report.events.size());
  for (size_t i = 0; i < report.events.size(); ++i) {
    EventParts parts;
    parts.event = &report.events[i];
    parts.file = EventFileName(report.events[i], i, used);
    events_.push_back(std::move(parts));
  }
  std::stable_sort(events_.begin(), events_.end(),
                   [](const EventParts& a, const EventParts& b) { return a.event->articles.size() > b.event->articles.size(); });
  for (size_t i = 0; i < events_.size(); ++i) {
    position_.emplace(events_[i].event->id, i);
    const std::vector<std::string>& articles = events_[i].event->articles;
    for (size_t k = 0; k < articles.size(); ++k) article_at_.emplace(articles[k], std::make_pair(i, k));
  }
  auto parts_of = [this](const std::string& id) -> EventParts* {
    auto it = position_.find(id);
    return it == position_.end() ? nullptr : &events_[it->second];
  };
  for (const Claim& c : report.claims) {
    if (EventParts* p = parts_of(c.event)) p->claims.push_back(&c);
  }
  for (const Figure& f : report.figures) {
    if (EventParts* p = parts_of(f.event)) p->figures.push_back(&f);
  }
  for (EventParts& p : events_) {
    std::stable_sort(p.figures.begin(), p.figures.end(), [](const Figure* a, const Figure* b) { return a->claims.size() > b->claims.size(); });
  }
  for (const TimelineEntry& t : report.timeline) {
    if (EventParts* p = parts_of(t.event)) p->timeline.push_back(&t);
  }
  for (const EventSummary& s : report.summary) {
    if (EventParts* p = parts_of(s.event)) {
      for (const SummarySentence& ss : s.sentences) p->brief.push_back(&ss);
    }
  }
}

const std::string* RunIndex::EventFile(const std::string& event_id) const {
  auto it = position_.find(event_id);
  return it == position_.end() ? nullptr : &events_[it->second].file;
}

std::optional<std::string> RunIndex::ArticleFile(const std::string& article_id, size_t per_page) const {
  auto it = article_at_.find(article_id);
  if (it == article_at_.end()) return std::nullopt;
  const size_t page = it->second.second / std::max<size_t>(per_page, 1);
  const EventParts& e = events_[it->second.first];
  return page == 0 ? e.file : PartFile(e, Part::kArticles, page + 1);
}

namespace {
const char* PartName(Part part) {
  switch (part) {
    case Part::kFigures: return "figures";
    case Part::kTimeline: return "timeline";
    case Part::kArticles: return "articles";
  }
  return "";
}
}  // namespace

size_t PartSize(const EventParts& event, Part part) {
  switch (part) {
    case Part::kFigures: return event.figures.size();
    case Part::kTimeline: return event.timeline.size();
    case Part::kArticles: return event.event->articles.size();
  }
  return 0;
}

size_t PerPage(const HtmlOptions& options, Part part) {
  switch (part) {
    case Part::kFigures: return std::max<size_t>(options.figures_per_page, 1);
    case Part::kTimeline: return std::max<size_t>(options.timeline_per_page, 1);
    case Part::kArticles: return std::max<size_t>(options.articles_per_page, 1);
  }
  return 1;
}

std::string PartFile(const EventParts& event, Part part, size_t k) {
  return event.file.substr(0, event.file.size() - 5) + "-" + PartName(part) + "-" + std::to_string(k) + ".html";
}

namespace {

constexpr char kStyle[] = R"css(
:root{--ink:#1d2430;--muted:#5b6575;--line:#dde2ea;--bg:#f4f6f9;--card:#fff;--ok:#1f7a4d;--warn:#b3261e;--one:#8a5a00;--accent:#2458a6}
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
header.top{background:#18263d;color:#fff;padding:16px 28px}header.top h1{margin:0;font-size:22px;font-weight:650}header.top p{margin:4px 0 0;color:#c9d3e3;font-size:14px}
header.top a{color:#c9d3e3}
main{max-width:1180px;margin:0 auto;padding:18px 24px 60px}
nav.crumbs{margin:0 0 14px;font-size:14px}nav.crumbs a{margin-right:14px}
section.event{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:14px 20px;margin:0 0 18px}
.ehead{display:flex;gap:12px;align-items:baseline;justify-content:space-between;flex-wrap:wrap}
.ehead .count{font-size:13px;color:var(--muted);white-space:nowrap}
h2{margin:0 0 2px;font-size:19px}h2 a{text-decoration:none}h2 a:hover{text-decoration:underline}
h3{font-size:16px;margin:24px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
.meta{color:var(--muted);font-size:13px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:12px;margin-top:12px}
.card{border:1px solid var(--line);border-radius:8px;padding:10px 12px;background:#fbfcfe}
.card .cat{font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
.card .num{font-size:26px;font-weight:650;font-variant-numeric:tabular-nums}.card .range{color:var(--muted);font-size:13px}
.badge{display:inline-block;font-size:12px;padding:1px 8px;border-radius:10px;color:#fff;vertical-align:middle;white-space:nowrap}
.badge.corroborated{background:var(--ok)}.badge.conflicting{background:var(--warn)}.badge.single-source{background:var(--one)}
table{border-collapse:collapse;width:100%;font-size:14px}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);font-weight:600}
.nw{white-space:nowrap}td.n,th.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}td.best{font-weight:650}
table.heads{margin-top:8px}table.heads td:first-child{min-width:190px}table.figs td:first-child{min-width:170px}table.heads td,table.heads th{padding:4px 8px}
.wide{overflow-x:auto}
details{margin:2px 0}summary{cursor:pointer;color:var(--accent)}
blockquote{margin:6px 0;padding:4px 10px;border-left:3px solid var(--line);color:#333;background:#fafbfc}
mark{background:#ffe58a;padding:0 2px}q{font-style:italic}
ol.brief li{margin:0 0 6px}a{color:var(--accent)}.cite{font-size:12px;color:var(--muted)}
ul.voices{margin:0;padding-left:18px}
.chart{overflow-x:auto;margin:4px 0 2px}svg text{font:11px system-ui,sans-serif;fill:#5b6575}svg text.v{font-weight:600;font-size:10.5px}
.legend{margin:2px 0 8px}.legend span{display:inline-block;margin-right:14px;font-size:13px}.legend i{display:inline-block;width:14px;height:4px;border-radius:2px;margin-right:5px;vertical-align:middle}
.dup{color:var(--muted);font-size:12px}.err{color:var(--warn)}
nav.pager{margin:6px 0 16px;font-size:14px}nav.pager a,nav.pager b,nav.pager span{display:inline-block;min-width:28px;padding:2px 8px;margin:0 2px 4px 0;border:1px solid var(--line);border-radius:6px;background:#fff;text-align:center;text-decoration:none}
nav.pager b{background:var(--accent);color:#fff;border-color:var(--accent)}nav.pager span{border:0;background:none}
)css";

}  // namespace

std::string Page(std::string_view title, std::string_view heading, std::string_view subline, std::string_view body) {
  std::string h;
  h.reserve(body.size() + sizeof kStyle + 512);
  h += "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">";
  h += "<title>";
  h += title;
  h += "</title><style>";
  h += kStyle;
  h += "</style></head><body><header class=\"top\"><h1>";
  h += heading;
  h += "</h1><p>";
  h += subline;
  h += "</p></header><main>";
  h += body;
  h += "</main></body></html>\n";
  return h;
}

namespace {

// Where a front page sits and how its links reach the other pages.
struct ListPage {
  size_t number = 1;         // 1 = report.html
  size_t pages = 1;
  std::string to_events;     // prefix of an event page link: "events/" from report.html, "" from events/
  std::string to_front;      // link to report.html
};

std::string ListPageHref(size_t number, const ListPage& from) {
  if (number == 1) return from.to_front;
  return from.to_events + "index-" + std::to_string(number) + ".html";
}

// First, previous, a window around this page, next, last.
std::string Pager(const ListPage& p) {
  if (p.pages <= 1) return "";
  std::string h = "<nav class=\"pager\" aria-label=\"pages of events\">";
  auto link = [&](size_t n, const std::string& label) {
    h += n == p.number ? "<b>" + label + "</b>" : "<a href=\"" + ListPageHref(n, p) + "\">" + label + "</a>";
  };
  if (p.number > 1) link(p.number - 1, "&larr; previous");
  size_t lo = p.number > 3 ? p.number - 3 : 1, hi = std::min(p.pages, p.number + 3);
  if (lo > 1) link(1, "1");
  if (lo > 2) h += "<span>&hellip;</span>";
  for (size_t n = lo; n <= hi; ++n) link(n, std::to_string(n));
  if (hi + 1 < p.pages) h += "<span>&hellip;</span>";
  if (hi < p.pages) link(p.pages, std::to_string(p.pages));
  if (p.number < p.pages) link(p.number + 1, "next &rarr;");
  return h + "</nav>";
}

std::string Places(const std::vector<std::string>& places, size_t cap) {
  std::string h;
  for (size_t i = 0; i < places.size() && i < cap; ++i) h += (i ? ", " : "") + Esc(places[i]);
  if (places.size() > cap) h += " and " + std::to_string(places.size() - cap) + " more";
  return h;
}

std::string Claimants(const std::vector<std::string>& sources, size_t cap) {
  std::string h;
  for (size_t i = 0; i < sources.size() && i < cap; ++i) h += (i ? "; " : "") + Esc(sources[i]);
  if (sources.size() > cap) h += "; +" + std::to_string(sources.size() - cap) + " more";
  return h;
}

// One event on a front page: title linking to its page, dates, places, size, headline figures.
std::string EventSummaryRow(const EventParts& parts, const ListPage& p) {
  const Event& e = *parts.event;
  std::string h = "<section class=\"event\" id=\"" + Esc(e.id) + "\"><div class=\"ehead\"><h2><a href=\"" + p.to_events + parts.file +
                  "\">" + Esc(e.title.empty() ? e.id : e.title) + "</a></h2><span class=\"count\">" + Plural(e.articles.size(), "article", "articles") + "</span></div><div class=\"meta\">" + Esc(e.id) + " &middot; " +
                  Span(e.start, e.end);
  if (!e.places.empty()) h += " &middot; " + Places(e.places, 6);
  h += "</div>";
  std::vector<const Figure*> heads = HeadlineFigures(parts.figures);
  if (heads.empty()) return h + "<p class=\"meta\">No casualty or displacement figure was found.</p></section>";
  h += "<div class=\"wide\"><table class=\"heads\"><thead><tr><th>Figure</th><th class=\"n\">Low</th><th class=\"n\">Best</th><th class=\"n\">High</th>"
       "<th>Status</th><th>Claimants</th><th class=\"n\">Outlets</th></tr></thead><tbody>";
  for (const Figure* f : heads) {
    h += "<tr><td>" + CategoryLabel(*f) + " <span class=\"meta\">" + Esc(f->subject) + (f->place.empty() ? "" : ", " + Esc(f->place)) +
         "</span></td><td class=\"n\">" + Count(f->low) + "</td><td class=\"n best\">" + Count(f->best) + "</td><td class=\"n\">" + Count(f->high) +
         "</td><td>" + StatusBadge(f->status) + "</td><td>" + Claimants(f->sources, 3) + "</td><td class=\"n\">" + std::to_string(f->outlets) +
         "</td></tr>";
  }
  return h + "</tbody></table></div></section>";
}

std::string ErrorRows(const std::vector<InputError>& errors, size_t cap) {
  std::string h = "<table><thead><tr><th>Input</th><th>Problem</th></tr></thead><tbody>";
  for (size_t i = 0; i < errors.size() && i < cap; ++i) {
    h += "<tr><td>" + Esc(errors[i].path) + "</td><td class=\"err\">" + Esc(errors[i].error) + "</td></tr>";
  }
  return h + "</tbody></table>";
}

std::string Totals(const Report& r) {
  return Plural(r.events.size(), "event", "events") + " &middot; " + Plural(r.articles.size(), "article", "articles") + " &middot; " +
         Plural(r.claims.size(), "claim", "claims") + " &middot; " + Plural(r.figures.size(), "figure", "figures") + " &middot; " +
         Plural(r.errors.size(), "input error", "input errors");
}

std::string ListPageHtml(const Report& report, const RunIndex& run, const ListPage& p, const HtmlOptions& options) {
  const size_t per = std::max<size_t>(options.events_per_page, 1);
  const size_t first = (p.number - 1) * per, last = std::min(run.events().size(), first + per);
  std::string body = "<nav class=\"crumbs\">";
  if (p.number > 1) body += "<a href=\"" + p.to_front + "\">&larr; front page</a>";
  body += "<a href=\"" + p.to_front + "#errors\">Input errors (" + std::to_string(report.errors.size()) + ")</a></nav>";
  body += "<h3>Events, most articles first";
  if (!run.events().empty()) {
    body += " <span class=\"meta\">(" + Count(int64_t(first + 1)) + "&ndash;" + Count(int64_t(last)) + " of " + Count(int64_t(run.events().size())) + ")</span>";
  }
  body += "</h3>" + Pager(p);
  if (run.events().empty()) body += "<p class=\"meta\">No event was found.</p>";
  for (size_t i = first; i < last; ++i) body += EventSummaryRow(run.events()[i], p);
  body += Pager(p);
  if (p.number == 1) {
    body += "<section class=\"event\" id=\"errors\"><h2>Input errors</h2>";
    if (report.errors.empty()) {
      body += "<p class=\"meta\">Every input was read.</p>";
    } else {
      body += ErrorRows(report.errors, options.errors_inline);
      if (report.errors.size() > options.errors_inline) {
        body += "<p><a href=\"events/errors.html\">All " + Count(int64_t(report.errors.size())) + " input errors</a></p>";
      }
    }
    body += "</section>";
  }
  std::string title = p.number == 1 ? "corroborate report" : "corroborate report, events page " + std::to_string(p.number);
  return Page(title, "<a href=\"" + p.to_front + "\" style=\"color:#fff;text-decoration:none\">corroborate report</a>", Totals(report), body);
}

std::string ErrorsPageHtml(const Report& report) {
  std::string body = "<nav class=\"crumbs\"><a href=\"../report.html\">&larr; front page</a></nav><section class=\"event\"><h2>Input errors</h2>" +
                     ErrorRows(report.errors, report.errors.size()) + "</section>";
  return Page("corroborate report, input errors", "Input errors", Totals(report), body);
}

ListPage ListPageAt(size_t number, size_t pages) {
  ListPage p;
  p.number = number;
  p.pages = pages;
  p.to_events = number == 1 ? "events/" : "";
  p.to_front = number == 1 ? "report.html" : "../report.html";
  return p;
}

}  // namespace

Status WriteHtmlPages(const Report& report, const HtmlOptions& options, const HtmlSink& sink) {
  RunIndex run(report);
  const size_t per = std::max<size_t>(options.events_per_page, 1);
  const size_t pages = std::max<size_t>(1, (run.events().size() + per - 1) / per);
  for (size_t n = 1; n <= pages; ++n) {
    std::string path = n == 1 ? "report.html" : "events/index-" + std::to_string(n) + ".html";
    Status st = sink(path, ListPageHtml(report, run, ListPageAt(n, pages), options));
    if (!st.ok()) return st;
  }
  for (const EventParts& parts : run.events()) {
    Status st = sink("events/" + parts.file, EventPage(parts, run, options));
    for (Part part : kParts) {
      for (size_t k = 2; st.ok() && (k - 1) * PerPage(options, part) < PartSize(parts, part); ++k) {
        st = sink("events/" + PartFile(parts, part, k), PartPage(parts, run, options, part, k));
      }
    }
    if (!st.ok()) return st;
  }
  if (report.errors.size() > options.errors_inline) return sink("events/errors.html", ErrorsPageHtml(report));
  return Status::Ok();
}

}  // namespace html

std::string ReportToHtml(const Report& report, const HtmlOptions& options) {
  html::RunIndex run(report);
  const size_t per = std::max<size_t>(options.events_per_page, 1);
  const size_t pages = std::max<size_t>(1, (run.events().size() + per - 1) / per);
  return html::ListPageHtml(report, run, html::ListPageAt(1, pages), options);
}

std::vector<HtmlPage> ReportToHtmlPages(const Report& report, const HtmlOptions& options) {
  std::vector<HtmlPage> pages;
  html::WriteHtmlPages(report, options, [&pages](const std::string& path, const std::string& content) {
    pages.push_back({path, content});
    return Status::Ok();
  });
  return pages;
}

}  // namespace corroborate

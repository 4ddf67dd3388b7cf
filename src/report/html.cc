// report.html: one self-contained page (inline CSS and SVG, no scripts, no network requests) that an
// analyst reads per event: the headline figures with their status, claimants, outlets and rule; a
// chart of each claimant's figures over time; the cited brief; the timeline; the articles; the
// errors. Everything taken from the input is escaped.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string>

#include "common/text_util.h"
#include "corroborate/report.h"
#include "corroborate/reconcile.h"
#include "report/report_internal.h"

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

namespace {

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
std::string Interval(const Claim& c) {
  if (c.value_low && c.value_high && *c.value_low == *c.value_high) return Count(c.value_low);
  if (c.value_low && !c.value_high) return "&ge; " + Count(c.value_low);
  if (!c.value_low && c.value_high) return "&le; " + Count(c.value_high);
  return Count(c.value_low) + "&ndash;" + Count(c.value_high);
}

constexpr char kStyle[] = R"css(
:root{--ink:#1d2430;--muted:#5b6575;--line:#dde2ea;--bg:#f6f7f9;--card:#fff;--ok:#1f7a4d;--warn:#b3261e;--one:#8a5a00;--accent:#2458a6}
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
header.top{background:#18263d;color:#fff;padding:18px 28px}header.top h1{margin:0;font-size:22px}header.top p{margin:4px 0 0;color:#c9d3e3}
main{max-width:1180px;margin:0 auto;padding:20px 24px 60px}
nav.toc{margin:0 0 18px}nav.toc a{margin-right:14px}
section.event{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:18px 22px;margin:0 0 26px}
h2{margin:0 0 4px;font-size:20px}h3{font-size:16px;margin:22px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
.meta{color:var(--muted);font-size:13px}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(250px,1fr));gap:12px;margin-top:12px}
.card{border:1px solid var(--line);border-radius:8px;padding:10px 12px;background:#fbfcfe}
.card .cat{font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
.card .num{font-size:26px;font-weight:650}.card .range{color:var(--muted);font-size:13px}
.badge{display:inline-block;font-size:12px;padding:1px 8px;border-radius:10px;color:#fff;vertical-align:middle}
.badge.corroborated{background:var(--ok)}.badge.conflicting{background:var(--warn)}.badge.single-source{background:var(--one)}
table{border-collapse:collapse;width:100%;font-size:14px}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
th{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}td.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
details{margin:2px 0}summary{cursor:pointer;color:var(--accent)}
blockquote{margin:6px 0 6px 0;padding:4px 10px;border-left:3px solid var(--line);color:#333;background:#fafbfc}
mark{background:#ffe58a;padding:0 2px}
ol.brief li{margin:0 0 6px}a{color:var(--accent)}sup a{text-decoration:none}
.chart{overflow-x:auto}svg text{font:11px system-ui,sans-serif;fill:#5b6575}
.legend span{display:inline-block;margin-right:14px;font-size:13px}.legend i{display:inline-block;width:10px;height:10px;border-radius:5px;margin-right:4px;vertical-align:middle}
.dup{color:var(--muted);font-size:12px}.err{color:var(--warn)}
)css";

constexpr const char* kPalette[] = {"#2458a6", "#b3261e", "#1f7a4d", "#8a5a00", "#6a3d9a", "#0e7c86", "#c2185b", "#546e7a"};

// The sentence of a claim with its figure highlighted.
std::string Evidence(const Claim& c, const Article* a) {
  if (a && c.end <= a->text.size() && c.start < c.end) {
    // Find the sentence around the span in the article text.
    size_t s = a->text.rfind(c.sentence.substr(0, std::min<size_t>(c.sentence.size(), 20)), c.start);
    if (!c.sentence.empty() && s != std::string::npos && s <= c.start && c.end <= s + c.sentence.size() &&
        a->text.compare(s, c.sentence.size(), c.sentence) == 0) {
      return Esc(c.sentence.substr(0, c.start - s)) + "<mark>" + Esc(a->text.substr(c.start, c.end - c.start)) + "</mark>" +
             Esc(c.sentence.substr(c.end - s));
    }
  }
  return Esc(c.sentence);
}

std::string ArticleLink(const std::string& id, const ReportIndex& index) {
  const Article* a = index.Article(id);
  std::string title = a ? a->outlet + (a->published ? ", " + a->published->ToString() : "") : id;
  return "<a href=\"#" + Esc(id) + "\" title=\"" + Esc(title) + "\">" + Esc(id) + "</a>";
}

// Each claimant's figures over time for the event's most reported category (an SVG line chart).
std::string Chart(const Report& report, const Event& e, const ReportIndex& index) {
  std::map<Category, int> per_category;
  for (const Claim& c : report.claims) {
    if (c.event == e.id && !c.parent && PointValue(c)) ++per_category[c.category];
  }
  if (per_category.empty()) return "";
  Category cat = std::max_element(per_category.begin(), per_category.end(),
                                  [](const auto& a, const auto& b) { return a.second < b.second; })->first;
  struct Point { int64_t day; int64_t value; std::string claim; };
  std::map<std::string, std::vector<Point>> series;  // claimant label -> points
  for (const Claim& c : report.claims) {
    if (c.event != e.id || c.category != cat || c.parent) continue;
    auto v = PointValue(c);
    const Article* a = index.Article(c.article);
    std::optional<Date> when = a && a->published ? a->published : c.date;
    if (!v || !when) continue;
    std::string who = c.source ? *c.source : "unattributed (" + (a ? a->outlet : std::string("outlet")) + ")";
    series[who].push_back({when->ToDays(), *v, c.id});
  }
  if (series.empty()) return "";
  int64_t d0 = INT64_MAX, d1 = INT64_MIN, vmax = 1;
  for (auto& [who, pts] : series) {
    std::sort(pts.begin(), pts.end(), [](const Point& a, const Point& b) { return a.day < b.day || (a.day == b.day && a.claim < b.claim); });
    for (const Point& p : pts) d0 = std::min(d0, p.day), d1 = std::max(d1, p.day), vmax = std::max(vmax, p.value);
  }
  const int W = 760, H = 240, L = 60, R = 20, T = 14, B = 34;
  auto x = [&](int64_t d) { return d1 == d0 ? L + (W - L - R) / 2.0 : L + (W - L - R) * double(d - d0) / double(d1 - d0); };
  auto y = [&](int64_t v) { return T + (H - T - B) * (1.0 - double(v) / double(vmax)); };
  std::string svg = "<div class=\"chart\"><svg role=\"img\" aria-label=\"" + Esc(std::string(CategoryName(cat))) +
                    " figures by claimant over time\" width=\"" + std::to_string(W) + "\" height=\"" + std::to_string(H) +
                    "\" viewBox=\"0 0 " + std::to_string(W) + " " + std::to_string(H) + "\">";
  char buf[256];
  for (int k = 0; k <= 4; ++k) {
    int64_t v = vmax * k / 4;
    std::snprintf(buf, sizeof buf, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#e6e9ef\"/><text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%lld</text>",
                  L, W - R, y(v), y(v), L - 6, y(v) + 4, static_cast<long long>(v));
    svg += buf;
  }
  std::snprintf(buf, sizeof buf, "<text x=\"%d\" y=\"%d\">%s</text><text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", L, H - 8,
                Date::FromDays(d0).ToString().c_str(), W - R, H - 8, Date::FromDays(d1).ToString().c_str());
  svg += buf;
  std::string legend = "<div class=\"legend\">";
  size_t k = 0;
  for (const auto& [who, pts] : series) {
    const char* color = kPalette[k++ % (sizeof kPalette / sizeof *kPalette)];
    std::string path;
    for (const Point& p : pts) {
      std::snprintf(buf, sizeof buf, "%s%.1f,%.1f", path.empty() ? "" : " ", x(p.day), y(p.value));
      path += buf;
    }
    if (pts.size() > 1) svg += std::string("<polyline fill=\"none\" stroke=\"") + color + "\" stroke-width=\"2\" points=\"" + path + "\"/>";
    for (const Point& p : pts) {
      std::snprintf(buf, sizeof buf, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\">", x(p.day), y(p.value), color);
      svg += buf;
      svg += "<title>" + Esc(who) + ": " + std::to_string(p.value) + " on " + Date::FromDays(p.day).ToString() + " (" + Esc(p.claim) + ")</title></circle>";
    }
    legend += std::string("<span><i style=\"background:") + color + "\"></i>" + Esc(who) + "</span>";
  }
  svg += "</svg></div>";
  legend += "</div>";
  return "<h3>" + Esc(std::string(CategoryName(cat))) + ": each claimant's figures over time</h3>" + svg + legend;
}

}  // namespace

std::string ReportToHtml(const Report& report) {
  ReportIndex index(report);
  std::string h;
  h += "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">";
  h += "<title>corroborate report</title><style>";
  h += kStyle;
  h += "</style></head><body><header class=\"top\"><h1>corroborate report</h1><p>";
  h += std::to_string(report.events.size()) + " events &middot; " + std::to_string(report.articles.size()) + " articles &middot; " +
       std::to_string(report.claims.size()) + " claims &middot; " + std::to_string(report.figures.size()) + " figures &middot; " +
       std::to_string(report.errors.size()) + " input errors</p></header><main>";
  if (!report.events.empty()) {
    h += "<nav class=\"toc\">";
    for (const Event& e : report.events) h += "<a href=\"#" + Esc(e.id) + "\">" + Esc(e.title.empty() ? e.id : e.title) + "</a>";
    h += "<a href=\"#articles\">Articles</a><a href=\"#errors\">Errors</a></nav>";
  }
  for (const Event& e : report.events) {
    h += "<section class=\"event\" id=\"" + Esc(e.id) + "\"><h2>" + Esc(e.title.empty() ? e.id : e.title) + "</h2><div class=\"meta\">" +
         Esc(e.id) + " &middot; " + Day(e.start) + (e.end && e.end != e.start ? " to " + Day(e.end) : "") + " &middot; " +
         std::to_string(e.articles.size()) + " articles";
    if (!e.places.empty()) {
      h += " &middot; ";
      for (size_t i = 0; i < e.places.size(); ++i) h += (i ? ", " : "") + Esc(e.places[i]);
    }
    h += "</div>";
    // Headline figures: the ones without a place or period restriction first, most claims first.
    std::vector<const Figure*> figs;
    for (const Figure& f : report.figures) {
      if (f.event == e.id) figs.push_back(&f);
    }
    if (!figs.empty()) {
      h += "<div class=\"cards\">";
      std::vector<const Figure*> top = figs;
      std::stable_sort(top.begin(), top.end(), [](const Figure* a, const Figure* b) { return a->claims.size() > b->claims.size(); });
      for (size_t i = 0; i < top.size() && i < 6; ++i) {
        const Figure& f = *top[i];
        h += "<div class=\"card\"><div class=\"cat\">" + Esc(std::string(CategoryName(f.category))) + " &middot; " + Esc(f.subject) +
             (f.place.empty() ? "" : " &middot; " + Esc(f.place)) + "</div><div class=\"num\">" + Count(f.best) +
             "</div><div class=\"range\">low " + Count(f.low) + " &middot; high " + Count(f.high) + "</div><span class=\"badge " +
             FigureStatusName(f.status) + "\">" + FigureStatusName(f.status) + "</span> <span class=\"meta\">" +
             std::to_string(f.sources.size()) + " claimants, " + std::to_string(f.outlets) + " outlets</span></div>";
      }
      h += "</div>";
    }
    h += Chart(report, e, index);
    for (const EventSummary& s : report.summary) {
      if (s.event != e.id || s.sentences.empty()) continue;
      h += "<h3>Brief</h3><ol class=\"brief\">";
      for (const SummarySentence& ss : s.sentences) {
        h += "<li>" + Esc(ss.text) + " <sup>[" + ArticleLink(ss.article, index) + "]";
        if (!ss.also_in.empty()) {
          h += " also in ";
          for (size_t i = 0; i < ss.also_in.size(); ++i) h += (i ? ", " : "") + ArticleLink(ss.also_in[i], index);
        }
        h += "</sup></li>";
      }
      h += "</ol>";
    }
    if (!figs.empty()) {
      h += "<h3>Figures</h3><table><thead><tr><th>Category</th><th>Group</th><th>Place</th><th>Period</th><th>Low</th><th>Best</th><th>High</th>"
           "<th>Status</th><th>Claimants and evidence</th></tr></thead><tbody>";
      for (const Figure* fp : figs) {
        const Figure& f = *fp;
        std::string period = f.period_start ? Day(f.period_start) + (f.period_end && f.period_end != f.period_start ? " to " + Day(f.period_end) : "")
                                            : (f.period_end ? Day(f.period_end) : "undated");
        h += "<tr><td>" + Esc(std::string(CategoryName(f.category))) + "</td><td>" + Esc(f.subject) + "</td><td>" + Esc(f.place) + "</td><td>" +
             period + "</td><td class=\"n\">" + Count(f.low) + "</td><td class=\"n\">" + Count(f.best) + "</td><td class=\"n\">" + Count(f.high) +
             "</td><td><span class=\"badge " + FigureStatusName(f.status) + "\">" + FigureStatusName(f.status) + "</span><div class=\"meta\">" +
             std::to_string(f.outlets) + " independent outlets</div></td><td>";
        for (size_t i = 0; i < f.sources.size(); ++i) h += (i ? "; " : "") + Esc(f.sources[i]);
        h += "<details><summary>" + std::to_string(f.claims.size()) + " claims and the rule</summary><p class=\"meta\">" + Esc(f.rule) + "</p>";
        for (const std::string& cid : f.claims) {
          const Claim* c = index.Claim(cid);
          if (!c) continue;
          const Article* a = index.Article(c->article);
          h += "<blockquote>" + Evidence(*c, a) + "<div class=\"meta\">" + Interval(*c) + " &middot; " +
               Esc(c->source ? *c->source : std::string("unattributed")) + (c->hedged ? " &middot; hedged" : "") + " &middot; " +
               ArticleLink(c->article, index) + (a ? " " + Esc(a->outlet) + ", " + Day(a->published) : "") + "</div></blockquote>";
        }
        h += "</details></td></tr>";
      }
      h += "</tbody></table>";
    }
    bool any_timeline = false;
    for (const TimelineEntry& t : report.timeline) {
      if (t.event != e.id) continue;
      if (!any_timeline) h += "<h3>Timeline</h3><table><thead><tr><th>Date</th><th>Statement</th><th>Source</th></tr></thead><tbody>";
      any_timeline = true;
      h += "<tr><td>" + Day(t.date) + "</td><td>" + Esc(t.text) + "</td><td>" + ArticleLink(t.article, index) + "</td></tr>";
    }
    if (any_timeline) h += "</tbody></table>";
    h += "</section>";
  }
  h += "<section class=\"event\" id=\"articles\"><h2>Articles</h2><table><thead><tr><th>Id</th><th>Outlet</th><th>Title</th><th>Published</th><th>Event</th></tr></thead><tbody>";
  for (const Article& a : report.articles) {
    std::string title = a.url.empty() ? Esc(a.title.empty() ? a.path : a.title)
                                      : "<a href=\"" + Esc(a.url) + "\" rel=\"noreferrer\">" + Esc(a.title.empty() ? a.url : a.title) + "</a>";
    h += "<tr id=\"" + Esc(a.id) + "\"><td>" + Esc(a.id) + "</td><td>" + Esc(a.outlet) + "</td><td>" + title;
    if (a.duplicate_of) h += "<div class=\"dup\">copy of " + ArticleLink(*a.duplicate_of, index) + " (counted once)</div>";
    h += "<div class=\"dup\">" + Esc(a.path) + "</div></td><td>" + Day(a.published) + " <span class=\"meta\">(" + Esc(a.published_how) + ")</span></td><td>" +
         (a.event.empty() ? "" : "<a href=\"#" + Esc(a.event) + "\">" + Esc(a.event) + "</a>") + "</td></tr>";
  }
  h += "</tbody></table></section><section class=\"event\" id=\"errors\"><h2>Errors</h2>";
  if (report.errors.empty()) {
    h += "<p class=\"meta\">Every input was read.</p>";
  } else {
    h += "<table><thead><tr><th>Input</th><th>Problem</th></tr></thead><tbody>";
    for (const InputError& e : report.errors) h += "<tr><td>" + Esc(e.path) + "</td><td class=\"err\">" + Esc(e.error) + "</td></tr>";
    h += "</tbody></table>";
  }
  h += "</section></main></body></html>\n";
  return h;
}

}  // namespace corroborate

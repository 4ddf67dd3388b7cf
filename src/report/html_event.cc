// One event's page (events/<event>.html): headline cards, a chart per headline category, the cited
// brief, the figures with their rule, claimants and their wording and the evidence of their claims
// (the figure highlighted), the timeline, and the event's articles with outlet, date and copies. The
// three lists that grow with the event (figures, timeline, articles) show their first HtmlOptions
// per-page items here and the rest on part pages (events/<event>-figures-2.html, ...), so that no page
// grows without bound; a link to an article always leads to the page that lists it.
#include <algorithm>
#include <map>
#include <string>

#include "report/html_internal.h"

namespace corroborate::html {
namespace {

// Links to an article: an anchor on the page being written when the article is listed there, else
// the page of events/ that lists it.
class ArticleLinks {
 public:
  ArticleLinks(std::string current_file, const RunIndex& run, size_t per_page)
      : current_(std::move(current_file)), run_(run), per_page_(per_page) {}

  std::string Link(const std::string& id) const {
    const Article* a = run_.ids().Article(id);
    std::optional<std::string> file = run_.ArticleFile(id, per_page_);
    if (!a || !file) return Esc(id);
    std::string title = a->outlet + (a->published ? ", " + a->published->ToString() : "");
    std::string href = (*file == current_ ? "" : *file) + "#" + Esc(id);
    return "<a href=\"" + href + "\" title=\"" + Esc(title) + "\">" + Esc(id) + "</a>";
  }

 private:
  std::string current_;
  const RunIndex& run_;
  size_t per_page_;
};

std::string Interval(const Claim& c) {
  if (c.value_low && c.value_high && *c.value_low == *c.value_high) return Count(c.value_low);
  if (c.value_low && !c.value_high) return "&ge; " + Count(c.value_low);
  if (!c.value_low && c.value_high) return "&le; " + Count(c.value_high);
  return Count(c.value_low) + "&ndash;" + Count(c.value_high);
}

// The sentence of a claim with its figure highlighted (the sentence as stored when the span does not
// fall inside it).
std::string Evidence(const Claim& c, const Article* a) {
  if (a && c.end <= a->text.size() && c.start < c.end && !c.sentence.empty()) {
    size_t s = a->text.rfind(c.sentence.substr(0, std::min<size_t>(c.sentence.size(), 20)), c.start);
    if (s != std::string::npos && s <= c.start && c.end <= s + c.sentence.size() && a->text.compare(s, c.sentence.size(), c.sentence) == 0) {
      return Esc(c.sentence.substr(0, c.start - s)) + "<mark>" + Esc(a->text.substr(c.start, c.end - c.start)) + "</mark>" +
             Esc(c.sentence.substr(c.end - s));
    }
  }
  return Esc(c.sentence);
}

std::string Cards(const std::vector<const Figure*>& heads) {
  if (heads.empty()) return "<p class=\"meta\">No casualty or displacement figure was found.</p>";
  std::string h = "<div class=\"cards\">";
  for (const Figure* f : heads) {
    h += "<div class=\"card\"><div class=\"cat\">" + CategoryLabel(*f) + " &middot; " + Esc(f->subject) + (f->place.empty() ? "" : " &middot; " + Esc(f->place)) +
         "</div><div class=\"num\">" + Count(f->best) + "</div><div class=\"range\">low " + Count(f->low) + " &middot; high " + Count(f->high) +
         "</div>" + StatusBadge(f->status) + " <span class=\"meta\">" + Plural(f->sources.size(), "claimant", "claimants") + ", " +
         Plural(f->outlets, "outlet", "outlets") + "</span></div>";
  }
  return h + "</div>";
}

std::string Brief(const EventParts& e, const ArticleLinks& links) {
  if (e.brief.empty()) return "";
  std::string h = "<h3 id=\"brief\">Brief</h3><ol class=\"brief\">";
  for (const SummarySentence* s : e.brief) {
    h += "<li>" + Esc(s->text) + " <span class=\"cite\">[" + links.Link(s->article) + "]";
    if (!s->also_in.empty()) {
      constexpr size_t kCap = 12;
      h += " also in ";
      for (size_t i = 0; i < s->also_in.size() && i < kCap; ++i) h += (i ? ", " : "") + links.Link(s->also_in[i]);
      if (s->also_in.size() > kCap) h += " and " + std::to_string(s->also_in.size() - kCap) + " more";
    }
    h += "</span></li>";
  }
  return h + "</ol>";
}

// Each claimant of a figure with the words it used for the figure ("at least 27" in 3 claims).
std::string Voices(const Figure& f, const ReportIndex& ids) {
  std::vector<std::string> order;
  std::map<std::string, std::vector<std::pair<std::string, int>>> wording;
  for (const std::string& id : f.claims) {
    const Claim* c = ids.Claim(id);
    if (!c) continue;
    std::string who = ClaimantOf(*c, ids);
    auto [it, fresh] = wording.try_emplace(who);
    if (fresh) order.push_back(who);
    auto& words = it->second;
    auto w = std::find_if(words.begin(), words.end(), [&](const auto& p) { return p.first == c->value_text; });
    if (w == words.end()) words.emplace_back(c->value_text, 1);
    else ++w->second;
  }
  constexpr size_t kCap = 12;
  std::string h = "<ul class=\"voices\">";
  for (size_t i = 0; i < order.size() && i < kCap; ++i) {
    h += "<li>" + Esc(order[i]) + ": ";
    const auto& words = wording[order[i]];
    for (size_t k = 0; k < words.size(); ++k) {
      h += (k ? ", " : "") + std::string("<q>") + Esc(words[k].first) + "</q>";
      if (words[k].second > 1) h += " &times;" + std::to_string(words[k].second);
    }
    h += "</li>";
  }
  if (order.size() > kCap) h += "<li class=\"meta\">and " + std::to_string(order.size() - kCap) + " more claimants</li>";
  return h + "</ul>";
}

std::string Period(const Figure& f) {
  if (!f.period_start && !f.period_end) return "undated";
  if (f.period_start && f.period_end && *f.period_start != *f.period_end) return Day(f.period_start) + "<br>to " + Day(f.period_end);
  return Span(f.period_start, f.period_end);
}

std::string FigureEvidence(const Figure& f, const ReportIndex& ids, const ArticleLinks& links, size_t cap) {
  std::string h = "<details><summary>" + std::to_string(f.claims.size()) + (f.claims.size() == 1 ? " claim" : " claims") +
                  ": evidence</summary>";
  for (size_t i = 0; i < f.claims.size() && i < cap; ++i) {
    const Claim* c = ids.Claim(f.claims[i]);
    if (!c) continue;
    const Article* a = ids.Article(c->article);
    h += "<blockquote>" + Evidence(*c, a) + "<div class=\"meta\">" + Interval(*c) + " &middot; " + Esc(ClaimantOf(*c, ids)) +
         (c->hedged ? " &middot; hedged" : "") + " &middot; " + links.Link(c->article) + (a ? " " + Esc(a->outlet) + ", " + Day(a->published) : "") +
         "</div></blockquote>";
  }
  if (f.claims.size() > cap) h += "<p class=\"meta\">and " + std::to_string(f.claims.size() - cap) + " more claims (report.json, claims.csv)</p>";
  return h + "</details>";
}

// Links to the pages of one part of an event, `k` being the one shown (1 = the event's page): previous,
// the first, a window around k, the last, next.
std::string PartPager(const EventParts& e, Part part, const char* anchor, size_t k, size_t pages) {
  if (pages <= 1) return "";
  std::string h = "<nav class=\"pager\" aria-label=\"pages of " + std::string(anchor) + "\">";
  auto link = [&](size_t n, const std::string& label) {
    h += n == k ? "<b>" + label + "</b>" : "<a href=\"" + (n == 1 ? e.file + "#" + anchor : PartFile(e, part, n)) + "\">" + label + "</a>";
  };
  if (k > 1) link(k - 1, "&larr; previous");
  const size_t lo = k > 3 ? k - 3 : 1, hi = std::min(pages, k + 3);
  if (lo > 1) link(1, "1");
  if (lo > 2) h += "<span>&hellip;</span>";
  for (size_t n = lo; n <= hi; ++n) link(n, std::to_string(n));
  if (hi + 1 < pages) h += "<span>&hellip;</span>";
  if (hi < pages) link(pages, std::to_string(pages));
  if (k < pages) link(k + 1, "next &rarr;");
  return h + "</nav>";
}

// The heading of the `k`-th slice of a part (with "(51-100 of 420)" when there are several) and the
// pager; fills [first, last).
std::string PartHead(const EventParts& e, Part part, const char* anchor, const char* title, size_t k, const HtmlOptions& options,
                     size_t& first, size_t& last, std::string& pager) {
  const size_t per = PerPage(options, part), n = PartSize(e, part), pages = std::max<size_t>(1, (n + per - 1) / per);
  first = std::min(n, (k - 1) * per);
  last = std::min(n, first + per);
  pager = PartPager(e, part, anchor, k, pages);
  std::string h = "<h3 id=\"" + std::string(anchor) + "\">" + title;
  if (pages > 1) h += " <span class=\"meta\">(" + Count(int64_t(first + 1)) + "&ndash;" + Count(int64_t(last)) + " of " + Count(int64_t(n)) + ")</span>";
  return h + "</h3>" + pager;
}

std::string Figures(const EventParts& e, const ReportIndex& ids, const ArticleLinks& links, const HtmlOptions& options, size_t k) {
  if (e.figures.empty()) return "";
  size_t first, last;
  std::string pager;
  std::string h = PartHead(e, Part::kFigures, "figures", "Figures, most claims first", k, options, first, last, pager) +
                  "<div class=\"wide\"><table class=\"figs\"><thead><tr><th>Figure</th><th>Period</th><th class=\"n\">Low</th>"
                  "<th class=\"n\">Best</th><th class=\"n\">High</th><th>Status</th><th>Claimants and their wording</th></tr></thead><tbody>";
  for (size_t i = first; i < last; ++i) {
    const Figure& f = *e.figures[i];
    h += "<tr id=\"" + Esc(f.id) + "\"><td>" + CategoryLabel(f) + "<div class=\"meta\">" + Esc(f.subject) + (f.place.empty() ? "" : " &middot; " + Esc(f.place)) +
         " &middot; " + Esc(ScopeName(f.scope)) + "</div></td><td class=\"nw\">" + Period(f) + "</td><td class=\"n\">" + Count(f.low) + "</td><td class=\"n best\">" +
         Count(f.best) + "</td><td class=\"n\">" + Count(f.high) + "</td><td>" + StatusBadge(f.status) + "<div class=\"meta\">" +
         Plural(f.outlets, "independent outlet", "independent outlets") + "</div></td><td>" + Voices(f, ids) + "<div class=\"meta\">Rule: " + Esc(f.rule) + "</div>" +
         FigureEvidence(f, ids, links, options.claims_per_figure) + "</td></tr>";
  }
  return h + "</tbody></table></div>" + pager;
}

std::string Timeline(const EventParts& e, const ArticleLinks& links, const HtmlOptions& options, size_t k) {
  if (e.timeline.empty()) return "";
  size_t first, last;
  std::string pager;
  std::string h = PartHead(e, Part::kTimeline, "timeline", "Timeline", k, options, first, last, pager) +
                  "<table><thead><tr><th>Date</th><th>Statement</th><th>Source</th></tr></thead><tbody>";
  for (size_t i = first; i < last; ++i) {
    const TimelineEntry* t = e.timeline[i];
    h += "<tr><td class=\"nw\">" + Day(t->date) + "</td><td>" + Esc(t->text) + "</td><td>" + links.Link(t->article) + "</td></tr>";
  }
  return h + "</tbody></table>" + pager;
}

// The `k`-th slice of an event's articles (1-based), with a pager when there is more than one.
std::string Articles(const EventParts& e, const RunIndex& run, const ArticleLinks& links, const HtmlOptions& options, size_t k) {
  const std::vector<std::string>& ids = e.event->articles;
  std::map<std::string, std::vector<std::string>> copies;  // original id -> its copies in this event
  for (const std::string& id : ids) {
    const Article* a = run.ids().Article(id);
    if (a && a->duplicate_of) copies[*a->duplicate_of].push_back(id);
  }
  size_t first, last;
  std::string pager;
  std::string h = PartHead(e, Part::kArticles, "articles", "Articles", k, options, first, last, pager) +
                  "<div class=\"wide\"><table><thead><tr><th>Id</th><th>Outlet</th><th>Title</th><th>Published</th></tr></thead><tbody>";
  for (size_t i = first; i < last; ++i) {
    const Article* a = run.ids().Article(ids[i]);
    if (!a) continue;
    std::string title = a->url.empty() ? Esc(a->title.empty() ? a->path : a->title)
                                       : "<a href=\"" + Esc(a->url) + "\" rel=\"noreferrer\">" + Esc(a->title.empty() ? a->url : a->title) + "</a>";
    h += "<tr id=\"" + Esc(a->id) + "\"><td>" + Esc(a->id) + "</td><td>" + Esc(a->outlet) + "</td><td>" + title;
    if (a->duplicate_of) h += "<div class=\"dup\">copy of " + links.Link(*a->duplicate_of) + " (counted once)</div>";
    auto it = copies.find(a->id);
    if (it != copies.end()) {
      h += "<div class=\"dup\">copied by ";
      for (size_t c = 0; c < it->second.size() && c < 12; ++c) h += (c ? ", " : "") + links.Link(it->second[c]);
      if (it->second.size() > 12) h += " and " + std::to_string(it->second.size() - 12) + " more";
      h += "</div>";
    }
    h += "<div class=\"dup\">" + Esc(a->path) + "</div></td><td class=\"nw\">" + Day(a->published) + " <span class=\"meta\">(" +
         Esc(a->published_how) + ")</span></td></tr>";
  }
  return h + "</tbody></table></div>" + pager;
}

std::string Subline(const Event& ev) {
  std::string subline = Esc(ev.id) + " &middot; " + Span(ev.start, ev.end) + " &middot; " + Plural(ev.articles.size(), "article", "articles");
  for (size_t i = 0; i < ev.places.size() && i < 8; ++i) subline += (i ? ", " : " &middot; ") + Esc(ev.places[i]);
  if (ev.places.size() > 8) subline += " and " + std::to_string(ev.places.size() - 8) + " more";
  return subline;
}

}  // namespace

std::string EventPage(const EventParts& e, const RunIndex& run, const HtmlOptions& options) {
  const Event& ev = *e.event;
  ArticleLinks links(e.file, run, PerPage(options, Part::kArticles));
  std::vector<const Figure*> heads = HeadlineFigures(e.figures);
  std::string charts;
  for (const Figure* f : heads) charts += Chart(e, *f, run.ids(), options);
  std::string body = "<nav class=\"crumbs\"><a href=\"../report.html\">&larr; all events</a>";
  if (!charts.empty()) body += "<a href=\"#charts\">Charts</a>";
  if (!e.brief.empty()) body += "<a href=\"#brief\">Brief</a>";
  if (!e.figures.empty()) body += "<a href=\"#figures\">Figures</a>";
  if (!e.timeline.empty()) body += "<a href=\"#timeline\">Timeline</a>";
  body += "<a href=\"#articles\">Articles</a></nav><section class=\"event\">" + Cards(heads);
  if (!charts.empty()) body += "<h3 id=\"charts\">Figures over time, by claimant</h3>" + charts;
  body += Brief(e, links) + Figures(e, run.ids(), links, options, 1) + Timeline(e, links, options, 1) + Articles(e, run, links, options, 1) + "</section>";
  std::string title = Esc(ev.title.empty() ? ev.id : ev.title);
  return Page(title + " &middot; corroborate", title, Subline(ev), body);
}

std::string PartPage(const EventParts& e, const RunIndex& run, const HtmlOptions& options, Part part, size_t k) {
  ArticleLinks links(PartFile(e, part, k), run, PerPage(options, Part::kArticles));
  std::string title = Esc(e.event->title.empty() ? e.event->id : e.event->title);
  std::string list = part == Part::kFigures    ? Figures(e, run.ids(), links, options, k)
                     : part == Part::kTimeline ? Timeline(e, links, options, k)
                                               : Articles(e, run, links, options, k);
  std::string body = "<nav class=\"crumbs\"><a href=\"../report.html\">&larr; all events</a><a href=\"" + e.file + "\">&larr; " + title +
                     "</a></nav><section class=\"event\">" + list + "</section>";
  return Page(title + ", page " + std::to_string(k) + " &middot; corroborate", title, Subline(*e.event), body);
}

}  // namespace corroborate::html

// The chart of one headline category on an event page: an inline SVG with one line (an SVG <path
// class="series">) per claimant through its figures over publication date (the claim's own date when
// the article is undated), each point a circle with a tooltip and a value label. Only claims
// comparable with the headline figure are drawn: the same category and unit, no sub-claims, and
// background totals only on a background headline. A claimant's claims of one day (of a longer period
// when the chart spans more than 100 days) are one point, their median, so the chart stays readable
// and small on any size of event. The claimants with most claims
// are drawn
// (HtmlOptions::claimants_per_chart); the others are counted under the legend.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>

#include "corroborate/reconcile.h"
#include "report/html_internal.h"

namespace corroborate::html {
namespace {

constexpr const char* kPalette[] = {"#2458a6", "#c0392b", "#1f7a4d", "#b7791f", "#6a3d9a", "#0e7c86", "#c2185b", "#546e7a",
                                    "#8d6e63", "#2e7d32"};
constexpr size_t kColors = sizeof kPalette / sizeof *kPalette;

struct Point {
  int64_t day;
  int64_t value;
  std::string claim;
  std::string outlet;
  size_t claims = 1;     // claims merged into this point (one claimant, one day)
  int64_t low = value;   // their smallest and largest values
  int64_t high = value;
};

// One point per claimant and period of `bucket` days (a day unless the chart spans more than
// kMaxPoints days): the median of the claimant's values in it, so that a claimant quoted by a
// thousand articles stays one readable line of bounded size.
constexpr int64_t kMaxPoints = 100;

std::vector<Point> OnePerPeriod(const std::vector<Point>& sorted, int64_t d0, int64_t bucket) {
  std::vector<Point> out;
  for (size_t i = 0; i < sorted.size();) {
    size_t j = i;
    const int64_t period = (sorted[i].day - d0) / bucket;
    while (j < sorted.size() && (sorted[j].day - d0) / bucket == period) ++j;
    std::vector<const Point*> group;
    for (size_t k = i; k < j; ++k) group.push_back(&sorted[k]);
    std::stable_sort(group.begin(), group.end(), [](const Point* a, const Point* b) { return a->value < b->value; });
    Point p = *group[group.size() / 2];  // the upper median: of "19 killed" and "2 killed" the toll
    p.claims = group.size();
    p.low = group.front()->value;
    p.high = group.back()->value;
    out.push_back(std::move(p));
    i = j;
  }
  return out;
}

struct Series {
  std::string who;
  size_t claims;
  std::vector<Point> points;
};

bool Comparable(const Claim& c, const Figure& headline) {
  return c.category == headline.category && c.unit == headline.unit && !c.parent &&
         (c.scope == Scope::kBackground) == (headline.scope == Scope::kBackground);
}

// Each claimant's dated points, the claimants with most points first (ties by name).
std::vector<Series> Collect(const EventParts& e, const Figure& headline, const ReportIndex& ids) {
  std::map<std::string, std::vector<Point>> by_who;
  for (const Claim* c : e.claims) {
    if (!Comparable(*c, headline)) continue;
    auto v = PointValue(*c);
    const Article* a = ids.Article(c->article);
    std::optional<Date> when = a && a->published ? a->published : c->date;
    if (!v || !when) continue;
    by_who[ClaimantOf(*c, ids)].push_back({when->ToDays(), *v, c->id, a ? a->outlet : std::string()});
  }
  std::vector<Series> out;
  for (auto& [who, pts] : by_who) {
    std::sort(pts.begin(), pts.end(), [](const Point& a, const Point& b) {
      return std::tie(a.day, a.value, a.claim) < std::tie(b.day, b.value, b.claim);
    });
    out.push_back({who, pts.size(), std::move(pts)});
  }
  std::stable_sort(out.begin(), out.end(), [](const Series& a, const Series& b) { return a.claims > b.claims; });
  return out;
}

// 1, 2 or 5 times a power of ten, at least `raw`.
int64_t NiceStep(double raw) {
  double p = std::pow(10.0, std::floor(std::log10(std::max(raw, 1.0))));
  for (double m : {1.0, 2.0, 5.0, 10.0}) {
    if (m * p >= raw) return std::max<int64_t>(1, static_cast<int64_t>(m * p));
  }
  return static_cast<int64_t>(10 * p);
}

std::string Short(int64_t v) { return Count(v); }

// What is drawn so far (points and value labels) as boxes, so that a label never covers a point or
// another label. A grid of 40 x 12 px cells keeps it fast on charts of thousands of points.
class Occupied {
 public:
  // Adds the box centred on (x, y) with half-width hw and half-height hh unless it overlaps one, and
  // says whether it did. `force` adds it anyway.
  bool Take(double x, double y, double hw, double hh, bool force = false) {
    const int cx = static_cast<int>(x / 40), cy = static_cast<int>(y / 12);
    for (int i = cx - 2; !force && i <= cx + 2; ++i) {
      for (int j = cy - 1; j <= cy + 1; ++j) {
        auto it = cells_.find({i, j});
        if (it == cells_.end()) continue;
        for (const Box& b : it->second) {
          if (std::abs(b.x - x) < b.hw + hw && std::abs(b.y - y) < b.hh + hh) return false;
        }
      }
    }
    cells_[{cx, cy}].push_back({x, y, hw, hh});
    return true;
  }

 private:
  struct Box {
    double x, y, hw, hh;
  };
  std::map<std::pair<int, int>, std::vector<Box>> cells_;
};

}  // namespace

std::string Chart(const EventParts& e, const Figure& headline, const ReportIndex& ids, const HtmlOptions& options) {
  std::vector<Series> all = Collect(e, headline, ids);
  if (all.empty()) return "";
  const size_t drawn = std::min(all.size(), std::max<size_t>(options.claimants_per_chart, 1));
  int64_t d0 = INT64_MAX, d1 = INT64_MIN, vmax = 1;
  for (size_t i = 0; i < drawn; ++i) {
    for (const Point& p : all[i].points) d0 = std::min(d0, p.day), d1 = std::max(d1, p.day);
  }
  const int64_t bucket = std::max<int64_t>(1, (d1 - d0 + kMaxPoints) / kMaxPoints);
  for (size_t i = 0; i < drawn; ++i) {
    all[i].points = OnePerPeriod(all[i].points, d0, bucket);
    for (const Point& p : all[i].points) vmax = std::max(vmax, p.value);
  }
  const int64_t step = NiceStep(vmax / 4.0), top = ((vmax + step - 1) / step) * step;
  const int W = 820, H = 290, L = 70, R = 30, T = 24, B = 40;
  auto x = [&](int64_t d) { return d1 == d0 ? L + (W - L - R) / 2.0 : L + (W - L - R) * double(d - d0) / double(d1 - d0); };
  auto y = [&](int64_t v) { return T + (H - T - B) * (1.0 - double(v) / double(top)); };
  const std::string name = CategoryLabel(headline);
  std::string svg = "<div class=\"chart\"><svg role=\"img\" aria-label=\"" + name +
                    ": each claimant's figures over publication date\" width=\"" + std::to_string(W) + "\" height=\"" + std::to_string(H) +
                    "\" viewBox=\"0 0 " + std::to_string(W) + " " + std::to_string(H) + "\">";
  char buf[320];
  for (int64_t v = 0; v <= top; v += step) {
    std::snprintf(buf, sizeof buf, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/><text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">",
                  L, W - R, y(v), y(v), v ? "#e6e9ef" : "#b9c1cd", L - 8, y(v) + 4);
    svg += buf + Short(v) + "</text>";
  }
  const int64_t span = d1 - d0, ticks = std::min<int64_t>(span, 5);
  for (int64_t k = 0; k <= ticks; ++k) {
    int64_t d = ticks ? d0 + (span * k + ticks / 2) / ticks : d0;
    const char* anchor = ticks == 0 ? "middle" : k == 0 ? "start" : k == ticks ? "end" : "middle";
    std::snprintf(buf, sizeof buf, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\" stroke=\"#b9c1cd\"/><text x=\"%.1f\" y=\"%d\" text-anchor=\"%s\">%s</text>",
                  x(d), x(d), H - B, H - B + 5, x(d), H - B + 18, anchor, Date::FromDays(d).ToString().c_str());
    svg += buf;
  }
  std::snprintf(buf, sizeof buf, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">publication date</text>", W - R, H - 4);
  svg += buf;
  std::string marks, legend = "<div class=\"legend\">";
  Occupied taken;
  for (size_t i = 0; i < drawn; ++i) {
    for (const Point& p : all[i].points) taken.Take(x(p.day), y(p.value), 5, 5, true);
  }
  for (size_t i = 0; i < drawn; ++i) {
    const Series& s = all[i];
    const char* color = kPalette[i % kColors];
    std::string d;
    for (const Point& p : s.points) {
      std::snprintf(buf, sizeof buf, "%s%.1f %.1f", d.empty() ? "M" : " L", x(p.day), y(p.value));
      d += buf;
    }
    svg += std::string("<path class=\"series\" data-claimant=\"") + Esc(s.who) + "\" fill=\"none\" stroke=\"" + color +
           "\" stroke-width=\"2.2\" stroke-linejoin=\"round\" d=\"" + d + "\"/>";
    for (size_t k = 0; k < s.points.size(); ++k) {
      const Point& p = s.points[k];
      std::snprintf(buf, sizeof buf, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"#fff\" stroke=\"%s\" stroke-width=\"2\"><title>", x(p.day), y(p.value), color);
      marks += buf + Esc(s.who) + ": " + Short(p.value) + ", " + Date::FromDays(p.day).ToString() + " (" +
               (p.claims == 1 ? Esc(p.outlet) + ", " + Esc(p.claim) : "median of " + std::to_string(p.claims) + " claims, " + Short(p.low) + "&ndash;" + Short(p.high)) +
               ")</title></circle>";
      // A label where the claimant's figure changes and on its last point, unless it would cover one.
      bool label = k + 1 == s.points.size() || k == 0 || s.points[k - 1].value != p.value;
      if (label && taken.Take(x(p.day), y(p.value) - 12, 3.3 * Short(p.value).size() + 2, 6)) {
        std::snprintf(buf, sizeof buf, "<text class=\"v\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" style=\"fill:%s\">", x(p.day), y(p.value) - 8, color);
        marks += buf + Short(p.value) + "</text>";
      }
    }
    legend += std::string("<span><i style=\"background:") + color + "\"></i>" + Esc(s.who) + " <small class=\"meta\">(" +
              std::to_string(s.claims) + ")</small></span>";
  }
  svg += marks + "</svg></div>";
  if (all.size() > drawn) legend += "<span class=\"meta\">and " + std::to_string(all.size() - drawn) + " claimants with fewer figures</span>";
  legend += "</div>";
  return "<div class=\"meta\"><b>" + name + "</b> &middot; " + Plural(all.size(), "claimant", "claimants") + " &middot; one point per claimant and " +
         (bucket == 1 ? std::string("day") : std::to_string(bucket) + " days") + " (the median of its claims)</div>" + svg + legend;
}

}  // namespace corroborate::html

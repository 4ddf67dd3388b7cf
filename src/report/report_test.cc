#include "corroborate/report.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <unistd.h>

namespace corroborate {
namespace {

Report Sample(const std::string& hostile) {
  Report r;
  Article a;
  a.id = "a1";
  a.path = "in/" + hostile + ".txt";
  a.outlet = "Harbour " + hostile;
  a.title = hostile;
  a.published = Date{2025, 3, 14};
  a.published_how = "text";
  a.text = "At least 27 people were killed, officials said. " + hostile;
  a.event = "e1";
  r.articles.push_back(a);
  Event e;
  e.id = "e1";
  e.title = "Blast " + hostile;
  e.articles = {"a1"};
  e.start = Date{2025, 3, 13};
  r.events.push_back(e);
  Claim c;
  c.id = "a1.c1";
  c.article = "a1";
  c.event = "e1";
  c.category = Category::kKilled;
  c.subject = "people";
  c.value_low = 27;
  c.value_text = "At least 27";
  c.date = Date{2025, 3, 13};
  c.date_precision = DatePrecision::kDay;
  c.source = "officials, " + hostile;
  c.source_kind = SourceKind::kGovernment;
  c.sentence = "At least 27 people were killed, officials said.";
  c.start = 0;
  c.end = 11;
  r.claims.push_back(c);
  Figure f;
  f.id = "f1";
  f.event = "e1";
  f.category = Category::kKilled;
  f.subject = "people";
  f.low = 27;
  f.best = 27;
  f.claims = {"a1.c1"};
  f.sources = {*c.source};
  f.outlets = 1;
  f.rule = "one claimant: " + hostile;
  r.figures.push_back(f);
  r.timeline.push_back({Date{2025, 3, 13}, "e1", "Officials said 27 were killed " + hostile, "a1", {"a1.c1"}});
  r.summary.push_back({"e1", {{"At least 27 people were killed. " + hostile, "a1", {}, {"a1.c1"}}}});
  r.errors.push_back({"bad/" + hostile, "empty document"});
  return r;
}

size_t CsvColumns(const std::string& line) {
  size_t n = 1;
  bool quoted = false;
  for (char c : line) {
    if (c == '"') quoted = !quoted;
    if (c == ',' && !quoted) ++n;
  }
  return n;
}

// Splits RFC 4180 text into records (newlines inside quotes stay inside).
std::vector<std::string> CsvRecords(const std::string& csv) {
  std::vector<std::string> out;
  std::string cur;
  bool quoted = false;
  for (size_t i = 0; i < csv.size(); ++i) {
    char c = csv[i];
    if (c == '"') quoted = !quoted;
    if (!quoted && c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') {
      out.push_back(cur);
      cur.clear();
      ++i;
      continue;
    }
    cur += c;
  }
  return out;
}

TEST(ReportTest, JsonHasTheSchemaAndEveryKey) {
  Report r = Sample("plain");
  auto j = nlohmann::json::parse(ReportToJson(r));
  EXPECT_EQ(j["schema"], "corroborate.report/1");
  for (const char* key : {"articles", "events", "claims", "figures", "timeline", "summary", "errors"}) {
    ASSERT_TRUE(j[key].is_array()) << key;
  }
  const auto& c = j["claims"][0];
  EXPECT_EQ(c["value_low"], 27);
  EXPECT_TRUE(c["value_high"].is_null());
  EXPECT_EQ(c["category"], "killed");
  EXPECT_EQ(c["date"], "2025-03-13");
  EXPECT_TRUE(c["parent"].is_null());
  for (const char* key : {"id", "article", "event", "category", "subject", "value_low", "value_high", "value_text", "date", "period_start",
                          "period_end", "date_precision", "place", "source", "source_kind", "hedged", "parent", "unit", "scope", "sentence", "start", "end"}) {
    EXPECT_TRUE(c.contains(key)) << key;
  }
  EXPECT_EQ(j["articles"][0]["published"], "2025-03-14");
  EXPECT_TRUE(j["articles"][0]["duplicate_of"].is_null());
  EXPECT_EQ(j["figures"][0]["status"], "single-source");
  EXPECT_EQ(nlohmann::json::parse(ClaimToJsonLine(r.claims[0]))["id"], "a1.c1");
}

TEST(ReportTest, HostileStringsStayContained) {
  std::mt19937 rng(7);
  const std::string pieces[] = {"<script>alert(1)</script>", "\"", "'", ",", "\n", "\r\n", "&amp;", "\xFF\xFE", "\xC3", "</td>", "=HYPERLINK(1)"};
  for (int round = 0; round < 200; ++round) {
    std::string hostile;
    for (int k = 0; k < 6; ++k) hostile += pieces[rng() % (sizeof pieces / sizeof *pieces)];
    Report r = Sample(hostile);
    auto j = nlohmann::json::parse(ReportToJson(r), nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << "invalid JSON for " << hostile;
    for (const HtmlPage& page : ReportToHtmlPages(r)) {
      EXPECT_EQ(page.html.find("<script>"), std::string::npos) << page.path;
      EXPECT_EQ(page.html.find("</td>\""), std::string::npos) << page.path;
      EXPECT_EQ(page.path.find(".."), std::string::npos) << page.path;
    }
    std::string csv = ClaimsToCsv(r);
    auto records = CsvRecords(csv);
    ASSERT_EQ(records.size(), 2u);
    EXPECT_EQ(CsvColumns(records[0]), CsvColumns(records[1]));
    auto hxl = CsvRecords(ClaimsToHxlCsv(r));
    ASSERT_EQ(hxl.size(), 3u);
    EXPECT_EQ(CsvColumns(hxl[0]), CsvColumns(hxl[2]));
    EXPECT_EQ(CsvColumns(hxl[1]), CsvColumns(hxl[2]));
  }
}

TEST(ReportTest, HxlRowTagsTheCategoryColumn) {
  auto rec = CsvRecords(ClaimsToHxlCsv(Sample("x")));
  ASSERT_EQ(rec.size(), 3u);
  EXPECT_NE(rec[1].find("#affected+killed"), std::string::npos);
  EXPECT_NE(rec[1].find("#affected+injured"), std::string::npos);
  EXPECT_EQ(rec[0].rfind("claim,", 0), 0u);
}

const HtmlPage* PageAt(const std::vector<HtmlPage>& pages, const std::string& path) {
  for (const HtmlPage& p : pages) {
    if (p.path == path) return &p;
  }
  return nullptr;
}

size_t Occurrences(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

TEST(ReportTest, HtmlShowsFiguresBriefAndErrors) {
  Report r = Sample("plain");
  std::string front = ReportToHtml(r);
  EXPECT_NE(front.find("single-source"), std::string::npos);
  EXPECT_NE(front.find("href=\"events/e1.html\""), std::string::npos);
  EXPECT_NE(front.find("empty document"), std::string::npos);
  auto pages = ReportToHtmlPages(r);
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_EQ(pages[0].path, "report.html");
  EXPECT_EQ(pages[0].html, front);
  const HtmlPage* event = PageAt(pages, "events/e1.html");
  ASSERT_NE(event, nullptr);
  EXPECT_NE(event->html.find("<mark>At least 27</mark>"), std::string::npos);
  EXPECT_NE(event->html.find("href=\"#a1\""), std::string::npos);
  EXPECT_NE(event->html.find("id=\"a1\""), std::string::npos);
  EXPECT_NE(event->html.find("href=\"../report.html\""), std::string::npos);
  EXPECT_NE(event->html.find("<q>At least 27</q>"), std::string::npos);  // the claimant's wording
  EXPECT_NE(event->html.find("one claimant: plain"), std::string::npos);  // the rule
  for (const HtmlPage& p : pages) EXPECT_EQ(p.html.find("http"), std::string::npos) << p.path;  // no external resources
}

// `n` events; event k (1-based) has k articles, each claiming k * 10 killed by claimant "c<article>"
// and k displaced by one claimant.
Report Events(int n) {
  Report r;
  int next = 1;
  for (int k = 1; k <= n; ++k) {
    Event e;
    e.id = "e" + std::to_string(k);
    e.title = "Event number " + std::to_string(k);
    e.start = Date{2025, 1, k};
    Figure killed, displaced;
    killed.id = "f" + std::to_string(2 * k - 1);
    displaced.id = "f" + std::to_string(2 * k);
    killed.event = displaced.event = e.id;
    killed.category = Category::kKilled;
    displaced.category = Category::kDisplaced;
    killed.best = k * 10;
    displaced.best = k;
    for (int i = 0; i < k; ++i, ++next) {
      Article a;
      a.id = "a" + std::to_string(next);
      a.outlet = "Outlet " + std::to_string(i);
      a.published = Date{2025, 1, 1 + i};
      a.event = e.id;
      a.text = std::to_string(k * 10 + i) + " people were killed.";
      e.articles.push_back(a.id);
      Claim c;
      c.id = a.id + ".c1";
      c.article = a.id;
      c.event = e.id;
      c.category = Category::kKilled;
      c.value_low = c.value_high = k * 10 + i;
      c.value_text = std::to_string(k * 10 + i);
      c.source = "claimant " + std::to_string(i % 3);
      c.sentence = a.text;
      c.end = c.value_text.size();
      killed.claims.push_back(c.id);
      r.claims.push_back(c);
      Claim d = c;
      d.id = a.id + ".c2";
      d.category = Category::kDisplaced;
      d.value_low = d.value_high = k;
      d.source = "agency";
      displaced.claims.push_back(d.id);
      r.claims.push_back(d);
      r.articles.push_back(a);
    }
    killed.sources = {"claimant 0"};
    displaced.sources = {"agency"};
    r.figures.push_back(killed);
    r.figures.push_back(displaced);
    r.events.push_back(e);
  }
  return r;
}

TEST(ReportTest, FrontPagesListEventsLargestFirstInPages) {
  HtmlOptions options;
  options.events_per_page = 2;
  auto pages = ReportToHtmlPages(Events(5), options);
  std::vector<std::string> paths;
  for (const HtmlPage& p : pages) paths.push_back(p.path);
  EXPECT_EQ(paths, (std::vector<std::string>{"report.html", "events/index-2.html", "events/index-3.html", "events/e5.html",
                                             "events/e4.html", "events/e3.html", "events/e2.html", "events/e1.html"}));
  const std::string& front = pages[0].html;
  ASSERT_NE(front.find("Event number 5"), std::string::npos);
  EXPECT_LT(front.find("Event number 5"), front.find("Event number 4"));
  EXPECT_EQ(front.find("Event number 3"), std::string::npos);  // on page 2
  EXPECT_NE(front.find("href=\"events/index-2.html\""), std::string::npos);
  const std::string& second = pages[1].html;
  EXPECT_NE(second.find("href=\"e3.html\""), std::string::npos);  // relative to events/
  EXPECT_NE(second.find("href=\"../report.html\""), std::string::npos);
  EXPECT_NE(second.find("href=\"index-3.html\""), std::string::npos);
  // Each event shows one headline figure per category, killed first (more claims).
  size_t event5 = front.find("Event number 5");
  EXPECT_LT(front.find(">killed <", event5), front.find(">displaced <", event5));
}

TEST(ReportTest, EventPageChartsEachHeadlineCategoryWithOneLinePerClaimant) {
  auto pages = ReportToHtmlPages(Events(5));
  const HtmlPage* e5 = PageAt(pages, "events/e5.html");
  ASSERT_NE(e5, nullptr);
  // Two charts (killed, displaced): three claimants for killed, one for displaced.
  EXPECT_EQ(Occurrences(e5->html, "<svg"), 2u);
  EXPECT_EQ(Occurrences(e5->html, "<path class=\"series\""), 4u);
  EXPECT_NE(e5->html.find("data-claimant=\"claimant 2\""), std::string::npos);
  EXPECT_NE(e5->html.find(">54</text>"), std::string::npos);  // a value label
  // The chart caps its lines; the rest are counted.
  HtmlOptions options;
  options.claimants_per_chart = 2;
  const std::vector<HtmlPage> capped = ReportToHtmlPages(Events(5), options);  // kept alive: e5 points into it
  e5 = PageAt(capped, "events/e5.html");
  ASSERT_NE(e5, nullptr);
  EXPECT_EQ(Occurrences(e5->html, "<path class=\"series\""), 3u);
  EXPECT_NE(e5->html.find("and 1 claimants with fewer figures"), std::string::npos);
}

TEST(ReportTest, ABigEventListsItsArticlesOnFurtherPages) {
  HtmlOptions options;
  options.articles_per_page = 2;
  auto pages = ReportToHtmlPages(Events(5), options);
  const HtmlPage* e5 = PageAt(pages, "events/e5.html");
  const HtmlPage* third = PageAt(pages, "events/e5-articles-3.html");
  ASSERT_NE(e5, nullptr);
  ASSERT_NE(third, nullptr);
  EXPECT_EQ(PageAt(pages, "events/e5-articles-4.html"), nullptr);
  EXPECT_NE(e5->html.find("id=\"a11\""), std::string::npos);  // e5's first article
  EXPECT_EQ(e5->html.find("id=\"a15\""), std::string::npos);
  EXPECT_NE(third->html.find("id=\"a15\""), std::string::npos);
  EXPECT_NE(e5->html.find("href=\"e5-articles-3.html#a15\""), std::string::npos);  // evidence links to the page listing it
  EXPECT_NE(third->html.find("href=\"e5.html\""), std::string::npos);
  // Figures too: most claims first, the rest on further pages.
  options.figures_per_page = 1;
  pages = ReportToHtmlPages(Events(5), options);
  const HtmlPage* figures2 = PageAt(pages, "events/e5-figures-2.html");
  ASSERT_NE(figures2, nullptr);
  EXPECT_EQ(PageAt(pages, "events/e5-figures-3.html"), nullptr);
  EXPECT_NE(figures2->html.find("id=\"f10\""), std::string::npos);  // e5's second figure
  EXPECT_NE(PageAt(pages, "events/e5.html")->html.find("href=\"e5-figures-2.html\""), std::string::npos);
}

TEST(ReportTest, ManyErrorsGoToTheirOwnPage) {
  Report r = Sample("x");
  for (int i = 0; i < 5; ++i) r.errors.push_back({"bad" + std::to_string(i), "unreadable " + std::to_string(i)});
  HtmlOptions options;
  options.errors_inline = 3;
  auto pages = ReportToHtmlPages(r, options);
  const HtmlPage* errors = PageAt(pages, "events/errors.html");
  ASSERT_NE(errors, nullptr);
  EXPECT_NE(errors->html.find("unreadable 4"), std::string::npos);
  EXPECT_EQ(pages[0].html.find("unreadable 4"), std::string::npos);
  EXPECT_NE(pages[0].html.find("href=\"events/errors.html\""), std::string::npos);
}

TEST(ReportTest, UnsafeEventIdsGetPlainPageNames) {
  Report r = Sample("x");
  r.events[0].id = "../e<1>";
  r.articles[0].event = r.claims[0].event = r.figures[0].event = r.events[0].id;
  auto pages = ReportToHtmlPages(r);
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_EQ(pages[1].path, "events/event-1.html");
}

TEST(ReportTest, DeterministicAndWrittenWhole) {
  Report r = Sample("same");
  EXPECT_EQ(ReportToJson(r), ReportToJson(r));
  EXPECT_EQ(ReportToHtml(r), ReportToHtml(r));
  auto a = ReportToHtmlPages(Events(4)), b = ReportToHtmlPages(Events(4));
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].html, b[i].html) << a[i].path;
  auto dir = std::filesystem::temp_directory_path() / ("corroborate-report-test-" + std::to_string(::getpid()));
  ASSERT_TRUE(WriteReport(r, dir.string()).ok());
  for (const char* f : {"report.json", "report.html", "claims.csv", "claims.hxl.csv", "events/e1.html"}) {
    EXPECT_TRUE(std::filesystem::exists(dir / f)) << f;
  }
  auto read = [](const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  };
  EXPECT_EQ(read(dir / "report.json"), ReportToJson(r));
  EXPECT_EQ(read(dir / "report.html"), ReportToHtml(r));
  // A second run replaces events/ whole: no page of the first run is left behind, no staging folder.
  ASSERT_TRUE(WriteReport(Events(3), dir.string()).ok());
  EXPECT_TRUE(std::filesystem::exists(dir / "events" / "e3.html"));
  ASSERT_TRUE(WriteReport(r, dir.string()).ok());
  EXPECT_FALSE(std::filesystem::exists(dir / "events" / "e3.html"));
  size_t entries = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    ++entries;
    EXPECT_NE(entry.path().filename().string()[0], '.') << entry.path();
  }
  EXPECT_EQ(entries, 5u);
  // A report that cannot be staged leaves the previous one as it was.
  std::filesystem::create_directories(dir / ".corroborate-staging");
  std::filesystem::permissions(dir, std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
  if (::geteuid() != 0) {  // root writes anyway
    EXPECT_FALSE(WriteReport(Events(3), dir.string()).ok());
    EXPECT_EQ(read(dir / "report.html"), ReportToHtml(r));
  }
  std::filesystem::permissions(dir, std::filesystem::perms::owner_all);
  std::filesystem::remove_all(dir);
  // A path that cannot be a folder is an error, not a crash.
  EXPECT_FALSE(WriteReport(r, "/proc/self/status/x").ok());
}

}  // namespace
}  // namespace corroborate

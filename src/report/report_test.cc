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
    std::string html = ReportToHtml(r);
    EXPECT_EQ(html.find("<script>"), std::string::npos);
    EXPECT_EQ(html.find("</td>\""), std::string::npos);
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

TEST(ReportTest, HtmlShowsFiguresBriefAndErrors) {
  std::string html = ReportToHtml(Sample("plain"));
  EXPECT_NE(html.find("single-source"), std::string::npos);
  EXPECT_NE(html.find("<mark>At least 27</mark>"), std::string::npos);
  EXPECT_NE(html.find("href=\"#a1\""), std::string::npos);
  EXPECT_NE(html.find("empty document"), std::string::npos);
  EXPECT_EQ(html.find("http"), std::string::npos);  // self-contained: no external resources
}

TEST(ReportTest, DeterministicAndWrittenWhole) {
  Report r = Sample("same");
  EXPECT_EQ(ReportToJson(r), ReportToJson(r));
  EXPECT_EQ(ReportToHtml(r), ReportToHtml(r));
  auto dir = std::filesystem::temp_directory_path() / ("corroborate-report-test-" + std::to_string(::getpid()));
  ASSERT_TRUE(WriteReport(r, dir.string()).ok());
  for (const char* f : {"report.json", "report.html", "claims.csv", "claims.hxl.csv"}) {
    EXPECT_TRUE(std::filesystem::exists(dir / f)) << f;
    EXPECT_FALSE(std::filesystem::exists(dir / (std::string(f) + ".tmp"))) << f;
  }
  std::ifstream in(dir / "report.json");
  std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(content, ReportToJson(r));
  std::filesystem::remove_all(dir);
  // A path that cannot be a folder is an error, not a crash.
  EXPECT_FALSE(WriteReport(r, "/proc/self/status/x").ok());
}

}  // namespace
}  // namespace corroborate

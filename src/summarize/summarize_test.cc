#include "corroborate/summarize.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "corroborate/reconcile.h"

namespace corroborate {
namespace {

const Date kMar7{2024, 3, 7}, kMar8{2024, 3, 8}, kMar9{2024, 3, 9};

class SummarizeTest : public ::testing::Test {
 protected:
  void AddArticle(const std::string& outlet, Date published, std::optional<std::string> duplicate_of = {}) {
    Article a;
    a.id = "a" + std::to_string(report_.articles.size() + 1);
    a.outlet = outlet;
    a.published = published;
    a.duplicate_of = duplicate_of;
    a.event = "e1";
    a.title = "Floods in Marrowby";
    report_.articles.push_back(a);
    report_.events[0].articles.push_back(a.id);
  }
  Claim& AddClaim(const std::string& article, Category category, const std::string& subject, int64_t low,
                  std::optional<int64_t> high, const std::string& value_text, std::optional<std::string> source,
                  std::optional<Date> date) {
    Claim c;
    int n = 1;
    for (const Claim& other : report_.claims) n += other.article == article;
    c.id = article + ".c" + std::to_string(n);
    c.article = article;
    c.event = "e1";
    c.category = category;
    c.subject = subject;
    c.value_low = low;
    c.value_high = high;
    c.value_text = value_text;
    c.source = source;
    c.date = date;
    c.place = "Marrowby";
    report_.claims.push_back(c);
    return report_.claims.back();
  }
  void SetUp() override {
    Event e;
    e.id = "e1";
    e.title = "Floods in Marrowby";
    e.start = kMar7;
    e.end = kMar9;
    report_.events.push_back(e);
    AddArticle("River Herald", kMar7);          // a1
    AddArticle("Valley Times", kMar8);          // a2
    AddArticle("Aggregator", kMar8, "a1");      // a3: copy of a1
    AddArticle("Coast Post", kMar9);            // a4
    AddClaim("a1", Category::kKilled, "civilians", 45, 45, "45", "White Helmets", kMar7);
    AddClaim("a1", Category::kInjured, "civilians", 50, std::nullopt, "50+", "White Helmets", kMar7);
    AddClaim("a3", Category::kKilled, "civilians", 45, 45, "45", "White Helmets", kMar7);
    AddClaim("a2", Category::kKilled, "civilians", 45, 45, "forty-five", "the White Helmets", kMar7);
    AddClaim("a2", Category::kKilled, "civilians", 80, 80, "80", "Opposition council", kMar8);
    AddClaim("a4", Category::kKilled, "civilians", 61, 61, "61", "White Helmets", kMar9);
    AddClaim("a4", Category::kDisplaced, "people", 2000, 9999, "thousands", std::nullopt, kMar9);
  }
  void Run() {
    report_.figures = Reconcile(report_.articles, report_.events, report_.claims);
    Summarize(report_);
  }
  Report report_;
};

TEST_F(SummarizeTest, TimelineHasOneEntryPerClaimantStatement) {
  Run();
  // White Helmets on Mar 7 (carried by a1, its copy a3 and a2), Opposition council on Mar 8, White Helmets
  // on Mar 9, Coast Post's own figure on Mar 9.
  ASSERT_EQ(report_.timeline.size(), 4u);
  const TimelineEntry& first = report_.timeline[0];
  EXPECT_EQ(first.date, kMar7);
  EXPECT_EQ(first.article, "a1");
  EXPECT_EQ(first.text, "White Helmets: 45 killed, 50+ injured (civilians)");
  EXPECT_EQ(first.claims, (std::vector<std::string>{"a1.c1", "a1.c2", "a2.c1", "a3.c1"}));
  EXPECT_EQ(report_.timeline[1].date, kMar8);
  EXPECT_EQ(report_.timeline[1].text, "Opposition council: 80 killed (civilians)");
  EXPECT_EQ(report_.timeline[2].text, "Coast Post (own reporting): thousands displaced (people)");
  EXPECT_EQ(report_.timeline[3].text, "White Helmets: death toll rises from 45 to 61 (civilians)");
  for (const TimelineEntry& e : report_.timeline) EXPECT_EQ(e.event, "e1");
}

TEST_F(SummarizeTest, EverySentenceCitesAnArticleCarryingItsClaims) {
  Run();
  ASSERT_EQ(report_.summary.size(), 1u);
  const EventSummary& s = report_.summary[0];
  EXPECT_EQ(s.event, "e1");
  EXPECT_GE(s.sentences.size(), 3u);
  EXPECT_LE(s.sentences.size(), 8u);
  for (const SummarySentence& sentence : s.sentences) {
    ASSERT_FALSE(sentence.article.empty()) << sentence.text;
    std::set<std::string> carriers = {sentence.article};
    carriers.insert(sentence.also_in.begin(), sentence.also_in.end());
    for (const std::string& id : sentence.claims) {
      const std::string article = id.substr(0, id.find('.'));
      EXPECT_TRUE(carriers.count(article)) << sentence.text << " / " << id;
    }
    // The cited article is never a syndicated copy when an original carries the claims.
    EXPECT_NE(sentence.article, "a3") << sentence.text;
  }
}

TEST_F(SummarizeTest, LeadGivesTheHeadlineAndConflictsShowBothSides) {
  Run();
  const auto& sentences = report_.summary[0].sentences;
  // Killed civilians: White Helmets now says 61 (45 superseded), Opposition council 80: conflicting.
  EXPECT_EQ(sentences[0].text,
            "An estimated 61 (range 61-80) civilians were killed in Marrowby between 2024-03-07 and 2024-03-09, "
            "according to Opposition council ('80') and White Helmets ('61') in 3 independent outlets; the claimants' "
            "figures conflict.");
  EXPECT_EQ(sentences[0].article, "a2");
  EXPECT_EQ(sentences[0].claims, (std::vector<std::string>{"a2.c2", "a4.c1"}));
  bool conflict = false, coverage = false, latest = false, injured = false;
  for (const SummarySentence& s : sentences) {
    if (s.text.rfind("50+ (50 or more) civilians were injured in Marrowby", 0) == 0) injured = true;
    if (s.text.rfind("Sources disagree", 0) == 0) {
      conflict = true;
      EXPECT_NE(s.text.find("White Helmets gives 61"), std::string::npos) << s.text;
      EXPECT_NE(s.text.find("Opposition council gives 80"), std::string::npos) << s.text;
    }
    if (s.text.find("4 articles from 3 independent outlets") != std::string::npos) {
      coverage = true;
      EXPECT_NE(s.text.find("1 is a syndicated copy"), std::string::npos) << s.text;
      EXPECT_EQ(s.article, "a1");
      EXPECT_EQ(s.also_in, (std::vector<std::string>{"a2", "a3", "a4"}));
    }
    if (s.text.rfind("The latest statement", 0) == 0) {
      latest = true;
      EXPECT_EQ(s.article, "a4");
    }
  }
  EXPECT_TRUE(conflict);
  EXPECT_TRUE(coverage);
  EXPECT_TRUE(latest);
  EXPECT_TRUE(injured);  // "50+" stays open-ended in the brief
}

TEST_F(SummarizeTest, SubClaimsAreShownWithTheirParent) {
  Claim& parent = AddClaim("a4", Category::kKilled, "civilians", 82, std::nullopt, "at least 82", "Monitor", kMar9);
  const std::string parent_id = parent.id;
  Claim& kids = AddClaim("a4", Category::kKilled, "children", 13, 13, "13", "Monitor", kMar9);
  kids.parent = parent_id;
  Claim& women = AddClaim("a4", Category::kKilled, "women", 11, 11, "11", "Monitor", kMar9);
  women.parent = parent_id;
  Run();
  bool found = false;
  for (const TimelineEntry& e : report_.timeline) {
    if (e.text.rfind("Monitor:", 0) == 0) {
      found = true;
      EXPECT_EQ(e.text, "Monitor: at least 82 killed (civilians, including 13 children, 11 women)");
      EXPECT_EQ(e.claims.size(), 3u);
    }
  }
  EXPECT_TRUE(found);
  bool include = false;
  for (const SummarySentence& s : report_.summary[0].sentences) {
    if (s.text.rfind("Those killed include", 0) == 0) {
      include = true;
      EXPECT_EQ(s.text, "Those killed include 13 children and 11 women.");
      EXPECT_EQ(s.article, "a4");
    }
  }
  EXPECT_TRUE(include);
}

TEST_F(SummarizeTest, DeterministicAndEventsWithoutClaimsGetCoverage) {
  Event quiet;
  quiet.id = "e2";
  quiet.title = "Harbour closed";
  quiet.articles = {"a5"};
  report_.events.push_back(quiet);
  Article a;
  a.id = "a5";
  a.outlet = "Coast Post";
  a.event = "e2";
  report_.articles.push_back(a);
  Run();
  const Report first = report_;
  Run();
  ASSERT_EQ(first.summary.size(), report_.summary.size());
  for (size_t i = 0; i < first.summary.size(); ++i) {
    ASSERT_EQ(first.summary[i].sentences.size(), report_.summary[i].sentences.size());
    for (size_t j = 0; j < first.summary[i].sentences.size(); ++j) {
      EXPECT_EQ(first.summary[i].sentences[j].text, report_.summary[i].sentences[j].text);
    }
  }
  ASSERT_EQ(report_.summary.size(), 2u);
  ASSERT_EQ(report_.summary[1].sentences.size(), 1u);
  EXPECT_EQ(report_.summary[1].sentences[0].text,
            "1 article from 1 independent outlet covers \"Harbour closed\"; no casualty figures were found.");
  EXPECT_EQ(report_.summary[1].sentences[0].article, "a5");
}


// ---- Issue 11: series, wording, context, headlines ------------------------------------------------

// A second world: one claimant whose toll rises, an outlet's own "more than 800", a war's total.
class SeriesTest : public SummarizeTest {
 protected:
  void SetUp() override {
    Event e;
    e.id = "e1";
    e.title = "Floods in Marrowby, 7-9 Mar 2024";
    report_.events.push_back(e);
    AddArticle("River Herald", kMar7);  // a1
    AddArticle("Valley Times", kMar8);  // a2
    AddArticle("Coast Post", kMar9);    // a3
    AddClaim("a1", Category::kKilled, "people", 23, 23, "23", "Provincial disaster agency", kMar7).source_kind =
        SourceKind::kGovernment;
    AddClaim("a2", Category::kKilled, "people", 31, 31, "31", "the provincial disaster agency", kMar8).source_kind =
        SourceKind::kGovernment;
    AddClaim("a3", Category::kInjured, "people", 801, std::nullopt, "more than 800", std::nullopt, kMar9);
    AddClaim("a3", Category::kKilled, "people", 400000, 400000, "some 400,000", "the UN", kMar9).scope = Scope::kBackground;
  }
};

TEST_F(SeriesTest, TimelineSaysHowAClaimantsTollMoves) {
  Run();
  std::vector<std::string> texts;
  for (const TimelineEntry& t : report_.timeline) texts.push_back(t.text);
  EXPECT_NE(std::find(texts.begin(), texts.end(), "Provincial disaster agency: death toll rises from 23 to 31 (people)"),
            texts.end());
  EXPECT_NE(std::find(texts.begin(), texts.end(), "Coast Post (own reporting): more than 800 injured (people)"), texts.end());
}

TEST_F(SeriesTest, BriefOpensWithOneLinePerHeadlineFigureInTheSourcesWording) {
  Run();
  ASSERT_EQ(report_.summary.size(), 1u);
  const auto& sentences = report_.summary[0].sentences;
  ASSERT_GE(sentences.size(), 4u);
  EXPECT_EQ(sentences[0].text,
            "31 people were killed in Marrowby between 2024-03-07 and 2024-03-08, according to Provincial disaster "
            "agency (government) in 2 independent outlets; single source.");
  EXPECT_EQ(sentences[1].text,
            "More than 800 (801 or more) people were injured in Marrowby on 2024-03-09, according to Coast Post "
            "(own reporting) in 1 independent outlet; single source.");
  EXPECT_EQ(sentences[2].text.rfind("3 articles from 3 independent outlets cover", 0), 0u) << sentences[2].text;
  // The war's toll is context, not a headline and not a conflict.
  EXPECT_EQ(sentences[3].text,
            "For context, UN puts the number of people killed in Marrowby as of 2024-03-09 at some 400,000 "
            "(400,000), a background total not compared with this event's figures.");
  for (const SummarySentence& sentence : sentences) {
    EXPECT_FALSE(sentence.article.empty()) << sentence.text;
    EXPECT_EQ(sentence.text.find("Sources disagree"), std::string::npos) << sentence.text;
  }
}

TEST_F(SeriesTest, OptionsBoundTheBrief) {
  report_.figures = Reconcile(report_.articles, report_.events, report_.claims);
  SummarizeOptions options;
  options.max_sentences = 2;
  Summarize(report_, options);
  EXPECT_EQ(report_.summary[0].sentences.size(), 2u);
}

}  // namespace
}  // namespace corroborate

namespace corroborate {
namespace {

// Random, partly hostile inputs (dangling and cyclic references, invalid dates, unbounded and extreme
// values): no crash, every claim in exactly one figure, low <= best <= high, every sentence cited,
// and the same output twice.
TEST(SummarizePropertyTest, RandomInputsKeepTheInvariants) {
  unsigned x = 7;
  auto next = [&x](unsigned mod) {
    x = x * 1103515245u + 12345u;
    return (x >> 8) % mod;
  };
  for (int round = 0; round < 30; ++round) {
    Report report;
    const int n_articles = 1 + next(12);
    for (int e = 0; e < 3; ++e) {
      Event ev;
      ev.id = "e" + std::to_string(e + 1);
      report.events.push_back(ev);
    }
    for (int i = 0; i < n_articles; ++i) {
      Article a;
      a.id = "a" + std::to_string(i + 1);
      a.outlet = next(4) ? "Outlet " + std::to_string(next(5)) : "";
      if (next(4)) a.published = Date{2024, 1 + static_cast<int>(next(3)), 1 + static_cast<int>(next(28))};
      if (next(5) == 0) a.published = Date{};  // invalid
      if (next(4) == 0) a.duplicate_of = "a" + std::to_string(1 + next(n_articles + 2));  // may dangle or cycle
      a.event = "e" + std::to_string(1 + next(3));
      report.events[std::stoi(a.event.substr(1)) - 1].articles.push_back(a.id);
      report.articles.push_back(a);
    }
    const int n_claims = next(25);
    for (int c = 0; c < n_claims; ++c) {
      Claim cl;
      const Article& a = report.articles[next(n_articles)];
      cl.id = a.id + ".c" + std::to_string(c + 1);
      cl.article = next(10) ? a.id : "a99";
      cl.event = a.event;
      cl.category = static_cast<Category>(next(9));
      cl.subject = next(2) ? "people" : "children";
      const int64_t v = next(6) == 0 ? INT64_MAX - 16 : static_cast<int64_t>(next(100));
      if (next(5)) cl.value_low = v;
      if (next(3)) cl.value_high = v + (next(2) ? 0 : static_cast<int64_t>(next(10)));
      if (cl.value_high && *cl.value_high < v) cl.value_high = v;
      if (next(2)) cl.date = Date{2024, 1 + static_cast<int>(next(3)), 1 + static_cast<int>(next(28))};
      if (next(6) == 0) {
        cl.period_start = Date{2023, 12, 1};
        cl.period_end = cl.date;
      }
      cl.place = next(3) ? "Place" + std::to_string(next(2)) : "";
      if (next(2)) cl.source = next(2) ? "The Agency " + std::to_string(next(3)) : "agency " + std::to_string(next(3));
      cl.hedged = next(4) == 0;
      if (next(4) == 0) cl.parent = a.id + ".c" + std::to_string(1 + next(n_claims + 1));
      report.claims.push_back(cl);
    }
    report.figures = Reconcile(report.articles, report.events, report.claims);
    Summarize(report);
    std::map<std::string, int> seen;
    for (const Figure& f : report.figures) {
      ASSERT_FALSE(f.claims.empty());
      for (const std::string& id : f.claims) ++seen[id];
      if (f.low && f.best) EXPECT_LE(*f.low, *f.best);
      if (f.best && f.high) EXPECT_LE(*f.best, *f.high);
      if (f.low && f.high) EXPECT_LE(*f.low, *f.high);
      EXPECT_FALSE(f.rule.empty());
    }
    EXPECT_EQ(seen.size(), report.claims.size());
    for (const auto& [id, count] : seen) EXPECT_EQ(count, 1) << id;
    for (const EventSummary& s : report.summary) {
      EXPECT_LE(s.sentences.size(), 8u);
      for (const SummarySentence& sentence : s.sentences) EXPECT_FALSE(sentence.article.empty()) << sentence.text;
    }
    const Report first = report;
    report.figures = Reconcile(report.articles, report.events, report.claims);
    Summarize(report);
    ASSERT_EQ(first.figures.size(), report.figures.size());
    for (size_t i = 0; i < first.figures.size(); ++i) EXPECT_EQ(first.figures[i].rule, report.figures[i].rule);
    ASSERT_EQ(first.timeline.size(), report.timeline.size());
    for (size_t i = 0; i < first.timeline.size(); ++i) EXPECT_EQ(first.timeline[i].text, report.timeline[i].text);
  }
}

}  // namespace
}  // namespace corroborate

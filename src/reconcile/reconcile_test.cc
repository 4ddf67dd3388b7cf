#include "corroborate/reconcile.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace corroborate {
namespace {

// A small hand-built world: articles from invented outlets about one flood event "e1".
class ReconcileTest : public ::testing::Test {
 protected:
  Article& AddArticle(const std::string& outlet, Date published, std::optional<std::string> duplicate_of = {}) {
    Article a;
    a.id = "a" + std::to_string(articles_.size() + 1);
    a.outlet = outlet;
    a.published = published;
    a.duplicate_of = duplicate_of;
    a.event = "e1";
    articles_.push_back(a);
    return articles_.back();
  }
  // Adds a claim to article `article` (id "aN"); values nullopt = unbounded.
  Claim& AddClaim(const std::string& article, Category category, const std::string& subject,
                  std::optional<int64_t> low, std::optional<int64_t> high, std::optional<std::string> source,
                  std::optional<Date> date = {}, const std::string& place = "Marrowby") {
    Claim c;
    int n = 1;
    for (const Claim& other : claims_) n += other.article == article;
    c.id = article + ".c" + std::to_string(n);
    c.article = article;
    c.event = "e1";
    c.category = category;
    c.subject = subject;
    c.value_low = low;
    c.value_high = high;
    c.date = date;
    c.place = place;
    c.source = source;
    c.source_kind = source ? SourceKind::kOrganization : SourceKind::kUnattributed;
    claims_.push_back(c);
    return claims_.back();
  }
  std::vector<Figure> Run() { return Reconcile(articles_, {}, claims_); }

  std::vector<Article> articles_;
  std::vector<Claim> claims_;
};

const Date kMar1{2024, 3, 1}, kMar2{2024, 3, 2}, kMar3{2024, 3, 3};

TEST(ReconcileHelpersTest, NormalizeClaimant) {
  EXPECT_EQ(NormalizeClaimant("The White Helmets (@MarrowbyDefence)"), "white helmets");
  EXPECT_EQ(NormalizeClaimant("white helmets"), "white helmets");
  EXPECT_EQ(NormalizeClaimant("Ilse Brandt, the regional governor"), "ilse brandt");
  EXPECT_EQ(NormalizeClaimant("the UN"), "united nations");
  EXPECT_EQ(NormalizeClaimant("U.N."), "united nations");
  EXPECT_EQ(NormalizeClaimant("Interior Ministry's spokesman"), "interior ministry spokesman");
  EXPECT_EQ(NormalizeClaimant(""), "");
}

TEST(ReconcileHelpersTest, CanonicalSubjectAndPointValue) {
  EXPECT_EQ(CanonicalSubject("Civilian"), "civilians");
  EXPECT_EQ(CanonicalSubject(""), "people");
  EXPECT_EQ(CanonicalSubject("persons"), "people");
  Claim c;
  c.value_low = 46, c.value_high = 46;
  EXPECT_EQ(PointValue(c), 46);
  c.value_low = 207, c.value_high = 253;  // about 230
  EXPECT_EQ(PointValue(c), 230);
  c.value_low = 24, c.value_high = 99;  // dozens
  EXPECT_EQ(PointValue(c), 24);
  c.value_low = 82, c.value_high.reset();  // at least 82
  EXPECT_EQ(PointValue(c), 82);
  c.value_low.reset(), c.value_high = 100000;  // up to 100,000
  EXPECT_EQ(PointValue(c), std::nullopt);
  c.value_low = 0, c.value_high = 0;  // no one
  EXPECT_EQ(PointValue(c), 0);
}

TEST_F(ReconcileTest, LaterFigureFromTheSameClaimantSupersedes) {
  AddArticle("River Herald", kMar1);
  AddArticle("Valley Times", kMar2);
  AddClaim("a1", Category::kKilled, "people", 12, 12, "Marrowby Fire Service", kMar1);
  AddClaim("a2", Category::kKilled, "people", 31, 31, "the Marrowby fire service", kMar2);
  auto figures = Run();
  ASSERT_EQ(figures.size(), 1u);
  const Figure& f = figures[0];
  EXPECT_EQ(f.id, "f1");
  EXPECT_EQ(f.low, 31);
  EXPECT_EQ(f.best, 31);
  EXPECT_EQ(f.high, 31);
  EXPECT_EQ(f.status, FigureStatus::kSingleSource);
  EXPECT_EQ(f.sources.size(), 1u);
  EXPECT_EQ(f.outlets, 2);
  EXPECT_EQ(f.claims, (std::vector<std::string>{"a1.c1", "a2.c1"}));
  EXPECT_NE(f.rule.find("superseded"), std::string::npos) << f.rule;
  EXPECT_EQ(f.period_start, kMar1);
  EXPECT_EQ(f.period_end, kMar2);
}

TEST_F(ReconcileTest, SameDayLaterArticleSupersedes) {
  AddArticle("River Herald", kMar1);
  AddArticle("Valley Times", kMar2);
  // Both undated: ordered by their articles' publication dates.
  AddClaim("a2", Category::kKilled, "people", 31, 31, "Fire Service");
  AddClaim("a1", Category::kKilled, "people", 12, 12, "Fire Service");
  auto figures = Run();
  ASSERT_EQ(figures.size(), 1u);
  EXPECT_EQ(figures[0].best, 31);
}

TEST_F(ReconcileTest, SyndicatedCopyCountsOnce) {
  AddArticle("River Herald", kMar1);
  AddArticle("Aggregator Daily", kMar2, "a1");
  AddClaim("a1", Category::kKilled, "people", 30, 30, std::nullopt, kMar1);
  AddClaim("a2", Category::kKilled, "people", 30, 30, std::nullopt, kMar1);
  auto figures = Run();
  ASSERT_EQ(figures.size(), 1u);
  const Figure& f = figures[0];
  EXPECT_EQ(f.sources, (std::vector<std::string>{"River Herald (own reporting)"}));
  EXPECT_EQ(f.outlets, 1);
  EXPECT_EQ(f.status, FigureStatus::kSingleSource);
  EXPECT_EQ(f.claims.size(), 2u);
  EXPECT_NE(f.rule.find("syndicated"), std::string::npos) << f.rule;
}

TEST_F(ReconcileTest, OneClaimantQuotedByManyOutletsIsOneVoice) {
  AddArticle("River Herald", kMar1);
  AddArticle("Valley Times", kMar1);
  AddArticle("Coast Post", kMar1);
  AddClaim("a1", Category::kKilled, "civilians", 45, 45, "The White Helmets (@MarrowbyDefence)", kMar1);
  AddClaim("a2", Category::kKilled, "civilians", 45, 45, "White Helmets", kMar1);
  AddClaim("a3", Category::kKilled, "civilian", 45, 45, "the White Helmets", kMar1);
  auto figures = Run();
  ASSERT_EQ(figures.size(), 1u);
  const Figure& f = figures[0];
  EXPECT_EQ(f.sources, (std::vector<std::string>{"White Helmets"}));
  EXPECT_EQ(f.outlets, 3);
  EXPECT_EQ(f.status, FigureStatus::kSingleSource);
  EXPECT_EQ(f.best, 45);
}

TEST_F(ReconcileTest, IndependentClaimantsAgreeingAreCorroborated) {
  AddArticle("River Herald", kMar2);
  AddArticle("Valley Times", kMar2);
  AddClaim("a1", Category::kKilled, "people", 40, std::nullopt, "Fire Service", kMar2);  // at least 40
  AddClaim("a2", Category::kKilled, "people", 45, 45, "Red Crescent", kMar2);
  auto figures = Run();
  ASSERT_EQ(figures.size(), 1u);
  const Figure& f = figures[0];
  EXPECT_EQ(f.status, FigureStatus::kCorroborated);
  EXPECT_EQ(f.low, 40);
  EXPECT_EQ(f.best, 40);  // lower median of 40 and 45
  EXPECT_EQ(f.high, 45);
  EXPECT_EQ(f.sources.size(), 2u);
}

TEST_F(ReconcileTest, DisagreeingClaimantsConflictAndKeepBothSides) {
  AddArticle("River Herald", kMar2);
  AddArticle("Valley Times", kMar2);
  AddArticle("Coast Post", kMar2);
  AddClaim("a1", Category::kKilled, "people", 45, 45, "Fire Service", kMar2);
  AddClaim("a2", Category::kKilled, "people", 80, 80, "Opposition council", kMar2);
  AddClaim("a3", Category::kKilled, "people", 75, 85, "Doctors' union", kMar2);
  auto figures = Run();
  ASSERT_EQ(figures.size(), 1u);
  const Figure& f = figures[0];
  EXPECT_EQ(f.status, FigureStatus::kConflicting);
  EXPECT_EQ(f.claims.size(), 3u);
  EXPECT_EQ(f.low, 45);
  EXPECT_EQ(f.best, 80);  // median of 45, 80, 80
  EXPECT_EQ(f.high, 85);
  EXPECT_NE(f.rule.find("Fire Service (45) vs"), std::string::npos) << f.rule;
  EXPECT_NE(f.rule.find("Opposition council (80)"), std::string::npos) << f.rule;
}

TEST_F(ReconcileTest, HedgedClaimsWidenTheRangeButDoNotSetBest) {
  AddArticle("River Herald", kMar2);
  AddArticle("Valley Times", kMar2);
  AddClaim("a1", Category::kKilled, "people", 40, 40, "Fire Service", kMar2);
  Claim& hedged = AddClaim("a2", Category::kKilled, "people", 100, 100, std::nullopt, kMar2);
  hedged.hedged = true;
  auto figures = Run();
  ASSERT_EQ(figures.size(), 1u);
  EXPECT_EQ(figures[0].low, 40);
  EXPECT_EQ(figures[0].best, 40);
  EXPECT_EQ(figures[0].high, 100);
  EXPECT_EQ(figures[0].status, FigureStatus::kSingleSource);  // a hedge neither corroborates nor conflicts
  EXPECT_NE(figures[0].rule.find("hedged"), std::string::npos);
}

TEST_F(ReconcileTest, OnlyHedgedClaimsGiveNoBest) {
  AddArticle("River Herald", kMar2);
  Claim& c = AddClaim("a1", Category::kMissing, "people", 20, 20, std::nullopt, kMar2);
  c.hedged = true;
  auto figures = Run();
  ASSERT_EQ(figures.size(), 1u);
  EXPECT_EQ(figures[0].low, 20);
  EXPECT_FALSE(figures[0].best.has_value());
  EXPECT_EQ(figures[0].high, 20);
}

TEST_F(ReconcileTest, ZerosAreValues) {
  AddArticle("River Herald", kMar2);
  AddArticle("Valley Times", kMar2);
  AddArticle("Coast Post", kMar2);
  AddClaim("a1", Category::kKilled, "soldiers", 0, 0, "Defence Ministry", kMar2);
  AddClaim("a2", Category::kKilled, "soldiers", 0, 0, "Army spokesman", kMar2);
  AddClaim("a1", Category::kInjured, "soldiers", 0, 0, "Defence Ministry", kMar2);
  AddClaim("a3", Category::kInjured, "soldiers", 3, 3, "Rebel commander", kMar2);
  auto figures = Run();
  ASSERT_EQ(figures.size(), 2u);
  EXPECT_EQ(figures[0].category, Category::kKilled);
  EXPECT_EQ(figures[0].low, 0);
  EXPECT_EQ(figures[0].best, 0);
  EXPECT_EQ(figures[0].high, 0);
  EXPECT_EQ(figures[0].status, FigureStatus::kCorroborated);
  EXPECT_EQ(figures[1].status, FigureStatus::kConflicting);
  EXPECT_EQ(figures[1].low, 0);
  EXPECT_EQ(figures[1].best, 0);
}

TEST_F(ReconcileTest, UnboundedIntervals) {
  AddArticle("River Herald", kMar2);
  AddClaim("a1", Category::kKilled, "civilians", 82, std::nullopt, "Monitor", kMar2);      // at least 82
  AddClaim("a1", Category::kDisplaced, "people", std::nullopt, 100000, "Agency", kMar2);  // up to 100,000
  auto figures = Run();
  ASSERT_EQ(figures.size(), 2u);
  EXPECT_EQ(figures[0].low, 82);
  EXPECT_EQ(figures[0].best, 82);
  EXPECT_EQ(figures[0].high, 82);
  EXPECT_FALSE(figures[1].low.has_value());
  EXPECT_FALSE(figures[1].best.has_value());
  EXPECT_EQ(figures[1].high, 100000);
}

TEST_F(ReconcileTest, AtLeastAgreesWithAHigherExactFigure) {
  AddArticle("River Herald", kMar2);
  AddArticle("Valley Times", kMar2);
  AddClaim("a1", Category::kKilled, "people", 82, std::nullopt, "Monitor", kMar2);
  AddClaim("a2", Category::kKilled, "people", 90, 90, "Hospital director", kMar2);
  auto figures = Run();
  ASSERT_EQ(figures.size(), 1u);
  EXPECT_EQ(figures[0].status, FigureStatus::kCorroborated);
  EXPECT_EQ(figures[0].high, 90);
}

TEST_F(ReconcileTest, SubClaimsFormTheirOwnFigureAndInheritPlace) {
  AddArticle("River Herald", kMar2);
  AddArticle("Valley Times", kMar2);
  Claim& parent = AddClaim("a1", Category::kKilled, "civilians", 82, std::nullopt, "Monitor", kMar2);
  std::string parent_id = parent.id;
  Claim& kids = AddClaim("a1", Category::kKilled, "children", 13, 13, "Monitor", std::nullopt, "");
  kids.parent = parent_id;
  AddClaim("a2", Category::kKilled, "children", 13, 13, "Paediatric hospital", kMar2);
  auto figures = Run();
  ASSERT_EQ(figures.size(), 2u);
  EXPECT_EQ(figures[0].subject, "children");
  EXPECT_EQ(figures[0].place, "Marrowby");
  EXPECT_EQ(figures[0].claims, (std::vector<std::string>{"a1.c2", "a2.c1"}));
  EXPECT_EQ(figures[0].status, FigureStatus::kCorroborated);
  EXPECT_EQ(figures[1].subject, "civilians");
  EXPECT_EQ(figures[1].claims, (std::vector<std::string>{"a1.c1"}));
}

TEST_F(ReconcileTest, EmptyPlaceJoinsTheOnlyPlaceButNotOneOfTwo) {
  AddArticle("River Herald", kMar2);
  AddClaim("a1", Category::kInjured, "people", 140, 140, "Hospital", kMar2, "Kellen");
  AddClaim("a1", Category::kInjured, "people", 140, 140, "Governor", kMar2, "");
  auto one = Run();
  ASSERT_EQ(one.size(), 1u);
  EXPECT_EQ(one[0].place, "Kellen");
  EXPECT_EQ(one[0].status, FigureStatus::kCorroborated);

  AddClaim("a1", Category::kInjured, "people", 20, 20, "Clinic", kMar2, "Dunmore");
  auto three = Run();
  ASSERT_EQ(three.size(), 3u);
  EXPECT_EQ(three[0].place, "");
  EXPECT_EQ(three[1].place, "Dunmore");
  EXPECT_EQ(three[2].place, "Kellen");
}

TEST_F(ReconcileTest, PeriodsBeforeTheEventAndDistantDaysAreSeparateFigures) {
  AddArticle("River Herald", Date{2024, 3, 20});
  Claim& period = AddClaim("a1", Category::kKilled, "people", 800, std::nullopt, "Monitor", Date{2024, 3, 20});
  period.period_start = Date{2024, 2, 23};  // before the event's first day (Mar 1): a running total
  period.period_end = Date{2024, 3, 20};
  AddClaim("a1", Category::kKilled, "people", 45, 45, "Monitor", kMar1);
  AddClaim("a1", Category::kKilled, "people", 50, 50, "Monitor", kMar3);           // 2 days later: same toll
  AddClaim("a1", Category::kKilled, "people", 7, 7, "Monitor", Date{2024, 3, 15});  // another incident
  auto figures = Run();
  ASSERT_EQ(figures.size(), 3u);
  // Sorted by scope, then period: the incidents first, the running total last.
  EXPECT_EQ(figures[0].best, 50);
  EXPECT_EQ(figures[0].claims.size(), 2u);
  EXPECT_EQ(figures[0].scope, Scope::kIncident);
  EXPECT_EQ(figures[1].best, 7);
  EXPECT_EQ(figures[2].best, 800);
  EXPECT_EQ(figures[2].scope, Scope::kRunningTotal);
  EXPECT_EQ(figures[2].period_start, (Date{2024, 2, 23}));
}

TEST_F(ReconcileTest, UndatedClaimJoinsTheLatestIncidentBeforeItsArticle) {
  AddArticle("River Herald", kMar1);
  AddArticle("Valley Times", Date{2024, 3, 16});
  AddArticle("Coast Post", Date{2024, 3, 25});
  AddClaim("a1", Category::kKilled, "people", 31, 31, "Fire Service", kMar1);
  AddClaim("a2", Category::kKilled, "people", 9, 9, "Fire Service", Date{2024, 3, 15});
  // Published ten days after the second incident, no date of its own: about the second incident.
  AddClaim("a3", Category::kKilled, "people", 9, 9, std::nullopt);
  auto figures = Run();
  ASSERT_EQ(figures.size(), 2u);
  EXPECT_EQ(figures[0].claims, (std::vector<std::string>{"a1.c1"}));
  EXPECT_EQ(figures[1].claims, (std::vector<std::string>{"a2.c1", "a3.c1"}));
  EXPECT_EQ(figures[1].status, FigureStatus::kCorroborated);
  EXPECT_EQ(figures[1].period_end, (Date{2024, 3, 15}));  // only claim dates set the period
}

TEST_F(ReconcileTest, DeterministicWhateverTheClaimOrder) {
  AddArticle("River Herald", kMar1);
  AddArticle("Valley Times", kMar2);
  AddArticle("Coast Post", kMar3, "a1");
  for (int i = 0; i < 4; ++i) {
    AddClaim("a1", static_cast<Category>(i % 3), i % 2 ? "people" : "children", 10 + i, 10 + i, "Fire Service", kMar1);
    AddClaim("a2", static_cast<Category>(i % 3), i % 2 ? "people" : "children", 20 + i, std::nullopt, std::nullopt, kMar2);
    AddClaim("a3", static_cast<Category>(i % 3), i % 2 ? "people" : "children", 10 + i, 10 + i, "Fire Service", kMar1);
  }
  auto first = Run();
  std::reverse(claims_.begin(), claims_.end());
  std::reverse(articles_.begin(), articles_.end());
  auto second = Run();
  ASSERT_EQ(first.size(), second.size());
  for (size_t i = 0; i < first.size(); ++i) {
    EXPECT_EQ(first[i].id, second[i].id);
    EXPECT_EQ(first[i].claims, second[i].claims);
    EXPECT_EQ(first[i].rule, second[i].rule);
    EXPECT_EQ(first[i].best, second[i].best);
  }
}

TEST_F(ReconcileTest, ExtremeValuesDoNotOverflow) {
  AddArticle("River Herald", kMar1);
  AddArticle("Valley Times", kMar1);
  AddClaim("a1", Category::kKilled, "people", INT64_MIN, INT64_MAX, std::nullopt, kMar1);
  AddClaim("a2", Category::kKilled, "people", INT64_MAX - 1, INT64_MAX, "Monitor", kMar1);
  AddClaim("a2", Category::kInjured, "people", -5, 3, "Monitor", kMar1);
  auto figures = Run();
  ASSERT_EQ(figures.size(), 2u);
  EXPECT_EQ(figures[0].high, INT64_MAX);
  EXPECT_FALSE(figures[0].rule.empty());
}

TEST_F(ReconcileTest, DanglingReferencesDoNotCrash) {
  AddArticle("River Herald", kMar1, "a99");
  Claim& c = AddClaim("a7", Category::kKilled, "people", 3, 3, std::nullopt);
  c.parent = "a7.c1";  // itself
  AddClaim("a1", Category::kKilled, "people", 5, 5, std::nullopt);
  auto figures = Run();
  EXPECT_FALSE(figures.empty());
}


// ---- Issue 11: one quantity about one scope; vague amounts; one claimant per body ------------------

TEST_F(ReconcileTest, BackgroundTotalIsContextAndNeverConflictsWithTheIncident) {
  AddArticle("River Herald", kMar2);
  AddArticle("Valley Times", kMar2);
  AddClaim("a1", Category::kKilled, "people", 46, 46, "Monitor", kMar1);
  Claim& war = AddClaim("a2", Category::kKilled, "people", 400000, 400000, "Relief Office", kMar2);
  war.scope = Scope::kBackground;  // "the war, which has killed some 400,000 people"
  Claim& years = AddClaim("a2", Category::kKilled, "people", 250000, 250000, "Observers", Date{2024, 3, 1});
  years.period_start = Date{2019, 1, 1};  // a period of five years: background too
  years.period_end = Date{2024, 3, 1};
  auto figures = Run();
  ASSERT_EQ(figures.size(), 2u);
  EXPECT_EQ(figures[0].scope, Scope::kIncident);
  EXPECT_EQ(figures[0].best, 46);
  EXPECT_EQ(figures[0].status, FigureStatus::kSingleSource);
  EXPECT_EQ(figures[1].scope, Scope::kBackground);
  EXPECT_EQ(figures[1].claims.size(), 2u);
}

TEST_F(ReconcileTest, APeriodThatStartsWithTheEventIsTheSameToll) {
  // "12 dead" on the first day, "19 dead since Monday" two days later: one toll, not two figures.
  AddArticle("River Herald", kMar1);
  AddArticle("Valley Times", kMar3);
  AddClaim("a1", Category::kKilled, "people", 12, 12, "Agency", kMar1);
  Claim& since = AddClaim("a2", Category::kKilled, "people", 19, 19, "Agency", kMar3);
  since.period_start = kMar1;
  since.period_end = kMar3;
  auto figures = Run();
  ASSERT_EQ(figures.size(), 1u);
  EXPECT_EQ(figures[0].scope, Scope::kIncident);
  EXPECT_EQ(figures[0].best, 19);
  ASSERT_EQ(figures[0].voices.size(), 1u);
  EXPECT_EQ(figures[0].voices[0].series, (std::vector<std::string>{"a1.c1", "a2.c1"}));
  EXPECT_EQ(figures[0].voices[0].current, "a2.c1");
}

TEST_F(ReconcileTest, DifferentActsInOneEventStayApart) {
  AddArticle("River Herald", kMar1).text = "Seventy-nine of them were executed. Air strikes killed 45 people. The toll rose to 50.";
  Claim& executed = AddClaim("a1", Category::kKilled, "people", 79, 79, "Monitor", kMar1);
  executed.sentence = "Seventy-nine of them were executed.";
  executed.start = 0, executed.end = 12;
  Claim& strikes = AddClaim("a1", Category::kKilled, "people", 45, 45, "Civil Defence", kMar1);
  strikes.sentence = "Air strikes killed 45 people.";
  strikes.start = 55, strikes.end = 57;
  EXPECT_EQ(ActOf(claims_[0], articles_[0].text), "execution");
  EXPECT_EQ(ActOf(claims_[1], articles_[0].text), "air strike");
  auto figures = Run();
  ASSERT_EQ(figures.size(), 2u);
  EXPECT_EQ(figures[0].act, "air strike");
  EXPECT_EQ(figures[1].act, "execution");
  for (const Figure& f : figures) EXPECT_EQ(f.status, FigureStatus::kSingleSource);
}

TEST_F(ReconcileTest, VagueAmountsNeitherConflictNorSetBest) {
  AddArticle("River Herald", kMar1);
  AddArticle("Valley Times", kMar1);
  AddArticle("Coast Post", kMar1);
  Claim& hundreds = AddClaim("a1", Category::kKilled, "people", 200, 999, "Monitor", kMar1);
  hundreds.value_text = "hundreds";
  Claim& thousands = AddClaim("a2", Category::kKilled, "people", 2000, 9999, "Council", kMar1);
  thousands.value_text = "thousands";
  Claim& precise = AddClaim("a3", Category::kKilled, "people", 460, 460, "Ministry", kMar1);
  precise.value_text = "460";
  EXPECT_TRUE(IsVague(claims_[0]));
  EXPECT_FALSE(IsVague(claims_[2]));
  auto figures = Run();
  ASSERT_EQ(figures.size(), 1u);
  EXPECT_EQ(figures[0].best, 460);
  EXPECT_EQ(figures[0].high, 9999);  // vague amounts widen the range
  EXPECT_EQ(figures[0].status, FigureStatus::kSingleSource);
  EXPECT_NE(figures[0].rule.find("neither sets best nor conflicts"), std::string::npos) << figures[0].rule;
}

TEST_F(ReconcileTest, VagueAmountsAloneStillCompare) {
  AddArticle("River Herald", kMar1);
  AddArticle("Valley Times", kMar1);
  Claim& dozens = AddClaim("a1", Category::kInjured, "people", 24, 99, "Monitor", kMar1);
  dozens.value_text = "dozens";
  Claim& several = AddClaim("a2", Category::kInjured, "people", 2000, 9999, "Council", kMar1);
  several.value_text = "thousands";
  auto figures = Run();
  ASSERT_EQ(figures.size(), 1u);
  EXPECT_EQ(figures[0].status, FigureStatus::kConflicting) << figures[0].rule;  // "dozens" vs "thousands"
}

TEST_F(ReconcileTest, OneClaimantPerBodyAcrossArticles) {
  AddArticle("River Herald", kMar1);
  AddArticle("Valley Times", kMar1);
  AddArticle("Coast Post", kMar1);
  AddArticle("Hill Gazette", kMar1);
  AddClaim("a1", Category::kKilled, "people", 27, 27, "Civil Protection Agency", kMar1);
  AddClaim("a2", Category::kKilled, "people", 27, 27, "the Marrowby Regional Civil Protection Agency", kMar1);
  AddClaim("a3", Category::kKilled, "people", 27, 27, "MRCPA", kMar1);
  AddClaim("a4", Category::kKilled, "people", 27, 27, "Lena Varga, a spokeswoman for the Marrowby Regional Civil Protection Agency", kMar1);
  AddClaim("a1", Category::kInjured, "people", 5, 5, "The White Helmets (@MarrowbyDefence)", kMar1);
  AddClaim("a2", Category::kInjured, "people", 5, 5, "Syria Civil Defence", kMar1);
  AddClaim("a3", Category::kInjured, "people", 5, 5, "UN", kMar1);
  AddClaim("a4", Category::kInjured, "people", 5, 5, "the United Nations", kMar1);
  AddClaim("a1", Category::kMissing, "people", 2, 2, "Save the Children", kMar1);
  AddClaim("a2", Category::kMissing, "people", 2, 2, "Save the Children charity", kMar1);
  auto figures = Run();
  ASSERT_EQ(figures.size(), 3u);
  // killed: four names, one body, shown by its fullest name with its kind.
  ASSERT_EQ(figures[0].voices.size(), 1u) << figures[0].rule;
  EXPECT_EQ(figures[0].voices[0].claimant, "Marrowby Regional Civil Protection Agency");  // the body's own name
  EXPECT_EQ(figures[0].voices[0].kind, SourceKind::kOrganization);
  EXPECT_EQ(figures[0].status, FigureStatus::kSingleSource);
  EXPECT_EQ(figures[1].sources, (std::vector<std::string>{"United Nations", "White Helmets"}));
  EXPECT_EQ(figures[2].sources, (std::vector<std::string>{"Save the Children"}));
}

TEST_F(ReconcileTest, ShortNamesShareNoClaimantWhenAmbiguous) {
  AddArticle("River Herald", kMar1);
  AddArticle("Valley Times", kMar1);
  AddArticle("Coast Post", kMar1);
  AddClaim("a1", Category::kKilled, "people", 27, 27, "Health Ministry", kMar1);
  AddClaim("a2", Category::kKilled, "people", 27, 27, "Marrowby Health Ministry", kMar1);
  AddClaim("a3", Category::kKilled, "people", 27, 27, "Dunmore Health Ministry", kMar1);
  auto figures = Run();
  ASSERT_EQ(figures.size(), 1u);
  EXPECT_EQ(figures[0].voices.size(), 3u);
}

TEST_F(ReconcileTest, OwnReportingIsShownUnderTheOutletsNameNeverAnId) {
  AddArticle("", kMar1).url = "https://www.valley-news.example/story/1";
  AddArticle("", kMar1).path = "dumps/page-b.txt";
  AddClaim("a1", Category::kKilled, "people", 4, 4, std::nullopt, kMar1);
  AddClaim("a2", Category::kKilled, "people", 4, 4, std::nullopt, kMar1);
  auto figures = Run();
  ASSERT_EQ(figures.size(), 1u);
  EXPECT_EQ(figures[0].sources, (std::vector<std::string>{"page-b.txt (own reporting)", "valley-news.example (own reporting)"}));
}

TEST_F(ReconcileTest, AnEarlierLowerTollFromAnotherClaimantIsOutdatedNotConflicting) {
  AddArticle("River Herald", kMar1);
  AddArticle("Valley Times", kMar3);
  AddClaim("a1", Category::kKilled, "people", 23, 23, "Governor", kMar1);
  AddClaim("a2", Category::kKilled, "people", 31, 31, "Agency", kMar3);
  auto figures = Run();
  ASSERT_EQ(figures.size(), 1u);
  EXPECT_NE(figures[0].status, FigureStatus::kConflicting);
  EXPECT_EQ(figures[0].best, 31);
  EXPECT_EQ(figures[0].low, 23);
  EXPECT_NE(figures[0].rule.find("outdated"), std::string::npos) << figures[0].rule;
}

TEST_F(ReconcileTest, ConflictingFigureRecordsBothSidesInItsVoices) {
  AddArticle("River Herald", kMar1);
  AddArticle("Valley Times", kMar1);
  AddClaim("a1", Category::kKilled, "people", 46, 46, "Monitor", kMar1);
  AddClaim("a2", Category::kKilled, "people", 801, std::nullopt, "Council", kMar1).value_text = "more than 800";
  auto figures = Run();
  ASSERT_EQ(figures.size(), 1u);
  EXPECT_EQ(figures[0].status, FigureStatus::kConflicting);
  ASSERT_EQ(figures[0].voices.size(), 2u);
  EXPECT_EQ(figures[0].voices[0].claimant, "Council");
  EXPECT_EQ(figures[0].voices[0].side, 1);
  EXPECT_EQ(figures[0].voices[1].side, 0);
  EXPECT_NE(figures[0].rule.find("Council ('more than 800' = 801+)"), std::string::npos) << figures[0].rule;
}


TEST_F(ReconcileTest, AnUndatedTollBesideARunningTotalJoinsIt) {
  AddArticle("River Herald", Date{2024, 3, 20});
  Claim& period = AddClaim("a1", Category::kKilled, "civilians", 801, std::nullopt, std::nullopt, Date{2024, 3, 20});
  period.period_start = Date{2024, 2, 23};  // "in the past 26 days", before the event
  period.period_end = Date{2024, 3, 20};
  AddClaim("a1", Category::kKilled, "civilians", 801, std::nullopt, "the mayor");  // no date at all
  AddClaim("a1", Category::kKilled, "people", 46, 46, std::nullopt, Date{2024, 3, 19});
  auto figures = Run();
  ASSERT_EQ(figures.size(), 2u);
  EXPECT_EQ(figures[1].scope, Scope::kRunningTotal);
  EXPECT_EQ(figures[1].claims.size(), 2u);
  // The outlet's own "more than 800" beside the mayor it quotes is no independent corroboration.
  EXPECT_EQ(figures[1].status, FigureStatus::kSingleSource);
}


TEST_F(ReconcileTest, AMonthNameIsNoPlace) {
  AddArticle("River Herald", kMar1);
  AddClaim("a1", Category::kKilled, "people", 5, 5, "Monitor", kMar1, "December");
  auto figures = Run();
  ASSERT_EQ(figures.size(), 1u);
  EXPECT_EQ(figures[0].place, "");
}


TEST_F(ReconcileTest, AnUndatedClaimFarFromTheDaysTollIsNotJoinedToIt) {
  AddArticle("River Herald", kMar1);
  AddArticle("Valley Times", kMar2);
  AddClaim("a1", Category::kAffected, "people", 24, 99, "Rescuers", kMar1);  // "dozens" on the day
  AddClaim("a2", Category::kAffected, "people", 150000, 150000, "Mayor");     // no date, no act
  AddClaim("a2", Category::kAffected, "people", 60, 60, "Medics");            // no date, near the day's
  auto figures = Run();
  ASSERT_EQ(figures.size(), 2u);
  // The undated figure has no period, so it sorts first.
  EXPECT_EQ(figures[0].claims, (std::vector<std::string>{"a2.c1"}));
  EXPECT_EQ(figures[1].claims, (std::vector<std::string>{"a1.c1", "a2.c2"}));
}


TEST_F(ReconcileTest, PeopleJoinTheOneCivilianGroupButNeverFighters) {
  AddArticle("River Herald", kMar1);
  AddArticle("Valley Times", kMar1);
  AddClaim("a1", Category::kKilled, "civilians", 82, 82, "Monitor", kMar1);
  AddClaim("a2", Category::kKilled, "people", 79, 79, "Council", kMar1);
  AddClaim("a2", Category::kKilled, "fighters", 12, 12, "Council", kMar1);
  auto figures = Run();
  ASSERT_EQ(figures.size(), 2u);
  EXPECT_EQ(figures[0].subject, "civilians");
  EXPECT_EQ(figures[0].claims, (std::vector<std::string>{"a1.c1", "a2.c1"}));
  EXPECT_EQ(figures[0].status, FigureStatus::kConflicting);  // 82 vs 79: both sides shown
  EXPECT_EQ(figures[1].subject, "fighters");
}

}  // namespace
}  // namespace corroborate

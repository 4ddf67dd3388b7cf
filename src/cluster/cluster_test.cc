#include "corroborate/cluster.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace corroborate {
namespace {

Article Make(const std::string& id, std::optional<Date> published, const std::string& title, const std::string& text,
             std::optional<std::string> duplicate_of = {}) {
  Article a;
  a.id = id;
  a.outlet = "Outlet " + id;
  a.published = published;
  a.title = title;
  a.text = text;
  a.duplicate_of = duplicate_of;
  return a;
}

// Two floods (same kind of incident, different places and weeks) and a warehouse fire.
std::vector<Article> Corpus() {
  return {
      Make("a1", Date{2024, 3, 8}, "Flood toll in Marrowby rises to 31",
           "Rescue teams in Marrowby pulled survivors from collapsed homes after the Tarn river burst its "
           "banks. Governor Ilse Brandt said 31 people had died in Marrowby and the villages along the Tarn."),
      Make("a2", Date{2024, 3, 7}, "Tarn river floods Marrowby overnight",
           "The Tarn river flooded Marrowby overnight, trapping families on rooftops. Volunteers in boats "
           "ferried residents of Marrowby to a school. Governor Ilse Brandt called it the worst flood in memory."),
      Make("a3", Date{2024, 3, 9}, "Marrowby mourns as Tarn waters recede",
           "As the Tarn receded, Marrowby began burying its dead. Ilse Brandt, the governor, promised to rebuild "
           "the levees of Marrowby and to help families who lost homes along the Tarn."),
      Make("a4", Date{2024, 3, 20}, "Fire at Dunmore warehouse kills four workers",
           "A fire at a textile warehouse in the port of Dunmore killed four workers, the Dunmore fire brigade "
           "said. Firefighters fought the Dunmore blaze for six hours."),
      Make("a5", Date{2024, 4, 2}, "Flash flood hits Quellan valley",
           "A flash flood swept through the Quellan valley, where the Orrin stream burst its banks. Mayor Tomas "
           "Veld of Quellan said nine people were missing and homes in Quellan were destroyed."),
      Make("a6", Date{2024, 4, 3}, "Quellan searches for nine missing after flood",
           "Searchers in Quellan looked for nine people missing since the Orrin flooded the valley. Mayor Tomas "
           "Veld said the Quellan search would go on through the night."),
      // A syndicated copy of a3 (text trimmed) published later.
      Make("a7", Date{2024, 3, 10}, "Marrowby mourns", "As the Tarn receded, Marrowby began burying its dead.",
           std::string("a3")),
  };
}

TEST(ClusterTest, GroupsCoverageOfOneIncidentAndSeparatesOthers) {
  std::vector<Article> articles = Corpus();
  std::vector<Claim> claims;
  std::vector<Event> events = ClusterEvents(articles, claims);
  ASSERT_EQ(events.size(), 3u);
  // e1 is the Marrowby flood (earliest article a2, 7 March), e2 the fire, e3 the Quellan flood.
  EXPECT_EQ(events[0].id, "e1");
  EXPECT_EQ(events[0].articles, (std::vector<std::string>{"a1", "a2", "a3", "a7"}));
  EXPECT_EQ(events[1].articles, (std::vector<std::string>{"a4"}));
  EXPECT_EQ(events[2].articles, (std::vector<std::string>{"a5", "a6"}));
  EXPECT_EQ(articles[6].event, "e1");  // the copy follows its original
  EXPECT_EQ(articles[3].event, "e2");
  EXPECT_EQ(events[0].start, (Date{2024, 3, 7}));
  EXPECT_EQ(events[0].end, (Date{2024, 3, 10}));
  EXPECT_FALSE(events[0].title.empty());
  // Titles say what happened and when (no claims here, so no place): not a copied headline.
  EXPECT_EQ(events[1].title, "Fire, 20 Mar 2024");
}

TEST(ClusterTest, ClaimsGetEventsAndGivePlacesAndDates) {
  std::vector<Article> articles = Corpus();
  std::vector<Claim> claims(3);
  claims[0].id = "a1.c1", claims[0].article = "a1", claims[0].place = "Marrowby", claims[0].date = Date{2024, 3, 6};
  claims[1].id = "a2.c1", claims[1].article = "a2", claims[1].place = "Marrowby";
  claims[2].id = "a5.c1", claims[2].article = "a5", claims[2].place = "Quellan";
  claims.push_back(claims[1]);
  claims[3].id = "a2.c2", claims[3].place = "March";  // a month name is never a place
  std::vector<Event> events = ClusterEvents(articles, claims);
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(claims[0].event, "e1");
  EXPECT_EQ(claims[1].event, "e1");
  EXPECT_EQ(claims[2].event, "e3");
  EXPECT_EQ(events[0].places, (std::vector<std::string>{"Marrowby"}));
  EXPECT_EQ(events[0].start, (Date{2024, 3, 6}));
  EXPECT_EQ(events[0].title, "Floods in Marrowby, 6-10 Mar 2024");
}

TEST(ClusterTest, BlockingForLargeInputsGivesTheSameEventsHere) {
  std::vector<Article> exact = Corpus();
  std::vector<Article> blocked = Corpus();
  std::vector<Claim> claims;
  ClusterOptions options;
  options.exact_below = 0;
  const auto a = ClusterEvents(exact, claims);
  const auto b = ClusterEvents(blocked, claims, options);
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].articles, b[i].articles);
}

TEST(ClusterTest, ClaimsNamingTheSamePlaceLinkLooserCoverage) {
  // Day one: the rescue; day three: the politics. Little text in common beyond the town.
  std::vector<Article> articles = {
      Make("a1", Date{2024, 3, 7}, "Boats ferry families from rooftops",
           "Volunteers in fishing boats ferried families from rooftops in Marrowby as water rose through the night. "
           "Hospitals treated dozens for hypothermia, and the army sent trucks with blankets and food."),
      Make("a2", Date{2024, 3, 9}, "Council faces questions over levees",
           "Opposition councillors in Marrowby demanded an inquiry into levee spending, saying warnings from "
           "engineers were ignored for years. The mayor said repairs had been scheduled for the spring."),
      Make("a3", Date{2024, 3, 8}, "Markets steady as rates hold",
           "Shares were little changed as the central bank held rates, and traders looked ahead to jobs data."),
  };
  // Text alone must be near-identical to link here; a shared claim place needs only a little.
  ClusterOptions options;
  options.link_threshold = 0.95;
  options.place_link_threshold = 0.05;
  std::vector<Claim> none;
  std::vector<Article> without = articles;
  EXPECT_EQ(ClusterEvents(without, none, options).size(), 3u);
  std::vector<Claim> claims(2);
  claims[0].id = "a1.c1", claims[0].article = "a1", claims[0].place = "Marrowby";
  claims[1].id = "a2.c1", claims[1].article = "a2", claims[1].place = "Marrowby";
  const auto events = ClusterEvents(articles, claims, options);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].articles, (std::vector<std::string>{"a1", "a2"}));
  EXPECT_EQ(events[0].places, (std::vector<std::string>{"Marrowby"}));
  EXPECT_EQ(events[1].articles, (std::vector<std::string>{"a3"}));
}

// A small corpus like a user's first folder: two crises over several days, varied wording.
TEST(ClusterTest, SmallCorpusOfTwoCrisesOverSeveralDays) {
  std::vector<Article> articles = {
      Make("a1", Date{2024, 5, 2}, "Shelling kills 14 in besieged Tarsun",
           "Artillery fire hit a market in the besieged city of Tarsun on Thursday, killing at least 14 civilians, "
           "according to the Tarsun Medical Relief network. Government forces have encircled the eastern "
           "districts since April."),
      Make("a2", Date{2024, 5, 3}, "Aid convoy turned back from Tarsun",
           "A UN convoy carrying food and medicine was turned back at a checkpoint outside Tarsun, the agency said. "
           "Residents of the besieged eastern districts report shortages of bread and fuel."),
      Make("a3", Date{2024, 5, 4}, "Toll from Tarsun market strike rises",
           "The number of people killed in Thursday's strike on a Tarsun market rose to 21, medics said, as "
           "shelling of the eastern districts continued overnight."),
      Make("a4", Date{2024, 5, 6}, "Families flee Tarsun as siege tightens",
           "Hundreds of families fled the eastern districts of Tarsun on foot, witnesses said, after government "
           "forces cut the last road into the besieged city."),
      Make("a5", Date{2024, 5, 3}, "Earthquake strikes Kellen province",
           "A magnitude 6.4 earthquake struck Kellen province before dawn on Friday, collapsing homes in "
           "mountain villages. Rescuers said at least 30 people were killed."),
      Make("a6", Date{2024, 5, 4}, "Rescuers dig through rubble in Kellen",
           "Rescue teams searched collapsed buildings in Kellen villages through the night as aftershocks "
           "shook the province. The quake's death toll rose to 52, the disaster agency said."),
      Make("a7", Date{2024, 5, 5}, "Kellen quake survivors sleep outdoors",
           "Thousands of survivors of Friday's earthquake slept in tents and cars across Kellen province, "
           "fearing more aftershocks, as the disaster agency appealed for blankets."),
      Make("a8", Date{2024, 5, 7}, "Schools reopen in parts of Kellen",
           "Schools in towns of Kellen province spared by last week's earthquake reopened on Monday, while "
           "mountain villages near the epicentre remained cut off."),
  };
  std::vector<Claim> claims;
  const auto events = ClusterEvents(articles, claims);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].articles, (std::vector<std::string>{"a1", "a2", "a3", "a4"}));
  EXPECT_EQ(events[1].articles, (std::vector<std::string>{"a5", "a6", "a7", "a8"}));
}

TEST(ClusterTest, FarApartDatesAreNotLinked) {
  std::vector<Article> articles = {
      Make("a1", Date{2024, 1, 1}, "Tarn river floods Marrowby", "The Tarn river flooded Marrowby, Governor Ilse Brandt said."),
      Make("a2", Date{2024, 9, 1}, "Tarn river floods Marrowby", "The Tarn river flooded Marrowby, Governor Ilse Brandt said."),
  };
  std::vector<Claim> claims;
  EXPECT_EQ(ClusterEvents(articles, claims).size(), 2u);
  articles[1].published = Date{2024, 1, 4};
  EXPECT_EQ(ClusterEvents(articles, claims).size(), 1u);
}

TEST(ClusterTest, DeterministicAndHandlesEmptyAndUndated) {
  std::vector<Article> articles = Corpus();
  articles.push_back(Make("a8", std::nullopt, "", ""));
  articles.push_back(Make("a9", std::nullopt, "", "\xff\xfe broken \xc3 bytes"));
  std::vector<Claim> claims;
  std::vector<Event> first = ClusterEvents(articles, claims);
  std::vector<Event> second = ClusterEvents(articles, claims);
  ASSERT_EQ(first.size(), second.size());
  for (size_t i = 0; i < first.size(); ++i) EXPECT_EQ(first[i].articles, second[i].articles);
  // Undated singletons come after dated events.
  EXPECT_EQ(first.back().articles, (std::vector<std::string>{"a9"}));
  for (const Article& a : articles) EXPECT_FALSE(a.event.empty()) << a.id;
  std::vector<Article> none;
  EXPECT_TRUE(ClusterEvents(none, claims).empty());
}

TEST(ClusterTest, RandomInputsAssignEveryArticleDeterministically) {
  unsigned x = 99;
  auto next = [&x](unsigned mod) {
    x = x * 1103515245u + 12345u;
    return (x >> 8) % mod;
  };
  const char* words[] = {"flood", "Marrowby", "river", "fire", "Dunmore", "rescue", "toll", "storm", "Quellan", "bridge"};
  for (int round = 0; round < 20; ++round) {
    std::vector<Article> articles;
    const int n = 1 + next(30);
    for (int i = 0; i < n; ++i) {
      std::string text;
      for (int w = 0; w < static_cast<int>(next(60)); ++w) text += std::string(words[next(10)]) + (next(8) ? " " : ". ");
      std::optional<Date> published;
      if (next(3)) published = Date{2024, 1 + static_cast<int>(next(12)), 1 + static_cast<int>(next(28))};
      std::optional<std::string> dup;
      if (next(5) == 0) dup = "a" + std::to_string(1 + next(n + 3));  // may dangle, point at itself or cycle
      articles.push_back(Make("a" + std::to_string(i + 1), published, next(2) ? words[next(10)] : "", text, dup));
    }
    std::vector<Claim> claims(next(5));
    for (size_t c = 0; c < claims.size(); ++c) {
      claims[c].id = "c" + std::to_string(c);
      claims[c].article = "a" + std::to_string(1 + next(n + 2));
      claims[c].place = next(2) ? "Marrowby" : "";
    }
    std::vector<Article> copy = articles;
    std::vector<Claim> claims_copy = claims;
    const auto first = ClusterEvents(articles, claims);
    const auto second = ClusterEvents(copy, claims_copy);
    ASSERT_EQ(first.size(), second.size());
    size_t assigned = 0;
    for (size_t e = 0; e < first.size(); ++e) {
      EXPECT_EQ(first[e].id, "e" + std::to_string(e + 1));
      EXPECT_EQ(first[e].articles, second[e].articles);
      assigned += first[e].articles.size();
    }
    EXPECT_EQ(assigned, articles.size());
    for (const Article& a : articles) EXPECT_FALSE(a.event.empty()) << a.id;
  }
}

}  // namespace
}  // namespace corroborate

#include "corroborate/timex.h"

#include <gtest/gtest.h>

namespace corroborate {
namespace {

const Date kDct{2016, 12, 1};  // a Thursday

std::vector<std::pair<std::string, std::string>> Values(std::string_view text, std::optional<Date> dct = kDct) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const Timex& t : FindTimexes(text, dct)) out.push_back({t.text, t.value});
  return out;
}

TEST(TimexTest, BareWeekdayInPastReportingIsTheMostRecentOne) {
  auto v = Values("The strike hit the market on Wednesday, officials said.");
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].first, "Wednesday");
  EXPECT_EQ(v[0].second, "2016-11-30");
  // The same weekday as the publication day is that day.
  EXPECT_EQ(Values("Rescuers worked through Thursday.")[0].second, "2016-12-01");
}

TEST(TimexTest, FutureCuesAndNextPointAhead) {
  EXPECT_EQ(Values("Talks will resume on Monday.")[0].second, "2016-12-05");
  EXPECT_EQ(Values("He arrives next Friday.")[0].second, "2016-12-02");
  EXPECT_EQ(Values("They met last Friday.")[0].second, "2016-11-25");
}

TEST(TimexTest, TheClauseTenseDecidesTheDirection) {
  // The nearest tense cue before the expression decides; a past verb beats a later "will".
  EXPECT_EQ(Values("Since the decision was announced Wednesday, they have said they will appeal.")[0].second, "2016-11-30");
  // A passive reads its auxiliary: "will be buried" is ahead, "was released" behind.
  EXPECT_EQ(Values("The man who died will be buried on Saturday.")[0].second, "2016-12-03");
  EXPECT_EQ(Values("He was released on Saturday.")[0].second, "2016-11-26");
  // The cue can follow the expression; "U.S." does not end the sentence.
  EXPECT_EQ(Values("On Tuesday, the U.S. embassy plans to reopen.")[0].second, "2016-12-06");
  EXPECT_EQ(Values("Officials in the U.S. warned Monday that they expect trouble.")[0].second, "2016-11-28");
  // "set" is past unless "set to" / "set for".
  EXPECT_EQ(Values("The ministry set Friday as the deadline.")[0].second, "2016-11-25");
  EXPECT_EQ(Values("The vote is set for Friday.")[0].second, "2016-12-02");
  // A possessive is read from what follows: the ruling lies behind.
  EXPECT_EQ(Values("They would look for ways around Wednesday's ruling.")[0].second, "2016-11-30");
  // Months far from publication follow the tense; the next month stays the nearest.
  EXPECT_EQ(Values("Collins will command a mission in August.")[0].second, "2017-08");
  EXPECT_EQ(Values("The plant closed in August.")[0].second, "2016-08");
  EXPECT_EQ(Values("Talks ended without a deal; they resume in January.")[0].second, "2017-01");
  EXPECT_EQ(Values("Elections are due this September.")[0].second, "2016-09");
  EXPECT_EQ(Values("They join in April next year.")[0].second, "2017-04");
}

TEST(TimexTest, SpokenYearsCenturiesAndTerms) {
  EXPECT_EQ(Values("Atlanta, nineteen ninety-six.")[0].second, "1996");
  EXPECT_EQ(Values("January nineteen ninety-seven")[0].second, "1997-01");
  EXPECT_EQ(Values("the winter of nineteen ninety-four")[0].second, "1994-WI");
  EXPECT_EQ(Values("by the year two thousand")[0].second, "2000");
  EXPECT_EQ(Values("in the 20th century")[0].second, "19");
  // "two thousand people" is a count, not a year.
  EXPECT_TRUE(Values("two thousand people fled").empty());
  EXPECT_EQ(Values("a 30-year bond")[0].second, "P30Y");
  EXPECT_EQ(Values("a 16-hour flight")[0].second, "PT16H");
  EXPECT_TRUE(Values("a 23-year-old man").empty());
  EXPECT_TRUE(Values("at the last-minute").empty());
}

TEST(TimexTest, QuartersAndVagueSpans) {
  EXPECT_EQ(Values("over the past two quarters")[0].second, "P2Q");
  EXPECT_EQ(Values("every quarter")[0].second, "P1Q");
  EXPECT_TRUE(Values("a quarter of the vote").empty());
  EXPECT_TRUE(Values("three quarters of the houses").empty());
  EXPECT_EQ(Values("in recent weeks")[0].second, "PXW");
  EXPECT_EQ(Values("in the coming days")[0].second, "PXD");
  EXPECT_EQ(Values("in the near future")[0].second, "FUTURE_REF");
  EXPECT_EQ(Values("for the next couple of years")[0].second, "P2Y");
}

TEST(TimexTest, DeadlinesHalvesSeasonsAndEarningsPeriods) {
  // "until" after a deadline word points ahead, even past a clock time.
  EXPECT_EQ(Values("The agency extended its deadline until 9 a.m. Tuesday.")[0].second, "2016-12-06T09:00");
  EXPECT_EQ(Values("The offer expires at 5 p.m. EST, Dec. 6.")[0].second, "2016-12-06T17:00");
  EXPECT_EQ(Values("for 2 1/2 years")[0].second, "P2Y6M");
  EXPECT_EQ(Values("after five and a half hours")[0].second, "PT5H30M");
  EXPECT_EQ(Values("a minute and a half")[0].second, "PT1M30S");
  EXPECT_EQ(Values("for at least 20 more years")[0].second, "P20Y");
  EXPECT_EQ(Values("over eight trading days")[0].second, "P8D");
  // A season alone after a preposition is the most recent one begun (the dct is in December).
  EXPECT_EQ(Values("Sales fell during the summer.")[0].second, "2016-SU");
  EXPECT_EQ(Values("The rains begin in the spring, officials will say.", Date{2016, 2, 1})[0].second, "2016-SP");
  EXPECT_TRUE(Values("after the fall of the city").empty());
  EXPECT_EQ(Values("this quarter")[0].second, "2016-Q4");
  EXPECT_EQ(Values("next quarter")[0].second, "2017-Q1");
  EXPECT_EQ(Values("in the 1988 third quarter")[0].second, "1988-Q3");
  EXPECT_EQ(Values("In the fiscal year ended Jan. 31, sales rose.")[0].second, "P1Y");
  EXPECT_EQ(Values("A 1996 law tightened the embargo.")[0].second, "1996");
  // Not times: a model year, an address block.
  EXPECT_TRUE(Values("Their car, a 2001 Buick, had bullet holes.").empty());
  EXPECT_TRUE(Values("a shooting in the 1900 block of Maryland Avenue").empty());
}

TEST(TimexTest, AnaphorsFollowTheLastNamedTime) {
  auto v = Values("Slepian was killed on Oct. 23, 1999. Earlier that day, the family called police. "
                  "The following year, the trial began; that same day a vigil was held.");
  // "that same day" follows the last named time, now the year 2000, which names no day: unread.
  ASSERT_EQ(v.size(), 3u);
  EXPECT_EQ(v[1].first, "Earlier that day");
  EXPECT_EQ(v[1].second, "1999-10-23");
  EXPECT_EQ(v[2].second, "2000");
  // Without a time named before, "that day" is not resolved.
  EXPECT_TRUE(Values("On that day nothing happened.").empty());
}

TEST(TimexTest, DeicticDaysAndPartsOfDay) {
  EXPECT_EQ(Values("yesterday")[0].second, "2016-11-30");
  EXPECT_EQ(Values("Shelling resumed overnight on Monday night.")[0].second, "2016-11-28TNI");
  EXPECT_EQ(Values("Shelling resumed overnight on Monday, officials said.")[0].first, "overnight on Monday");
  EXPECT_EQ(Values("Rain fell overnight into Tuesday.")[0].second, "2016-11-28TNI");
  EXPECT_EQ(Values("Rebels attacked overnight, police said.")[0].second, "2016-11-30TNI");
  EXPECT_EQ(Values("Troops will move overnight.")[0].second, "2016-12-01TNI");
  EXPECT_TRUE(Values("an overnight curfew and overnight rates").empty());
  EXPECT_EQ(Values("Fighting continued this morning.")[0].second, "2016-12-01TMO");
  EXPECT_EQ(Values("last night")[0].second, "2016-11-30TNI");
  auto none = FindTimexes("yesterday", std::nullopt);
  ASSERT_EQ(none.size(), 1u);
  EXPECT_EQ(none[0].value, "PAST_REF");
}

TEST(TimexTest, AbsoluteDatesInNewsFormats) {
  EXPECT_EQ(Values("December 9, 2016")[0].second, "2016-12-09");
  EXPECT_EQ(Values("on 9 Dec 2016")[0].second, "2016-12-09");
  EXPECT_EQ(Values("Dec. 9")[0].second, "2016-12-09");
  EXPECT_EQ(Values("the 3rd of November")[0].second, "2016-11-03");
  EXPECT_EQ(Values("2016-12-09")[0].second, "2016-12-09");
  EXPECT_EQ(Values("posted 2016-12-09T12:56:00Z")[0].second, "2016-12-09T12:56");
  EXPECT_EQ(Values("December 9, 2016 at 12:56 pm")[0].second, "2016-12-09T12:56");
  EXPECT_EQ(Values("Tuesday 13 December 2016 08:48 GMT")[0].second, "2016-12-13T08:48");
  EXPECT_EQ(Values("30 novembre 2016")[0].second, "2016-11-30");
  EXPECT_EQ(Values("9 de diciembre de 2016")[0].second, "2016-12-09");
  EXPECT_EQ(Values("9. Dezember 2016")[0].second, "2016-12-09");
  EXPECT_EQ(Values("25/12/2016")[0].second, "2016-12-25");
  // 05/06/2016 could be May or June: not guessed.
  EXPECT_TRUE(Values("05/06/2016").empty());
  // A day and month late in the year, read in January, belong to the year before.
  EXPECT_EQ(Values("On December 28 the bridge fell.", Date{2017, 1, 3})[0].second, "2016-12-28");
}

TEST(TimexTest, MonthNamesOfMoreEuropeanLanguages) {
  EXPECT_EQ(Values("3 grudnia 2016")[0].second, "2016-12-03");
  EXPECT_EQ(Values("24 \xD0\xBB\xD1\x8E\xD1\x82\xD0\xBE\xD0\xB3\xD0\xBE 2022")[0].second, "2022-02-24");  // Ukrainian
  EXPECT_EQ(Values("3 \xD0\x94\xD0\x95\xD0\x9A\xD0\x90\xD0\x91\xD0\xA0\xD0\xAF 2016")[0].second, "2016-12-03");  // Russian, capitals
  EXPECT_EQ(Values("14 A\xC4\x9Fustos 2016")[0].second, "2016-08-14");  // Turkish
  EXPECT_EQ(Values("3 \xCE\x94\xCE\xB5\xCE\xBA\xCE\xB5\xCE\xBC\xCE\xB2\xCF\x81\xCE\xAF\xCE\xBF\xCF\x85 2016")[0].second, "2016-12-03");  // Greek
  EXPECT_EQ(Values("3 maja 2016")[0].second, "2016-05-03");
  EXPECT_TRUE(Values("in Maja's house").empty());
  EXPECT_TRUE(Values("the Mars rover").empty());
}

TEST(TimexTest, MonthsWeeksYears) {
  EXPECT_EQ(Values("since August")[0].second, "2016-08");
  auto mid = FindTimexes("in mid-November", kDct);
  ASSERT_EQ(mid.size(), 1u);
  EXPECT_EQ(mid[0].value, "2016-11");
  EXPECT_EQ(mid[0].first_day, (Date{2016, 11, 11}));
  EXPECT_EQ(mid[0].last_day, (Date{2016, 11, 20}));
  EXPECT_EQ(Values("earlier this month")[0].second, "2016-12");
  EXPECT_EQ(Values("last week")[0].second, "2016-W47");
  EXPECT_EQ(Values("last year")[0].second, "2015");
  EXPECT_EQ(Values("in 2014")[0].second, "2014");
  EXPECT_EQ(Values("two days ago")[0].second, "2016-11-29");
  EXPECT_EQ(Values("in May")[0].second, "2016-05");
  // "may" the verb and "March" the verb are not months.
  EXPECT_TRUE(Values("Casualties may rise as troops march on.").empty());
}

TEST(TimexTest, DurationsAndSets) {
  auto past = FindTimexes("over the past 26 days", kDct);
  ASSERT_EQ(past.size(), 1u);
  EXPECT_EQ(past[0].type, TimexType::kDuration);
  EXPECT_EQ(past[0].value, "P26D");
  EXPECT_EQ(past[0].first_day, (Date{2016, 11, 6}));
  EXPECT_EQ(past[0].last_day, kDct);
  EXPECT_EQ(Values("a three-day ceasefire")[0].second, "P3D");
  EXPECT_EQ(Values("for 48 hours")[0].second, "PT48H");
  EXPECT_EQ(Values("several weeks")[0].second, "PXW");
  auto set = FindTimexes("Aid convoys arrive daily.", kDct);
  ASSERT_EQ(set.size(), 1u);
  EXPECT_EQ(set[0].type, TimexType::kSet);
  EXPECT_EQ(Values("every week")[0].second, "P1W");
}

TEST(TimexTest, HolidaysAndQuarters) {
  EXPECT_EQ(Values("They met on Thanksgiving.")[0].second, "2016-11-24");
  EXPECT_EQ(Values("by Christmas Eve")[0].second, "2016-12-24");
  EXPECT_EQ(Values("in the third quarter")[0].second, "2016-Q3");
  EXPECT_EQ(Values("Profit fell in the quarter; a year earlier it rose.")[1].second, "2015-Q3");
}

TEST(TimexTest, YearsAsModifiersAndYearEnd) {
  EXPECT_EQ(Values("The 2019 floods killed 300 people.")[0].second, "2019");
  EXPECT_EQ(Values("complete the sale by year-end")[0].second, "2016-12-31");
  EXPECT_TRUE(Values("Some 2000 people marched.").empty());
  // The end of a range from an amount is an amount; a range of years stays two years.
  EXPECT_TRUE(Values("between 500 and 2000 people fled").empty());
  EXPECT_TRUE(Values("from 1,500 to 2000 homes").empty());
  EXPECT_EQ(Values("from 1990 to 2000, the town grew").size(), 2u);
}

TEST(TimexTest, NotTimes) {
  EXPECT_TRUE(Values("The score was 2-1 and 45 people were hurt.").empty());
  EXPECT_TRUE(Values("It cost $4.50 and weighed 3.25 kg.").empty());
}

TEST(TimexTest, SpansAreByteOffsets) {
  std::string text = "Caf\xC3\xA9 owners said on Wednesday that 3 were hurt.";
  auto t = FindTimexes(text, kDct);
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(text.substr(t[0].start, t[0].end - t[0].start), "Wednesday");
}

TEST(ParseDateStringTest, WholeStrings) {
  EXPECT_EQ(ParseDateString("December 9, 2016 at 12:56 pm"), (Date{2016, 12, 9}));
  EXPECT_EQ(ParseDateString("Tuesday 13 December 2016 08:48 GMT"), (Date{2016, 12, 13}));
  EXPECT_EQ(ParseDateString("30 novembre 2016"), (Date{2016, 11, 30}));
  EXPECT_EQ(ParseDateString("2016-12-09T12:56:00Z"), (Date{2016, 12, 9}));
  EXPECT_EQ(ParseDateString("Fri, 09 Dec 2016 12:56:00 +0000"), (Date{2016, 12, 9}));
  EXPECT_FALSE(ParseDateString("Wednesday").has_value());
  EXPECT_FALSE(ParseDateString("no date here").has_value());
  EXPECT_FALSE(ParseDateString("February 30, 2016").has_value());
}

TEST(TimexTest, HostileInputDoesNotCrash) {
  std::string junk;
  for (int i = 0; i < 5000; ++i) junk += (i % 7 == 0) ? "12/" : "on Monday 9 ";
  EXPECT_FALSE(FindTimexes(junk, kDct).empty());
  std::string bad = "\xFF\xFE 2016-13-45 \xC3 31/31/3131 99:99";
  FindTimexes(bad, kDct);
}

}  // namespace
}  // namespace corroborate

#include "corroborate/numbers.h"

#include <gtest/gtest.h>

#include <cmath>

namespace corroborate {
namespace {

struct Q {
  std::string text;
  double low, high;  // NAN = unbounded
  std::string kind;
};

std::vector<Q> Find(std::string_view text) {
  std::vector<Q> out;
  for (const Quantity& q : FindQuantities(text)) {
    out.push_back({q.text, q.low ? *q.low : NAN, q.high ? *q.high : NAN, QuantityKindName(q.kind)});
  }
  return out;
}

void ExpectOne(std::string_view text, std::string_view span, double low, double high, std::string_view kind) {
  auto v = Find(text);
  ASSERT_EQ(v.size(), 1u) << text;
  EXPECT_EQ(v[0].text, span) << text;
  if (std::isnan(low)) EXPECT_TRUE(std::isnan(v[0].low)) << text; else EXPECT_EQ(v[0].low, low) << text;
  if (std::isnan(high)) EXPECT_TRUE(std::isnan(v[0].high)) << text; else EXPECT_EQ(v[0].high, high) << text;
  EXPECT_EQ(v[0].kind, kind) << text;
}

TEST(NumbersTest, TheBriefsTable) {
  ExpectOne("46 people died", "46", 46, 46, "exact");
  ExpectOne("at least 82 civilians", "at least 82", 82, NAN, "min");
  ExpectOne("more than 800 homes", "more than 800", 801, NAN, "min");
  ExpectOne("50+ injured", "50+", 50, NAN, "min");
  ExpectOne("up to 100,000 people", "up to 100,000", NAN, 100000, "max");
  ExpectOne("fewer than 30 survivors", "fewer than 30", NAN, 29, "max");
  ExpectOne("about 230 families", "about 230", 207, 253, "approx");
  ExpectOne("Nearly 130,000 people fled", "Nearly 130,000", 117000, 130000, "approx");
  ExpectOne("between 40 and 50 fighters", "between 40 and 50", 40, 50, "range");
  ExpectOne("dozens of people", "dozens", 24, 99, "vague");
  ExpectOne("hundreds were hurt", "hundreds", 200, 999, "vague");
  ExpectOne("tens of thousands of people", "tens of thousands", 20000, 99999, "vague");
  ExpectOne("a dozen soldiers", "a dozen", 12, 12, "exact");
  ExpectOne("several villages", "several", 3, 9, "vague");
}

TEST(NumbersTest, WordsAndScales) {
  ExpectOne("Seventy-nine of them were executed", "Seventy-nine", 79, 79, "exact");
  ExpectOne("two dozen bodies", "two dozen", 24, 24, "exact");
  ExpectOne("a hundred and twenty homes", "a hundred and twenty", 120, 120, "exact");
  ExpectOne("1.2 million people", "1.2 million", 1200000, 1200000, "exact");
  ExpectOne("a fund of $5m", "$5m", 5000000, 5000000, "exact");
  ExpectOne("four people", "four", 4, 4, "exact");
  ExpectOne("some 2 to 3 million refugees", "some 2 to 3 million", 2000000, 3000000, "range");
  ExpectOne("40-50 people", "40-50", 40, 50, "range");
  ExpectOne("four to five thousand people", "four to five thousand", 4000, 5000, "range");
  ExpectOne("82 or more bodies", "82 or more", 82, NAN, "min");
}

TEST(NumbersTest, NotQuantities) {
  EXPECT_TRUE(Find("In 2015 the war began.").empty());
  EXPECT_TRUE(Find("on December 9, 2016 at 12:56 pm").empty());
  EXPECT_TRUE(Find("the 3rd battalion").empty());
  EXPECT_TRUE(Find("Flight MH17 and COVID-19").empty());
  EXPECT_TRUE(Find("call 555-123-4567").empty());
  EXPECT_TRUE(Find("United won 2-1 on Saturday.").empty());
  EXPECT_TRUE(Find("The S&P 500 and the ASX 200 fell as the iPhone 14 launched.").empty());
  EXPECT_TRUE(Find("women aged 25 to 54").empty());
  EXPECT_TRUE(Find("no one was hurt").empty());
}

TEST(NumbersTest, NegativeNumbers) {
  auto q = FindQuantities("Shares fell -1.3% and the temperature hit minus 5 degrees; 40-50 people left.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(*q[0].value, -1.3);
  EXPECT_EQ(q[1].text, "minus 5");
  EXPECT_EQ(*q[1].low, -5);
  EXPECT_EQ(q[2].kind, QuantityKind::kRange);
}

TEST(NumbersTest, Fractions) {
  auto q = FindQuantities("A third of the victims were children; two-thirds of them fled.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].unit, "fraction");
  EXPECT_NEAR(*q[0].low, 1.0 / 3, 1e-12);
  EXPECT_NEAR(*q[1].value, 2.0 / 3, 1e-12);
  EXPECT_TRUE(FindQuantities("in the second half").empty());
}

TEST(NumbersTest, UnitsAndSpans) {
  auto q = FindQuantities("Prices rose 12% while 30 km of road and $4.5 billion were lost.");
  ASSERT_EQ(q.size(), 3u);
  EXPECT_EQ(q[0].unit, "%");
  EXPECT_EQ(q[1].unit, "km");
  EXPECT_EQ(q[2].unit, "$");
  EXPECT_EQ(*q[2].low, 4.5e9);
  std::string text = "Officials said more than 800 were displaced.";
  auto d = FindQuantities(text);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(text.substr(d[0].number_start, d[0].number_end - d[0].number_start), "800");
}

TEST(NumbersTest, RangesWithTheirUnitSaidTwice) {
  ExpectOne("prices rise between 5% and 6% next year", "between 5% and 6%", 5, 6, "range");
  ExpectOne("fees from 1 per cent to 1.5 per cent", "from 1 per cent to 1.5 per cent", 1, 1.5, "range");
  ExpectOne("between 15kHz and 17kHz", "between 15kHz and 17kHz", 15, 17, "range");
  ExpectOne("from RM120,000 to RM300,000", "from RM120,000 to RM300,000", 120000, 300000, "range");
  ExpectOne("about 2000 - 2500 calories", "about 2000 - 2500", 2000, 2500, "range");
  auto q = FindQuantities("between 5% and 6%");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].unit, "%");
  // A unit on one side only is no range: two amounts.
  EXPECT_EQ(Find("5% to 10 people").size(), 2u);
}

TEST(NumbersTest, ScalesMultiplesAndMeasures) {
  ExpectOne("Qantas wants $4.2b from government", "$4.2b", 4.2e9, 4.2e9, "exact");
  ExpectOne("There were 4 hundred million people.", "4 hundred million", 4e8, 4e8, "exact");
  ExpectOne("launder RM3.06mil from victims", "RM3.06mil", 3.06e6, 3.06e6, "exact");
  ExpectOne("revenue grew sixfold", "sixfold", 6, 6, "exact");
  ExpectOne("a 10-fold rise", "10-fold", 10, 10, "exact");
  ExpectOne("chips of sub-7 nanometres", "sub-7", NAN, 6, "max");
  ExpectOne("it dips to minus-130 degrees", "minus-130", -130, -130, "exact");
  // "m" after a number is metres when a measure follows, million otherwise.
  EXPECT_EQ(FindQuantities("the 37m (121ft) skeleton")[0].unit, "m");
  EXPECT_EQ(*FindQuantities("the 37m (121ft) skeleton")[0].value, 37);
  EXPECT_EQ(*FindQuantities("a floor area of 32m2")[0].value, 32);
  ExpectOne("a fund of 5m people", "5m", 5e6, 5e6, "exact");
  ExpectOne("for 2 1/2 years", "2 1/2", 2.5, 2.5, "exact");
  auto f = FindQuantities("The recipe needs 1/2 pound of chips; nearly two-thirds of them melt.");
  ASSERT_EQ(f.size(), 2u);
  EXPECT_EQ(*f[0].value, 0.5);
  EXPECT_EQ(f[0].unit, "fraction");
  EXPECT_EQ(f[1].kind, QuantityKind::kApprox);
  EXPECT_NEAR(*f[1].high, 2.0 / 3, 1e-12);
  ExpectOne("Half the condos have sold", "Half", 0.5, 0.5, "exact");
}

TEST(NumbersTest, NamesModifiersAndYearSpans) {
  EXPECT_TRUE(Find("the Galaxy S23 Plus and the iPhone 11 Pro").empty());
  EXPECT_TRUE(Find("European stocks: Stoxx 600 and the Fortune 500 list").empty());
  EXPECT_TRUE(Find("a six-speed gearbox and a three-bed flat").empty());
  EXPECT_TRUE(Find("the 2014-15 season").empty());
  EXPECT_TRUE(Find("At 2-0 down they gave up").empty());
  // Dollar codes take their sign: "$US55,931,000" is an amount, "S23" a name.
  ExpectOne("worth $US55,931,000 now", "$US55,931,000", 55931000, 55931000, "exact");
  auto c = FindQuantities("a total of HK$216,925 (PS21,700), or RM79");
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(*c[1].value, 21700);
  EXPECT_EQ(c[1].unit, "ps");
  EXPECT_EQ(c[2].unit, "rm");
  for (const char* unit : {"$", "rm", "usd", "%", "fraction", "fold"}) EXPECT_TRUE(IsMeasureUnit(unit)) << unit;
  for (const char* unit : {"people", "", "km"}) EXPECT_FALSE(IsMeasureUnit(unit)) << unit;
}

TEST(NumbersTest, ChangesAreTwoValues) {
  auto q = FindQuantities("The toll rose from 20 to 35 on Friday; prices fell from 4.8 percent to 4.7 percent.");
  ASSERT_EQ(q.size(), 4u);
  EXPECT_EQ(*q[0].value, 20);
  EXPECT_FALSE(q[0].changed_from);
  EXPECT_EQ(*q[1].value, 35);
  ASSERT_TRUE(q[1].changed_from);
  EXPECT_EQ(*q[1].changed_from, 20);
  EXPECT_EQ(*q[3].changed_from, 4.8);
  EXPECT_EQ(q[0].unit, "");  // "to" is no unit
  // "by X to Y": the change and the new level.
  EXPECT_EQ(Find("The deficit increased by $43.6 billion to $419.2 billion.").size(), 2u);
  // A range is still a range, with or without signs.
  ExpectOne("fees of $5 to $10", "$5 to $10", 5, 10, "range");
  ExpectOne("worth exactly $2000 now", "$2000", 2000, 2000, "exact");
  auto m = FindQuantities("The balance fell to -$50.8bn in April.");
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(*m[0].value, -50.8e9);
  EXPECT_EQ(m[0].unit, "$");
}

TEST(NumbersTest, MoreQualifiersAndBracketedConversions) {
  ExpectOne("a height of ~1.2mm", "~1.2", 1.2 * 0.9, 1.2 * 1.1, "approx");
  ExpectOne("strength lower than 8.90 ksi", "lower than 8.90", NAN, 8.9, "max");
  ExpectOne("greater than 40 degrees", "greater than 40", 41, NAN, "min");
  auto q = FindQuantities("the moths fly more than 100 kilometers (60 miles) a night");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].kind, QuantityKind::kMin);
  EXPECT_EQ(*q[1].low, 60);
}

TEST(NumbersTest, ProportionsNotationNamesAndTollChanges) {
  ExpectOne("One out of three Germans have housing problems.", "One out of three", 1.0 / 3, 1.0 / 3, "exact");
  ExpectOne("one in five children", "one in five", 0.2, 0.2, "exact");
  ExpectOne("approximately 2.998 x 10^8 metres", "approximately 2.998 x 10^8", 2.998e8 * 0.9, 2.998e8 * 1.1, "approx");
  EXPECT_TRUE(Find("He told BBC One and Apple One's staff").empty());
  EXPECT_TRUE(Find("grounding two new 737 Max jets").size() == 1u);
  EXPECT_TRUE(Find("its PLX-R18 drug and the M21 9AB8 postcode").empty());
  // A change by N to a level: the change and the toll; a small change is a range of the change.
  auto q = FindQuantities("The death toll rose by 12 to 47.");
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(*q[1].value, 47);
  ExpectOne("temperatures dropped by 1 to 1.5 degrees", "1 to 1.5", 1, 1.5, "range");
  auto s = FindQuantities("In Europe: Stoxx 50 -1.3% FTSE -0.6%.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(*s[0].value, -1.3);
}

TEST(NumbersTest, YearsBesideAmountsErasTimesAndNames) {
  // The end of a range from an amount is an amount, even in year-like digits; years stay years.
  ExpectOne("between 500 and 2000 people fled", "between 500 and 2000", 500, 2000, "range");
  ExpectOne("from 1,500 to 2000 homes", "from 1,500 to 2000", 1500, 2000, "range");
  EXPECT_TRUE(Find("Between 1600 and 1900 temperatures dropped").empty());
  EXPECT_TRUE(Find("the temple was built between A.D. 1000 and 1260, and Pompeii in AD 79 or 300 BC").empty());
  EXPECT_TRUE(Find("the 2014-15 and 2015-16 seasons").empty());
  // Clock fragments, team names and the parts of identifiers are not amounts.
  EXPECT_TRUE(Find("22pm GMT and the 49ers").empty());
  EXPECT_TRUE(Find("passed the ISO 3888-2 test and 9000 tests of COVID -19").size() == 1u);
  ExpectOne("the DAX -1.3% today", "-1.3", -1.3, -1.3, "exact");
  // "one" as a pronoun; "said that one person died" still counts.
  EXPECT_TRUE(Find("using the same one across accounts, or this one.").empty());
  ExpectOne("police said that one person died", "one", 1, 1, "exact");
  // Addresses with a range of numbers; an aircraft model.
  EXPECT_TRUE(Find("Unit 3 at 16-18 Industrial Avenue was leased").empty());
  ExpectOne("a Boeing 737 Max 8 crashed killing 157 people", "157", 157, 157, "exact");
}

TEST(NumbersTest, NotationAndSpokenRanges) {
  // Scientific notation with a multiplication sign and a minus sign (U+00D7, U+2212).
  auto q = FindQuantities("The mass is approximately 1.99\xC3\x97" "10\xE2\x88\x92" "30 kilograms.");
  ASSERT_EQ(q.size(), 1u);
  EXPECT_DOUBLE_EQ(*q[0].value, 1.99e-30);
  EXPECT_DOUBLE_EQ(*q[0].low, 1.99e-30 * 0.9);  // a tiny value is not rounded to a whole number
  EXPECT_EQ(q[0].unit, "kilograms");
  ExpectOne("its 0-to-60-mph time", "0-to-60", 0, 60, "range");
  ExpectOne("sizes starting from 450 sq ft up to 900 sq ft", "450 sq ft up to 900", 450, 900, "range");
  ExpectOne("a record wealth of $1tn", "$1tn", 1e12, 1e12, "exact");
  ExpectOne("the balance fell to $-50.8bn", "$-50.8bn", -50.8e9, -50.8e9, "exact");
  // A unit that starts with a non-ASCII letter stays whole (valid UTF-8).
  auto u = FindQuantities("5 \xC3\x89lys\xC3\xA9" "e staff");
  ASSERT_EQ(u.size(), 1u);
  EXPECT_EQ(u[0].unit, "\xC3\xA9lys\xC3\xA9" "e");
}

TEST(NumbersTest, HostileInput) {
  std::string s(100000, '9');
  s += " ,,,, 1,2,3,4 \xFF\xFE 99999999999999999999999 ";
  for (int i = 0; i < 2000; ++i) s += "twenty-one hundred and ";
  FindQuantities(s);
  SUCCEED();
}

}  // namespace
}  // namespace corroborate

namespace corroborate {
namespace {

TEST(NumbersTest, ThousandsSetApartBySpaces) {
  ExpectOne("some 14 000 people remained evacuated", "some 14 000", 12600, 15400, "approx");
  ExpectOne("over 9 300 households were affected", "over 9 300", 9301, NAN, "min");
  ExpectOne("a total of 1\xC2\xA0" "200 families", "1\xC2\xA0" "200", 1200, 1200, "exact");
  // Not a group: four digits before, a fraction after, a line break between.
  EXPECT_EQ(Find("In 2013 300 people fled").back().text, "300");
  ExpectOne("it took 2 1/2 hours", "2 1/2", 2.5, 2.5, "exact");
  EXPECT_EQ(Find("They counted 3\n100 people").back().text, "100");
}

}  // namespace
}  // namespace corroborate

namespace corroborate {
namespace {

TEST(NumbersTest, ReferenceMarksAreNoAmounts) {
  EXPECT_TRUE(Find("following the collapse.[153] Governors met").empty());
  EXPECT_TRUE(Find("known as Typhoon Etang,[1] it struck").empty());
  ExpectOne("a list [2 items] and", "2", 2, 2, "exact");
}

}  // namespace
}  // namespace corroborate

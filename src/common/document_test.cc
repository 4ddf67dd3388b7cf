#include "corroborate/document.h"

#include <gtest/gtest.h>

namespace corroborate {
namespace {

TEST(Date, ParseAndFormat) {
  auto d = Date::Parse("2016-12-09");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->ToString(), "2016-12-09");
  EXPECT_TRUE(Date::Parse("2016-12-09T12:56:00Z").has_value());
  EXPECT_FALSE(Date::Parse("2016-02-30").has_value());
  EXPECT_FALSE(Date::Parse("20161209").has_value());
  EXPECT_FALSE(Date::Parse("2016-12-091").has_value());
}

TEST(Date, DayArithmeticAndWeekday) {
  Date d{2016, 11, 30};
  EXPECT_EQ(d.Weekday(), 2);  // a Wednesday
  EXPECT_EQ(d.AddDays(1).ToString(), "2016-12-01");
  EXPECT_EQ(Date({2016, 3, 1}).AddDays(-1).ToString(), "2016-02-29");
  EXPECT_EQ(Date::FromDays(0).ToString(), "1970-01-01");
  for (int64_t n = -800000; n < 800000; n += 997) EXPECT_EQ(Date::FromDays(n).ToDays(), n);
}

TEST(Names, RoundTrip) {
  for (int i = 0; i <= static_cast<int>(Category::kAffected); ++i) {
    auto c = static_cast<Category>(i);
    EXPECT_EQ(ParseCategory(CategoryName(c)), c);
  }
  EXPECT_STREQ(CategoryHxlTag(Category::kDetained), "#affected+x_detained");
  EXPECT_EQ(ParseSourceKind("government"), SourceKind::kGovernment);
  EXPECT_FALSE(ParseCategory("dead").has_value());
  EXPECT_STREQ(FigureStatusName(FigureStatus::kSingleSource), "single-source");
}

TEST(OffsetMap, MapsBetweenAnchors) {
  OffsetMap m;
  EXPECT_EQ(m.ToInput(7), 7u);
  m.anchors = {{0, 10}, {5, 40}};
  EXPECT_EQ(m.ToInput(0), 10u);
  EXPECT_EQ(m.ToInput(3), 13u);
  EXPECT_EQ(m.ToInput(6), 41u);
}

}  // namespace
}  // namespace corroborate

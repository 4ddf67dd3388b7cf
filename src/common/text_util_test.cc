#include "common/text_util.h"

#include <gtest/gtest.h>

namespace corroborate {
namespace {

TEST(TextUtil, Utf8Validation) {
  EXPECT_TRUE(IsValidUtf8("plain ascii"));
  EXPECT_TRUE(IsValidUtf8("Assad Regime\xE2\x80\x99s strike"));  // U+2019
  EXPECT_FALSE(IsValidUtf8("caf\xE9"));                           // Latin-1 e-acute
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));                          // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));                      // surrogate
  EXPECT_FALSE(IsValidUtf8("\xE2\x80"));                          // truncated
}

TEST(TextUtil, CaseAndTrim) {
  EXPECT_EQ(ToLowerAscii("White Helmets"), "white helmets");
  EXPECT_EQ(TrimAscii("  x y \r\n"), "x y");
  EXPECT_TRUE(StartsWithIgnoreCase("According to", "according"));
  EXPECT_FALSE(StartsWithIgnoreCase("Acc", "according"));
}

TEST(TextUtil, Utf8Case) {
  EXPECT_EQ(ToLowerUtf8("\xC3\x89LYS\xC3\x89" "E Paris"), "\xC3\xA9lys\xC3\xA9" "e paris");
  EXPECT_EQ(ToLowerUtf8("\xCE\xA3\xCE\x95\xCE\xA0"), "\xCF\x83\xCE\xB5\xCF\x80");  // Greek
  EXPECT_EQ(ToLowerUtf8("a\xFF\xC3"), "a\xFF\xC3");  // ill-formed bytes stay
  EXPECT_TRUE(StartsUpper("\xC3\x96zil"));
  EXPECT_TRUE(StartsUpper("\xD0\x94\xD0\xB0"));
  EXPECT_TRUE(StartsUpper("Monday"));
  EXPECT_FALSE(StartsUpper("\xC3\xA9t\xC3\xA9"));
  EXPECT_FALSE(StartsUpper("\xC3\x97"));  // the multiplication sign
  EXPECT_FALSE(StartsUpper(""));
}

TEST(TextUtil, SplitLines) {
  auto lines = SplitLines("a\r\nb\n\nc");
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0], "a");
  EXPECT_EQ(lines[1], "b");
  EXPECT_EQ(lines[2], "");
  EXPECT_EQ(lines[3], "c");
  EXPECT_EQ(SplitLines("a\n").size(), 1u);
}

}  // namespace
TEST(TextUtilTest, MonthAndWeekdayNamesAreNoPlaces) {
  EXPECT_TRUE(IsCalendarName("december"));
  EXPECT_TRUE(IsCalendarName("tuesday"));
  EXPECT_FALSE(IsCalendarName("aleppo"));
  EXPECT_FALSE(IsPlaceName("December"));
  EXPECT_FALSE(IsPlaceName("December 13"));
  EXPECT_FALSE(IsPlaceName("42"));
  EXPECT_TRUE(IsPlaceName("Aleppo"));
  EXPECT_TRUE(IsPlaceName("Port Selwyn"));
}

}  // namespace corroborate

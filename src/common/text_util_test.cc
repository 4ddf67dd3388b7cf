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
}  // namespace corroborate

#include "common/ids.h"

#include <gtest/gtest.h>

namespace corroborate {
namespace {

TEST(IdLessTest, NaturalOrder) {
  EXPECT_TRUE(IdLess("a2", "a10"));
  EXPECT_FALSE(IdLess("a10", "a2"));
  EXPECT_TRUE(IdLess("a1.c2", "a1.c10"));
  EXPECT_TRUE(IdLess("a9.c1", "a10.c1"));
  EXPECT_FALSE(IdLess("a1", "a1"));
  EXPECT_TRUE(IdLess("a1", "a1.c1"));
  EXPECT_TRUE(IdLess("e1", "f1"));
}

TEST(FormatNumberTest, ThousandsSeparators) {
  EXPECT_EQ(FormatNumber(0), "0");
  EXPECT_EQ(FormatNumber(999), "999");
  EXPECT_EQ(FormatNumber(130000), "130,000");
  EXPECT_EQ(FormatNumber(-1200), "-1,200");
}

}  // namespace
}  // namespace corroborate

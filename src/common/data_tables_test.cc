#include "common/data_tables.h"

#include <gtest/gtest.h>

namespace corroborate {
namespace {

TEST(DataTables, ParseTsvSkipsCommentsAndBlankLines) {
  auto rows = ParseTsv("# comment\n\na\tb\r\nc\n");
  ASSERT_EQ(rows.size(), 2u);
  ASSERT_EQ(rows[0].size(), 2u);
  EXPECT_EQ(rows[0][1], "b");
  EXPECT_EQ(rows[1][0], "c");
}

TEST(DataTables, UnknownFileIsAbsent) {
  EXPECT_FALSE(DataFile("no-such-table.tsv").has_value());
  EXPECT_TRUE(DataTable("no-such-table.tsv").empty());
}

}  // namespace
}  // namespace corroborate

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

TEST(DataTables, WordListsOfAMissingTableAreEmpty) {
  WordLists lists("no-such-table.tsv", {"a", "b"});
  EXPECT_FALSE(lists.Has(0, "x"));
  EXPECT_FALSE(lists.Has(5, "x"));
  EXPECT_EQ(lists.unknown_rows(), 0u);
}

}  // namespace
}  // namespace corroborate

#include "common/data_tables.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

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

TEST(DataTables, WordListsKeepEachWordsLists) {
  WordLists lists("places_words.tsv", {"particle", "opener"});
  EXPECT_TRUE(lists.Has(0, "al"));
  EXPECT_FALSE(lists.Has(1, "al"));
  EXPECT_TRUE(lists.Has(1, "the"));
  EXPECT_EQ(lists.Mask("the"), uint64_t{2});
  EXPECT_EQ(lists.Mask("Al"), uint64_t{0});  // case-sensitive: tables hold the form the code looks up
  EXPECT_EQ(lists.unknown_rows(), 0u);
  WordLists one("places_words.tsv", {"particle"});
  EXPECT_EQ(one.unknown_rows(), 7u);  // the opener rows
}

// The word-list tables document each list in their header ("#   name: what it is", or "#   a, b: ...");
// every row must name a documented list, and every documented list must hold a word.
TEST(DataTables, WordListTablesNameDocumentedLists) {
  for (std::string_view table : {"timex_cues.tsv", "numbers_cues.tsv", "extract_claimant_cues.tsv", "places_words.tsv",
                                 "clean_text_cues.tsv", "clean_html_markup.tsv"}) {
    auto content = DataFile(table);
    ASSERT_TRUE(content.has_value()) << table;
    std::set<std::string> documented, used;
    size_t pos = 0;
    while (pos < content->size()) {
      size_t eol = content->find('\n', pos);
      if (eol == std::string_view::npos) eol = content->size();
      std::string_view line = content->substr(pos, eol - pos);
      pos = eol + 1;
      if (line.rfind("#   ", 0) != 0 || line.size() < 5 || line[4] == ' ') continue;
      std::string_view names = line.substr(4, line.find(':') - 4);
      while (!names.empty()) {
        size_t comma = names.find(", ");
        documented.emplace(names.substr(0, comma));
        names = comma == std::string_view::npos ? std::string_view() : names.substr(comma + 2);
      }
    }
    for (const auto& row : ParseTsv(*content)) {
      ASSERT_EQ(row.size(), 2u) << table;
      EXPECT_TRUE(documented.count(std::string(row[1]))) << table << ": " << row[1];
      used.emplace(row[1]);
    }
    EXPECT_EQ(documented, used) << table;
  }
}

}  // namespace
}  // namespace corroborate
